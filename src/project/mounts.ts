/**
 * Mounts: where the app registers a router or a handler that another of its files exports, and behind which guards.
 * The linted file defines routes on an exported router (`module.exports = router`, `export default router`) or exports
 * controller handlers; the reverse index (`importers.ts`) finds the app's files that import it, each is parsed (never
 * executed; cached by path + mtime + size) and read for the places the imported value is passed to the app:
 * `app.use('/api', requireAuth, router)`, `app.use(requireAuth)` before `app.use('/api', router)`, Koa's
 * `app.use(router.routes())`, Hono's `app.route('/x', sub)`, and `router.post('/x', checkJwt, ctl.create)`. A router
 * mounted by a file that is itself an exported router is followed up to `MAX_MOUNT_DEPTH` files. Never throws.
 */
import fs from 'node:fs';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, getValueParent, skipValueWrappers } from '../ast';
import { resolveVariable, scopeOf } from '../analysis/scope';
import { SummaryCache } from './cache';
import { requireCalls } from './imports';
import { importersOf } from './importers';
import { parseModule } from './parse';
import type { ModuleSourceCode, ParserSetup } from './parse';
import type { ResolverOptions } from './resolve';

type Node = TSESTree.Node;
type Variable = TSESLint.Scope.Variable;

/** What the linted file exports: the whole module (`module.exports = router`, `export default router`) or a name. */
export type ExportedValue = { whole: true } | { whole: false; name: string };

export interface MountOptions extends ResolverOptions {
  parser: ParserSetup;
  /** Whether a middleware expression authenticates (the rule's guard matcher). */
  isGuard(node: Node): boolean;
}

/** A place the app passes the exported value to a `use`/`route`/route-method call. */
export interface Mount {
  file: string;
  /** A guard stands in front of it (in the call, registered before it on the same receiver, or on what mounts that). */
  guarded: boolean;
  /** A route registration (`router.post('/x', …, handler)`) rather than a mount (`app.use(…)`). */
  registration: boolean;
}

export const MAX_MOUNT_DEPTH = 3;
const MAX_FILE_BYTES = 1024 * 1024;
const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'options', 'head', 'any', 'on']);
const MOUNT_METHODS = new Set(['use', 'route', 'register']);

const parsed = new SummaryCache<ModuleSourceCode | null>(200);

function parseFile(file: string, parser: ParserSetup): ModuleSourceCode | null {
  const stat = fs.statSync(file);
  if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return null;
  const cached = parsed.get(file, stat.mtimeMs, stat.size);
  if (cached !== undefined) return cached;
  const sourceCode = parseModule(file, fs.readFileSync(file, 'utf8'), parser);
  parsed.set(file, stat.mtimeMs, stat.size, sourceCode);
  return sourceCode;
}

/** Empties the parsed-importer cache (tests). */
export function clearMountCache(): void {
  parsed.clear();
}

/** A `use`/`route`/route-method call: its receiver, method, path prefix and arguments. */
interface AppCall {
  call: TSESTree.CallExpression;
  receiver: Node;
  method: string;
  /** Where the method name is: calls chained on one receiver (`app.use(a).use(b)`) all start at `app`. */
  position: number;
  path: string | null;
  args: Node[];
}

function appCallOf(call: Node | undefined): AppCall | null {
  if (call?.type !== 'CallExpression') return null;
  const callee = skipValueWrappers(call.callee);
  if (callee.type !== 'MemberExpression') return null;
  const method = getPropertyName(callee);
  if (method === null || (!MOUNT_METHODS.has(method) && !ROUTE_METHODS.has(method))) return null;
  const args = call.arguments.filter((argument): argument is TSESTree.Expression => argument.type !== 'SpreadElement');
  const first = args[0];
  const path = first?.type === 'Literal' && typeof first.value === 'string' ? first.value : first?.type === 'TemplateLiteral' && first.expressions.length === 0 ? (first.quasis[0]?.value.cooked ?? null) : null;
  // `app.use(a).use(b)`: chained calls return the receiver.
  const chained = appCallOf(skipValueWrappers(callee.object));
  return { call, receiver: chained?.receiver ?? callee.object, method, position: callee.property.range[0], path, args: path === null ? args : args.slice(1) };
}

function coversPath(prefix: string | null, path: string | null): boolean {
  if (prefix === null) return true;
  let trimmed = prefix;
  while (trimmed.endsWith('*') || trimmed.endsWith('/')) trimmed = trimmed.slice(0, -1);
  const target = path ?? '/';
  return trimmed === '' || target === trimmed || target.startsWith(`${trimmed}/`);
}

class ImporterAnalysis {
  private readonly calls: AppCall[] = [];

