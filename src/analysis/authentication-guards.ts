/**
 * What authentication looks like in code, by name: middleware, hooks, wrappers and decorators that stand in front of a
 * route (`requireAuth`, `passport.authenticate('jwt')`, `expressjwt(…)`, `@UseGuards(JwtAuthGuard)`), calls in a handler
 * that authenticate by themselves (`requireUser(request)`, `admin.auth().verifyIdToken(t)`, `jwt.verify(…)`), calls that
 * look the caller up (`getServerSession(…)`, `auth()`, `currentUser()`, `getToken({ req })`), and the request
 * properties that carry the caller (`req.user`, `request.auth`, `locals.user`, `event.requestContext.authorizer`).
 *
 * Names are split into words (`ensureLoggedIn` → ensure, logged, in) and matched on words, never on raw substrings, so
 * `authorController` and `createSession` are not guards, and `rateLimit`, `cors()`, `csrfProtection`, `auth.optional`,
 * `ThrottlerGuard` and `auth({ authRequired: false })` are recognised as not authenticating.
 */
import type { TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, lastName, skipValueWrappers } from '../ast';

type Node = TSESTree.Node;

/** Words that make a name an authentication guard on their own. */
const GUARD_WORDS = new Set([
  'passport',
  'clerk',
  'kinde',
  'oauth',
  'oauth2',
  'oidc',
  'cognito',
  'login',
  'logged',
  'loggedin',
  'signedin',
  'bearer',
  'guard',
  'guarded',
  'protect',
  'protected',
  'permission',
  'permissions',
  'acl',
  'rbac',
  'admin',
  'admins',
  'moderator',
  'moderators',
  'role',
  'roles',
  'restrict',
  'restricted',
  'principal',
  'entitled',
  'entitlement',
  'entitlements',
  'apikey',
]);
/** Verbs that make a guard when followed by one of `GUARDED_NOUNS` (`requireUser`, `verifyToken`, `isHost`). */
const GUARD_VERBS = new Set(['require', 'requires', 'ensure', 'ensures', 'assert', 'check', 'verify', 'validate', 'is', 'has', 'must', 'only', 'need', 'needs', 'enforce']);
const GUARDED_NOUNS = new Set([
  'user',
  'users',
  'token',
  'tokens',
  'role',
  'member',
  'members',
  'signed',
  'key',
  'apikey',
  'access',
  'identity',
  'owner',
  'host',
  'speaker',
  'organizer',
  'signature',
  'claims',
  'scope',
  'scopes',
  'account',
  'tenant',
  'staff',
  'session',
]);
/** Middleware that sets authentication up without enforcing it (`passport.initialize()`, `passport.session()`). */
const SETUP_ONLY = new Set(['initialize', 'initialise', 'session', 'serializeUser', 'deserializeUser']);
/** Words that make anything not an authentication guard (`rateLimit`, `auth.optional`, `ThrottlerGuard`). */
const NOT_GUARD_WORDS = new Set([
  'optional',
  'anonymous',
  'public',
  'throttle',
  'throttler',
  'rate',
  'ratelimit',
  'limit',
  'limiter',
  'slow',
  'captcha',
  'recaptcha',
  'hcaptcha',
  'cors',
  'csrf',
  'xsrf',
  'helmet',
  'cache',
  'nocache',
  'logger',
  'body',
  'json',
  'upload',
  'multer',
  'static',
  'compression',
]);
/** Verbs of calls that authenticate by themselves, throwing or answering 401 when they fail (`requireUser`, `verifyIdToken`). */
const ENFORCING_VERBS = new Set(['require', 'requires', 'ensure', 'ensures', 'assert', 'check', 'verify', 'validate', 'authenticate', 'authorize', 'protect', 'guard', 'must', 'enforce']);
/** Verbs of calls that look the caller up and return nothing when there is none (`getServerSession`, `currentUser`). */
const LOOKUP_VERBS = new Set(['get', 'fetch', 'load', 'read', 'current', 'use', 'validate']);
const LOOKUP_NOUNS = new Set(['user', 'session', 'token', 'claims', 'principal', 'identity', 'auth', 'viewer', 'me', 'account', 'request']);
/** Words that say a lookup is about the signed-in caller, not a record (`getCurrentUser`, not `getUser(id)`). */
const CALLER_WORDS = new Set(['auth', 'server', 'current', 'claims', 'principal', 'identity', 'kinde', 'clerk', 'iron', 'viewer', 'me', 'logged', 'signed']);
/** Properties of a request (or of what a lookup returns) that carry the authenticated caller. */
const IDENTITY_PROPERTIES = new Set([
  'user',
  'currentUser',
  'userId',
  'user_id',
  'uid',
  'auth',
  'authorizer',
  'claims',
  'identity',
  'principal',
  'isAuthenticated',
  'authenticated',
  'loggedIn',
  'isLoggedIn',
  'jwtPayload',
  'decodedToken',
  'viewer',
]);
/** Options of authentication middleware factories that turn enforcement off. */
const OPTIONAL_AUTH_OPTIONS = new Set(['authRequired', 'credentialsRequired', 'required']);
/** Decorators that only document authentication (`@ApiBearerAuth()` from `@nestjs/swagger`). */
const DOCUMENTATION_DECORATOR = /^Api[A-Z]/;
/** Nest-style decorators whose arguments are the guards (`@UseGuards(JwtAuthGuard)`, routing-controllers' `@UseBefore(auth)`). */
const GUARD_LIST_DECORATORS = new Set(['UseGuards', 'UseBefore', 'UseMiddleware', 'Middleware']);

