/**
 * The middleware / guard graph of a file: what is registered with `use` (per app, per router, per path prefix),
 * Fastify hooks, guards registered as routes, routers mounted behind guards, and `unless` exceptions; and whether a
 * route is reached only through a guard.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, skipValueWrappers } from '../../ast';
import type { FunctionNode } from '../../ast';
import { FASTIFY_PRE_HANDLER_HOOKS } from '../../frameworks';
import { globMatcher, literalPath } from '../routes';
import type { Route } from '../routes';

import type { CallerEvidence } from './caller-evidence';
import type { EndpointFile } from './endpoint-file';
import type { OperationEvidence } from './operation-evidence';

type Node = TSESTree.Node;
type Variable = TSESLint.Scope.Variable;

export interface Use {
  receiver: string | null;
  position: number;
  /** Path prefixes (`app.use('/api', …)`), exact paths for a guard registered as a route, or `null` for all. */
  paths: string[] | null;
  exact: boolean;
  /** HTTP method of a guard registered as a route (`router.post('/x', auth)`), `null` otherwise. */
  method: string | null;
  /** Fastify hooks apply to every route of the instance, whatever the order. */
  hook: boolean;
  /** Paths a guard skips: `expressjwt(…).unless({ path: ['/token'] })`. */
  except: string[];
  values: Node[];
  /** Routers mounted by this call, and whether a guard precedes them in it. */
  mounts: Array<{ key: string; guarded: () => boolean; path: string | null }>;
  guard: () => boolean;
}

export class GuardGraph {
  readonly uses: Use[] = [];
  private readonly variableKeys = new WeakMap<Variable, string>();
  private nextKey = 0;
  private readonly functionGuards = new Map<FunctionNode, boolean>();
  private fileShowsGuardCache: boolean | null = null;

  constructor(
    private readonly file: EndpointFile,
    private readonly caller: CallerEvidence,
    private readonly operations: OperationEvidence,
  ) {}

  /** A stable key for the object routes are registered on: variable identity, then property names. */
  keyOf(node: Node): string | null {
    const value = skipValueWrappers(node);
    switch (value.type) {
      case 'Identifier': {
        const variable = this.file.variableOf(value);
        if (!variable) return `global:${value.name}`;
        let key = this.variableKeys.get(variable);
        if (key === undefined) {
          key = `v${++this.nextKey}`;
          this.variableKeys.set(variable, key);
        }
        return key;
      }
      case 'ThisExpression':
        return 'this';
      case 'MemberExpression': {
        const object = this.keyOf(value.object);
        const name = getPropertyName(value);
        return object === null || name === null ? null : `${object}.${name}`;
      }
      case 'CallExpression': {
        // `router.routes()`, `router.middleware()`: koa-router mounts.
        const callee = skipValueWrappers(value.callee);
        const name = callee.type === 'MemberExpression' ? getPropertyName(callee) : null;
        if (name === 'routes' || name === 'middleware') return this.keyOf((callee as TSESTree.MemberExpression).object);
        // `io.of('/admin')`: a socket.io namespace, the same object wherever it is looked up.
        const namespace = name === 'of' && value.arguments[0]?.type === 'Literal' ? String(value.arguments[0].value) : null;
        const owner = namespace === null ? null : this.keyOf((callee as TSESTree.MemberExpression).object);
        return owner === null ? null : `${owner}.of(${namespace})`;
      }
      default:
        return null;
    }
  }

  /** Middleware written in this file that checks the caller and performs nothing privileged itself. */
  isGuardFunction(fn: FunctionNode): boolean {
    let result = this.functionGuards.get(fn);
    if (result === undefined) {
      this.functionGuards.set(fn, false);
      const evidence = this.caller.evidenceOf(fn);
      result = this.operations.operationsOf(fn).length === 0 && (evidence.checks.some(check => check.ends) || evidence.dereferences.length > 0);
      this.functionGuards.set(fn, result);
    }
    return result;
  }

  isGuardValue(node: Node): boolean {
    if (this.file.guards.isGuard(node)) return true;
    const value = skipValueWrappers(node);
    if (value.type === 'ArrayExpression') return value.elements.some(element => element !== null && element.type !== 'SpreadElement' && this.isGuardValue(element));
    const fn = value.type === 'Identifier' || value.type === 'ArrowFunctionExpression' || value.type === 'FunctionExpression' ? this.file.localFunction(value) : null;
    return fn !== null && this.isGuardFunction(fn);
  }

  pathArguments(args: readonly TSESTree.CallExpressionArgument[]): { paths: string[] | null; rest: Node[] } {
    const paths: string[] = [];
    let index = 0;
    for (; index < args.length; index++) {
      const argument = args[index] as TSESTree.CallExpressionArgument;
      const path = argument.type === 'SpreadElement' ? null : literalPath(argument);
      if (path === null) break;
      paths.push(path);
    }
    return { paths: paths.length > 0 ? paths : null, rest: args.slice(index).filter((argument): argument is TSESTree.Expression => argument.type !== 'SpreadElement') };
  }

