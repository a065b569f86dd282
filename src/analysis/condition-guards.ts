/**
 * Is this code guarded by a condition? "Only runs when `session.capabilities.forceDisconnect === 1`", "only runs in
 * development", "only runs once the user is authenticated": the rule says what a proving condition looks like (a
 * `ConditionTest`), and this module finds the conditions that control a node:
 *
 * - an enclosing `if`/`else`, `? :`, `&&`/`||` operand, or `while`/`for` test (across function boundaries: a handler
 *   defined inside `if (canKick) { … }` was only installed when the check passed);
 * - an earlier early exit in an enclosing statement list: `if (!ok) return;`, `if (!ok) throw …`, `continue`/`break`,
 *   or a block ending in one (`if (!ok) { res.status(401).end(); return; }`);
 *
 * and decomposes them: `!`, `&&`, `||`, `??`, `Boolean(…)`, and flags that hold a condition (`const canKick = …`,
 * `let`/`useState` flags set from one, `this.isModerator = …`, `this.setState({ canKick: … })`).
 *
 * `expressionPath` compares receivers structurally (`session`, `this.session`, `sessionRef.current`,
 * `this.props.session`), through constant aliases and destructuring, by variable identity rather than by name.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, skipValueWrappers, walk } from '../ast';
import { resolveVariable, scopeOf } from './scope';

type Node = TSESTree.Node;
type Expression = TSESTree.Expression;
type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

const MAX_DEPTH = 6;

/**
 * Decides whether `condition`, known to be truthy (`truthy === true`) or falsy, proves what the caller looks for.
 * `findGuard` calls it on every part of a condition (after unwrapping `!`, `&&`, `||`, flags…), so it only needs to
 * recognise the basic forms (`x.capabilities.forceDisconnect === 1`, `process.env.NODE_ENV !== 'production'`).
 */
export type ConditionTest = (condition: Expression, truthy: boolean) => boolean;

export interface Guard {
  /** The condition that proves the test. */
  condition: Expression;
  /** What makes it a guard: an `IfStatement`, `ConditionalExpression`, `LogicalExpression` or loop around the node, or an early-exit `IfStatement` before it. */
  node: Node;
}

// --- paths -----------------------------------------------------------------------------------------------------------

export interface ExpressionPath {
  /** Names along the path: `this.props.session` is `['this', 'props', 'session']`; a call without arguments ends in `()`. */
  names: readonly string[];
  /** Identity of the path: the root's variable identity instead of its name, so a shadowing variable is another path. */
  key: string;
}

const variableIds = new WeakMap<Variable, number>();
let nextVariableId = 0;
function variableKey(variable: Variable): string {
  let id = variableIds.get(variable);
  if (id === undefined) {
    id = ++nextVariableId;
    variableIds.set(variable, id);
  }
  return `${variable.name}#${id}`;
}

/** Keys join names with a character no identifier or property name in source code contains. */
const KEY_SEPARATOR = '\u0000';

const THIS_PATH: ExpressionPath = { names: ['this'], key: 'this' };

function appendName(path: ExpressionPath, name: string): ExpressionPath {
  return { names: [...path.names, name], key: `${path.key}${KEY_SEPARATOR}${name}` };
}

/** The first `length` (at least 1) names of a path, as a path of their own. */
export function pathPrefix(path: ExpressionPath, length: number): ExpressionPath {
  const keys = path.key.split(KEY_SEPARATOR);
  return { names: path.names.slice(0, length), key: keys.slice(0, Math.max(length, 1)).join(KEY_SEPARATOR) };
}

function findVariableOf(identifier: TSESTree.Identifier, sourceCode: SourceCode): Variable | null {
  return resolveVariable(scopeOf(sourceCode, identifier), identifier);
}

/** The variable's only definition when it is never reassigned elsewhere. */
function constantDeclarator(variable: Variable): TSESTree.VariableDeclarator | null {
  if (variable.defs.length !== 1) return null;
  const definition = variable.defs[0];
  if (definition?.type !== 'Variable' || !definition.node.init) return null;
  if (variable.references.some(reference => reference.isWrite() && !reference.init)) return null;
  return definition.node;
}

/**
 * The property names from a destructuring pattern's root down to `identifier`: `const { a: { b } } = x` gives
 * `['a', 'b']` for `b`. `null` for array patterns, rest elements and computed keys.
 */
