/**
 * Caller (identity) evidence: where a handler, or a same-file function it calls, checks who is calling before it acts.
 * A condition on the caller (`if (!req.user) return res.sendStatus(401)`), a guard or assertion call, a read that
 * throws without a caller (`req.user.id`), a NestJS parameter decorator that reads the caller (`@CurrentUser()`).
 * Positions are offsets along the call chain from the handler, compared lexicographically.
 */
import type { TSESTree } from '@typescript-eslint/utils';

import { decoratorName, getPropertyName, isFunction, lastName, receiverNames, skipValueWrappers, walk } from '../../ast';
import type { FunctionNode } from '../../ast';
import { isGuardName, isIdentityLookup, isIdentityName, nameWords, namesIn } from '../authentication-guards';
import { INPUT_CONTAINERS as FRAMEWORK_INPUT_CONTAINERS, METEOR_THIS_IDENTITY } from '../../frameworks';
import { requestObjectOf } from '../request-input';

import type { EndpointFile } from './endpoint-file';
import { MAX_CALL_DEPTH, comparePositions } from './positions';
import type { Operation } from './positions';

type Node = TSESTree.Node;

/**
 * Values a handler reads that come from the client, never the authenticated caller (`req.body.userId`): the adapters'
 * input containers, and the names RPC-style handlers without an adapter use (Hapi `payload`, tRPC `input`, GraphQL
 * `args` / `variables`).
 */
const INPUT_CONTAINERS: ReadonlySet<string> = new Set([...FRAMEWORK_INPUT_CONTAINERS, 'payload', 'input', 'args', 'variables']);
/** `assert(req.user)`: calls that throw when their argument is falsy. */
const ASSERTIONS = new Set(['assert', 'invariant', 'ok']);
/** Functions that answer the request or stop it (`redirect('/login')`, SvelteKit's `error(401)`, `next()`). */
const ENDING_FUNCTIONS = new Set(['redirect', 'notFound', 'unauthorized', 'forbidden', 'error', 'createError', 'abort', 'next']);
/** Methods that answer the request or stop it (`res.sendStatus(401)`, `ctx.throw(401)`, `c.text('no', 401)`). */
const ENDING_METHODS = new Set(['redirect', 'sendStatus', 'status', 'code', 'send', 'json', 'text', 'end', 'render', 'throw', 'fail', 'reject']);

export interface Check {
  at: number[];
  end: number[];
  /** The check ends the request when it fails (`if (!req.user) return …`): it guards everything after it. */
  ends: boolean;
}

export interface Evidence {
  /** Checks of the caller (conditions, guard calls, assertions, parameter decorators), with where they run. */
  checks: Check[];
  /** Reads that throw without a caller (`req.user.id`): they guard what follows them, arguments included. */
  dereferences: number[][];
  /** Calls made by the handler, for `requiredGuards`. */
  calls: Array<{ node: TSESTree.CallExpression; at: number[] }>;
}

export class CallerEvidence {
  constructor(private readonly file: EndpointFile) {}

  /** Where a variable's value comes from, for identifiers bound by `const x = …` or a destructuring. */
  bindingOf(identifier: TSESTree.Identifier): { init: Node | null; keys: string[]; parameter: boolean } | null {
    const definition = this.file.variableOf(identifier)?.defs[0];
    if (!definition) return null;
    const keys: string[] = [];
    let child: Node = definition.name as Node;
    // Walk up the destructuring pattern to its root, collecting the keys: `const { a: { b } } = x` gives a, b for `b`.
    for (let parent = child.parent; parent && parent.type !== 'VariableDeclarator' && !isFunction(parent); child = parent, parent = parent.parent) {
      if (parent.type === 'Property' && parent.value === child) keys.unshift(getPropertyName(parent) ?? '');
      else if (parent.type !== 'ObjectPattern' && parent.type !== 'AssignmentPattern' && parent.type !== 'ArrayPattern' && parent.type !== 'RestElement') return null;
    }
    if (definition.type === 'Parameter') return { init: null, keys, parameter: true };
    if (definition.type === 'Variable' && definition.node.init) return { init: definition.node.init, keys, parameter: false };
    return null;
  }

  /** `req.user`, `request.auth`, `locals.user`, `ctx.state.user`, `event.requestContext.authorizer`: names a caller on a parameter. */
  isCallerChain(root: Node, names: readonly string[], depth: number): boolean {
    if (names.some(name => INPUT_CONTAINERS.has(name))) return false;
    if (!names.some(isIdentityName)) return false;
    const value = skipValueWrappers(root);
    if (value.type !== 'Identifier') return false;
    if (INPUT_CONTAINERS.has(value.name)) return false;
    const binding = this.bindingOf(value);
    if (!binding) return false;
    if (binding.parameter) return true;
    // `const r = req; r.user`, `const state = ctx.state; state.user`.
    return depth < 4 && (this.isRequestRoot(binding.init as Node) || this.isCallerValue(binding.init as Node, depth + 1));
  }

