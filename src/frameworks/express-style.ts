/**
 * The registration style Express made common and Koa (`@koa/router`), Hono and Fastify share:
 * `x.post(path, ...middleware, handler)` (arrays of middleware too), `x.route(path).all(guard).post(…)`, koa-router's
 * named routes `x.post('name', path, handler)`, Hono's `x.on('POST', path, handler)`, and Fastify's shorthand with an
 * options object `x.get(path, { preHandler, handler })`. The adapter of the receiver's module names the route.
 */
import type { TSESTree } from '@typescript-eslint/utils';

import { functionOf, getPropertyName, lastName, receiverNames, skipValueWrappers } from '../ast';

import { fastifyHooksOf, propertyOf } from './fastify-options';
import type { FrameworkId, Route } from './types';

type Node = TSESTree.Node;

export const HTTP_METHODS: ReadonlySet<string> = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'options', 'head']);
/** Names of the calls this style registers routes and middleware by: `app.post`, `app.on`, `app.route`, `router.use`, `fastify.addHook`. */
export const METHOD_STYLE_CALL_NAMES: readonly string[] = [...HTTP_METHODS, 'on', 'route', 'use', 'addHook'];
/** HTTP clients and test helpers with the same method names: `axios.post('/token', body)`, `$.get('/x', cb)`. */
const CLIENT_RECEIVERS = new Set(['$', 'jQuery', 'axios', 'superagent', 'supertest', 'request', 'got', 'ky', 'nock', 'cy', 'rest', 'http', 'https', 'HttpResponse']);

/** `/token`, `*`, `''` (the router's root), a regex, or a template starting with an expression or `/`. */
export function literalPath(node: Node): string | null {
  if (node.type === 'Literal') {
    if (typeof node.value === 'string') return node.value === '' || node.value.startsWith('/') || node.value.startsWith('*') ? node.value : null;
    return 'regex' in node && node.regex ? `/${node.regex.pattern}/` : null;
  }
  if (node.type === 'TemplateLiteral') {
    const first = (node.quasis[0] as TSESTree.TemplateElement).value.raw;
    return first === '' || first.startsWith('/') ? node.quasis.map(quasi => quasi.value.raw).join('*') : null;
  }
  if (node.type === 'ArrayExpression') {
    const first = node.elements[0];
    return first && first.type !== 'SpreadElement' ? literalPath(first) : null;
  }
  return null;
}

function isLiteralString(node: Node | undefined): boolean {
  return node?.type === 'Literal' && typeof node.value === 'string';
}

/** Hono's `app.on('POST', path, h)` / `app.on(['GET', 'POST'], path, h)`: the methods, upper case, or `null`. */
function onMethods(node: Node | undefined): string | null {
  const values = node?.type === 'ArrayExpression' ? node.elements : [node];
  const methods: string[] = [];
  for (const value of values) {
    if (value?.type !== 'Literal' || typeof value.value !== 'string' || !HTTP_METHODS.has(value.value.toLowerCase())) return null;
    methods.push(value.value.toUpperCase());
  }
  return methods.length > 0 ? methods.join(',') : null;
}

/**
 * A route registered in this style, or `null`. `frameworkOf` names the framework from the object it is registered on.
 */
export function methodStyleRoute(call: TSESTree.CallExpression, frameworkOf: (receiver: Node) => FrameworkId): Route | null {
  const callee = skipValueWrappers(call.callee);
  if (callee.type !== 'MemberExpression') return null;
  const method = getPropertyName(callee);
  if (method === null) return null;
  if (method === 'on') {
    const verb = onMethods(call.arguments[0]);
    return verb === null ? null : methodRoute(call, callee, verb, call.arguments.slice(1), frameworkOf);
  }
  if (method === 'use') return terminalUseRoute(call, callee, frameworkOf);
  return HTTP_METHODS.has(method) ? methodRoute(call, callee, method.toUpperCase(), call.arguments, frameworkOf) : null;
}

/**
 * `router.use('/token', (req, res) => …)`: a handler mounted at a path that answers the request itself (it takes no
 * `next`) is an endpoint for every method, with the middleware before it in front. Middleware (`(req, res, next)`),
 * routers and handlers passed by name are left to the guard graph.
 */
