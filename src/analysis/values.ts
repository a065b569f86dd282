/**
 * Where a value comes from: the string literal behind an argument (through constants and constant object
 * properties), and the properties of options objects (spread-aware).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, skipValueWrappers } from '../ast';
import { resolveVariable } from './scope';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;

const MAX_DEPTH = 8;

/** A string literal, or a template literal with no `${}`: text fixed in the source. */
export type StringSource = TSESTree.StringLiteral | TSESTree.TemplateLiteral;

export interface LiteralOrigin {
  /** The literal that holds the text. */
  literal: StringSource;
  text: string;
  /** The name it was kept under on the way (variable, property), nearest to the literal first. */
  names: string[];
}

export function isStringSource(node: Node): node is StringSource {
  return (node.type === 'Literal' && typeof node.value === 'string') || (node.type === 'TemplateLiteral' && node.expressions.length === 0);
}

export function stringSourceText(node: StringSource): string {
  // A template with no `${}` has one quasi. Its `cooked` text is null only in a tagged template with an invalid escape
  // (`String.raw`), and `join` turns that null into ''.
  return node.type === 'Literal' ? node.value : node.quasis.map(quasi => quasi.value.cooked).join('');
}

/** The variable an identifier refers to, when it is assigned exactly once (at its declaration). */
export function resolveConstant(identifier: TSESTree.Identifier, scope: Scope): TSESTree.Expression | null {
  const variable = resolveVariable(scope, identifier);
  if (!variable || variable.defs.length !== 1) return null;
  const definition = variable.defs[0];
  if (definition?.type !== 'Variable' || definition.node.id.type !== 'Identifier' || !definition.node.init) return null;
  if (variable.references.some(reference => reference.isWrite() && reference.identifier !== definition.node.id)) return null;
  return definition.node.init;
}

/**
 * The literal whose text `node` evaluates to, following `const X = '…'`, `const cfg = { secret: '…' }` with `cfg.secret`,
 * and `a || 'fallback'`/`a ?? 'fallback'` fallbacks. `null` when the value comes from anywhere else (environment,
 * a call, a parameter).
 */
export function findLiteralOrigin(node: Node, scope: Scope, depth = 0): LiteralOrigin | null {
  if (depth > MAX_DEPTH) return null;
  const value = skipValueWrappers(node);
  if (isStringSource(value)) return { literal: value, text: stringSourceText(value), names: [] };
  if (value.type === 'Identifier') {
    const init = resolveConstant(value, scope);
    const origin = init ? findLiteralOrigin(init, scope, depth + 1) : null;
    return origin ? { ...origin, names: [...origin.names, value.name] } : null;
  }
  if (value.type === 'MemberExpression') {
    const name = getPropertyName(value, scope);
    if (name === null) return null;
    const object = resolveObject(value.object, scope, depth + 1);
    const property = object ? findProperty(object, name, scope) : null;
    const origin = property ? findLiteralOrigin(property.value, scope, depth + 1) : null;
    return origin ? { ...origin, names: [...origin.names, name] } : null;
  }
  if (value.type === 'LogicalExpression' && (value.operator === '||' || value.operator === '??')) {
    return findLiteralOrigin(value.right, scope, depth + 1);
  }
  return null;
}

/** The object literal `node` stands for: itself, or a constant holding one (`const cfg = {…}`), or a nested one. */
export function resolveObject(node: Node, scope: Scope, depth = 0): TSESTree.ObjectExpression | null {
  if (depth > MAX_DEPTH) return null;
  const value = skipValueWrappers(node);
  if (value.type === 'ObjectExpression') return value;
  if (value.type === 'Identifier') {
    const init = resolveConstant(value, scope);
    // `const o = {}; o.role = 'moderator'` or `Object.assign(o, {…})`: the literal alone does not say what `o` holds.
    return init && !isMutatedObject(value, scope) ? resolveObject(init, scope, depth + 1) : null;
  }
  if (value.type === 'MemberExpression') {
    const name = getPropertyName(value, scope);
    if (name === null) return null;
    const object = resolveObject(value.object, scope, depth + 1);
    const property = object ? findProperty(object, name, scope) : null;
    return property ? resolveObject(property.value, scope, depth + 1) : null;
  }
  return null;
}

/**
 * Whether the object a variable holds is changed after its declaration: a property written (`o.role = …`, `o[k] = …`,
 * `o.n++`, `delete o.x`) or `Object.assign(o, …)`. Then its literal is not the whole story, and the options are unknown.
 */
function isMutatedObject(identifier: TSESTree.Identifier, scope: Scope): boolean {
  const variable = resolveVariable(scope, identifier);
  if (!variable) return false;
  return variable.references.some(reference => {
    const use = reference.identifier as Node;
    const parent = use.parent;
    if (parent?.type === 'MemberExpression' && parent.object === use) {
      const outer = parent.parent;
      if (outer?.type === 'AssignmentExpression' && outer.left === parent) return true;
      if (outer?.type === 'UpdateExpression' || (outer?.type === 'UnaryExpression' && outer.operator === 'delete')) return true;
    }
    if (parent?.type === 'CallExpression' && parent.arguments[0] === use) {
      const callee = skipValueWrappers(parent.callee);
      return callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === 'Object' && getPropertyName(callee) === 'assign';
    }
    return false;
  });
}

/**
 * The property that decides `name` in an object literal: the last one written, looking into spread constants
 * (`{ ...defaults, role }`). `null` when absent, or when a spread of unknown content comes after the last match
 * (it may override it).
 */
export function findProperty(object: TSESTree.ObjectExpression, name: string, scope: Scope, depth = 0): TSESTree.Property | null {
  for (let index = object.properties.length - 1; index >= 0; index--) {
    const property = object.properties[index] as TSESTree.ObjectLiteralElement;
    if (property.type === 'Property') {
      if (getPropertyName(property, scope) === name) return property;
      continue;
    }
    // resolveObject's own depth limit ends cyclic spreads (`const a = { ...b }, b = { ...a }`).
    const spread = resolveObject(property.argument, scope, depth + 1);
    if (!spread) return null;
    const found = findProperty(spread, name, scope, depth + 1);
    if (found) return found;
  }
  return null;
}