function destructuredNames(identifier: Node, pattern: Node): string[] | null {
  const names: string[] = [];
  let child = identifier;
  while (child !== pattern) {
    const parent = child.parent as Node;
    if (parent.type === 'AssignmentPattern' && parent.left === child) {
      child = parent;
      continue;
    }
    if (parent.type !== 'Property' || parent.value !== child || parent.computed || parent.parent.type !== 'ObjectPattern') return null;
    const name = getPropertyName(parent) as string;
    names.unshift(name);
    child = parent.parent;
  }
  return names;
}

/**
 * The structural path of an expression (`session`, `this.session`, `sessionRef.current`,
 * `(await ref.getCapabilities()).canForceMute`), with constants and destructured constants replaced by what they
 * alias (`const { session } = this.props` makes `session` the path `this.props.session`). `null` for anything else
 * (a call with arguments, a computed member).
 */
export function expressionPath(node: Node, sourceCode: SourceCode, depth = 0): ExpressionPath | null {
  const value = skipValueWrappers(node);
  switch (value.type) {
    case 'ThisExpression':
      return THIS_PATH;
    case 'MetaProperty':
      return { names: [`${value.meta.name}.${value.property.name}`], key: `${value.meta.name}.${value.property.name}` };
    case 'Identifier':
      return identifierPath(value, sourceCode, depth);
    case 'MemberExpression': {
      const name = getPropertyName(value);
      const object = name === null ? null : expressionPath(value.object, sourceCode, depth);
      return object && appendName(object, name as string);
    }
    case 'CallExpression': {
      if (value.arguments.length > 0) return null;
      const callee = expressionPath(value.callee, sourceCode, depth);
      if (!callee) return null;
      const names = [...callee.names];
      names[names.length - 1] += '()';
      return { names, key: `${callee.key}()` };
    }
    default:
      return null;
  }
}

function identifierPath(identifier: TSESTree.Identifier, sourceCode: SourceCode, depth: number): ExpressionPath {
  const variable = findVariableOf(identifier, sourceCode);
  if (!variable) return { names: [identifier.name], key: identifier.name };
  const declarator = depth < MAX_DEPTH ? constantDeclarator(variable) : null;
  const definition = variable.defs[0];
  if (declarator && definition) {
    const names = declarator.id === definition.name ? [] : destructuredNames(definition.name as Node, declarator.id);
    // An alias of a path (not of a call result such as `useRef()`, which is a new object at every declaration).
    const aliased = names && expressionPath(declarator.init as Expression, sourceCode, depth + 1);
    if (aliased && !(aliased.names[0] as string).endsWith('()')) return names.reduce(appendName, aliased);
  }
  return { names: [identifier.name], key: variableKey(variable) };
}

/** Whether two expressions are the same path (`sessionRef.current` and `sessionRef.current`). */
export function isSamePath(a: Node, b: Node, sourceCode: SourceCode): boolean {
  const first = expressionPath(a, sourceCode);
  const second = first && expressionPath(b, sourceCode);
  return second !== null && first?.key === second.key;
}

// --- stored conditions -----------------------------------------------------------------------------------------------

/** A value a flag may hold: an expression, or `undefined` (declared without a value). */
type StoredValue = Expression | 'undefined';
/** Marks a member path written in a way that cannot be followed (`x.flag += 1`, `x.flag++`). */
const UNKNOWN = 'unknown';
type MemberWrites = Map<string, StoredValue[] | typeof UNKNOWN>;

const memberWritesCache = new WeakMap<object, MemberWrites>();