  /** `x.use(path?, …middleware, router?)`, `fastify.addHook('onRequest', guard)`, Hono's `app.route('/api', sub)`. */
  recordUse(node: TSESTree.CallExpression, receiverNode: Node, method: string): void {
    const receiver = this.keyOf(receiverNode);
    const base = { receiver, position: node.range[0], exact: false, method: null, hook: false, except: node.arguments.flatMap(argument => this.exceptedPaths(argument)) };
    if (method === 'addHook') {
      const [name, hook] = node.arguments;
      if (name?.type !== 'Literal' || !FASTIFY_PRE_HANDLER_HOOKS.has(String(name.value)) || !hook || hook.type === 'SpreadElement') return;
      this.uses.push({ ...base, paths: null, hook: true, values: [hook], mounts: [], guard: () => this.isGuardValue(hook) });
      return;
    }
    const { paths, rest } = this.pathArguments(node.arguments);
    if (method === 'route') {
      const key = this.keyOf(rest[0] as Node);
      if (key !== null && paths !== null) this.uses.push({ ...base, paths, values: [], mounts: [{ key, guarded: () => false, path: paths[0] as string }], guard: () => false });
      return;
    }
    const mounts = rest.flatMap((value, index) => {
      const key = this.keyOf(value);
      return key === null ? [] : [{ key, guarded: () => rest.slice(0, index).some(value => this.isGuardValue(value)), path: paths?.[0] ?? null }];
    });
    this.uses.push({ ...base, paths, values: rest, mounts, guard: () => rest.some(value => this.isGuardValue(value)) });
  }

  /** A route whose only handlers are guards (`router.post('/x', auth)`, `app.all('*', requireAuth)`): it guards what follows. */
  recordGuardRoute(route: Route): void {
    const registration = route.registration as TSESTree.CallExpression;
    const values = [...route.inFront, route.handlerReference as Node];
    this.uses.push({
      receiver: this.keyOf(route.receiverNode as Node),
      position: registration.range[0],
      paths: [route.path as string],
      exact: true,
      method: route.method,
      hook: false,
      except: [],
      values,
      mounts: [],
      guard: () => route.handler === null && this.isGuardValue(route.handlerReference as Node),
    });
  }

  /** `expressjwt(…).unless({ path: ['/token', '/demo/*'] })`: the string paths the guard lets through. */
  exceptedPaths(argument: TSESTree.CallExpressionArgument): string[] {
    const call = skipValueWrappers(argument);
    const callee = call.type === 'CallExpression' ? skipValueWrappers(call.callee) : null;
    const options = call.type === 'CallExpression' ? call.arguments[0] : undefined;
    if (callee?.type !== 'MemberExpression' || getPropertyName(callee) !== 'unless' || options?.type !== 'ObjectExpression') return [];
    const property = options.properties.find((item): item is TSESTree.Property => item.type === 'Property' && getPropertyName(item) === 'path');
    const values = property?.value.type === 'ArrayExpression' ? property.value.elements : [property?.value];
    return values.flatMap(value => (value?.type === 'Literal' && typeof value.value === 'string' ? [value.value] : []));
  }

  covers(use: Use, path: string | null, method: string | null): boolean {
    if (use.method !== null && use.method !== 'ALL' && use.method !== method) return false;
    const target = path ?? '/';
    if (use.except.some(pattern => globMatcher(pattern)(target))) return false;
    if (use.paths === null) return true;
    return use.paths.some(pattern => {
      if (use.exact) return pattern === '*' || globMatcher(pattern)(target);
      let prefix = pattern;
      while (prefix.endsWith('*') || prefix.endsWith('/')) prefix = prefix.slice(0, -1);
      return prefix === '' || target === prefix || target.startsWith(`${prefix}/`);
    });
  }

  /** A guard registered on the route's receiver before it, on a router it is mounted by, or on what mounts that router. */
  guardedByUse(receiver: string | null, position: number, path: string | null, method: string | null, depth = 0): boolean {
    if (receiver === null || depth > 3) return false;
    for (const use of this.uses) {
      if (use.receiver === receiver && (use.hook || use.position < position) && this.covers(use, path, method) && use.guard()) return true;
    }
    for (const use of this.uses) {
      for (const mount of use.mounts) {
        if (mount.key !== receiver) continue;
        if (mount.guarded() || this.guardedByUse(use.receiver, use.position, mount.path, null, depth + 1)) return true;
      }
    }
    return false;
  }

  /** A controller file that imports or registers a guard: its handlers are probably guarded where they are registered. */
  fileShowsGuard(): boolean {
    if (this.fileShowsGuardCache === null) {
      const imported: Node[] = [];
      for (const statement of this.file.sourceCode.ast.body) {
        if (statement.type === 'ImportDeclaration') imported.push(...statement.specifiers.map(specifier => specifier.local));
        if (statement.type !== 'VariableDeclaration') continue;
        for (const declarator of statement.declarations) {
          if (declarator.id.type === 'Identifier') imported.push(declarator.id);
          if (declarator.id.type === 'ObjectPattern') imported.push(...declarator.id.properties.map(property => (property.type === 'Property' ? property.value : property.argument)));
        }
      }
      this.fileShowsGuardCache = imported.some(node => this.file.guards.isGuard(node)) || this.uses.some(use => use.guard());
    }
    return this.fileShowsGuardCache;
  }
}
