/**
 * Request input: whether a value is derived from what an HTTP client sent (body, query string, route parameters,
 * headers, cookies, the URL), in any of the server frameworks the plugin knows, and where it comes from.
 *
 * Two questions, for every rule that needs them:
 * - "is this handler parameter a request object?" (`getRequestParameter`, `requestObjectOf`): Express/Next pages
 *   `(req, res)`, Fastify `(request, reply)`, Koa `(ctx)`, Hono `(c)`, Next app router `(request)`, Lambda/Netlify
 *   `(event, context)`, Firebase `onRequest`/`onCall`, NestJS `@Req()`/`@Body()`/`@Query()`/`@Param()`/`@Headers()`;
 *   by decorator, by `onCall`, by type annotation, by name, or by position in a handler shape.
 * - "does this value come from the client?" (`requestInputSource`, `isRequestInput`): `req.body.role`,
 *   `const { role = 'x' } = req.query`, `(await request.json()).role`, `new URL(req.url).searchParams.get('role')`,
 *   `JSON.parse(event.body)`, through variables, destructuring, defaults, `String()`/`.trim()`/template literals,
 *   `||`/`??`, `await`, TS `as`, and the arguments of local helper functions.
 *
 * It stops where the server chooses the value: a member of a server object picked by a client key (`ROLES[req.body.x]`),
 * a conditional whose branches are literals (`req.body.host ? 'moderator' : 'subscriber'`), the result of an unknown
 * call (`await db.findRole(id)`, `schema.parse(req.body)`). A value checked against a constant list first
 * (`if (!ROLES.includes(role)) return;`, `ROLES.includes(r) ? r : 'x'`, `role === 'a' || role === 'b'`) is still input,
 * with `allowed` naming the values that can get through: the rule decides whether that is enough.
 *
 * Results are memoised per node for the file (shared by every rule), recursion is bounded, and a cycle
 * (`function f(x) { f(x) }`) ends as "not input".
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { calleeName, getPropertyName, importedBinding, isFunction, skipValueWrappers, staticName } from '../ast';
import {
  HANDLER_EXPORTS,
  HANDLER_PARAMETER_PATTERNS,
  INPUT_DECORATORS,
  NESTED_REQUEST_PROPERTIES,
  REGISTRATION_CALL_NAMES,
  REQUEST_INPUT_METHODS,
  REQUEST_INPUT_PROPERTIES,
  takesClientArguments,
} from '../frameworks';
import type { RequestObjectKind } from '../frameworks';
import type { FunctionNode } from '../ast';
import { isStringSource, resolveConstant, stringSourceText } from './values';
import { resolveVariable, scopeOf } from './scope';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** What the analysis needs from a rule context (a `RuleContext` is one). */
export interface AnalysisContext {
  readonly sourceCode: SourceCode;
}

export type { RequestObjectKind } from '../frameworks';

export interface RequestObject {
  type: 'request';
  kind: RequestObjectKind;
  /** The source text that names it (`req`, `ctx.request`); empty for a destructured parameter. */
  text: string;
}

export interface RequestInputSource {
  type: 'input';
  /** Where the value comes from, for messages: `req.body.role`, `request.json().role`, `@Query('role') role`. */
  description: string;
  /**
   * Set when a check on the way lets only these literal values through (`if (!ROLES.includes(role)) return;`), plus
   * literal fallbacks (`role || 'publisher'`). Absent when any value the client sends gets through.
   */
  allowed?: readonly string[];
}

/** What a handler parameter holds: a request object, or client data itself (`@Body() body`, Firebase v1 `data`). */
export type RequestParameter = RequestObject | RequestInputSource;

type Value = RequestParameter;

interface KindSpec {
  /** Properties whose value is client input. */
  inputs: ReadonlySet<string>;
  /** Methods whose result is client input. */
  methods: ReadonlySet<string>;
  /** Properties that hold a request object. */
  nested: ReadonlySet<string>;
}