/** Every write to a member path in the file: `a.b = v`, class fields, `this.setState({ k: v })` (one walk, cached). */
function memberWrites(sourceCode: SourceCode): MemberWrites {
  const cached = memberWritesCache.get(sourceCode);
  if (cached) return cached;
  const writes: MemberWrites = new Map();
  const add = (path: ExpressionPath | null, value: StoredValue | typeof UNKNOWN): void => {
    if (!path) return;
    const known = writes.get(path.key);
    if (value === UNKNOWN || known === UNKNOWN) writes.set(path.key, UNKNOWN);
    else writes.set(path.key, [...(known ?? []), value]);
  };
  const addObject = (path: ExpressionPath | null, value: Expression): void => {
    add(path, value);
    if (!path || value.type !== 'ObjectExpression') return;
    for (const property of value.properties) {
      if (property.type === 'Property' && !property.computed && property.kind === 'init') {
        add(appendName(path, getPropertyName(property) as string), property.value as Expression);
      }
    }
  };
  walk(sourceCode.ast as Node, sourceCode.visitorKeys, node => {
    if (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression') {
      const path = expressionPath(node.left, sourceCode);
      if (node.operator === '=') addObject(path, node.right);
      else add(path, UNKNOWN);
    } else if (node.type === 'UpdateExpression' && node.argument.type === 'MemberExpression') {
      add(expressionPath(node.argument, sourceCode), UNKNOWN);
    } else if (node.type === 'PropertyDefinition' && node.value && !node.computed && !node.static) {
      addObject(appendName(THIS_PATH, getPropertyName(node) as string), node.value);
    } else if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && getPropertyName(node.callee) === 'setState') {
      const argument = node.arguments[0];
      const state = expressionPath(node.callee.object, sourceCode);
      if (argument?.type === 'ObjectExpression' && state) addObject(appendName(state, 'state'), argument);
    }
  });
  memberWritesCache.set(sourceCode, writes);
  return writes;
}

function isUseStateCall(node: Node | null | undefined): node is TSESTree.CallExpression {
  if (node?.type !== 'CallExpression') return false;
  const callee = node.callee;
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? getPropertyName(callee) : null;
  return name === 'useState';
}

/**
 * Every value a variable may hold: its initialiser and plain assignments (`let canKick = false; … canKick = …`), or a
 * React state's initial value and setter arguments (`const [canKick, setCanKick] = useState(false)`). `null` when
 * some write cannot be followed (a parameter, `+=`, a setter passed elsewhere or given an updater function).
 */
function variableValues(identifier: TSESTree.Identifier, sourceCode: SourceCode): StoredValue[] | null {
  const variable = findVariableOf(identifier, sourceCode);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || definition?.type !== 'Variable') return null;
  const declarator = definition.node;
  if (declarator.id === definition.name) {
    const values: StoredValue[] = [declarator.init ?? 'undefined'];
    for (const reference of variable.references) {
      if (!reference.isWrite() || reference.init) continue;
      const parent = (reference.identifier as Node).parent;
      if (parent?.type !== 'AssignmentExpression' || parent.operator !== '=') return null;
      values.push(parent.right);
    }
    return values;
  }
  const pattern = declarator.id;
  if (pattern.type !== 'ArrayPattern' || pattern.elements[0] !== definition.name || !isUseStateCall(declarator.init)) return null;
  const initial = declarator.init.arguments[0];
  const values: StoredValue[] = [initial && initial.type !== 'SpreadElement' ? initial : 'undefined'];
  const setter = pattern.elements[1];
  if (setter?.type !== 'Identifier') return values;
  for (const reference of findVariableOf(setter, sourceCode)?.references ?? []) {
    if (reference.init) continue;
    const call = (reference.identifier as Node).parent;
    if (call?.type !== 'CallExpression' || call.callee !== reference.identifier) return null;
    const argument = call.arguments[0];
    if (!argument) values.push('undefined');
    else if (argument.type === 'SpreadElement' || argument.type === 'ArrowFunctionExpression' || argument.type === 'FunctionExpression') return null;
    else values.push(argument);
  }
  return values;
}

/** The values a flag (a variable, a member path, or a constant alias of a member path) may hold. */
function storedValues(node: TSESTree.Identifier | TSESTree.MemberExpression, sourceCode: SourceCode): StoredValue[] | null {
  const path = expressionPath(node, sourceCode);
  if (path && path.names.length > 1) {
    const writes = memberWrites(sourceCode).get(path.key);
    return writes === undefined || writes === UNKNOWN ? null : writes;
  }
  return node.type === 'Identifier' ? variableValues(node, sourceCode) : null;
}

/** The truthiness of a value fixed in the source (`false`, `0`, `''`, `null`, `undefined`, `{}`), or `null`. */
export function staticTruthiness(node: Node): boolean | null {
  const value = skipValueWrappers(node);
  switch (value.type) {
    case 'Literal':
      return 'regex' in value && value.regex ? true : Boolean(value.value);
    case 'Identifier':
      return value.name === 'undefined' ? false : null;
    case 'TemplateLiteral':
      return value.expressions.length === 0 ? (value.quasis[0] as TSESTree.TemplateElement).value.raw !== '' : null;
    case 'ObjectExpression':
    case 'ArrayExpression':
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
    case 'ClassExpression':
      return true;
    case 'UnaryExpression':
      if (value.operator === 'void') return false;
      if (value.operator === '!') {
        const inner = staticTruthiness(value.argument);
        return inner === null ? null : !inner;
      }
      return null;
    default:
      return null;
  }
}

