/**
 * Follows the values a file imports from the app's own modules (`import { createRoom } from './services/calls'`,
 * `const svc = require('../lib/lobby')`, `import { vonage } from '@/lib/vonage'`, an injected `VideoService`) to where
 * they are used, and tells the SDK call matcher what each use is: an SDK client or session (tracked from there like
 * an SDK import), a call of a wrapper that reaches SDK operations, or a call of the app's own code that is not the
 * SDK (never to be matched by name).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, getValueParent } from '../ast';
import { isIdentifierCode, isSpaceCode } from '../util/characters';
import type { ReceiverKind } from '../sdk';
import type { ProjectContext, WrapperInfo } from './context';
import { defaultImportValue, namedImportValue, namespaceValue, requiredValue, summaryOfImport } from './summary';
import type { ValueSummary } from './summary';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/** What the matcher does with each use. */
export interface AppImportSink {
  variableOf(identifier: Node): Variable | null;
  declaredVariables(node: Node): readonly Variable[];
  thisMembers(classBody: TSESTree.ClassBody, name: string): readonly TSESTree.MemberExpression[];
  /** `node` evaluates to an SDK client or session of `kind`. */
  instance(node: Node, kind: ReceiverKind): void;
  /** `call` calls a wrapper of the app that reaches SDK operations. */
  wrapperCall(call: TSESTree.CallExpression, wrapper: WrapperInfo): void;
  /** `call` calls the app's own code, which reaches no SDK operation. */
  appCall(call: TSESTree.CallExpression): void;
  /** `node` evaluates to `value`, a value of the app's own module (a wrapper used as a handler, an exported string). */
  valueAt(node: Node, value: ValueSummary): void;
}

const MAX_USE_DEPTH = 16;

class ImportFollower {
  private readonly seen = new Set<Node>();

  constructor(private readonly sink: AppImportSink) {}

  /** Every read of a variable holding `value`. */
  followVariable(variable: Variable, value: ValueSummary, depth: number): void {
    for (const reference of variable.references) {
      const identifier = reference.identifier as Node;
      if (identifier.parent?.type === 'TSTypeReference') this.followInjected(identifier.parent, value, depth);
      else if (reference.isRead()) this.use(identifier, value, depth);
    }
  }

  /** A value used at `node`: what its parent does with it. */
  use(node: Node, value: ValueSummary, depth: number): void {
    if (depth > MAX_USE_DEPTH || this.seen.has(node)) return;
    this.seen.add(node);
    if (value.type === 'instance') {
      this.sink.instance(node, value.kind);
      return;
    }
    this.sink.valueAt(node, value);
    const { parent, child } = getValueParent(node);
    if (!parent) return;
    if (value.type === 'plain' || value.type === 'string' || value.type === 'environment') {
      // The app's own function or method that reaches no SDK operation: never the SDK by name.
      if (parent.type === 'CallExpression' && parent.callee === child) this.sink.appCall(parent);
      else if (value.type !== 'plain' && parent.type === 'VariableDeclarator' && parent.init === child) this.declarator(parent, value, depth);
      return;
    }
    if (parent.type === 'CallExpression' && parent.callee === child) {
      if (value.type === 'wrapper') this.sink.wrapperCall(parent, value.wrapper);
      else this.sink.appCall(parent);
    } else if (parent.type === 'NewExpression' && parent.callee === child) {
      if (value.type === 'class') this.use(parent, { type: 'object', members: value.members }, depth + 1);
    } else if (parent.type === 'MemberExpression' && parent.object === child) {
      this.member(parent, value, depth);
    } else if (parent.type === 'VariableDeclarator' && parent.init === child) {
      this.declarator(parent, value, depth);
    } else if (parent.type === 'AssignmentExpression' && parent.right === child && parent.left.type === 'MemberExpression' && parent.left.object.type === 'ThisExpression') {
      this.thisMember(parent.left, getPropertyName(parent.left), value, depth);
    } else if (parent.type === 'PropertyDefinition' && parent.value === child && !parent.computed) {
      this.thisMember(parent, getPropertyName(parent), value, depth);
    }
  }

  private member(member: TSESTree.MemberExpression, value: ValueSummary, depth: number): void {
    if (value.type !== 'object' && value.type !== 'class') return;
    const name = getPropertyName(member);
    const memberValue = name === null ? undefined : value.members.get(name);
    if (memberValue) {
      this.use(member, memberValue, depth + 1);
      return;
    }
    // A method the app's object does not define (inherited, added at run time): still the app's, never the SDK by name.
    const { parent, child } = getValueParent(member);
    if (parent?.type === 'CallExpression' && parent.callee === child) this.sink.appCall(parent);
  }