/**
 * Fields of the web `URL` a request object may expose (`req.searchParams`): web standards, not one framework's. Every
 * framework's own properties come from its adapter (`requestInputProperties`, `nestedRequestProperties`).
 */
const URL_INPUTS = ['searchParams', 'search'];

const KINDS: Readonly<Record<RequestObjectKind, KindSpec>> = {
  request: {
    inputs: new Set([...REQUEST_INPUT_PROPERTIES.request, ...URL_INPUTS]),
    // Asked of the framework adapters: `req.get(name)`, `c.req.parseBody()`, `request.json()`, `request.input('role')`.
    methods: REQUEST_INPUT_METHODS,
    nested: NESTED_REQUEST_PROPERTIES.request,
  },
  context: { inputs: REQUEST_INPUT_PROPERTIES.context, methods: new Set(), nested: NESTED_REQUEST_PROPERTIES.context },
  callable: { inputs: REQUEST_INPUT_PROPERTIES.callable, methods: new Set(), nested: NESTED_REQUEST_PROPERTIES.callable },
};

/** Methods of client input whose result is worth naming in a message (`searchParams.get('role')`). */
const READER_METHODS = new Set(['get', 'getAll', 'param', 'query', 'header', 'json', 'formData', 'text']);
/** Functions that return their (first) argument's value converted: the result is as client-controlled. */
const CONVERSIONS = new Set(['String', 'Number', 'decodeURIComponent', 'decodeURI']);
/** Functions and constructors that parse or copy their argument: named in the description. */
const PARSERS = new Set(['JSON.parse', 'Object.fromEntries', 'Object.assign', 'querystring.parse', 'qs.parse', 'Buffer.from', 'URL', 'URLSearchParams']);

// Parameter names and types (`req`, `ctx`, `: Request`) and handler exports (`GET`, `loader`, `handler`) come from the adapters.
const REQUEST_NAME = HANDLER_PARAMETER_PATTERNS.request.name;
const CONTEXT_NAME = HANDLER_PARAMETER_PATTERNS.context.name;
const REQUEST_TYPE = HANDLER_PARAMETER_PATTERNS.request.type;
const CONTEXT_TYPE = HANDLER_PARAMETER_PATTERNS.context.type;
/** Astro's catch-all `ALL` export (Astro has no adapter yet) on top of the adapters' handler exports. */
const EXPORTED_HANDLER_NAMES: ReadonlySet<string> = new Set([...HANDLER_EXPORTS, 'ALL']);

const MAX_DEPTH = 24;
const MAX_DESCRIPTION = 80;
const PENDING = Symbol('pending');

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_DESCRIPTION ? `${flat.slice(0, MAX_DESCRIPTION - 1)}…` : flat;
}

function join(base: string, key: string | null): string {
  const part = key !== null && /^[A-Za-z_$][\w$]*$/.test(key) ? key : '[…]';
  if (base === '') return part;
  return part.startsWith('[') ? `${base}${part}` : `${base}.${part}`;
}

function typeNames(node: Node): string[] {
  const annotation = 'typeAnnotation' in node ? (node.typeAnnotation as TSESTree.TSTypeAnnotation | undefined) : undefined;
  const names: string[] = [];
  const visit = (type: TSESTree.TypeNode): void => {
    if (type.type === 'TSUnionType' || type.type === 'TSIntersectionType') type.types.forEach(visit);
    else if (type.type === 'TSTypeReference') {
      // `Request`, `express.Request` (a type name is never `this`).
      const typeName = type.typeName as TSESTree.Identifier | TSESTree.TSQualifiedName;
      names.push(typeName.type === 'TSQualifiedName' ? typeName.right.name : typeName.name);
    }
  };
  if (annotation?.type === 'TSTypeAnnotation') visit(annotation.typeAnnotation);
  return names;
}

function merge(a: Value | null, b: Value | null): Value | null {
  if (a?.type !== 'input') return b?.type === 'input' ? b : (a ?? b);
  if (b?.type !== 'input') return a;
  return { type: 'input', description: a.description, ...(a.allowed && b.allowed ? { allowed: [...new Set([...a.allowed, ...b.allowed])] } : {}) };
}