// --- proving a condition -----------------------------------------------------------------------------------------------

/**
 * Whether knowing that `condition` is truthy (or falsy, with `truthy === false`) proves `test`: `!a` falsy proves
 * `a` truthy, `a && b` truthy proves each of `a` and `b`, `a || b` falsy proves each operand falsy, and a flag proves
 * what every value it may hold proves.
 */
export function proves(condition: Expression, truthy: boolean, test: ConditionTest, sourceCode: SourceCode, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const value = skipValueWrappers(condition) as Expression;
  if (test(value, truthy)) return true;
  const next = depth + 1;
  switch (value.type) {
    case 'UnaryExpression':
      return value.operator === '!' && proves(value.argument, !truthy, test, sourceCode, next);
    case 'LogicalExpression': {
      const left = (wanted: boolean) => proves(value.left, wanted, test, sourceCode, next);
      const right = (wanted: boolean) => proves(value.right, wanted, test, sourceCode, next);
      if (value.operator === '&&') return truthy ? left(true) || right(true) : left(false) && right(false);
      if (value.operator === '||') return truthy ? left(true) && right(true) : left(false) || right(false);
      // `a ?? b` truthy: either `a` is (not nullish and) truthy, or `b` is.
      return truthy && left(true) && right(true);
    }
    case 'CallExpression': {
      const [argument] = value.arguments;
      const isBoolean = value.callee.type === 'Identifier' && value.callee.name === 'Boolean' && value.arguments.length === 1;
      return isBoolean && argument?.type !== 'SpreadElement' && proves(argument as Expression, truthy, test, sourceCode, next);
    }
    case 'SequenceExpression':
      return proves(value.expressions[value.expressions.length - 1] as Expression, truthy, test, sourceCode, next);
    case 'Identifier':
    case 'MemberExpression':
      return storedValueProves(value, truthy, test, sourceCode, next);
    default:
      return false;
  }
}

function storedValueProves(
  flag: TSESTree.Identifier | TSESTree.MemberExpression,
  truthy: boolean,
  test: ConditionTest,
  sourceCode: SourceCode,
  depth: number,
): boolean {
  const values = storedValues(flag, sourceCode);
  if (!values) return false;
  let proven = false;
  for (const value of values) {
    // A value that can never have the wanted truthiness (`useState(false)` when asking "truthy?") proves nothing and
    // costs nothing.
    const fixed = value === 'undefined' ? false : staticTruthiness(value);
    if (fixed === !truthy) continue;
    if (value === 'undefined' || !proves(value, truthy, test, sourceCode, depth)) return false;
    proven = true;
  }
  return proven;
}

// --- finding the guard ---------------------------------------------------------------------------------------------------

/** A statement after which control never reaches the next statement of the same list. */
function alwaysExits(statement: TSESTree.Statement): boolean {
  switch (statement.type) {
    case 'ReturnStatement':
    case 'ThrowStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
      return true;
    case 'BlockStatement':
      return statement.body.some(alwaysExits);
    case 'IfStatement':
      return statement.alternate !== null && alwaysExits(statement.consequent) && alwaysExits(statement.alternate);
    default:
      return false;
  }
}

function statementList(node: Node): readonly TSESTree.Statement[] | null {
  switch (node.type) {
    case 'Program':
      return node.body as TSESTree.Statement[];
    case 'BlockStatement':
    case 'StaticBlock':
      return node.body;
    case 'SwitchCase':
      return node.consequent;
    default:
      return null;
  }
}

/** An early exit before `child` in `list` whose condition proves the test. */
function earlierExit(list: readonly TSESTree.Statement[], child: Node, test: ConditionTest, sourceCode: SourceCode): Guard | null {
  for (const statement of list) {
    if (statement === child) break;
    if (statement.type !== 'IfStatement') continue;
    // `if (c) exit;` leaves `c` falsy for what follows; `if (c) …; else exit;` leaves it truthy.
    if (alwaysExits(statement.consequent) && proves(statement.test, false, test, sourceCode)) return { condition: statement.test, node: statement };
    if (statement.alternate && alwaysExits(statement.alternate) && proves(statement.test, true, test, sourceCode)) {
      return { condition: statement.test, node: statement };
    }
  }
  return null;
}