  private declarator(declarator: TSESTree.VariableDeclarator, value: ValueSummary, depth: number): void {
    if (declarator.id.type === 'Identifier') {
      for (const variable of this.sink.declaredVariables(declarator)) this.followVariable(variable, value, depth + 1);
      return;
    }
    if (declarator.id.type !== 'ObjectPattern' || (value.type !== 'object' && value.type !== 'class')) return;
    for (const property of declarator.id.properties) {
      if (property.type !== 'Property' || property.computed || property.value.type !== 'Identifier') continue;
      const name = getPropertyName(property);
      const memberValue = name === null ? undefined : value.members.get(name);
      const variable = memberValue && this.sink.variableOf(property.value);
      if (memberValue && variable) this.followVariable(variable, memberValue, depth + 1);
    }
  }

  private thisMember(node: Node, name: string | null, value: ValueSummary, depth: number): void {
    let classBody: Node | undefined = node.parent;
    while (classBody && classBody.type !== 'ClassBody') classBody = classBody.parent;
    if (name === null || !classBody) return;
    for (const member of this.sink.thisMembers(classBody as TSESTree.ClassBody, name)) this.use(member, value, depth + 1);
  }

  /** `constructor(private readonly video: VideoService)`, `@Inject() video: VideoService`: an instance of the app's class. */
  private followInjected(typeReference: Node, value: ValueSummary, depth: number): void {
    if (value.type !== 'class' || typeReference.parent?.type !== 'TSTypeAnnotation') return;
    const instance: ValueSummary = { type: 'object', members: value.members };
    const annotated = typeReference.parent.parent;
    if (annotated?.type === 'PropertyDefinition' && !annotated.computed) {
      this.thisMember(annotated, getPropertyName(annotated), instance, depth);
      return;
    }
    if (annotated?.type !== 'Identifier') return;
    if (annotated.parent?.type === 'TSParameterProperty') this.thisMember(annotated.parent, annotated.name, instance, depth);
    const variable = this.sink.variableOf(annotated);
    if (variable) this.followVariable(variable, instance, depth + 1);
  }
}

/** The value an import specifier binds. */
function importedValue(specifier: TSESTree.ImportClause, project: ProjectContext): ValueSummary | null {
  const declaration = specifier.parent as TSESTree.ImportDeclaration;
  const summary = summaryOfImport(declaration.source.value, project);
  if (!summary) return null;
  if (specifier.type === 'ImportDefaultSpecifier') return defaultImportValue(summary);
  if (specifier.type === 'ImportNamespaceSpecifier') return namespaceValue(summary);
  const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value);
  return imported === 'default' ? defaultImportValue(summary) : namedImportValue(summary, imported);
}

function isTypeOnly(declaration: TSESTree.ImportDeclaration, specifier: TSESTree.ImportClause): boolean {
  return declaration.importKind === 'type' || (specifier.type === 'ImportSpecifier' && specifier.importKind === 'type');
}

/** `require('<app module>')` calls: of an undeclared `require`, or of a declared global one (`sourceType: 'commonjs'`). */
export function requireCalls(globalScope: Scope): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  const references = [...globalScope.through.filter(reference => reference.identifier.name === 'require'), ...(globalScope.set.get('require')?.references ?? [])];
  for (const reference of references) {
    const parent = (reference.identifier as Node).parent;
    const argument = parent?.type === 'CallExpression' && parent.callee === reference.identifier ? parent.arguments[0] : undefined;
    if (argument?.type === 'Literal' && typeof argument.value === 'string' && parent?.type === 'CallExpression') calls.push(parent);
  }
  return calls;
}

/** Whether a specifier can name the app's own module (relative, absolute, `#imports`, or an alias such as `@/lib`). */
export function mayBeAppModule(specifier: string): boolean {
  return !specifier.startsWith('node:') && specifier !== '';
}

/**
 * Names of bindings or members that may be, or lead to, the app's own Vonage wrapper (`createRoom`, `joinToken`,
 * `videoService`, `startRecording`): a file with no Vonage usage of its own resolves only imports used under such names.
 */