class Analysis {
  private readonly memo = new Map<Node, Value | null | typeof PENDING>();

  constructor(private readonly sourceCode: SourceCode) {}

  value(node: Node, depth: number): Value | null {
    if (depth > MAX_DEPTH) return null;
    const cached = this.memo.get(node);
    if (cached !== undefined) return cached === PENDING ? null : cached;
    this.memo.set(node, PENDING);
    const result = this.compute(node, depth + 1);
    this.memo.set(node, result);
    return result;
  }

  private input(node: Node, depth: number): RequestInputSource | null {
    const value = this.value(node, depth);
    return value?.type === 'input' ? value : null;
  }

  private text(node: Node): string {
    return this.sourceCode.getText(skipValueWrappers(node));
  }

  private compute(node: Node, depth: number): Value | null {
    const inner = skipValueWrappers(node);
    if (inner !== node) return this.value(inner, depth);
    switch (node.type) {
      case 'Identifier':
        return this.identifier(node, depth);
      case 'MemberExpression': {
        const base = this.value(node.object, depth);
        const result = base && step(base, getPropertyName(node, scopeOf(this.sourceCode, node)));
        return result?.type === 'input' ? this.restrict(node, result) : result;
      }
      case 'CallExpression':
        return this.call(node, depth);
      case 'NewExpression':
        return this.parse(staticName(node.callee), node.arguments, depth);
      case 'TemplateLiteral':
        return this.firstInput(node.expressions, depth);
      case 'BinaryExpression':
        return node.operator === '+' ? this.firstInput([node.left, node.right], depth) : null;
      case 'LogicalExpression':
        return node.operator === '&&' ? this.input(node.right, depth) : this.either([node.left, node.right], depth);
      case 'ConditionalExpression':
        return this.either([node.consequent, node.alternate], depth);
      case 'AssignmentExpression':
        return this.input(node.right, depth);
      case 'SequenceExpression':
        return this.input(node.expressions[node.expressions.length - 1] as Node, depth);
      default:
        return null;
    }
  }

  private firstInput(nodes: readonly Node[], depth: number): RequestInputSource | null {
    for (const node of nodes) {
      const found = this.input(node, depth);
      if (found) return { type: 'input', description: found.description };
    }
    return null;
  }

  /** One of several values (`a || b`, `c ? a : b`): input if any is; literal alternatives join `allowed`. */
  private either(nodes: readonly Node[], depth: number): RequestInputSource | null {
    const literals: string[] = [];
    let result: Value | null = null;
    for (const node of nodes) {
      const value = skipValueWrappers(node);
      if (isStringSource(value)) literals.push(stringSourceText(value));
      else result = merge(result, this.input(value, depth));
    }
    if (result?.type !== 'input') return null;
    return result.allowed ? { ...result, allowed: [...new Set([...result.allowed, ...literals])] } : result;
  }

  private call(node: TSESTree.CallExpression, depth: number): Value | null {
    const callee = skipValueWrappers(node.callee);
    if (callee.type === 'MemberExpression') {
      const method = getPropertyName(callee, scopeOf(this.sourceCode, node));
      const receiver = this.value(callee.object, depth);
      if (receiver?.type === 'request') {
        return method !== null && KINDS[receiver.kind].methods.has(method) ? { type: 'input', description: join(receiver.text, method) + this.argumentsText(node) } : null;
      }
      if (receiver) {
        return { type: 'input', description: method !== null && READER_METHODS.has(method) ? join(receiver.description, method) + this.argumentsText(node) : receiver.description };
      }
    }
    const name = staticName(callee);
    if (name !== null && CONVERSIONS.has(name)) {
      const found = node.arguments[0] ? this.input(node.arguments[0], depth) : null;
      return found && { type: 'input', description: found.description };
    }
    return this.parse(name, node.arguments, depth);
  }

