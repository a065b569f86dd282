/**
 * Static evaluation of timestamps: what an `expireTime` expression means, relative to "now".
 *
 * `Math.floor(Date.now() / 1000) + 3600` is *now in seconds + 3600*; `Date.now() + 3_600_000` is *now in
 * milliseconds + 3 600 000*; `60 * 60` or a constant holding it is a plain number. Constants in scope and arithmetic
 * are folded with eslint-utils' `getStaticValue`; the usual spellings of "now" are recognised by shape.
 */
import { getStaticValue } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, skipValueWrappers } from '../ast';
import { resolveConstant } from './values';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;

/** `base` is what the value is relative to; `offset` is in the base's unit (seconds for `none`). */
export interface TimeValue {
  base: 'now-seconds' | 'now-milliseconds' | 'none';
  offset: number;
}

const MAX_DEPTH = 12;
const MILLISECONDS_PER_SECOND = 1000;
const ROUNDING = new Set(['floor', 'round', 'trunc', 'ceil']);
/** Libraries whose `x().unix()` is now in seconds and `x().valueOf()` now in milliseconds. */
const DATE_LIBRARIES = new Set(['dayjs', 'moment']);

export function evaluateTime(node: Node, scope: Scope, depth = 0): TimeValue | null {
  if (depth > MAX_DEPTH) return null;
  const value = skipValueWrappers(node);
  // Shapes first: eslint-utils would fold `+new Date()` into the time of linting.
  let result: TimeValue | null = null;
  switch (value.type) {
    case 'Identifier': {
      const init = resolveConstant(value, scope);
      result = init ? evaluateTime(init, scope, depth + 1) : null;
      break;
    }
    case 'UnaryExpression':
      result = value.operator === '+' || value.operator === '~' ? evaluateTime(value.argument, scope, depth + 1) : null;
      break;
    case 'BinaryExpression':
      result = evaluateBinary(value, scope, depth);
      break;
    case 'CallExpression':
      result = evaluateCall(value, scope, depth);
      break;
    case 'NewExpression':
      // `+new Date()`
      return isNewDate(value) ? { base: 'now-milliseconds', offset: 0 } : null;
    default:
      break;
  }
  if (result) return result;
  const constant = getStaticValue(value as never, scope as never);
  return constant && typeof constant.value === 'number' && Number.isFinite(constant.value) ? { base: 'none', offset: constant.value } : null;
}

function evaluateBinary(node: TSESTree.BinaryExpression, scope: Scope, depth: number): TimeValue | null {
  if (node.left.type === 'PrivateIdentifier') return null;
  const left = evaluateTime(node.left, scope, depth + 1);
  const right = evaluateTime(node.right, scope, depth + 1);
  if (!left || !right) return null;
  switch (node.operator) {
    case '+':
      if (left.base !== 'none' && right.base !== 'none') return null;
      return { base: left.base === 'none' ? right.base : left.base, offset: left.offset + right.offset };
    case '-':
      return right.base === 'none' ? { base: left.base, offset: left.offset - right.offset } : null;
    case '*':
      return left.base === 'none' && right.base === 'none' ? { base: 'none', offset: left.offset * right.offset } : null;
    case '/':
      if (right.base !== 'none' || right.offset === 0) return null;
      if (left.base === 'now-milliseconds' && right.offset === MILLISECONDS_PER_SECOND) return { base: 'now-seconds', offset: left.offset / MILLISECONDS_PER_SECOND };
      return left.base === 'none' ? { base: 'none', offset: left.offset / right.offset } : null;
    case '|':
    case '>>':
    case '>>>':
      // `x | 0`: truncation
      return right.base === 'none' && right.offset === 0 ? left : null;
    default:
      return null;
  }
}

function evaluateCall(node: TSESTree.CallExpression, scope: Scope, depth: number): TimeValue | null {
  const callee = skipValueWrappers(node.callee);
  const firstArgument = node.arguments[0];
  if (callee.type === 'Identifier') {
    // `parseInt(x)`, `Number(x)`, `Math.floor` imported as `floor(x)` is rare enough to leave out.
    if ((callee.name === 'parseInt' || callee.name === 'Number') && firstArgument) return evaluateTime(firstArgument, scope, depth + 1);
    // date-fns `getUnixTime(new Date())`
    if (callee.name === 'getUnixTime' && firstArgument?.type === 'NewExpression' && isNewDate(firstArgument)) return { base: 'now-seconds', offset: 0 };
    return null;
  }
  if (callee.type !== 'MemberExpression') return null;
  const method = getPropertyName(callee, scope);
  const object = skipValueWrappers(callee.object);
  if (object.type === 'Identifier' && object.name === 'Math' && method !== null && ROUNDING.has(method) && firstArgument) {
    return evaluateTime(firstArgument, scope, depth + 1);
  }
  if (object.type === 'Identifier' && object.name === 'Date' && method === 'now') return { base: 'now-milliseconds', offset: 0 };
  if ((method === 'getTime' || method === 'valueOf') && object.type === 'NewExpression' && isNewDate(object)) return { base: 'now-milliseconds', offset: 0 };
  if (isDateLibraryNow(object)) {
    if (method === 'unix') return { base: 'now-seconds', offset: 0 };
    if (method === 'valueOf') return { base: 'now-milliseconds', offset: 0 };
  }
  // luxon `DateTime.now().toSeconds()` / `.toMillis()`
  if (object.type === 'CallExpression' && isMember(object.callee, 'DateTime', 'now')) {
    if (method === 'toSeconds' || method === 'toUnixInteger') return { base: 'now-seconds', offset: 0 };
    if (method === 'toMillis') return { base: 'now-milliseconds', offset: 0 };
  }
  return null;
}

function isNewDate(node: TSESTree.NewExpression): boolean {
  return node.callee.type === 'Identifier' && node.callee.name === 'Date' && node.arguments.length === 0;
}

/** `dayjs()`, `moment()`, `dayjs.utc()`, `moment.utc()`. */
function isDateLibraryNow(node: Node): boolean {
  if (node.type !== 'CallExpression' || node.arguments.length > 0) return false;
  const callee = skipValueWrappers(node.callee);
  if (callee.type === 'Identifier') return DATE_LIBRARIES.has(callee.name);
  return callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && DATE_LIBRARIES.has(callee.object.name) && getPropertyName(callee) === 'utc';
}

function isMember(node: Node, object: string, property: string): boolean {
  return node.type === 'MemberExpression' && node.object.type === 'Identifier' && node.object.name === object && getPropertyName(node) === property;
}

/** `604800` → `7 days`, `7200` → `2 hours`, `5400` → `90 minutes`. */
export function formatDuration(seconds: number): string {
  const units: Array<[number, string]> = [
    [86_400, 'day'],
    [3_600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, unit] of units) {
    if (seconds >= size * (unit === 'day' ? 2 : 1) && seconds % size === 0) {
      const count = seconds / size;
      return `${count} ${unit}${count === 1 ? '' : 's'}`;
    }
  }
  if (seconds >= 3_600) return `${(seconds / 3_600).toFixed(1)} hours`;
  return `${Math.round(seconds)} seconds`;
}