/** `ensureLoggedIn` → ensure, logged, in; `JWTAuthGuard` → jwt, auth, guard; `api_key` → api, key. Linear, no regex backtracking. */
export function nameWords(name: string): string[] {
  const words: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current !== '') words.push(current.toLowerCase());
    current = '';
  };
  for (let index = 0; index < name.length; index++) {
    const char = name[index] as string;
    const isUpper = char >= 'A' && char <= 'Z';
    const isLower = (char >= 'a' && char <= 'z') || (char >= '0' && char <= '9');
    if (!isUpper && !isLower) {
      flush();
      continue;
    }
    const previous = name[index - 1] ?? '';
    const next = name[index + 1] ?? '';
    const previousUpper = previous >= 'A' && previous <= 'Z';
    const nextLower = next >= 'a' && next <= 'z';
    // A capital starts a word after a lower-case letter (`ensureLogged`) or ends an acronym (`JWTAuth`: `Auth`).
    if (isUpper && current !== '' && (!previousUpper || nextLower)) flush();
    current += char;
  }
  flush();
  return words;
}

function isAuthWord(word: string): boolean {
  return (word.startsWith('auth') && word !== 'author' && word !== 'authors') || word.includes('jwt') || word.endsWith('auth');
}

/** A name that says it authenticates or authorises: `requireAuth`, `isLoggedIn`, `checkJwt`, `verifyToken`, `isEventHost`. */
export function isGuardName(name: string): boolean {
  const words = nameWords(name);
  if (words.some(word => NOT_GUARD_WORDS.has(word))) return false;
  if (words.some((word, index) => isAuthWord(word) || GUARD_WORDS.has(word) || (word === 'api' && words[index + 1] === 'key'))) return true;
  return words.some((word, index) => GUARD_VERBS.has(word) && words.slice(index + 1).some(noun => GUARDED_NOUNS.has(noun)));
}

/** Identifier names in an expression: `passport.authenticate('jwt')` gives `passport`, `authenticate`. */
export function namesIn(node: Node): string[] {
  const value = skipValueWrappers(node);
  switch (value.type) {
    case 'Identifier':
      return [value.name];
    case 'MemberExpression': {
      const name = getPropertyName(value);
      return [...namesIn(value.object), ...(name === null ? [] : [name])];
    }
    case 'CallExpression':
    case 'NewExpression':
      return namesIn(value.callee);
    case 'Decorator':
      return namesIn(value.expression);
    case 'Literal':
      // Middleware named by a string (AdonisJS `.middleware('auth')`, `.use(['auth:api'])`): the name before any `:`.
      return typeof value.value === 'string' && /^[A-Za-z_$][\w$]*(?::[\w$,]*)?$/.test(value.value) ? [value.value.split(':')[0] as string] : [];
    default:
      return [];
  }
}

/** `auth({ authRequired: false })`, `expressjwt({ credentialsRequired: false })`: authentication made optional. */
function turnsEnforcementOff(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  return call.arguments.some(
    argument =>
      argument.type === 'ObjectExpression' &&
      argument.properties.some(
        property =>
          property.type === 'Property' &&
          OPTIONAL_AUTH_OPTIONS.has(getPropertyName(property) ?? '') &&
          property.value.type === 'Literal' &&
          property.value.value === false,
      ),
  );
}