  private parse(name: string | null, args: readonly TSESTree.CallExpressionArgument[], depth: number): RequestInputSource | null {
    if (name === null || !PARSERS.has(name)) return null;
    const found = this.firstInput(args, depth);
    return found && { type: 'input', description: `${name === 'URL' || name === 'URLSearchParams' ? 'new ' : ''}${name}(${found.description})` };
  }

  private argumentsText(node: TSESTree.CallExpression): string {
    const first = node.arguments[0];
    return first && isStringSource(first) ? `(${shorten(this.sourceCode.getText(first))})` : '()';
  }

  // --- variables and parameters ---

  private identifier(node: TSESTree.Identifier, depth: number): Value | null {
    const variable = resolveVariable(scopeOf(this.sourceCode, node), node);
    if (!variable) return null;
    let result: Value | null = null;
    for (const definition of variable.defs) {
      if (definition.type === 'Parameter') result = merge(result, this.bound(definition.name as Node, depth));
    }
    for (const reference of variable.references) {
      if (reference.isWrite()) result = merge(result, this.bound(reference.identifier as Node, depth));
    }
    return result?.type === 'input' ? this.restrict(node, result) : result;
  }

  /**
   * The value bound to an identifier written in a declaration, an assignment or a parameter, through destructuring
   * (`const { body: { role = 'x' } } = req`) and defaults.
   */
  private bound(identifier: Node, depth: number): Value | null {
    // From the identifier up to what gives the value: each destructuring level and default, outermost first.
    const path: Array<{ key: string | null } | { fallback: Node }> = [];
    let child = identifier;
    // Identifiers in declarations, assignments and parameters always have a parent.
    let parent = identifier.parent as Node;
    let base: Value | null = null;
    for (;;) {
      if (parent.type === 'Property' && parent.parent.type === 'ObjectPattern') {
        path.unshift({ key: getPropertyName(parent, scopeOf(this.sourceCode, parent)) });
        child = parent.parent;
      } else if (parent.type === 'ArrayPattern') {
        path.unshift({ key: null });
        child = parent;
      } else if (parent.type === 'RestElement' || (parent.type === 'ObjectPattern' && child.type === 'RestElement')) {
        child = parent;
      } else if (parent.type === 'AssignmentPattern' && parent.left === child) {
        path.unshift({ fallback: parent.right });
        child = parent;
      } else if (parent.type === 'TSParameterProperty') {
        child = parent;
      } else if (parent.type === 'VariableDeclarator' && parent.id === child) {
        base = parent.init ? this.value(parent.init, depth) : null;
        break;
      } else if (parent.type === 'AssignmentExpression' && parent.left === child) {
        base = this.value(parent.right, depth);
        break;
      } else if (isFunction(parent) && parent.params.includes(child as TSESTree.Parameter)) {
        base = this.parameter(parent, child as TSESTree.Parameter, depth);
        break;
      } else {
        return null;
      }
      parent = child.parent as Node;
    }
    let value = base;
    for (const level of path) {
      value = 'key' in level ? value && step(value, level.key) : merge(value, this.input(level.fallback, depth));
    }
    return value;
  }

  private parameter(fn: FunctionNode, param: TSESTree.Parameter, depth: number): Value | null {
    const classified = classifyParameter(fn, param, this.sourceCode);
    if (classified) return classified;
    return param.type === 'Identifier' ? this.argument(fn, fn.params.indexOf(param), depth) : null;
  }

  /** A parameter of a local helper (`function tokenFor(role) {…}`): what its callers in this file pass. */
  private argument(fn: FunctionNode, index: number, depth: number): Value | null {
    const holder = fn.type === 'FunctionDeclaration' ? fn : fn.parent.type === 'VariableDeclarator' && fn.parent.init === fn ? fn.parent : null;
    const variable = holder && this.sourceCode.scopeManager?.getDeclaredVariables(holder).find(declared => declared.defs[0]?.type !== 'Parameter');
    let result: Value | null = null;
    for (const reference of variable?.references ?? []) {
      const call = (reference.identifier as Node).parent;
      const argument = call?.type === 'CallExpression' && call.callee === reference.identifier ? call.arguments[index] : undefined;
      if (argument) result = merge(result, this.value(argument, depth));
    }
    return result;
  }

