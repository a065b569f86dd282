/**
 * Whether a route handler checks who the caller is before using a value: a guard registered in front of it
 * (`app.post(path, requireAuth, handler)`), an identity read (`req.user`, `session.userId`), an enforcing call
 * (`jwt.verify(…)`) or an identity lookup on the request (`getServerSession(req)`). Shared by the rules that let a
 * request-chosen value through once the caller is known (`no-client-controlled-role`, `valid-session-options`).
 */
import type { TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, walk } from '../ast';
import { createGuardMatcher, isIdentityLookup, isIdentityName } from './authentication-guards';
import { requestObjectOf } from './request-input';
import type { AnalysisContext } from './request-input';

type Node = TSESTree.Node;

const GUARDS = createGuardMatcher([]);

function isFunction(node: Node): boolean {
  return node.type === 'ArrowFunctionExpression' || node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression';
}

/** The outermost function around `node` checks the caller's identity (see the module comment). */
export function checksCallerIdentity(context: AnalysisContext, node: Node): boolean {
  let fn: Node | null = null;
  for (let current: Node | undefined = node.parent; current; current = current.parent) {
    if (isFunction(current)) fn = current;
  }
  if (!fn) return false;
  const registration = fn.parent;
  if (registration?.type === 'CallExpression' && registration.arguments.some(argument => argument !== fn && GUARDS.isGuard(argument))) return true;
  let found = false;
  walk(fn, context.sourceCode.visitorKeys, child => {
    if (found) return;
    if (child.type === 'MemberExpression' && isIdentityName(getPropertyName(child) ?? '')) found = true;
    else if (child.type === 'CallExpression' && (GUARDS.isEnforcingCall(child) || isIdentityLookup(child, argument => requestObjectOf(argument, context) !== null))) found = true;
  });
  return found;
}

/** Authentication middleware or a guard wrapper in front of a handler (`requireAuth`, `passport.authenticate('jwt')`). */
export function isAuthenticationGuard(node: Node): boolean {
  return GUARDS.isGuard(node);
}