export interface GuardMatcher {
  /** A middleware, hook, wrapper or decorator that authenticates, or one of the project's own guards. */
  isGuard(node: Node): boolean;
  /** Whether an expression is named after one of `names` (an exact name in it, or its dotted path). */
  hasName(node: Node, names: readonly string[]): boolean;
  /** A call in a handler that authenticates by itself: `requireUser(request)`, `verifyIdToken(t)`, `jwt.verify(…)`. */
  isEnforcingCall(call: TSESTree.CallExpression): boolean;
}

/** Guard recognition with the project's own guard names (`guards` option) added to the built-in names. */
export function createGuardMatcher(extraGuards: readonly string[]): GuardMatcher {
  const extra = new Set(extraGuards);
  const projectGuard = (names: readonly string[]): boolean => names.some(name => extra.has(name)) || extra.has(names.join('.'));
  const matcher: GuardMatcher = {
    isGuard(node) {
      const value = skipValueWrappers(node);
      const names = namesIn(value);
      if (projectGuard(names)) return true;
      if (value.type === 'Decorator') {
        const name = lastName(names);
        if (DOCUMENTATION_DECORATOR.test(name)) return false;
        if (GUARD_LIST_DECORATORS.has(name)) {
          const expression = value.expression;
          return expression.type === 'CallExpression' && expression.arguments.some(argument => argument.type !== 'SpreadElement' && matcher.isGuard(argument));
        }
      }
      if ((value.type === 'CallExpression' || value.type === 'NewExpression') && turnsEnforcementOff(value)) return false;
      if (SETUP_ONLY.has(lastName(names))) return false;
      if (names.some(name => nameWords(name).some(word => NOT_GUARD_WORDS.has(word)))) return false;
      return names.some(isGuardName);
    },
    hasName(node, names) {
      const found = namesIn(node);
      return names.some(name => found.includes(name) || found.join('.') === name);
    },
    isEnforcingCall(call) {
      const names = namesIn(call.callee);
      if (projectGuard(names)) return true;
      if (names.some(name => nameWords(name).some(word => NOT_GUARD_WORDS.has(word)))) return false;
      const last = lastName(names);
      const words = nameWords(last);
      if (!words.some(word => ENFORCING_VERBS.has(word))) return false;
      // `requireUser`, `verifyIdToken`, `authenticate`, or a bare verb on an auth object: `jwt.verify`, `auth.protect`.
      return isGuardName(last) || words.some(word => isAuthWord(word)) || names.slice(0, -1).some(isGuardName) || /^(?:authenticate|authorize|protect)$/.test(words.join(''));
    },
  };
  return matcher;
}

/**
 * A call that looks the caller up and returns nothing without one: `getServerSession(…)`, `auth()`, `currentUser()`,
 * `getAuth(req)`, `supabase.auth.getUser()`, and generic lookups given the request (`getSession(req)`,
 * `getToken({ req })`). `getToken(sessionId)` or `getUser(id)` are not: they read records, not the caller.
 * `isRequest` tells whether an argument is the request (or an object holding it).
 */
export function isIdentityLookup(call: TSESTree.CallExpression, isRequest: (node: Node) => boolean): boolean {
  const names = namesIn(call.callee);
  const last = lastName(names);
  if (last === 'auth' || last === 'currentUser') return true;
  const words = nameWords(last);
  const verbIndex = words.findIndex(word => LOOKUP_VERBS.has(word));
  if (verbIndex === -1 || !words.slice(verbIndex + 1).some(word => LOOKUP_NOUNS.has(word))) return false;
  if (words.some(word => CALLER_WORDS.has(word)) || names.slice(0, -1).some(name => isGuardName(name))) return true;
  return call.arguments.some(argument => {
    if (argument.type === 'ObjectExpression') {
      return argument.properties.some(property => property.type === 'Property' && isRequest(property.value));
    }
    return argument.type !== 'SpreadElement' && isRequest(argument);
  });
}

/** `user`, `auth`, `userId`, `authorizer`…: a property or variable that holds the authenticated caller. */
export function isIdentityName(name: string): boolean {
  return IDENTITY_PROPERTIES.has(name);
}