  // --- allow-list checks ---

  /** Narrows `value` (the value of `node`) by a check on `node`'s text that the code passes before reaching it. */
  private restrict(node: Node, value: RequestInputSource): RequestInputSource {
    const allowed = this.checkedValues(node);
    if (!allowed) return value;
    return { ...value, allowed: value.allowed ? value.allowed.filter(item => allowed.includes(item)) : allowed };
  }

  private checkedValues(node: Node): string[] | null {
    const text = this.text(node);
    let child: Node = node;
    for (let parent = node.parent; parent && !isFunction(parent); child = parent, parent = parent.parent) {
      let found: string[] | null = null;
      if ((parent.type === 'ConditionalExpression' || parent.type === 'IfStatement') && child !== parent.test) {
        found = this.restriction(parent.test, child === parent.consequent, text);
      } else if (parent.type === 'LogicalExpression' && child === parent.right && parent.operator !== '??') {
        found = this.restriction(parent.left, parent.operator === '&&', text);
      } else if (parent.type === 'BlockStatement' || parent.type === 'Program' || parent.type === 'SwitchCase') {
        found = this.earlierChecks(parent.type === 'SwitchCase' ? parent.consequent : parent.body, child, text);
      }
      if (found) return found;
    }
    return null;
  }

  /** `if (!ROLES.includes(role)) return …;` or `… role = 'subscriber';` before the statement holding the value. */
  private earlierChecks(statements: readonly Node[], statement: Node, text: string): string[] | null {
    for (let index = statements.indexOf(statement) - 1; index >= 0; index--) {
      const candidate = statements[index] as Node;
      if (candidate.type !== 'IfStatement') continue;
      const passed = this.restriction(candidate.test, false, text);
      const otherwise = passed && this.guardEffect(candidate.consequent, text);
      if (otherwise) return [...new Set([...passed, ...otherwise])];
    }
    return null;
  }

  /** `[]` when the branch leaves (return, throw), `['x']` when it replaces the value with a literal, else `null`. */
  private guardEffect(statement: Node, text: string): string[] | null {
    if (statement.type === 'ReturnStatement' || statement.type === 'ThrowStatement') return [];
    if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression') {
      const { left, right, operator } = statement.expression;
      return operator === '=' && isStringSource(right) && this.text(left) === text ? [stringSourceText(right)] : null;
    }
    if (statement.type !== 'BlockStatement') return null;
    for (const inner of statement.body) {
      const effect = this.guardEffect(inner, text);
      if (effect) return effect;
    }
    return null;
  }

  /** The values `text` can have when `test` is `holds`, if the test limits it to literals. */
  private restriction(test: Node, holds: boolean, text: string): string[] | null {
    const node = skipValueWrappers(test);
    if (node.type === 'UnaryExpression' && node.operator === '!') return this.restriction(node.argument, !holds, text);
    if (node.type === 'LogicalExpression' && node.operator !== '??') {
      const left = this.restriction(node.left, holds, text);
      const right = this.restriction(node.right, holds, text);
      // `a && b` holding (or `a || b` failing) narrows by each side; `a || b` holding needs both sides to narrow.
      if ((node.operator === '&&') === holds) return left && right ? left.filter(item => right.includes(item)) : (left ?? right);
      return left && right ? [...new Set([...left, ...right])] : null;
    }
    if (node.type === 'BinaryExpression' && ['===', '==', '!==', '!='].includes(node.operator)) {
      const equal = node.operator === '===' || node.operator === '==';
      const literal = isStringSource(node.right) ? node.right : isStringSource(node.left) ? node.left : null;
      const other = literal === node.right ? node.left : node.right;
      return literal && equal === holds && this.text(other) === text ? [stringSourceText(literal)] : null;
    }
    if (node.type === 'CallExpression' && holds && node.callee.type === 'MemberExpression' && node.arguments.length === 1) {
      const method = getPropertyName(node.callee);
      const argument = node.arguments[0] as Node;
      if ((method === 'includes' || method === 'has') && this.text(argument) === text) return this.constantStrings(node.callee.object, 0);
    }
    return null;
  }

  /** The strings of a constant list: `['a', 'b']`, `const ROLES = [...] as const`, `new Set([...])`. */
  private constantStrings(node: Node, depth: number): string[] | null {
    const value = skipValueWrappers(node);
    if (value.type === 'ArrayExpression') {
      const strings = value.elements.map(element => (element && isStringSource(element) ? stringSourceText(element) : null));
      return strings.every(item => item !== null) ? (strings as string[]) : null;
    }
    if (value.type === 'NewExpression' && staticName(value.callee) === 'Set' && value.arguments[0]) return this.constantStrings(value.arguments[0], depth + 1);
    if (value.type !== 'Identifier' || depth > 4) return null;
    const init = resolveConstant(value, scopeOf(this.sourceCode, value));
    return init && this.constantStrings(init, depth + 1);
  }
}

