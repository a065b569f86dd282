/**
 * The options object of an SDK operation call (`generateToken(sid, { role })`, `createSession({ mediaMode })`), read
 * the same way by every rule: where the argument is, which object literal stands behind it, whether every property
 * is known, and how to add a property to it.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { OperationKind } from '../sdk';
import { getPropertyName } from '../ast';
import { getSdkFile } from './sdk-calls';
import type { SdkCall } from './sdk-calls';
import { findProperty, resolveObject } from './values';
import { resolveVariable, scopeOf } from './scope';
import { insertArgument, insertProperty } from '../fix';

type Scope = TSESLint.Scope.Scope;

export interface OperationOptions {
  call: SdkCall;
  /** The options argument as written, if the call passes one. */
  argument: TSESTree.CallExpressionArgument | undefined;
  /** The object literal behind the argument (inline, or a constant), if statically known. */
  object: TSESTree.ObjectExpression | null;
  /** The argument is absent or an object literal written at the call: an edit there changes this call only. */
  editable: boolean;
  /** Every property is known: no argument, or an object literal with no spread of unknown content. */
  complete: boolean;
}

export interface MatchedOperation {
  call: SdkCall;
  scope: Scope;
  options: OperationOptions;
}

/** The SDK call `node` makes when it performs `kind` (`'token.generate'`), with its scope and options; else `null`. */
export function matchOperation(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  node: TSESTree.CallExpression,
  kind: OperationKind,
): MatchedOperation | null {
  const call = getSdkFile(context).matchCall(node);
  if (call?.operation.kind !== kind) return null;
  const scope = scopeOf(context.sourceCode, node);
  return { call, scope, options: getOperationOptions(call, scope) };
}

export function getOperationOptions(call: SdkCall, scope: Scope): OperationOptions {
  const index = call.operation.optionsArg;
  const argument = index === undefined ? undefined : call.node.arguments[index];
  if (!argument || isEmptyValue(argument) || isCallback(argument, scope)) {
    return { call, argument: undefined, object: null, editable: true, complete: true };
  }
  const object = resolveObject(argument, scope);
  return {
    call,
    argument,
    object,
    editable: argument.type === 'ObjectExpression',
    // A computed key (`{ [key]: 'moderator' }`) may be any option.
    complete:
      object !== null &&
      object.properties.every(property => (property.type === 'Property' ? !property.computed || property.key.type === 'Literal' : resolveObject(property.argument, scope) !== null)),
  };
}

/**
 * The values a local options object receives after its declaration, before the call: `o.role = v`, `o['role'] = v`
 * and the properties of `Object.assign(o, { role: v })`, in source order. `[]` when the argument is not such a
 * variable. Used to see what options built step by step set (`const o = {}; o.role = 'moderator'`).
 */
export function assignedOptionValues(options: OperationOptions, name: string, scope: Scope): TSESTree.Node[] {
  const argument = options.argument;
  if (argument?.type !== 'Identifier') return [];
  const variable = resolveVariable(scope, argument);
  if (!variable) return [];
  const callStart = options.call.node.range[0];
  const values: TSESTree.Node[] = [];
  for (const reference of variable.references) {
    const use = reference.identifier as TSESTree.Node;
    if (use.range[0] >= callStart) continue;
    const parent = use.parent;
    if (parent?.type === 'MemberExpression' && parent.object === use && getPropertyName(parent, scope) === name) {
      const assignment = parent.parent;
      if (assignment?.type === 'AssignmentExpression' && assignment.left === parent && assignment.operator === '=') values.push(assignment.right);
    } else if (parent?.type === 'CallExpression' && parent.arguments[0] === use && isObjectAssign(parent.callee)) {
      for (const source of parent.arguments.slice(1)) {
        const object = source.type === 'SpreadElement' ? null : resolveObject(source, scope);
        const property = object ? findProperty(object, name, scope) : null;
        if (property) values.push(property.value);
      }
    }
  }
  return values;
}

function isObjectAssign(callee: TSESTree.Node): boolean {
  return callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === 'Object' && getPropertyName(callee) === 'assign';
}

/** The property that sets `name`, or `null` (absent, or hidden behind a spread of unknown content). */
export function getOption(options: OperationOptions, name: string, scope: Scope): TSESTree.Property | null {
  return options.object ? findProperty(options.object, name, scope) : null;
}

/**
 * Adds `propertyText` (`role: 'publisher'`) to the call's options: into the inline object literal, or as a new
 * options argument when the call passes none. `null` when the options are not editable at the call.
 */
export function insertOption(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  options: OperationOptions,
  propertyText: string,
): TSESLint.RuleFix | null {
  const { call, argument } = options;
  const index = call.operation.optionsArg;
  if (index === undefined || !options.editable) return null;
  if (argument?.type === 'ObjectExpression') return insertProperty(fixer, sourceCode, argument, propertyText);
  const present = call.node.arguments[index];
  // `generateToken(sid, undefined)`: the empty value gives way; `createSession(callback)`: the options go before the
  // Node-style callback; no argument there: they are appended (or `null` when arguments are missing before them).
  if (present && !isCallback(present, scopeOf(sourceCode, present))) return fixer.replaceText(present, `{ ${propertyText} }`);
  return insertArgument(fixer, sourceCode, call.node, index, `{ ${propertyText} }`);
}

function isEmptyValue(node: TSESTree.Node): boolean {
  return (node.type === 'Identifier' && node.name === 'undefined') || (node.type === 'Literal' && node.value === null);
}

/** A Node-style callback: a function written at the call, or a name for one (`opentok.dial(…, onDial)`). */
function isCallback(node: TSESTree.Node, scope: Scope): boolean {
  if (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression') return true;
  if (node.type !== 'Identifier') return false;
  const definition = (resolveVariable(scope, node))?.defs[0];
  if (definition?.type === 'FunctionName') return true;
  const init = definition?.type === 'Variable' ? definition.node.init : null;
  return init?.type === 'ArrowFunctionExpression' || init?.type === 'FunctionExpression';
}