function terminalUseRoute(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, frameworkOf: (receiver: Node) => FrameworkId): Route | null {
  const [first] = call.arguments;
  const last = call.arguments[call.arguments.length - 1];
  if (!first || first.type === 'SpreadElement' || literalPath(first) === null || call.arguments.length < 2) return null;
  const isTerminal = (last?.type === 'ArrowFunctionExpression' || last?.type === 'FunctionExpression') && last.params.length === 2;
  return isTerminal ? methodRoute(call, callee, 'USE', call.arguments, frameworkOf, null) : null;
}

function methodRoute(
  call: TSESTree.CallExpression,
  callee: TSESTree.MemberExpression,
  verb: string,
  callArguments: readonly TSESTree.CallExpressionArgument[],
  frameworkOf: (receiver: Node) => FrameworkId,
  routeMethod: string | null = verb,
): Route | null {
  const receiverNode = routeChainReceiver(callee.object);
  if (CLIENT_RECEIVERS.has(lastName(receiverNames(receiverNode)))) return null;
  const chain = routeChain(callee.object);
  let args = callArguments;
  let path: string | null;
  let pathNode: Node | null = null;
  if (chain) {
    path = chain.path;
  } else {
    // koa-router's named routes: `router.post('create-token', '/token', handler)`.
    const named = isLiteralString(args[0]) && args[1] && literalPath(args[0] as Node) === null && literalPath(args[1]) !== null;
    pathNode = (named ? args[1] : args[0]) ?? null;
    path = pathNode ? literalPath(pathNode) : null;
    args = args.slice(named ? 2 : 1);
  }
  if (path === null) return null;
  const last = args[args.length - 1];
  if (!last || last.type === 'SpreadElement') return null;
  const inFront: Node[] = [...(chain?.inFront ?? [])];
  for (const argument of args.slice(0, -1)) inFront.push(...middlewareOf(argument));
  let handlerValue: Node = last;
  // Fastify's shorthand with a route options object: `fastify.get('/x', { preHandler, handler })`.
  if (last.type === 'ObjectExpression') {
    const handlerProperty = propertyOf(last, 'handler');
    if (!handlerProperty) return null;
    inFront.push(...fastifyHooksOf(last));
    handlerValue = handlerProperty;
  }
  const handler = functionOf(handlerValue);
  return {
    framework: frameworkOf(receiverNode),
    label: routeMethod === null ? `Handler mounted at \`${path}\`` : `Route \`${verb} ${path}\``,
    path,
    name: null,
    method: routeMethod,
    reportNode: pathNode ?? callee.property,
    handler,
    handlerReference: handler ? null : handlerValue,
    inFront,
    registration: call,
    receiverNode,
  };
}

/** The middleware an argument stands for: itself, the elements of an array, the hooks of a Fastify options object. */
export function middlewareOf(argument: TSESTree.CallExpressionArgument): Node[] {
  if (argument.type === 'ArrayExpression') return argument.elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== 'SpreadElement');
  if (argument.type === 'ObjectExpression') return fastifyHooksOf(argument);
  return argument.type === 'SpreadElement' ? [] : [argument];
}

/**
 * `app.route('/x')` or `router.route('/x').all(guard).get(…)` (the object of the method call): the path, and the
 * `all(…)` middleware registered on the chain before this method.
 */
function routeChain(node: Node): { path: string | null; inFront: Node[] } | null {
  const value = skipValueWrappers(node);
  if (value.type !== 'CallExpression') return null;
  const callee = skipValueWrappers(value.callee);
  if (callee.type !== 'MemberExpression') return null;
  const name = getPropertyName(callee);
  if (name === 'route' && value.arguments.length === 1 && value.arguments[0]?.type !== 'ObjectExpression') {
    return { path: literalPath(value.arguments[0] as Node), inFront: [] };
  }
  if (name === null || !HTTP_METHODS.has(name)) return null;
  const inner = routeChain(callee.object);
  if (!inner) return null;
  // `.all(guard)` earlier in the chain runs before every method registered after it.
  return name === 'all' ? { path: inner.path, inFront: [...inner.inFront, ...value.arguments.flatMap(middlewareOf)] } : inner;
}

/** The object a route is registered on, through chains: `router.get(…).post(…)`, `app.route('/x').get(…)`. */
function routeChainReceiver(node: Node): Node {
  let value = skipValueWrappers(node);
  while (value.type === 'CallExpression') {
    const callee = skipValueWrappers(value.callee);
    if (callee.type !== 'MemberExpression') break;
    value = skipValueWrappers(callee.object);
  }
  return value;
}
