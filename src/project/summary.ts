/**
 * Module summaries: what another module of the app exports, as far as Vonage Video is concerned. The module is parsed
 * (never executed) and the one-file SDK analysis runs on it, following its own imports in turn (depth-limited, cycles
 * cut); the summary then says which exports are SDK clients/sessions, which exported functions, classes and methods
 * reach SDK operations (and which of their parameters flow into the token's role / expireTime / data, the session ID
 * or the options, and which options they set themselves).
 *
 * Summaries are cached per process by path + mtime + size (bounded). Any failure (a file over 1 MB, a syntax error,
 * a parser that cannot be loaded) gives no summary: the linted file is then seen alone, as without the project model.
 */
import fs from 'node:fs';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, skipValueWrappers, walk } from '../ast';
import { resolveVariable, scopeOf } from '../analysis/scope';
import type { OperationSpec, ReceiverKind } from '../sdk';
import { SummaryCache } from './cache';
import type { AnalysedModule, ParameterFlows, ProjectContext, WrapperInfo } from './context';
import { parseModule } from './parse';
import type { ModuleSourceCode } from './parse';
import { resolveAppImport } from './resolve';

type Node = TSESTree.Node;
type Variable = TSESLint.Scope.Variable;
type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** Files larger than this are never read. */
export const MAX_MODULE_BYTES = 1024 * 1024;
/** How many modules deep summaries follow imports from the linted file. */
export const MAX_DEPTH = 4;
const MAX_VALUE_DEPTH = 12;

export type ValueSummary =
  | { type: 'instance'; kind: ReceiverKind }
  | { type: 'wrapper'; wrapper: WrapperInfo }
  /** An object of the app (object literal, class instance, CommonJS namespace): its members, by name. */
  | { type: 'object'; members: ReadonlyMap<string, ValueSummary> }
  /** A class of the app: `new C()` is an object with these members (static ones are members of the class itself). */
  | { type: 'class'; members: ReadonlyMap<string, ValueSummary> }
  /** A string written into the module (`'abc'`, `process.env.X || 'abc'`), under the export or property `name`. */
  | { type: 'string'; value: string; name: string; file: string }
  /** An environment variable read in the module (`process.env.X`, `import.meta.env.X`), under the export or property `name`. */
  | { type: 'environment'; variable: string; name: string; file: string }
  /** A value of the app that is none of the above. */
  | { type: 'plain' };

export interface ModuleSummary {
  file: string;
  /** ESM named exports and CommonJS `exports.x` / `module.exports.x`. */
  named: ReadonlyMap<string, ValueSummary>;
  /** `export default …`. */
  defaultExport: ValueSummary | null;
  /** `module.exports = …`. */
  moduleExports: ValueSummary | null;
}

const PLAIN: ValueSummary = { type: 'plain' };

/** What `require()` of the module gives. */
export function requiredValue(summary: ModuleSummary): ValueSummary {
  return summary.moduleExports ?? namespaceValue(summary);
}

/** What a default import of the module gives (a CommonJS module's `module.exports` under interop). */
export function defaultImportValue(summary: ModuleSummary): ValueSummary {
  return summary.defaultExport ?? summary.moduleExports ?? PLAIN;
}

/** What `import * as ns` gives. */
export function namespaceValue(summary: ModuleSummary): ValueSummary {
  const members = new Map(summary.named);
  if (summary.defaultExport) members.set('default', summary.defaultExport);
  return { type: 'object', members };
}

/** What a named import gives (`import { x }` of a CommonJS `module.exports = { x }` included). */
export function namedImportValue(summary: ModuleSummary, name: string): ValueSummary {
  const named = summary.named.get(name);
  if (named) return named;
  const whole = summary.moduleExports;
  return (whole?.type === 'object' || whole?.type === 'class' ? whole.members.get(name) : undefined) ?? PLAIN;
}

// --- the cache ------------------------------------------------------------------------------------------------------

interface Cached {
  summary: ModuleSummary | null;
  /** The depth it was built at: a summary built deeper followed fewer imports. */
  depth: number;
}

const cache = new SummaryCache<Cached>();
/** How many lookups a cycle has cut short so far: a summary built while one was cut is not cached. */
let cyclesCut = 0;

/** How many summaries the cache holds (tests: files that cannot reach Vonage build none). */
export function summaryCacheSize(): number {
  return cache.size;
}