/** One member of a value: `req` → `req.body` (input), `c` → `c.req` (request), `req.body` → `req.body.role`. */
function step(base: Value, key: string | null): Value | null {
  if (base.type === 'input') return { type: 'input', description: join(base.description, key) };
  if (key === null) return null;
  const spec = KINDS[base.kind];
  if (spec.inputs.has(key)) return { type: 'input', description: join(base.text, key) };
  return spec.nested.has(key) ? { type: 'request', kind: 'request', text: join(base.text, key) } : null;
}

// --- parameters ---------------------------------------------------------------------------------------------------

function classifyParameter(fn: FunctionNode, param: TSESTree.Parameter, sourceCode: SourceCode): RequestParameter | null {
  const target = param.type === 'TSParameterProperty' ? param.parameter : param;
  const pattern = target.type === 'AssignmentPattern' ? target.left : target;
  const name = pattern.type === 'Identifier' ? pattern.name : null;
  const text = name ?? '';
  const index = fn.params.indexOf(param);

  const decorated = nestDecorator(param, text, sourceCode);
  if (decorated) return decorated;
  // socket.io event handlers and Meteor methods: every argument comes from the client.
  if (takesClientArguments(fn)) return { type: 'input', description: name ?? 'argument' };

  const call = fn.parent.type === 'CallExpression' && fn.parent.callee !== fn ? fn.parent : null;
  if (call && index === 0 && calleeName(call.callee) === 'onCall') {
    // v2 `onCall((request) => request.data)`, v1 `onCall((data, context) => data)`.
    const isRequest = fn.params.length === 1 && (pattern.type === 'ObjectPattern' || (name !== null && REQUEST_NAME.test(name)) || typeNames(pattern).includes('CallableRequest'));
    return isRequest ? { type: 'request', kind: 'callable', text } : { type: 'input', description: name ?? 'data' };
  }

  for (const type of typeNames(pattern)) {
    if (type === 'CallableRequest') return { type: 'request', kind: 'callable', text };
    if (REQUEST_TYPE.test(type)) return { type: 'request', kind: 'request', text };
    if (CONTEXT_TYPE.test(type)) return { type: 'request', kind: 'context', text };
  }
  if (name !== null && REQUEST_NAME.test(name)) return { type: 'request', kind: 'request', text };
  if (name !== null && CONTEXT_NAME.test(name)) return { type: 'request', kind: 'context', text };

  if (pattern.type !== 'Identifier' && pattern.type !== 'ObjectPattern') return null;
  if (call) {
    // Only a call by a static name registers a route: `handlers['post'](fn)` is a lookup, not a registration.
    const callee = skipValueWrappers(call.callee);
    const route = callee.type === 'MemberExpression' && callee.computed ? null : calleeName(callee);
    // Registration calls of any framework adapter (`app.post`, `Deno.serve`, `Parse.Cloud.define`), and Firebase's `onRequest`.
    const isRoute = route === 'onRequest' || (route !== null && REGISTRATION_CALL_NAMES.has(route));
    // Express error handlers take `(err, req, res, next)`.
    return isRoute && index === (fn.params.length >= 4 ? 1 : 0) ? { type: 'request', kind: 'request', text } : null;
  }
  // Exported handlers: `(request, { params })` in Next's app router, `(event, context)` on Lambda and Netlify.
  if (isExportedHandler(fn) && index <= 1) return { type: 'request', kind: index === 0 ? 'request' : 'context', text };
  return null;
}

