/**
 * Values that change: what a `let`/`var` or a parameter can hold where it is read, and whether a number is chosen by
 * the client with nothing to cap it.
 *
 * `resolveConstant` (values.ts) answers only for variables written once. Token lifetimes are often written more than
 * once (`let exp = now + HOUR; if (req.body.days) exp = now + req.body.days * DAY;`) or come as a default parameter
 * (`(sid, exp = now + 10 * DAY) => …`): every one of those values can reach the token, so each is examined.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, skipValueWrappers } from '../ast';
import { requestInputSource } from './request-input';
import type { AnalysisContext, RequestInputSource } from './request-input';
import { resolveVariable, scopeOf } from './scope';
import { resolveConstant } from './values';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;

const MAX_DEPTH = 8;
/** Calls that keep a number's size: conversions and rounding. */
const NUMBER_PRESERVING = new Set(['Number', 'parseInt', 'parseFloat', 'Math.floor', 'Math.round', 'Math.ceil', 'Math.trunc', 'Math.abs']);
const ARITHMETIC = new Set(['+', '-', '*', '/', '|', '**']);

/**
 * Every value `node` can hold when it is a variable written more than once (its initialiser and each later `=`
 * assignment) or a parameter with a default (the default). `null` when it is neither, or when a write is not a plain
 * assignment (`+=`, `++`, a loop binding): the value is then unknown.
 */
export function assignedValues(node: Node, scope: Scope): Node[] | null {
  const identifier = skipValueWrappers(node);
  if (identifier.type !== 'Identifier') return null;
  const variable = resolveVariable(scope, identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || !definition) return null;
  if (definition.type === 'Parameter') {
    const declared = variable.identifiers[0];
    const pattern = declared?.parent;
    return pattern?.type === 'AssignmentPattern' && pattern.left === declared && variable.references.every(reference => !reference.isWrite() || reference.identifier === declared) ? [pattern.right] : null;
  }
  if (definition.type !== 'Variable' || definition.node.id.type !== 'Identifier') return null;
  // `for (const x of list)`: each value is an element, not the list.
  const loop = definition.parent?.parent;
  if (loop?.type === 'ForOfStatement' || loop?.type === 'ForInStatement') return null;
  const writes = variable.references.filter(reference => reference.isWrite());
  if (writes.length < 2 && !(writes.length === 1 && !definition.node.init)) return null;
  const values: Node[] = [];
  for (const write of writes) {
    const parent = (write.identifier as Node).parent;
    const plain = (parent?.type === 'VariableDeclarator' && parent.id === write.identifier) || (parent?.type === 'AssignmentExpression' && parent.operator === '=' && parent.left === write.identifier);
    if (!plain || !write.writeExpr) return null;
    values.push(write.writeExpr as Node);
  }
  return values;
}

/**
 * The request input a number is computed from when nothing caps it: `now + req.body.days * 86400`, `Number(req.query.ttl)`,
 * a variable assigned from either. `Math.min(req.body.ttl, MAX)` is capped (any argument that is not request input
 * bounds it) and so are values the server picks (`ROLES[req.body.x]`, a conditional between constants).
 */
export function unboundedRequestInput(node: Node, context: AnalysisContext, depth = 0): RequestInputSource | null {
  if (depth > MAX_DEPTH) return null;
  const value = skipValueWrappers(node);
  switch (value.type) {
    case 'BinaryExpression':
      if (!ARITHMETIC.has(value.operator)) return null;
      // `x / 1000`, `x - 60`: only what is added or multiplied in can raise the lifetime.
      if (value.operator === '/' || value.operator === '-' || value.operator === '|') return unboundedRequestInput(value.left, context, depth + 1);
      return unboundedRequestInput(value.left, context, depth + 1) ?? unboundedRequestInput(value.right, context, depth + 1);
    case 'CallExpression': {
      const name = calleeName(value.callee);
      if (name === 'Math.min') return value.arguments.every(argument => unboundedRequestInput(argument, context, depth + 1)) ? unboundedRequestInput(value.arguments[0] as Node, context, depth + 1) : null;
      const argument = value.arguments[0];
      if (name !== null && NUMBER_PRESERVING.has(name)) return argument ? unboundedRequestInput(argument, context, depth + 1) : null;
      break;
    }
    case 'Identifier': {
      const values = assignedValues(value, scopeOf(context.sourceCode, value));
      if (values) {
        for (const assigned of values) {
          const found = unboundedRequestInput(assigned, context, depth + 1);
          if (found) return found;
        }
        return null;
      }
      const init = resolveConstant(value, scopeOf(context.sourceCode, value));
      if (init) return unboundedRequestInput(init, context, depth + 1);
      break;
    }
    default:
      break;
  }
  const source = requestInputSource(value, context);
  return source && !source.allowed ? source : null;
}

function calleeName(node: Node): string | null {
  const callee = skipValueWrappers(node);
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && callee.object.type === 'Identifier') {
    const property = getPropertyName(callee);
    return property === null ? null : `${callee.object.name}.${property}`;
  }
  return null;
}

/**
 * The call a module-level constant was initialised with, when `identifier` reads one (`const token =
 * opentok.generateToken(SESSION_ID)` at the top of the file, read in a handler): the handler hands out what that call
 * made at start-up.
 */
export function moduleLevelInitCall(identifier: TSESTree.Identifier, scope: Scope): TSESTree.CallExpression | null {
  const parent = identifier.parent;
  // A property name (`{ token: x }`, `a.token`) reads no variable.
  if ((parent?.type === 'Property' && parent.key === identifier && !parent.shorthand) || (parent?.type === 'MemberExpression' && parent.property === identifier && !parent.computed)) return null;
  const variable = resolveVariable(scope, identifier);
  if (!variable) return null;
  let call = moduleInitCalls.get(variable);
  if (call === undefined) {
    call = null;
    const definition = variable.defs.length === 1 ? variable.defs[0] : undefined;
    const init = definition?.type === 'Variable' && definition.node.init ? skipValueWrappers(definition.node.init) : null;
    // Module, script or CommonJS top-level scope; written once.
    if (init?.type === 'CallExpression' && variable.scope.block.type === 'Program' && resolveConstant(identifier, scope)) call = init;
    moduleInitCalls.set(variable, call);
  }
  return call;
}

const moduleInitCalls = new WeakMap<TSESLint.Scope.Variable, TSESTree.CallExpression | null>();