const SDK_LIKE_NAME = /token|session|archiv|broadcast|record|disconnect|kick|eject|mute|sip|dial|layout|room|meeting|moderat|video|vonage|opentok|tokbox|^ot$/i;

/**
 * `SDK_LIKE_NAME`'s answers, per name: every file of a codebase reads the same few helpers' members (ESLint's rules
 * call `astUtils.isTokenOnSameLine` a hundred times), and a map lookup costs a fraction of the pattern's test.
 */
const sdkLikeAnswers = new Map<string, boolean>();
const MAX_SDK_LIKE_ANSWERS = 10_000;

function isSdkLikeName(name: string): boolean {
  let answer = sdkLikeAnswers.get(name);
  if (answer === undefined) {
    answer = SDK_LIKE_NAME.test(name);
    if (sdkLikeAnswers.size >= MAX_SDK_LIKE_ANSWERS) sdkLikeAnswers.clear();
    sdkLikeAnswers.set(name, answer);
  }
  return answer;
}

/** Whether a binding is used under an SDK-like name: its own, or a member read through it (`calls.joinToken`). */
function usedUnderSdkLikeName(variables: readonly Variable[]): boolean {
  for (const variable of variables) {
    if (isSdkLikeName(variable.name)) return true;
    for (const reference of variable.references) {
      const parent = (reference.identifier as Node).parent;
      if (parent?.type !== 'MemberExpression' || parent.object !== reference.identifier) continue;
      const name = !parent.computed && parent.property.type === 'Identifier' ? parent.property.name : getPropertyName(parent);
      if (name !== null && isSdkLikeName(name)) return true;
    }
  }
  return false;
}

/** The variables a `require()` call's value is bound to (`const x = require()`, `const { a } = require()`). */
function requireBindings(call: TSESTree.CallExpression, declaredVariables: (node: Node) => readonly Variable[]): { variables: readonly Variable[]; members: string[] } {
  const { parent, child } = getValueParent(call);
  if (parent?.type === 'VariableDeclarator' && parent.init === child) return { variables: declaredVariables(parent), members: [] };
  if (parent?.type === 'MemberExpression' && parent.object === child) return { variables: [], members: [getPropertyName(parent) ?? ''] };
  return { variables: [], members: [] };
}

/**
 * The names a `require()` call's value is bound to (`const { a, b: c } = require()`), the module object's own name when
 * it is bound whole (`const calls = require()`), and members read off the call (`require().joinToken`).
 */
function requireBindingNames(call: TSESTree.CallExpression): { names: string[]; members: string[]; whole: string | null } {
  const { parent, child } = getValueParent(call);
  if (parent?.type === 'VariableDeclarator' && parent.init === child) {
    return { names: patternNames(parent.id), members: [], whole: parent.id.type === 'Identifier' ? parent.id.name : null };
  }
  if (parent?.type === 'MemberExpression' && parent.object === child) return { names: [], members: [getPropertyName(parent) ?? ''], whole: null };
  return { names: [], members: [], whole: null };
}

function patternNames(pattern: Node, names: string[] = []): string[] {
  if (pattern.type === 'Identifier') {
    names.push(pattern.name);
  } else if (pattern.type === 'ObjectPattern') {
    for (const property of pattern.properties) patternNames(property.type === 'Property' ? property.value : property.argument, names);
  } else if (pattern.type === 'ArrayPattern') {
    for (const element of pattern.elements) if (element) patternNames(element, names);
  } else if (pattern.type === 'AssignmentPattern') {
    patternNames(pattern.left, names);
  } else if (pattern.type === 'RestElement') {
    patternNames(pattern.argument, names);
  }
  return names;
}

function skipSpace(text: string, index: number): number {
  let at = index;
  while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
  return at;
}

/** Bindings per file whose member reads are looked up in the text; beyond that, a binding counts as SDK-like. */
const MAX_BINDINGS_READ_IN_TEXT = 32;

/**
 * Whether the text reads a member with an SDK-like name through `name` (`calls.joinToken`, `calls?.joinToken`,
 * `calls\n  .joinToken`); a computed read (`calls[key]`) counts, as it may be one. Read from the text rather than from
 * the binding's references: a file with no Vonage usage then touches none of its syntax tree beyond its imports. A
 * match in a comment or a string, or of a shadowing variable, only makes the gate look further (the reach check).
 */