/** Empties the summary cache (tests). */
export function clearSummaryCache(): void {
  cache.clear();
}

/** The summary of the module `specifier` names from the module `project.file`, or `null`. */
export function summaryOfImport(specifier: string, project: ProjectContext): ModuleSummary | null {
  const file = resolveAppImport(specifier, project.file, { cwd: project.cwd, tsconfig: project.tsconfig });
  return file === null ? null : getModuleSummary(file, project);
}

/** The summary of `file` as imported from `project.file`; `null` on any failure, a cycle, or too deep. */
export function getModuleSummary(file: string, importer: ProjectContext): ModuleSummary | null {
  if (importer.visiting.has(file)) {
    cyclesCut++;
    return null;
  }
  if (importer.depth >= MAX_DEPTH) return null;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size > MAX_MODULE_BYTES) return null;
    const depth = importer.depth + 1;
    const cached = cache.get(file, stat.mtimeMs, stat.size);
    if (cached && cached.depth <= depth) return cached.summary;
    const before = cyclesCut;
    const summary = summarise(file, fs.readFileSync(file, 'utf8'), { ...importer, file, depth, visiting: new Set([...importer.visiting, file]), sdkLikeImportsOnly: false });
    // A summary cut short by a cycle is kept only for this lookup.
    if (cyclesCut === before) cache.set(file, stat.mtimeMs, stat.size, { summary, depth });
    return summary;
  } catch {
    return null;
  }
}

/** A module whose text cannot show Vonage usage: the app's own code, reaching no SDK operation, never parsed. */
function opaqueSummary(file: string): ModuleSummary {
  return { file, named: new Map(), defaultExport: null, moduleExports: null };
}

function summarise(file: string, text: string, project: ProjectContext): ModuleSummary | null {
  const shows = project.textShows(text);
  if (shows === null) return opaqueSummary(file);
  const sourceCode = parseModule(file, text, project.parser);
  if (!sourceCode) return null;
  // Like the linted file: a module with no Vonage usage of its own follows only imports used under SDK-like names.
  const analysed = project.analyse(sourceCode, { ...project, sdkLikeImportsOnly: shows !== 'vonage' });
  return new Summariser(file, sourceCode, analysed, project).summarise();
}

// --- the summariser -------------------------------------------------------------------------------------------------

interface Reach {
  operations: Set<OperationSpec>;
  flows: ParameterFlows;
  sets: Set<string>;
}

const FLOW_OF_OPTION: Record<string, keyof ParameterFlows> = { role: 'role', expireTime: 'expireTime', expire_time: 'expireTime', data: 'data' };

function isFunction(node: Node): node is FunctionNode {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}

function enclosingFunction(node: Node): FunctionNode | null {
  for (let current: Node | undefined = node.parent; current; current = current.parent) if (isFunction(current)) return current;
  return null;
}

class Summariser {
  private readonly reach = new Map<FunctionNode, Reach>();
  private readonly instances = new Map<Node, ReceiverKind>();
  private readonly values = new Map<Node, ValueSummary>();

  constructor(
    private readonly file: string,
    private readonly sourceCode: ModuleSourceCode,
    private readonly analysed: AnalysedModule,
    private readonly project: ProjectContext,
  ) {}

  summarise(): ModuleSummary {
    for (const { node, sdkConstructor } of this.analysed.constructions) if (sdkConstructor.instance) this.instances.set(node, sdkConstructor.instance);
    for (const call of this.analysed.operationCalls) this.addCall(call.node, call.operation, call.wrapper);
    this.propagateLocalCalls();
    return this.exports();
  }

  // --- what functions reach ---

  private reachOf(fn: FunctionNode): Reach {
    let reach = this.reach.get(fn);
    if (!reach) {
      reach = { operations: new Set(), flows: {}, sets: new Set() };
      this.reach.set(fn, reach);
    }
    return reach;
  }

  /** A call reaches its operations from every function around it (callbacks and promise executors run too). */
  private addCall(call: TSESTree.CallExpression, operation: OperationSpec, wrapper: WrapperInfo | undefined): void {
    for (let fn = enclosingFunction(call); fn; fn = enclosingFunction(fn)) this.addCallTo(fn, call, operation, wrapper);
  }

