/**
 * When does a piece of code run: once, while the module loads or the server starts, or again and again (a request
 * handler, a function the file exports)? And where does a value end up: somewhere every request shares (a module
 * variable, `app.set('x', …)`, a field of a singleton service) or somewhere keyed per meeting?
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { enclosingFunction, getPropertyName, getValueParent, skipValueWrappers } from '../ast';
import type { FunctionNode } from '../ast';
import { resolveVariable, scopeOf } from './scope';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

export type RunsOnce =
  /** Top-level code (including top-level IIFEs and `await`). */
  | { when: 'module' }
  /** A callback that runs when the server starts listening (`app.listen(port, () => …)`). */
  | { when: 'startup' }
  /** A function called only from code that itself runs once (`init()` called at the top level). */
  | { when: 'startup-function'; name: string };

const MAX_DEPTH = 6;
/** Methods whose callback runs once when a server starts. */
const STARTUP_METHODS = new Set(['listen', 'ready']);
const STARTUP_EVENTS = new Set(['listening', 'ready', 'ready-to-serve']);
/** Decorators that make a class a DI singleton (NestJS, Angular, TypeDI, tsyringe). */
const SINGLETON_DECORATORS = new Set(['Injectable', 'Controller', 'Service', 'singleton', 'Singleton']);

/** How `node` runs when it runs only once, or `null` when it may run many times (or we cannot tell). */
export function runsOnce(node: Node, sourceCode: SourceCode, depth = 0): RunsOnce | null {
  if (depth > MAX_DEPTH) return null;
  const fn = enclosingFunction(node);
  if (!fn) return isInClassBody(node) ? null : { when: 'module' };
  const { parent, child } = getValueParent(fn);
  // An IIFE runs where it is written.
  if (parent?.type === 'CallExpression' && parent.callee === child) return runsOnce(parent, sourceCode, depth + 1);
  if (parent?.type === 'CallExpression' && isStartupCallback(parent, child)) {
    return runsOnce(parent, sourceCode, depth + 1) ? { when: 'startup' } : null;
  }
  const variable = functionVariable(fn, sourceCode);
  if (!variable) return null;
  const calls = variable.references.filter(reference => reference.identifier !== variableId(fn));
  if (calls.length === 0) return null;
  for (const reference of calls) {
    const identifier = reference.identifier as Node;
    const call = identifier.parent;
    if (call?.type !== 'CallExpression' || call.callee !== identifier) return null;
    if (!runsOnce(call, sourceCode, depth + 1)) return null;
  }
  return { when: 'startup-function', name: variable.name };
}

function isStartupCallback(call: TSESTree.CallExpression, callback: Node): boolean {
  if (call.arguments[call.arguments.length - 1] !== callback) return false;
  const callee = skipValueWrappers(call.callee);
  if (callee.type !== 'MemberExpression') return false;
  const method = getPropertyName(callee);
  if (method !== null && STARTUP_METHODS.has(method)) return true;
  const event = call.arguments[0];
  return (method === 'on' || method === 'once') && event?.type === 'Literal' && typeof event.value === 'string' && STARTUP_EVENTS.has(event.value);
}

function isInClassBody(node: Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'ClassBody') return true;
  }
  return false;
}

function variableId(fn: FunctionNode): Node | null {
  if (fn.type === 'FunctionDeclaration') return fn.id;
  const { parent, child } = getValueParent(fn);
  return parent?.type === 'VariableDeclarator' && parent.init === child ? parent.id : null;
}

/** The variable naming a function (`function init() {}`, `const init = async () => {}`), if any. */
function functionVariable(fn: FunctionNode, sourceCode: SourceCode): Variable | null {
  const id = variableId(fn);
  return id?.type === 'Identifier' ? variableOf(id, sourceCode) : null;
}

function variableOf(identifier: TSESTree.Identifier, sourceCode: SourceCode): Variable | null {
  return resolveVariable(scopeOf(sourceCode, identifier), identifier);
}

// --- where values are kept ---------------------------------------------------------------------------------------

export type SharedPlace =
  | { kind: 'module-variable'; name: string }
  | { kind: 'fixed-key'; name: string }
  | { kind: 'singleton-field'; name: string; className: string };

/**
 * Whether writing a value to `target` keeps it where every request reads the same one: a module-level variable, a
 * property of a module-level object (`app.locals.sessionId`, `state.session`), a field of a singleton class.
 * Computed keys (`rooms[roomId] = …`) are per meeting and do not count.
 */