function readsSdkLikeMember(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    // Not part of a longer name, nor a property of something else (`options.globals.x`).
    if (at > 0 && (isIdentifierCode(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === 46)) continue;
    let index = skipSpace(text, at + name.length);
    if (text[index] === '!') index = skipSpace(text, index + 1);
    if (text[index] === '?' && text[index + 1] === '.') index += 2;
    else if (text[index] === '.' && text[index + 1] !== '.') index += 1;
    else if (text[index] !== '[') continue;
    index = skipSpace(text, index);
    // A computed read may name anything; `Name[]` is a TypeScript array type.
    if (text[index] === '[') {
      if (text[skipSpace(text, index + 1)] !== ']') return true;
      continue;
    }
    if (text[index] === '#') index++;
    const start = index;
    while (index < text.length && isIdentifierCode(text.charCodeAt(index))) index++;
    if (index > start && isSdkLikeName(text.slice(start, index))) return true;
  }
  return false;
}

/**
 * The app-module specifiers of the file's imports and `require()` calls through which a file with no Vonage usage of
 * its own may reach it: a module named like a wrapper (`./video`, `../services/token-service`), a binding named like
 * one (`import { joinToken }`, `const { createRoom } = require()`), or a module object whose members are read under
 * such names (`calls.joinToken()`, also for a named import of an object, `import { api }` … `api.createSession()`).
 * Nothing is resolved here, and only the imports' own syntax is read: member reads come from the text
 * (`readsSdkLikeMember`), and are looked for only under names that can hold an object (not `Observable`, a class).
 */
export function sdkLikeImportSpecifiers(program: TSESTree.Program, globalScope: Scope, text: string, mayNameAppModule: (specifier: string) => boolean = mayBeAppModule): string[] {
  const specifiers = new Set<string>();
  let textReads = 0;
  const readsMember = (name: string): boolean => ++textReads > MAX_BINDINGS_READ_IN_TEXT || readsSdkLikeMember(text, name);
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type') continue;
    const source = statement.source.value;
    if (!mayNameAppModule(source)) continue;
    const values = statement.specifiers.filter(specifier => !isTypeOnly(statement, specifier));
    if (values.length === 0) continue;
    const used =
      isSdkLikeName(source) ||
      values.some(specifier => {
        const name = specifier.local.name;
        const holdsObject = specifier.type !== 'ImportSpecifier' || startsLowerCase(name);
        return isSdkLikeName(name) || (holdsObject && readsMember(name));
      });
    if (used) specifiers.add(source);
  }
  for (const call of requireCalls(globalScope)) {
    const specifier = (call.arguments[0] as TSESTree.StringLiteral).value;
    if (specifiers.has(specifier) || !mayNameAppModule(specifier)) continue;
    const { names, members, whole } = requireBindingNames(call);
    if (isSdkLikeName(specifier) || names.some(isSdkLikeName) || members.some(isSdkLikeName) || (whole !== null && readsMember(whole))) specifiers.add(specifier);
  }
  return [...specifiers];
}

const startsLowerCase = (name: string): boolean => {
  const code = name.charCodeAt(0);
  return (code >= 97 && code <= 122) || code === 95 || code === 36;
};

/**
 * Follows every value the file imports from the app's own modules. Returns whether any import resolved to a module
 * that reaches the SDK (an SDK client, a wrapper).
 */
export function trackAppImports(program: TSESTree.Program, globalScope: Scope, project: ProjectContext, sink: AppImportSink): void {
  const follower = new ImportFollower(sink);
  const wanted = (variables: readonly Variable[], members: readonly string[] = []): boolean =>
    !project.sdkLikeImportsOnly || usedUnderSdkLikeName(variables) || members.some(isSdkLikeName);
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || !mayBeAppModule(statement.source.value)) continue;
    for (const specifier of statement.specifiers) {
      if (isTypeOnly(statement, specifier) || !wanted(sink.declaredVariables(specifier))) continue;
      const value = importedValue(specifier, project);
      if (!value) continue;
      for (const variable of sink.declaredVariables(specifier)) follower.followVariable(variable, value, 0);
    }
  }
  for (const call of requireCalls(globalScope)) {
    const specifier = (call.arguments[0] as TSESTree.StringLiteral).value;
    const { variables, members } = requireBindings(call, node => sink.declaredVariables(node));
    if (!mayBeAppModule(specifier) || !wanted(variables, members)) continue;
    const summary = summaryOfImport(specifier, project);
    if (summary) follower.use(call, requiredValue(summary), 0);
  }
}