/** The condition that controls whether `node` runs and proves `test`, or `null` when none is found. */
export function findGuard(node: Node, test: ConditionTest, sourceCode: SourceCode): Guard | null {
  let child = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    let truthy: boolean | null = null;
    let condition: Expression | null = null;
    switch (parent.type) {
      case 'IfStatement':
      case 'ConditionalExpression':
        condition = parent.test;
        truthy = child === parent.consequent ? true : child === parent.alternate ? false : null;
        break;
      case 'LogicalExpression':
        condition = parent.left;
        truthy = child !== parent.right ? null : parent.operator === '&&' ? true : parent.operator === '||' ? false : null;
        break;
      case 'WhileStatement':
      case 'ForStatement':
        condition = parent.test;
        truthy = child === parent.body ? true : null;
        break;
      default: {
        const list = statementList(parent);
        const exit = list && earlierExit(list, child, test, sourceCode);
        if (exit) return exit;
      }
    }
    if (condition && truthy !== null && proves(condition, truthy, test, sourceCode)) return { condition, node: parent };
  }
  return null;
}

/** Whether `node` only runs when a condition proving `test` holds. */
export function isGuarded(node: Node, test: ConditionTest, sourceCode: SourceCode): boolean {
  return findGuard(node, test, sourceCode) !== null;
}

// --- development-only code -------------------------------------------------------------------------------------------------

/** Values of `process.env.NODE_ENV` / `import.meta.env.MODE` that mean a development (or test) build. */
const DEVELOPMENT_MODES = new Set(['development', 'dev', 'test']);
const PRODUCTION_MODE = 'production';
/** Paths holding the build mode, compared with a string. */
const MODE_PATHS = new Set(['process.env.NODE_ENV', 'import.meta.env.MODE', 'import.meta.env.NODE_ENV']);
/** Paths that are truthy only in development (Vite, Nuxt, React Native and many bundlers' `__DEV__`). */
const DEVELOPMENT_FLAGS = new Set(['import.meta.env.DEV', 'import.meta.dev', 'process.dev', '__DEV__']);
/** Paths that are truthy only in production. */
const PRODUCTION_FLAGS = new Set(['import.meta.env.PROD', 'process.prod']);

function stringValue(node: Node): string | null {
  const value = skipValueWrappers(node);
  if (value.type === 'Literal' && typeof value.value === 'string') return value.value;
  if (value.type === 'TemplateLiteral' && value.expressions.length === 0) return (value.quasis[0] as TSESTree.TemplateElement).value.cooked;
  return null;
}

/**
 * A `ConditionTest` for "this only runs in a development build": `process.env.NODE_ENV !== 'production'`,
 * `=== 'development'`, `import.meta.env.DEV`, `!import.meta.env.PROD`, `import.meta.env.MODE === 'development'`,
 * `__DEV__`, `import.meta.dev` (Nuxt), and their negations as early exits (`if (process.env.NODE_ENV === 'production') return;`).
 * Bundlers replace these at build time, so the code is not even in the production bundle.
 */
export function developmentOnly(sourceCode: SourceCode): ConditionTest {
  const pathName = (node: Node): string | null => expressionPath(node, sourceCode)?.names.join('.') ?? null;
  return (condition, truthy) => {
    if (condition.type === 'BinaryExpression' && ['===', '==', '!==', '!='].includes(condition.operator)) {
      const leftText = stringValue(condition.left);
      const text = leftText ?? stringValue(condition.right);
      const mode = leftText === null ? condition.left : condition.right;
      if (text === null || !MODE_PATHS.has(pathName(mode) ?? '')) return false;
      const equal = condition.operator === '===' || condition.operator === '==';
      // "mode is a development mode" or "mode is not production" must follow from the comparison's truthiness.
      if (DEVELOPMENT_MODES.has(text)) return equal === truthy;
      return text === PRODUCTION_MODE && equal !== truthy;
    }
    const name = pathName(condition);
    if (name === null) return false;
    return truthy ? DEVELOPMENT_FLAGS.has(name) : PRODUCTION_FLAGS.has(name);
  };
}