export function sharedPlaceOfAssignment(target: Node, sourceCode: SourceCode): SharedPlace | null {
  if (target.type === 'Identifier') {
    const variable = variableOf(target, sourceCode);
    return variable && isModuleLevel(variable) ? { kind: 'module-variable', name: variable.name } : null;
  }
  if (target.type !== 'MemberExpression' || target.computed) return null;
  const name = getPropertyName(target);
  if (name === null) return null;
  const object = skipValueWrappers(target.object);
  if (object.type === 'ThisExpression') {
    const className = singletonClassName(target, sourceCode);
    return className === null ? null : { kind: 'singleton-field', name, className };
  }
  const root = rootIdentifier(object);
  if (!root) return null;
  const variable = variableOf(root, sourceCode);
  if (variable ? !isModuleLevel(variable) : !['global', 'globalThis', 'window'].includes(root.name)) return null;
  return { kind: 'module-variable', name: `${textOfPath(object)}.${name}` };
}

/** `app.set('sessionId', value)`, `cache.set('session', value)` on a module-level object: one fixed key for everyone. */
export function sharedPlaceOfCall(call: TSESTree.CallExpression, sourceCode: SourceCode): SharedPlace | null {
  const callee = skipValueWrappers(call.callee);
  if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'set' || call.arguments.length !== 2) return null;
  const key = call.arguments[0];
  if (key?.type !== 'Literal' || typeof key.value !== 'string') return null;
  const root = rootIdentifier(skipValueWrappers(callee.object));
  const variable = root ? variableOf(root, sourceCode) : null;
  return variable && isModuleLevel(variable) ? { kind: 'fixed-key', name: `${textOfPath(callee.object)}.set('${key.value}')` } : null;
}

/** Declared at the top of the file (`module`, `global`, or CommonJS's Node.js wrapper scope). */
function isModuleLevel(variable: Variable): boolean {
  const { type, block } = variable.scope;
  return type === 'module' || type === 'global' || (type === 'function' && block.type === 'Program');
}

/** The variable at the root of a fixed path (`app.locals`), or `null` for a computed path (`rooms[id].x`). */
function rootIdentifier(node: Node): TSESTree.Identifier | null {
  let current = node;
  for (let depth = 0; depth < 8 && current.type === 'MemberExpression'; depth++) {
    if (current.computed) return null;
    current = skipValueWrappers(current.object);
  }
  return current.type === 'Identifier' ? current : null;
}

/** `app.locals` for a fixed path (only called once `rootIdentifier` accepted it). */
function textOfPath(node: Node): string {
  const value = skipValueWrappers(node);
  return value.type === 'MemberExpression' ? `${textOfPath(value.object)}.${getPropertyName(value) ?? ''}` : sourceText(value);
}

function sourceText(node: Node): string {
  return node.type === 'Identifier' ? node.name : '';
}

/** The name of the class `node` is in when that class is a singleton: DI-decorated, or instantiated at module level. */
function singletonClassName(node: Node, sourceCode: SourceCode): string | null {
  let classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression | null = null;
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'ClassDeclaration' || current.type === 'ClassExpression') {
      classNode = current;
      break;
    }
  }
  if (!classNode) return null;
  const name = classNode.id?.name ?? 'anonymous class';
  const decorated = (classNode.decorators ?? []).some(decorator => {
    const expression = decorator.expression.type === 'CallExpression' ? decorator.expression.callee : decorator.expression;
    return expression.type === 'Identifier' && SINGLETON_DECORATORS.has(expression.name);
  });
  if (decorated) return name;
  // `export default new class { … }` or `new RoomService()` evaluated once at module level.
  const { parent } = getValueParent(classNode);
  if (parent?.type === 'NewExpression' && runsOnce(parent, sourceCode)) return name;
  // The class's own name binding outside its body (a class declaration also binds its name inside itself).
  const variable = sourceCode.scopeManager?.getDeclaredVariables(classNode).find(declared => declared.scope.block !== classNode);
  const instantiatedOnce = variable?.references.some(reference => {
    const use = (reference.identifier as Node).parent;
    return use?.type === 'NewExpression' && use.callee === reference.identifier && runsOnce(use, sourceCode) !== null;
  });
  return instantiatedOnce ? name : null;
}
