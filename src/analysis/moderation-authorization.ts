/**
 * Server routes that force-disconnect or mute participants (`opentok.forceDisconnect`, `video.disconnectClient`,
 * `forceMuteStream`/`muteStream`, `forceMuteAll`, or the REST equivalents): whether the route checks that the caller
 * may moderate, not only who the caller is.
 *
 * Authorisation is written in many ways (roles, ownership of the room, policies, helper functions in other modules),
 * so the evidence is deliberately broad and errs on the side of silence: any name or string in the handler, its
 * middleware, its decorators or the file's `use(…)` middleware that speaks of roles, ownership or permissions
 * (`role`, `isModerator`, `hostId`, `can(…)`, `@Roles`, `requireRole('moderator')`, `ForbiddenException`, `403`), or any
 * comparison with the caller's identity (`room.ownerId === req.user.id`), counts as a check.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getCalleeMember, getPropertyName, walk } from '../ast';
import { MODERATOR_FORCE_KINDS } from '../sdk/operations';
import type { SdkCall } from './sdk-calls';
import { routeOfMethod, routesOfCall, routesOfProgram } from './routes';
import type { Route } from './routes';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** Words of authorisation, anywhere in a name (case-insensitive). */
const AUTHORIZATION_WORDS = /role|admin|moderat|owner|organi[sz]er|permission|permit|authori[sz]|polic(?:y|ies)|abilit|privilege|scope|staff|teacher|instructor|presenter|creator|superuser|forbid|entitle|acl/i;
/** Authorisation verbs as a name's first word: `can`, `canModerate`, `mayMute`, `isHost`, `hasRole`. */
const AUTHORIZATION_PREFIX = /^(?:can|may|cannot)(?:[A-Z_]|$)|^(?:is|has|assert|ensure|require|check)(?:Host|Owner|Mod|Admin|Role|Perm|Access|Right)/;
/** `host` as part of a participant's name (`hostId`, `isHost`), not the HTTP `Host` header or a URL's host. */
const HOST_NAMES = new Set(['host', 'hostname', 'localhost', 'hosts']);
/** A comparison with the caller's identity is an ownership check (`room.ownerId === req.user.id`). */
const IDENTITY_TEXT = /\b(?:user|userId|user_id|uid|sub|account|accountId|member|memberId|currentUser|me)\b/;
const FORBIDDEN_STATUS = 403;
const AUTHORIZATION_HEADER = 'authorization';

function isAuthorizationName(name: string): boolean {
  // The HTTP `Authorization` header carries the caller's (or the REST API's) credentials, not a permission check.
  if (name.toLowerCase() === AUTHORIZATION_HEADER) return false;
  if (AUTHORIZATION_WORDS.test(name) || AUTHORIZATION_PREFIX.test(name)) return true;
  const lower = name.toLowerCase();
  return lower.includes('host') && !HOST_NAMES.has(lower);
}

/** Any authorisation evidence in `root` (see the module comment). */
function hasAuthorization(root: Node, sourceCode: SourceCode): boolean {
  let found = false;
  walk(root, sourceCode.visitorKeys, child => {
    if (found) return;
    if (child.type === 'Identifier') found = isAuthorizationName(child.name);
    else if (child.type === 'Literal') found = child.value === FORBIDDEN_STATUS || (typeof child.value === 'string' && child.value.length <= 64 && isAuthorizationName(child.value));
    else if (child.type === 'BinaryExpression' && ['===', '!==', '==', '!='].includes(child.operator)) {
      const sides = [child.left, child.right];
      found = sides.every(side => side.type !== 'Literal') && sides.some(side => IDENTITY_TEXT.test(sourceCode.getText(side)));
    }
  });
  return found;
}

const programRoutes = new WeakMap<SourceCode, Route[]>();

/** The route whose handler (an enclosing function of `node`) runs the call, or `null` outside route handlers. */
export function enclosingRoute(node: Node, sourceCode: SourceCode, filename: string): Route | null {
  for (let current: Node | undefined = node.parent; current; current = current.parent) {
    if (current.type !== 'ArrowFunctionExpression' && current.type !== 'FunctionExpression' && current.type !== 'FunctionDeclaration') continue;
    const fn = current;
    const parent = fn.parent;
    if (parent?.type === 'CallExpression' && parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
      const route = routesOfCall(parent).find(candidate => candidate.handler === fn);
      if (route) return route;
    }
    // espree gives no `decorators` array; a method without decorators is no controller route.
    if (parent?.type === 'MethodDefinition' && (parent.decorators as TSESTree.Decorator[] | undefined)?.length) {
      const route = routeOfMethod(parent);
      if (route) return route;
    }
    let routes = programRoutes.get(sourceCode);
    if (!routes) {
      routes = routesOfProgram(sourceCode.ast as TSESTree.Program, filename, sourceCode);
      programRoutes.set(sourceCode, routes);
    }
    const exported = routes.find(candidate => candidate.handler === fn);
    if (exported) return exported;
  }
  return null;
}

/**
 * Whether a route checks that its caller may moderate: authorisation evidence in the handler, in whatever runs in
 * front of it (middleware, hooks, decorators), in its path (`/admin/…`, `/moderator/…`), in the class of a controller
 * method, or in middleware the file installs with `use(…)`.
 */
export function routeChecksModerator(route: Route, sourceCode: SourceCode): boolean {
  if (route.path !== null && isAuthorizationName(route.path.replace(/[^A-Za-z]/g, ' ').split(' ').filter(Boolean).join('_'))) return true;
  // `enclosingRoute` finds routes by their inline handler.
  const handler = route.handler as Node;
  const roots: Node[] = [...route.inFront, handler, ...(route.registration?.arguments ?? [])];
  const method = handler.parent;
  // A controller method: its own decorators and its class's (`@UseGuards(RolesGuard)` on the controller).
  if (method?.type === 'MethodDefinition') roots.push(...method.decorators, ...(method.parent.parent.decorators as TSESTree.Decorator[] | undefined ?? []));
  if (roots.some(root => hasAuthorization(root, sourceCode))) return true;
  return fileMiddlewareAuthorizes(sourceCode);
}

const fileMiddleware = new WeakMap<SourceCode, boolean>();

/** `app.use(requireRole('moderator'))`, `router.use(isAdmin)` anywhere in the file. */
function fileMiddlewareAuthorizes(sourceCode: SourceCode): boolean {
  let result = fileMiddleware.get(sourceCode);
  if (result === undefined) {
    result = false;
    walk(sourceCode.ast as Node, sourceCode.visitorKeys, child => {
      if (result || child.type !== 'CallExpression') return;
      const callee = getCalleeMember(child);
      if (callee && getPropertyName(callee) === 'use' && child.arguments.some(argument => hasAuthorization(argument, sourceCode))) result = true;
    });
    fileMiddleware.set(sourceCode, result);
  }
  return result;
}

/** A server SDK or REST force operation (not the browser or React Native session's own methods). */
export function isServerForceCall(call: SdkCall): boolean {
  return MODERATOR_FORCE_KINDS.has(call.operation.kind) && call.sdk !== 'browser' && call.sdk !== 'opentok-react-native';
}