  private addCallTo(fn: FunctionNode, call: TSESTree.CallExpression, operation: OperationSpec, wrapper: WrapperInfo | undefined): void {
    const reach = this.reachOf(fn);
    const parameterOf = (argument: Node | undefined): number | undefined => (argument ? this.parameterIndex(fn, argument) : undefined);
    if (wrapper) {
      for (const inner of wrapper.operations) reach.operations.add(inner);
      for (const name of wrapper.sets) reach.sets.add(name);
      call.arguments.forEach((argument, index) => {
        const parameter = parameterOf(argument);
        if (parameter === undefined) return;
        for (const [key, innerIndex] of Object.entries(wrapper.flows)) if (innerIndex === index) reach.flows[key as keyof ParameterFlows] = parameter;
      });
      return;
    }
    reach.operations.add(operation);
    const sessionId = operation.sessionIdArg === undefined ? undefined : parameterOf(call.arguments[operation.sessionIdArg]);
    if (sessionId !== undefined) reach.flows.sessionId = sessionId;
    const options = operation.optionsArg === undefined ? undefined : call.arguments[operation.optionsArg];
    if (!options) return;
    const whole = parameterOf(options);
    if (whole !== undefined) reach.flows.options = whole;
    if (options.type !== 'ObjectExpression') return;
    for (const property of options.properties) {
      if (property.type !== 'Property' || property.computed) continue;
      const name = getPropertyName(property);
      if (name === null) continue;
      const parameter = parameterOf(property.value);
      const flow = FLOW_OF_OPTION[name];
      if (parameter !== undefined && flow) reach.flows[flow] = parameter;
      else reach.sets.add(name);
    }
  }

  /** The index of the parameter of `fn` that `argument` reads directly (`role`, `role ?? 'subscriber'` is not). */
  private parameterIndex(fn: FunctionNode, argument: Node): number | undefined {
    const value = skipValueWrappers(argument);
    if (value.type !== 'Identifier') return undefined;
    const variable = resolveVariable(scopeOf(this.sourceCode, value), value);
    if (!variable) return undefined;
    const index = fn.params.findIndex(parameter => {
      let identifier: Node = parameter;
      if (identifier.type === 'TSParameterProperty') identifier = identifier.parameter;
      if (identifier.type === 'AssignmentPattern') identifier = identifier.left;
      return identifier.type === 'Identifier' && variable.identifiers.includes(identifier);
    });
    return index === -1 ? undefined : index;
  }

  /** A function that calls a same-module function (`helper()`, `this.helper()`) reaching operations reaches them too. */
  private propagateLocalCalls(): void {
    const calls: Array<{ from: FunctionNode; to: FunctionNode }> = [];
    walk(this.sourceCode.ast, this.sourceCode.visitorKeys, node => {
      if (node.type !== 'CallExpression') return;
      const from = enclosingFunction(node);
      const to = from && this.localCallee(node);
      if (from && to && from !== to) calls.push({ from, to });
    });
    for (let round = 0; round < 6; round++) {
      let changed = false;
      for (const { from, to } of calls) {
        const target = this.reach.get(to);
        if (!target || target.operations.size === 0) continue;
        const reach = this.reachOf(from);
        for (const operation of target.operations) {
          if (reach.operations.has(operation)) continue;
          reach.operations.add(operation);
          changed = true;
        }
        for (const name of target.sets) reach.sets.add(name);
      }
      if (!changed) break;
    }
  }

  private localCallee(call: TSESTree.CallExpression): FunctionNode | null {
    const callee = skipValueWrappers(call.callee);
    if (callee.type === 'Identifier') {
      const value = this.definitionOf(callee);
      return value && isFunction(value) ? value : null;
    }
    if (callee.type !== 'MemberExpression' || callee.object.type !== 'ThisExpression') return null;
    const name = getPropertyName(callee);
    for (let current: Node | undefined = call.parent; current; current = current.parent) {
      if (current.type !== 'ClassBody') continue;
      for (const member of current.body) {
        if ((member.type === 'MethodDefinition' || member.type === 'PropertyDefinition') && !member.computed && getPropertyName(member) === name) {
          return member.value && isFunction(member.value) ? member.value : null;
        }
      }
      return null;
    }
    return null;
  }