  isLookup(node: Node): boolean {
    const value = skipValueWrappers(node);
    return value.type === 'CallExpression' && isIdentityLookup(value, argument => this.isRequestArgument(argument));
  }

  /** An argument that is the request, or part of it that carries credentials (`req`, `{ req }`, `req.headers.authorization`). */
  isRequestArgument(node: Node): boolean {
    const value = skipValueWrappers(node);
    if (requestObjectOf(value, this.file.context) !== null) return true;
    const names = receiverNames(value);
    if (value.type === 'CallExpression' && names.length === 1 && (names[0] === 'headers' || names[0] === 'cookies')) return true;
    return names.some(name => name === 'headers' || name === 'cookies' || name === 'authorization');
  }

  /**
   * Whether an expression holds the authenticated caller: a caller property (`req.user`), a variable bound to one or
   * to a lookup (`const session = await getServerSession()`), or a parameter named for one (`user`).
   */
  isCallerValue(node: Node, depth = 0): boolean {
    const value = skipValueWrappers(node);
    if (depth > 4) return false;
    if (value.type === 'MemberExpression') {
      const names: string[] = [];
      let root: Node = value;
      for (; root.type === 'MemberExpression'; root = skipValueWrappers(root.object)) names.unshift(getPropertyName(root) ?? '');
      // `session.user` where `session` holds a lookup's result, `data.user` from `const { data } = await supabase.auth.getUser()`.
      if (root.type === 'Identifier' && this.fromLookup(root)) return true;
      // Meteor methods: `this.userId`.
      if (root.type === 'ThisExpression' && names.length === 1 && METEOR_THIS_IDENTITY.has(names[0] as string)) return true;
      return this.isCallerChain(root, names, depth);
    }
    if (value.type === 'CallExpression') {
      // Hono's `c.get('jwtPayload')`, `c.get('user')`.
      const callee = skipValueWrappers(value.callee);
      const argument = value.arguments[0];
      return (
        callee.type === 'MemberExpression' &&
        getPropertyName(callee) === 'get' &&
        argument?.type === 'Literal' &&
        typeof argument.value === 'string' &&
        isIdentityName(argument.value) &&
        requestObjectOf(callee.object, this.file.context)?.kind === 'context'
      );
    }
    if (value.type !== 'Identifier') return false;
    const binding = this.bindingOf(value);
    if (!binding) return false;
    if (binding.parameter) return isIdentityName(value.name) || (binding.keys.some(isIdentityName) && !binding.keys.some(key => INPUT_CONTAINERS.has(key)));
    const init = binding.init as Node;
    if (binding.keys.length === 0) return this.isCallerValue(init, depth + 1);
    // Anything destructured from a lookup (`const { userId } = auth()`), or a caller property of the request.
    if (this.isLookup(init)) return true;
    const keys = binding.keys;
    return !keys.some(key => INPUT_CONTAINERS.has(key)) && (this.isCallerValue(init, depth + 1) || (keys.some(isIdentityName) && this.isRequestRoot(init)));
  }

  /** `const { user } = req`, `= context.clientContext`: the value destructured is (part of) a handler parameter. */
  isRequestRoot(node: Node): boolean {
    let value = skipValueWrappers(node);
    while (value.type === 'MemberExpression') {
      if (INPUT_CONTAINERS.has(getPropertyName(value) ?? '')) return false;
      value = skipValueWrappers(value.object);
    }
    return value.type === 'Identifier' && this.bindingOf(value)?.parameter === true && !INPUT_CONTAINERS.has(value.name);
  }

  /** `const session = await getServerSession()`: the variable holds what a lookup returned (maybe nothing). */
  isLookupVariable(identifier: TSESTree.Identifier): boolean {
    const binding = this.bindingOf(identifier);
    return binding?.init != null && binding.keys.length === 0 && this.isLookup(binding.init);
  }

  /** A variable holding a lookup's result or part of it (`const { data } = await supabase.auth.getUser()`). */
  fromLookup(identifier: TSESTree.Identifier): boolean {
    const binding = this.bindingOf(identifier);
    return binding?.init != null && this.isLookup(binding.init);
  }

  /** A condition that checks the caller: reads a caller value, a lookup result, or calls a check (`req.isAuthenticated()`). */
  checksCaller(test: Node): boolean {
    let found = false;
    walk(test, this.file.sourceCode.visitorKeys, node => {
      if (found) return;
      if (node.type === 'Identifier' && node.parent.type !== 'MemberExpression') found = this.isCallerValue(node) || this.isLookupVariable(node);
      else if (node.type === 'MemberExpression') found = this.isCallerValue(node);
      else if (node.type === 'CallExpression') found = this.isLookup(node) || this.isCallerValue(node) || namesIn(node.callee).some(isGuardName) || this.file.guards.isEnforcingCall(node);
    });
    return found;
  }