  constructor(
    private readonly file: string,
    private readonly sourceCode: ModuleSourceCode,
    private readonly options: MountOptions,
    private readonly depth: number,
  ) {
    const visit = (node: Node): void => {
      const appCall = appCallOf(node);
      if (appCall) this.calls.push(appCall);
    };
    const stack: Node[] = [sourceCode.ast];
    while (stack.length > 0) {
      const node = stack.pop() as Node;
      visit(node);
      for (const key of sourceCode.visitorKeys[node.type] ?? []) {
        const child = (node as unknown as Record<string, unknown>)[key];
        for (const element of (Array.isArray(child) ? child : [child]) as Array<Node | null>) if (element && typeof element.type === 'string') stack.push(element);
      }
    }
  }

  private variableOf(identifier: Node): Variable | null {
    return resolveVariable(scopeOf(this.sourceCode, identifier), identifier);
  }

  private declared(node: Node): readonly Variable[] {
    return this.sourceCode.scopeManager.getDeclaredVariables(node);
  }

  /** The expressions of this file that evaluate to the exported value of the module imported as `specifiers`. */
  occurrences(specifiers: readonly string[], wanted: ExportedValue): Node[] {
    const found: Node[] = [];
    const wholeVariables: Variable[] = [];
    const namedVariables: Variable[] = [];
    for (const statement of this.sourceCode.ast.body) {
      if (statement.type !== 'ImportDeclaration' || !specifiers.includes(statement.source.value)) continue;
      for (const specifier of statement.specifiers) {
        const imported = specifier.type === 'ImportSpecifier' ? (specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value)) : null;
        const variables = this.declared(specifier);
        if (specifier.type === 'ImportDefaultSpecifier' || imported === 'default') wholeVariables.push(...variables);
        else if (specifier.type === 'ImportNamespaceSpecifier') (wanted.whole ? [] : wholeVariables).push(...variables);
        else if (!wanted.whole && imported === wanted.name) namedVariables.push(...variables);
      }
    }
    const globalScope = this.sourceCode.scopeManager.globalScope;
    for (const call of globalScope ? requireCalls(globalScope) : []) {
      if (!specifiers.includes((call.arguments[0] as TSESTree.StringLiteral).value)) continue;
      const { parent, child } = getValueParent(call);
      if (parent?.type === 'VariableDeclarator' && parent.init === child && parent.id.type === 'Identifier') wholeVariables.push(...this.declared(parent));
      else if (parent?.type === 'VariableDeclarator' && parent.init === child && parent.id.type === 'ObjectPattern' && !wanted.whole) {
        for (const property of parent.id.properties) {
          if (property.type === 'Property' && getPropertyName(property) === wanted.name && property.value.type === 'Identifier') {
            const variable = this.variableOf(property.value);
            if (variable) namedVariables.push(variable);
          }
        }
      } else {
        found.push(...this.wholeUse(call, wanted));
      }
    }
    for (const variable of wholeVariables) for (const reference of variable.references) if (reference.isRead()) found.push(...this.wholeUse(reference.identifier as Node, wanted));
    for (const variable of namedVariables) for (const reference of variable.references) if (reference.isRead()) found.push(reference.identifier as Node);
    return found;
  }

  /** A use of the whole module: itself when the whole is wanted, `ns.name` when a named export is. */
  private wholeUse(node: Node, wanted: ExportedValue): Node[] {
    if (wanted.whole) return [node];
    const { parent, child } = getValueParent(node);
    return parent?.type === 'MemberExpression' && parent.object === child && getPropertyName(parent) === wanted.name ? [parent] : [];
  }

  /** Where `occurrence` is passed to a mount or route call (through `router.routes()` or one wrapper call). */
  mountOf(occurrence: Node): Mount | null {
    let value = occurrence;
    let { parent, child } = getValueParent(value);
    // Koa: `router.routes()`, `router.middleware()`.
    if (parent?.type === 'MemberExpression' && parent.object === child && ['routes', 'middleware', 'allowedMethods'].includes(getPropertyName(parent) ?? '')) {
      const call = parent.parent;
      if (call?.type !== 'CallExpression' || call.callee !== parent) return null;
      value = call;
      ({ parent, child } = getValueParent(value));
    }
    // One wrapper: `asyncHandler(ctl.create)`, `withErrors(router)`.
    if (parent?.type === 'CallExpression' && parent.callee !== child && !appCallOf(parent)) {
      value = parent;
      ({ parent, child } = getValueParent(value));
    }
    const appCall = appCallOf(parent);
    if (!appCall || !appCall.args.includes(child)) return null;
    const index = appCall.args.indexOf(child);
    const registration = ROUTE_METHODS.has(appCall.method);
    const guarded = appCall.args.slice(0, index).some(argument => this.isGuardValue(argument)) || this.receiverGuarded(appCall.receiver, appCall.position, appCall.path, 0);
    return { file: this.file, guarded, registration };
  }

  private isGuardValue(node: Node): boolean {
    const value = skipValueWrappers(node);
    if (value.type === 'ArrayExpression') return value.elements.some(element => element !== null && element.type !== 'SpreadElement' && this.isGuardValue(element));
    return this.options.isGuard(value);
  }

  private sameReceiver(a: Node, b: Node): boolean {
    const left = skipValueWrappers(a);
    const right = skipValueWrappers(b);
    if (left.type === 'Identifier' && right.type === 'Identifier') {
      const variable = this.variableOf(left);
      return variable === null ? left.name === right.name : variable === this.variableOf(right);
    }
    return this.sourceCode.text.slice(...left.range) === this.sourceCode.text.slice(...right.range);
  }

  /**
   * A guard registered with `use` on the receiver before `position` (covering `path`), on what mounts the receiver in
   * this file, or, when the receiver is this file's exported router, wherever the app mounts this file.
   */
  private receiverGuarded(receiver: Node, position: number, path: string | null, depth: number): boolean {
    if (depth > MAX_MOUNT_DEPTH) return false;
    for (const use of this.calls) {
      if (use.method !== 'use' || use.position >= position || !this.sameReceiver(use.receiver, receiver)) continue;
      if (coversPath(use.path, path) && use.args.some(argument => this.isGuardValue(argument))) return true;
    }
    const value = skipValueWrappers(receiver);
    if (value.type !== 'Identifier') return false;
    for (const mount of this.calls) {
      if (!MOUNT_METHODS.has(mount.method)) continue;
      const index = mount.args.findIndex(argument => {
        const inner = skipValueWrappers(argument);
        const routes = inner.type === 'CallExpression' && inner.callee.type === 'MemberExpression' ? inner.callee.object : inner;
        return routes.type === 'Identifier' && this.sameReceiver(routes, value);
      });
      if (index === -1) continue;
      if (mount.args.slice(0, index).some(argument => this.isGuardValue(argument))) return true;
      if (this.receiverGuarded(mount.receiver, mount.position, mount.path, depth + 1)) return true;
    }
    const exported = exportedAs(this.sourceCode.ast, this.variableOf(value), node => this.variableOf(node));
    if (!exported || this.depth >= MAX_MOUNT_DEPTH) return false;
    const mounts = findMounts(this.file, exported, this.options, this.depth + 1);
    return mounts.length > 0 && mounts.every(mount => mount.guarded);
  }
}

