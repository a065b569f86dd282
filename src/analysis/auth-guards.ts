/**
 * What authentication looks like in code: middleware and guard names, decorators, checks at the top of a handler.
 *
 * Names are matched on words, so `requireAuth`, `passport.authenticate('jwt')`, `expressjwt(...)`, `clerkMiddleware()`,
 * `isLoggedIn`, `ensureAuthenticated`, `verifyFirebaseToken`, `@UseGuards(AuthGuard('jwt'))` all count, while
 * `express.json()`, `cors()`, `rateLimit()`, `csrfProtection` and `upload.single('f')` do not.
 */
import type { TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, skipValueWrappers } from './ast';

type Node = TSESTree.Node;

const GUARD_WORDS =
  /auth|jwt|passport|login|logged|protect|guard|clerk|kinde|verif|permission|role|admin|user|member|signed|acl|bearer|oauth|oidc|cognito|firebase|supabase|session|apikey|api_key|principal|identity|access|entitle|restrict|private|token/i;
/** Middleware that is never authentication, even when its name has a guard word (`sessionParser` is not a login check). */
const NOT_GUARDS = /^(?:json|urlencoded|raw|text|cors|csrf\w*|helmet|compression|morgan|logger|static|cookieParser|bodyParser|multer|upload|single|array|fields|rateLimit\w*|limiter|slowDown|validate|celebrate|express|router|Router|session|cookieSession|sessionParser)$/i;
/** Calls inside a handler that authenticate: stricter than middleware names (a `createSession()` helper is not a login check). */
const AUTH_CALL_WORDS = /auth|jwt|passport|login|logged|clerk|kinde|verif|permission|requireUser|requireRole|checkRole|hasRole|currentUser|getUser|getServerSession|getSession|getToken|claims|idToken|isAdmin|ensure|protect|guard/i;
/** Request properties whose presence a handler checks when it authenticates by hand. */
const AUTH_PROPERTIES = /^(?:user|users|auth|session|currentUser|userId|uid|claims|identity|authorizer|principal|account|isAuthenticated|authenticated|loggedIn|token)$/;

/** Identifier names in an expression: `passport.authenticate('jwt')` gives `passport`, `authenticate`. */
function namesIn(node: Node, depth = 0): string[] {
  if (depth > 6) return [];
  const value = skipValueWrappers(node);
  switch (value.type) {
    case 'Identifier':
      return [value.name];
    case 'MemberExpression': {
      const name = getPropertyName(value);
      return [...namesIn(value.object, depth + 1), ...(name === null ? [] : [name])];
    }
    case 'CallExpression':
    case 'NewExpression':
      return namesIn(value.callee, depth + 1);
    case 'Decorator':
      return namesIn(value.expression, depth + 1);
    default:
      return [];
  }
}

export interface GuardMatcher {
  /** A middleware, hook, wrapper or decorator that authenticates (or is one of the project's own guards). */
  isGuard(node: Node): boolean;
  /** The name to show for a guard expression (`requireAuth`, `passport.authenticate`). */
  nameOf(node: Node): string;
  /** The project's names (option), matched exactly against any name in the expression. */
  hasName(node: Node, names: readonly string[]): boolean;
}

export function createGuardMatcher(extraGuards: readonly string[]): GuardMatcher {
  const extra = new Set(extraGuards);
  const guardName = (name: string): boolean => extra.has(name) || (GUARD_WORDS.test(name) && !NOT_GUARDS.test(name));
  return {
    isGuard(node) {
      const value = skipValueWrappers(node);
      if (value.type === 'ArrayExpression') return value.elements.some(element => element !== null && element.type !== 'SpreadElement' && this.isGuard(element));
      const names = namesIn(value);
      // `UseGuards(AuthGuard('jwt'))`: the decorator's arguments name the guard.
      if (value.type === 'Decorator' && value.expression.type === 'CallExpression') {
        return value.expression.arguments.some(argument => argument.type !== 'SpreadElement' && namesIn(argument).some(guardName));
      }
      return names.some(guardName);
    },
    nameOf(node) {
      return namesIn(node).join('.') || 'guard';
    },
    hasName(node, names) {
      const found = namesIn(node);
      return names.some(name => found.includes(name) || found.join('.') === name);
    },
  };
}

/** A call in a handler body that authenticates: `await auth()`, `getServerSession(…)`, `jwt.verify(…)`, `requireUser(request)`. */
export function isAuthCall(call: TSESTree.CallExpression): boolean {
  return namesIn(call.callee).some(name => AUTH_CALL_WORDS.test(name) && !NOT_GUARDS.test(name));
}

/** `req.user`, `request.auth`, `context.auth`, `locals.user`, `req.isAuthenticated()`: a hand-written auth check. */
export function isAuthProperty(node: TSESTree.MemberExpression): boolean {
  const name = getPropertyName(node);
  return name !== null && isAuthPropertyName(name);
}

/** `user`, `auth`, `session`…: names a handler reads when it checks who is calling (`const { user } = locals`). */
export function isAuthPropertyName(name: string): boolean {
  return AUTH_PROPERTIES.test(name);
}