  /** A branch that answers the request or stops: `return`, `throw`, `res.sendStatus(401)`, `redirect('/login')`. */
  ends(node: Node | null): boolean {
    if (!node) return false;
    let found = false;
    walk(node, this.file.sourceCode.visitorKeys, inner => {
      if (found) return;
      if (inner.type === 'ReturnStatement' || inner.type === 'ThrowStatement') found = true;
      else if (inner.type === 'CallExpression') {
        const names = receiverNames(inner.callee);
        found = names.length === 1 ? ENDING_FUNCTIONS.has(names[0] as string) : ENDING_METHODS.has(lastName(names));
      }
    });
    return found;
  }

  /** The authentication a handler (and the same-file functions it calls) shows, with where it happens. */
  evidenceOf(handler: FunctionNode): Evidence {
    const evidence: Evidence = { checks: [], dereferences: [], calls: [] };
    const visited = new Set<FunctionNode>();
    // NestJS parameter decorators that read the caller a guard has set: `@CurrentUser() user`, `@User()`.
    for (const param of handler.params) {
      const decorators = (param.decorators as TSESTree.Decorator[] | undefined) ?? [];
      if (decorators.some(decorator => this.isIdentityDecorator(decoratorName(decorator)))) evidence.checks.push({ at: [-1], end: [-1], ends: true });
    }
    const visit = (fn: FunctionNode, path: number[]): void => {
      // A TypeScript `declare function` (an overload or ambient declaration) has no body to look into.
      if (visited.has(fn) || path.length > MAX_CALL_DEPTH || !(fn.body as Node | undefined)) return;
      visited.add(fn);
      walk(fn.body, this.file.sourceCode.visitorKeys, node => {
        const at = [...path, node.range[0]];
        const end = [...path, node.range[1]];
        switch (node.type) {
          case 'CallExpression': {
            evidence.calls.push({ node, at });
            const callee = this.file.localFunction(node.callee) ?? this.file.classMethod(node);
            if (callee && callee !== fn) visit(callee, at);
            const names = namesIn(node.callee);
            const assertion = ASSERTIONS.has(lastName(names)) && node.arguments[0] !== undefined && this.checksCaller(node.arguments[0]);
            if (this.file.guards.isEnforcingCall(node) || assertion) evidence.checks.push({ at, end, ends: true });
            break;
          }
          case 'IfStatement':
          case 'ConditionalExpression':
            if (this.checksCaller(node.test)) evidence.checks.push({ at, end, ends: this.ends(node.consequent) || this.ends(node.alternate) });
            break;
          case 'LogicalExpression':
            // `req.user && next()`, `req.user || res.sendStatus(401)` as statements, not `const x = req.user || guest`.
            if (node.operator !== '??' && this.isStatementLike(node) && this.checksCaller(node.left)) {
              evidence.checks.push({ at, end, ends: this.ends(node.right) });
            }
            break;
          case 'MemberExpression':
            if (!node.optional && this.isDereferenced(node.object)) evidence.dereferences.push(at);
            break;
          case 'VariableDeclarator':
            if (node.id.type === 'ObjectPattern' && node.init && this.isDereferenced(node.init)) evidence.dereferences.push(at);
            break;
          default:
            break;
        }
      });
    };
    visit(handler, []);
    return evidence;
  }

  /** An expression whose value is not kept: a statement, a returned value, an arrow function's body. */
  isStatementLike(node: TSESTree.LogicalExpression): boolean {
    const parent = node.parent;
    return parent.type === 'ExpressionStatement' || parent.type === 'ReturnStatement' || (parent.type === 'ArrowFunctionExpression' && parent.body === node);
  }

  /** A caller value whose properties are read: reading them throws when there is no caller. */
  isDereferenced(object: Node): boolean {
    const value = skipValueWrappers(object);
    return !(value.type === 'MemberExpression' && value.optional) && this.isCallerValue(value);
  }

  isIdentityDecorator(name: string): boolean {
    return nameWords(name).some(word => word === 'user' || word === 'principal' || word === 'claims' || word === 'identity') || isGuardName(name);
  }

  /** A check that ends the request before the operation, one the operation sits inside, or a read that throws first. */
  authenticatedBefore(evidence: Evidence, operation: Operation): boolean {
    const inside = (check: Check): boolean => comparePositions(check.at, operation.start) <= 0 && comparePositions(operation.start, check.end) < 0;
    return (
      evidence.checks.some(check => (check.ends && comparePositions(check.at, operation.start) < 0) || inside(check)) ||
      evidence.dereferences.some(at => comparePositions(at, operation.end) < 0)
    );
  }
}