/** How the module exports `variable`: `module.exports = router` / `export default router` (whole), `exports.x = router` / `export { router }`. */
export function exportedAs(program: TSESTree.Program, variable: Variable | null, variableOf: (node: Node) => Variable | null): ExportedValue | null {
  if (!variable) return null;
  const isIt = (node: Node | null | undefined): boolean => {
    const value = node ? skipValueWrappers(node) : null;
    return value?.type === 'Identifier' && variableOf(value) === variable;
  };
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration' && isIt(statement.declaration)) return { whole: true };
    if (statement.type === 'ExportNamedDeclaration' && !statement.source) {
      for (const specifier of statement.specifiers) {
        const name = specifier.exported.type === 'Identifier' ? specifier.exported.name : String(specifier.exported.value);
        if (isIt(specifier.local as Node)) return name === 'default' ? { whole: true } : { whole: false, name };
      }
      const declaration = statement.declaration;
      if (declaration?.type === 'VariableDeclaration' && declaration.declarations.some(declarator => declarator.id.type === 'Identifier' && variable.identifiers.includes(declarator.id))) {
        return { whole: false, name: variable.name };
      }
    }
    if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression' || !isIt(statement.expression.right)) continue;
    const left = statement.expression.left;
    if (left.type !== 'MemberExpression') continue;
    const property = getPropertyName(left);
    if (left.object.type === 'Identifier' && left.object.name === 'module' && property === 'exports') return { whole: true };
    const isExports = (left.object.type === 'Identifier' && left.object.name === 'exports') || (left.object.type === 'MemberExpression' && getPropertyName(left.object) === 'exports');
    if (isExports && property !== null) return { whole: false, name: property };
  }
  return null;
}

/**
 * Where the app mounts or registers what `target` (a real path) exports as `wanted`, and whether each is behind a
 * guard. `[]` when none is found or on any failure (the one-file view).
 */
export function findMounts(target: string, wanted: ExportedValue, options: MountOptions, depth = 0): Mount[] {
  try {
    const mounts: Mount[] = [];
    const real = fs.realpathSync(target);
    for (const importer of importersOf(real, options)) {
      const sourceCode = parseFile(importer.file, options.parser);
      if (!sourceCode) continue;
      const analysis = new ImporterAnalysis(importer.file, sourceCode, options, depth);
      for (const occurrence of analysis.occurrences(importer.specifiers, wanted)) {
        const mount = analysis.mountOf(occurrence);
        if (mount) mounts.push(mount);
      }
    }
    return mounts;
  } catch {
    return [];
  }
}