  /** The node that defines what an identifier holds: a function, a class, a `const` initialiser, an import. */
  private definitionOf(identifier: TSESTree.Identifier): Node | null {
    const variable: Variable | null = resolveVariable(scopeOf(this.sourceCode, identifier), identifier);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!definition) return null;
    switch (definition.type) {
      case 'FunctionName':
      case 'ClassName':
        return definition.node as Node;
      case 'Variable': {
        const declarator = definition.node as TSESTree.VariableDeclarator;
        return declarator.id.type === 'Identifier' && declarator.init && (declarator.parent as TSESTree.VariableDeclaration).kind === 'const' ? skipValueWrappers(declarator.init) : null;
      }
      case 'ImportBinding':
        return definition.node as Node;
      default:
        return null;
    }
  }

  // --- what values are ---

  private valueOf(node: Node, name: string, depth = 0): ValueSummary {
    const value = skipValueWrappers(node);
    const known = this.values.get(value);
    if (known) return known;
    if (depth > MAX_VALUE_DEPTH) return PLAIN;
    this.values.set(value, PLAIN);
    const result = this.computeValue(value, name, depth);
    this.values.set(value, result);
    return result;
  }

  private computeValue(value: Node, name: string, depth: number): ValueSummary {
    const instance = this.instances.get(value);
    if (instance) return { type: 'instance', kind: instance };
    switch (value.type) {
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        return this.functionValue(value, name);
      case 'ClassDeclaration':
      case 'ClassExpression':
        return { type: 'class', members: this.classMembers(value.body, depth) };
      case 'NewExpression': {
        const constructed = this.valueOf(value.callee, name, depth + 1);
        return constructed.type === 'class' ? { type: 'object', members: constructed.members } : PLAIN;
      }
      case 'ObjectExpression': {
        const members = new Map<string, ValueSummary>();
        for (const property of value.properties) {
          if (property.type !== 'Property' || property.computed) continue;
          const key = getPropertyName(property);
          if (key !== null) members.set(key, this.valueOf(property.value, key, depth + 1));
        }
        return { type: 'object', members };
      }
      case 'Identifier': {
        const definition = this.definitionOf(value);
        if (!definition) return PLAIN;
        if (definition.type === 'ImportSpecifier' || definition.type === 'ImportDefaultSpecifier' || definition.type === 'ImportNamespaceSpecifier') return this.importedValue(definition);
        return this.valueOf(definition, value.name, depth + 1);
      }
      case 'MemberExpression': {
        const variable = environmentVariable(value);
        if (variable !== null) return { type: 'environment', variable, name, file: this.file };
        const object = this.valueOf(value.object, name, depth + 1);
        const key = getPropertyName(value);
        return (object.type === 'object' || object.type === 'class') && key !== null ? (object.members.get(key) ?? PLAIN) : PLAIN;
      }
      case 'CallExpression':
        return this.requireValue(value);
      case 'Literal':
        return typeof value.value === 'string' ? { type: 'string', value: value.value, name, file: this.file } : PLAIN;
      case 'TemplateLiteral':
        return value.expressions.length === 0 ? { type: 'string', value: value.quasis[0]?.value.cooked ?? '', name, file: this.file } : PLAIN;
      case 'LogicalExpression':
        // `process.env.X || 'fallback'`: the fallback is written into the code.
        return value.operator === '&&' ? PLAIN : this.valueOf(value.right, name, depth + 1);
      default:
        return PLAIN;
    }
  }

  private functionValue(fn: FunctionNode, name: string): ValueSummary {
    const reach = this.reach.get(fn);
    if (!reach || reach.operations.size === 0) return PLAIN;
    const operations = [...reach.operations].sort((a, b) => Number(b.privileged) - Number(a.privileged));
    return { type: 'wrapper', wrapper: { file: this.file, name, operations, flows: { ...reach.flows }, sets: [...reach.sets] } };
  }

  private classMembers(body: TSESTree.ClassBody, depth: number): Map<string, ValueSummary> {
    const members = new Map<string, ValueSummary>();
    for (const member of body.body) {
      if ((member.type !== 'MethodDefinition' && member.type !== 'PropertyDefinition') || member.computed || !member.value) continue;
      if (member.type === 'MethodDefinition' && member.kind === 'constructor') continue;
      const key = getPropertyName(member);
      if (key !== null) members.set(key, this.valueOf(member.value, key, depth + 1));
    }
    return members;
  }

  private importedValue(specifier: TSESTree.ImportClause): ValueSummary {
    const declaration = specifier.parent as TSESTree.ImportDeclaration;
    const summary = summaryOfImport(declaration.source.value, this.project);
    if (!summary) return PLAIN;
    if (specifier.type === 'ImportDefaultSpecifier') return defaultImportValue(summary);
    if (specifier.type === 'ImportNamespaceSpecifier') return namespaceValue(summary);
    const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value);
    return imported === 'default' ? defaultImportValue(summary) : namedImportValue(summary, imported);
  }

  private requireValue(call: TSESTree.CallExpression): ValueSummary {
    const argument = call.arguments[0];
    if (call.callee.type !== 'Identifier' || call.callee.name !== 'require' || argument?.type !== 'Literal' || typeof argument.value !== 'string') return PLAIN;
    const summary = summaryOfImport(argument.value, this.project);
    return summary ? requiredValue(summary) : PLAIN;
  }

  // --- what the module exports ---

  private exports(): ModuleSummary {
    const named = new Map<string, ValueSummary>();
    let defaultExport: ValueSummary | null = null;
    let moduleExports: ValueSummary | null = null;
    for (const statement of this.sourceCode.ast.body) {
      if (statement.type === 'ExportNamedDeclaration') {
        this.namedExports(statement, named);
      } else if (statement.type === 'ExportAllDeclaration' && !statement.exported) {
        const summary = summaryOfImport(statement.source.value, this.project);
        for (const [key, value] of summary?.named ?? []) if (!named.has(key)) named.set(key, value);
      } else if (statement.type === 'ExportDefaultDeclaration') {
        defaultExport = this.valueOf(statement.declaration, 'default');
      } else if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression' && statement.expression.operator === '=') {
        const { left, right } = statement.expression;
        const target = commonJsTarget(left);
        if (target === 'module.exports') moduleExports = this.valueOf(right, 'default');
        else if (target !== null) named.set(target, this.valueOf(right, target));
      }
    }
    return { file: this.file, named, defaultExport, moduleExports };
  }

  private namedExports(statement: TSESTree.ExportNamedDeclaration, named: Map<string, ValueSummary>): void {
    if (statement.exportKind === 'type') return;
    const declaration = statement.declaration;
    if (declaration?.type === 'FunctionDeclaration' || declaration?.type === 'ClassDeclaration') {
      if (declaration.id) named.set(declaration.id.name, this.valueOf(declaration, declaration.id.name));
    } else if (declaration?.type === 'VariableDeclaration') {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === 'Identifier' && declarator.init) named.set(declarator.id.name, this.valueOf(declarator.init, declarator.id.name));
      }
    }
    const from = statement.source ? summaryOfImport(statement.source.value, this.project) : null;
    for (const specifier of statement.specifiers) {
      const exported = specifier.exported.type === 'Identifier' ? specifier.exported.name : String(specifier.exported.value);
      const local = specifier.local.type === 'Identifier' ? specifier.local.name : String(specifier.local.value);
      if (statement.source) named.set(exported, from ? (local === 'default' ? defaultImportValue(from) : namedImportValue(from, local)) : PLAIN);
      else if (specifier.local.type === 'Identifier') named.set(exported, this.valueOf(specifier.local, exported));
    }
  }
}

/** The variable `process.env.NAME` / `import.meta.env.NAME` reads, or `null`. */
function environmentVariable(member: TSESTree.MemberExpression): string | null {
  const object = member.object;
  if (object.type !== 'MemberExpression' || getPropertyName(object) !== 'env') return null;
  const holder = object.object;
  const isEnvironment = (holder.type === 'Identifier' && holder.name === 'process') || (holder.type === 'MetaProperty' && holder.meta.name === 'import');
  return isEnvironment ? getPropertyName(member) : null;
}

/** `module.exports` → 'module.exports'; `exports.x` / `module.exports.x` → 'x'; otherwise `null`. */
function commonJsTarget(left: Node): string | null {
  if (left.type !== 'MemberExpression') return null;
  const property = getPropertyName(left);
  const object = left.object;
  if (object.type === 'Identifier' && object.name === 'module' && property === 'exports') return 'module.exports';
  if (object.type === 'Identifier' && object.name === 'exports') return property;
  if (object.type === 'MemberExpression' && object.object.type === 'Identifier' && object.object.name === 'module' && getPropertyName(object) === 'exports') return property;
  return null;
}