function nestDecorator(param: TSESTree.Parameter, name: string, sourceCode: SourceCode): RequestParameter | null {
  // typescript-estree puts a parameter's decorators on the parameter node (espree cannot parse them).
  for (const decorator of param.decorators ?? []) {
    const expression = decorator.expression;
    if (expression.type !== 'CallExpression' || expression.callee.type !== 'Identifier') continue;
    const binding = importedBinding(expression.callee, sourceCode);
    const decorators = binding ? INPUT_DECORATORS.find(candidate => candidate.module === binding.module) : undefined;
    const imported = decorators && binding ? binding.imported : null;
    if (imported !== null && decorators?.input.includes(imported)) {
      return { type: 'input', description: shorten(`${sourceCode.getText(decorator)} ${name}`.trim()) };
    }
    if (imported !== null && decorators?.request.includes(imported)) return { type: 'request', kind: 'request', text: name };
  }
  return null;
}

function isExportedHandler(fn: FunctionNode): boolean {
  const parent = fn.parent;
  if (parent.type === 'ExportDefaultDeclaration') return true;
  if (parent.type === 'ExportNamedDeclaration') return fn.id !== null && EXPORTED_HANDLER_NAMES.has(fn.id.name);
  if (parent.type === 'VariableDeclarator') {
    return parent.id.type === 'Identifier' && EXPORTED_HANDLER_NAMES.has(parent.id.name) && parent.parent.parent?.type === 'ExportNamedDeclaration';
  }
  if (parent.type !== 'AssignmentExpression' || parent.right !== fn) return false;
  // `exports.handler = …`, `module.exports.handler = …`, `module.exports = …`.
  const target = /^(?:module\.exports|(?:module\.)?exports\.([\w$]+))$/.exec(staticName(parent.left) ?? '');
  return target !== null && (target[1] === undefined || EXPORTED_HANDLER_NAMES.has(target[1]));
}

// --- the shared, per-file entry points --------------------------------------------------------------------------------

const analyses = new WeakMap<object, Analysis>();

function analysisOf(context: AnalysisContext): Analysis {
  let analysis = analyses.get(context.sourceCode);
  if (!analysis) {
    analysis = new Analysis(context.sourceCode);
    analyses.set(context.sourceCode, analysis);
  }
  return analysis;
}

/** Where `node`'s value comes from when it is derived from request input, else `null`. */
export function requestInputSource(node: Node, context: AnalysisContext): RequestInputSource | null {
  const value = analysisOf(context).value(node, 0);
  return value?.type === 'input' ? value : null;
}

/** Whether `node`'s value is derived from request input (whatever checks it passed on the way). */
export function isRequestInput(node: Node, context: AnalysisContext): boolean {
  return requestInputSource(node, context) !== null;
}

/** The request object `node` stands for (`req`, `ctx.request`, `c.req`, a variable holding one), else `null`. */
export function requestObjectOf(node: Node, context: AnalysisContext): RequestObject | null {
  const value = analysisOf(context).value(node, 0);
  return value?.type === 'request' ? value : null;
}

/**
 * What a function parameter (an element of `fn.params`) holds in a handler: a request object, or client data itself
 * (`@Body() body`, Firebase v1 `onCall((data) => …)`). `null` when it is neither, as far as the code shows.
 */
export function getRequestParameter(param: TSESTree.Parameter, context: AnalysisContext): RequestParameter | null {
  const fn = param.parent;
  return fn && isFunction(fn) ? classifyParameter(fn, param, context.sourceCode) : null;
}
