/**
 * Route handlers in one file, in every framework style the plugin knows, with what stands in front of them.
 *
 * - Express / `express.Router()` / Koa `@koa/router` / Hono: `x.post(path, ...middleware, handler)`,
 *   `x.route(path).post(...)`, `x.use(...)` before the route;
 * - Fastify: `fastify.post(path, { preHandler, onRequest }, handler)`, `fastify.route({ url, method, handler, … })`,
 *   `fastify.addHook('onRequest' | 'preHandler', …)`;
 * - NestJS: `@Get()`/`@Post()`… methods, `@UseGuards()` on the method or the controller;
 * - Next.js: pages API routes (`pages/api/**` default export), app-router route handlers (`GET`/`POST` exports of
 *   `route.ts`), server actions (`'use server'`);
 * - SvelteKit `+server.ts` exports, Remix `action`/`loader`, Nuxt `defineEventHandler` in `server/`;
 * - Firebase `onCall`/`onRequest` (v1 `functions.https.*` and v2), AWS Lambda / Netlify `handler` exports;
 * - in a controller file, exported `(req, res)` functions that the routes file (unseen) registers.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, skipValueWrappers } from './ast';

type Node = TSESTree.Node;
export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

export type Framework =
  | 'express'
  | 'fastify'
  | 'nestjs'
  | 'next-pages'
  | 'next-app'
  | 'server-action'
  | 'sveltekit'
  | 'remix'
  | 'nuxt'
  | 'firebase-callable'
  | 'firebase-request'
  | 'serverless'
  | 'exported-handler';

export interface Route {
  framework: Framework;
  /** `POST /token`, `GET /api/token (pages/api)`, `onCall`: how messages name the route. */
  label: string;
  /** The route path when there is one, for the `ignoreRoutes` option. */
  path: string | null;
  /** Where to report: the path literal, the decorator, the exported name. */
  reportNode: Node;
  /** The handler function when it is written in this file. */
  handler: FunctionNode | null;
  /** The handler as referenced at the registration when it is defined elsewhere (`videoController.getToken`). */
  handlerReference: Node | null;
  /** Expressions that run before the handler: middleware arguments, Fastify hooks, Nest guards, wrappers. */
  inFront: Node[];
  /** The registration call, for "registered after `app.use(auth)`" checks and guard-insertion suggestions. */
  registration: TSESTree.CallExpression | null;
  /** The object routes are registered on (`app`, `router`), by name. */
  receiver: string | null;
}

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'options', 'head']);
const FASTIFY_HOOKS = new Set(['onRequest', 'preHandler', 'preValidation', 'preParsing']);
const NEST_ROUTE_DECORATORS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete', 'All', 'Options', 'Head']);
const APP_ROUTER_EXPORTS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const REMIX_EXPORTS = new Set(['action', 'loader', 'clientAction', 'clientLoader']);
const SERVERLESS_EXPORTS = new Set(['handler', 'main']);

/** A route registration call: `x.<httpMethod>(path, …handlers)` with a literal path. */
export function routeOfCall(call: TSESTree.CallExpression): Route | null {
  const callee = skipValueWrappers(call.callee);
  if (callee.type !== 'MemberExpression') return null;
  const method = getPropertyName(callee);
  if (method === null) return null;
  if (HTTP_METHODS.has(method.toLowerCase()) && method === method.toLowerCase()) return methodRoute(call, callee, method);
  if (method === 'route' && call.arguments.length === 1 && call.arguments[0]?.type === 'ObjectExpression') return fastifyRouteObject(call, call.arguments[0]);
  return null;
}

function methodRoute(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, method: string): Route | null {
  const args = call.arguments;
  // `app.route('/path').post(handler)`: the path is on the chain.
  const chained = routeChainPath(callee.object);
  const pathArgument = chained ? null : args[0];
  const path = chained ?? (pathArgument ? literalPath(pathArgument) : null);
  if (path === null || !pathArgument && !chained) return null;
  const rest = chained ? args : args.slice(1);
  const handlerArgument = rest[rest.length - 1];
  if (!handlerArgument || handlerArgument.type === 'SpreadElement') return null;
  const inFront: Node[] = [];
  for (const argument of rest.slice(0, -1)) {
    if (argument.type === 'ArrayExpression') inFront.push(...argument.elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== 'SpreadElement'));
    else if (argument.type === 'ObjectExpression') inFront.push(...fastifyHooksOf(argument));
    else inFront.push(argument);
  }
  const handler = functionOf(handlerArgument);
  return {
    framework: 'express',
    label: `${method.toUpperCase()} ${path}`,
    path,
    reportNode: pathArgument ?? callee.property,
    handler,
    handlerReference: handler ? null : handlerArgument,
    inFront,
    registration: call,
    receiver: receiverName(chained ? routeChainReceiver(callee.object) : callee.object),
  };
}

function fastifyRouteObject(call: TSESTree.CallExpression, options: TSESTree.ObjectExpression): Route | null {
  let path: string | null = null;
  let method = 'ROUTE';
  let handlerValue: Node | null = null;
  for (const property of options.properties) {
    if (property.type !== 'Property') continue;
    const key = getPropertyName(property);
    if (key === 'url' || key === 'path') path = literalPath(property.value);
    else if (key === 'method' && property.value.type === 'Literal' && typeof property.value.value === 'string') method = property.value.value.toUpperCase();
    else if (key === 'handler') handlerValue = property.value;
  }
  if (path === null || !handlerValue) return null;
  const handler = functionOf(handlerValue);
  return {
    framework: 'fastify',
    label: `${method} ${path}`,
    path,
    reportNode: options,
    handler,
    handlerReference: handler ? null : handlerValue,
    inFront: fastifyHooksOf(options),
    registration: call,
    receiver: receiverName((skipValueWrappers(call.callee) as TSESTree.MemberExpression).object),
  };
}

function fastifyHooksOf(options: TSESTree.ObjectExpression): Node[] {
  const hooks: Node[] = [];
  for (const property of options.properties) {
    if (property.type !== 'Property') continue;
    const key = getPropertyName(property);
    if (key === null || !FASTIFY_HOOKS.has(key)) continue;
    if (property.value.type === 'ArrayExpression') hooks.push(...property.value.elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== 'SpreadElement'));
    else hooks.push(property.value);
  }
  return hooks;
}

/** `app.route('/x')` or `router.route('/x').get(…)` (the object of the method call). */
function routeChainPath(node: Node): string | null {
  const value = skipValueWrappers(node);
  if (value.type !== 'CallExpression') return null;
  const callee = skipValueWrappers(value.callee);
  if (callee.type !== 'MemberExpression') return null;
  const name = getPropertyName(callee);
  if (name === 'route' && value.arguments[0]) return literalPath(value.arguments[0]);
  // `app.route('/x').get(a).post(b)`: keep walking down the chain.
  if (name !== null && HTTP_METHODS.has(name)) return routeChainPath(callee.object);
  return null;
}

function routeChainReceiver(node: Node): Node {
  let value = skipValueWrappers(node);
  while (value.type === 'CallExpression' && skipValueWrappers(value.callee).type === 'MemberExpression') {
    value = skipValueWrappers((skipValueWrappers(value.callee) as TSESTree.MemberExpression).object);
  }
  return value;
}

function literalPath(node: Node): string | null {
  if (node.type === 'Literal') {
    if (typeof node.value === 'string') return node.value;
    if ('regex' in node && node.regex) return `/${node.regex.pattern}/`;
    return null;
  }
  if (node.type === 'TemplateLiteral') return node.quasis.map(quasi => quasi.value.cooked ?? quasi.value.raw).join('*');
  if (node.type === 'ArrayExpression') {
    const first = node.elements[0];
    return first && first.type !== 'SpreadElement' ? literalPath(first) : null;
  }
  return null;
}

function receiverName(node: Node): string | null {
  const value = skipValueWrappers(node);
  if (value.type === 'Identifier') return value.name;
  if (value.type === 'MemberExpression') return getPropertyName(value);
  if (value.type === 'ThisExpression') return 'this';
  return null;
}

export function functionOf(node: Node): FunctionNode | null {
  const value = skipValueWrappers(node);
  if (value.type === 'ArrowFunctionExpression' || value.type === 'FunctionExpression') return value;
  // `asyncHandler(async (req, res) => …)`, `catchErrors(fn)`: a wrapper around an inline handler.
  if (value.type === 'CallExpression' && value.arguments.length >= 1) {
    const last = value.arguments[value.arguments.length - 1];
    if (last && (last.type === 'ArrowFunctionExpression' || last.type === 'FunctionExpression')) return last;
  }
  return null;
}

// --- NestJS ------------------------------------------------------------------------------------------------------

export function routeOfNestMethod(method: TSESTree.MethodDefinition): Route | null {
  const routeDecorator = (method.decorators ?? []).find(decorator => NEST_ROUTE_DECORATORS.has(decoratorName(decorator) ?? ''));
  if (!routeDecorator || method.value.type !== 'FunctionExpression') return null;
  const classNode = method.parent.parent;
  const controller = (classNode.type === 'ClassDeclaration' || classNode.type === 'ClassExpression' ? classNode.decorators ?? [] : []).find(decorator => decoratorName(decorator) === 'Controller');
  const prefix = controller ? decoratorPath(controller) : '';
  const own = decoratorPath(routeDecorator);
  const path = `/${[prefix, own].filter(Boolean).join('/')}`.replace(/\/+/g, '/');
  const guards = [...(method.decorators ?? []), ...(classNode.type === 'ClassDeclaration' || classNode.type === 'ClassExpression' ? classNode.decorators ?? [] : [])].filter(
    decorator => decoratorName(decorator) !== null && !NEST_ROUTE_DECORATORS.has(decoratorName(decorator) ?? '') && decoratorName(decorator) !== 'Controller',
  );
  return {
    framework: 'nestjs',
    label: `${(decoratorName(routeDecorator) ?? '').toUpperCase()} ${path}`,
    path,
    reportNode: routeDecorator,
    handler: method.value,
    handlerReference: null,
    inFront: guards,
    registration: null,
    receiver: null,
  };
}

export function decoratorName(decorator: TSESTree.Decorator): string | null {
  const expression = decorator.expression.type === 'CallExpression' ? decorator.expression.callee : decorator.expression;
  if (expression.type === 'Identifier') return expression.name;
  if (expression.type === 'MemberExpression') return getPropertyName(expression);
  return null;
}

function decoratorPath(decorator: TSESTree.Decorator): string {
  const argument = decorator.expression.type === 'CallExpression' ? decorator.expression.arguments[0] : undefined;
  if (!argument) return '';
  if (argument.type === 'ObjectExpression') {
    const pathProperty = argument.properties.find((property): property is TSESTree.Property => property.type === 'Property' && getPropertyName(property) === 'path');
    return pathProperty ? (literalPath(pathProperty.value) ?? '') : '';
  }
  return (literalPath(argument) ?? '').replace(/^\/+|\/+$/g, '');
}

// --- file-based and exported handlers -------------------------------------------------------------------------------

/**
 * Routes a file declares through its exports and its path: Next.js, SvelteKit, Remix, Nuxt, Lambda/Netlify, and
 * Firebase functions wherever they are exported.
 */
export function routesOfProgram(program: TSESTree.Program, filename: string, sourceCode: Readonly<TSESLint.SourceCode>): Route[] {
  const file = filename.replace(/\\/g, '/');
  const routes: Route[] = [];
  const useServer = hasDirective(program.body, 'use server');
  for (const { name, value, reportNode } of exportedValues(program, sourceCode)) {
    const route = exportedRoute(file, name, value, reportNode, useServer);
    if (route) routes.push(route);
  }
  return routes;
}

function exportedRoute(file: string, name: string, value: Node, reportNode: Node, useServer: boolean): Route | null {
  const base = { handlerReference: null, registration: null, receiver: null, reportNode };
  const firebase = firebaseFunction(value);
  if (firebase) return { ...base, ...firebase, path: null, inFront: [], label: `${firebase.framework === 'firebase-callable' ? 'onCall' : 'onRequest'} function \`${name}\`` };
  const { handler, wrappers } = unwrapHandler(value);
  if (!handler) return null;
  const filePath = routePathOfFile(file);
  const make = (framework: Framework, label: string, path: string | null): Route => ({ ...base, framework, label, path, handler, inFront: wrappers });
  if (/(?:^|\/)pages\/api\//.test(file) && name === 'default') return make('next-pages', `${filePath} (pages/api)`, filePath);
  if (/(?:^|\/)route\.[cm]?[jt]sx?$/.test(file) && APP_ROUTER_EXPORTS.has(name)) return make('next-app', `${name} ${filePath}`, filePath);
  if (/(?:^|\/)\+server\.[jt]s$/.test(file) && APP_ROUTER_EXPORTS.has(name)) return make('sveltekit', `${name} ${filePath}`, filePath);
  if (/(?:^|\/)\+page\.server\.[jt]s$/.test(file) && name === 'actions') return make('sveltekit', `actions ${filePath}`, filePath);
  if (/(?:^|\/)(?:app\/)?routes\//.test(file) && REMIX_EXPORTS.has(name)) return make('remix', `${name} ${filePath}`, filePath);
  if (/(?:^|\/)server\/(?:api|routes)\//.test(file) && name === 'default' && isDefineEventHandler(value)) return make('nuxt', filePath ?? name, filePath);
  if (useServer && handler.async) return make('server-action', `server action \`${name}\``, null);
  if (SERVERLESS_EXPORTS.has(name) && handler.params.length >= 1 && isEventParameter(handler.params[0])) return make('serverless', `\`${name}\` handler`, null);
  if (name !== 'default' && handler.params.length >= 2 && isRequestParameterName(handler.params[0])) return make('exported-handler', `handler \`${name}\``, null);
  return null;
}

function firebaseFunction(value: Node): { framework: Framework; handler: FunctionNode | null; handlerReference: null } | null {
  const call = skipValueWrappers(value);
  if (call.type !== 'CallExpression') return null;
  const callee = skipValueWrappers(call.callee);
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? getPropertyName(callee) : null;
  if (name !== 'onCall' && name !== 'onRequest') return null;
  const last = call.arguments[call.arguments.length - 1];
  const handler = last ? functionOf(last) : null;
  if (!handler) return null;
  return { framework: name === 'onCall' ? 'firebase-callable' : 'firebase-request', handler, handlerReference: null };
}

/** A handler possibly wrapped: `withApiAuthRequired(handler)`, `withAuth(async (req, res) => …)`. */
function unwrapHandler(value: Node): { handler: FunctionNode | null; wrappers: Node[] } {
  const wrappers: Node[] = [];
  let current = skipValueWrappers(value);
  for (let depth = 0; depth < 4 && current.type === 'CallExpression'; depth++) {
    wrappers.push(current.callee);
    const last = current.arguments[current.arguments.length - 1];
    if (!last) break;
    current = skipValueWrappers(last);
  }
  if (current.type === 'ArrowFunctionExpression' || current.type === 'FunctionExpression' || current.type === 'FunctionDeclaration') return { handler: current, wrappers };
  return { handler: null, wrappers };
}

function isDefineEventHandler(value: Node): boolean {
  const call = skipValueWrappers(value);
  return call.type === 'CallExpression' && call.callee.type === 'Identifier' && /^(?:defineEventHandler|eventHandler)$/.test(call.callee.name);
}

function isEventParameter(param: TSESTree.Parameter | undefined): boolean {
  return param?.type === 'Identifier' ? /^(?:event|evt|e|req|request)$/.test(param.name) : param?.type === 'ObjectPattern';
}

function isRequestParameterName(param: TSESTree.Parameter | undefined): boolean {
  return param?.type === 'Identifier' && /^(?:req|request|ctx|context)$/.test(param.name);
}

function routePathOfFile(file: string): string | null {
  const match = /^(?:.*\/)?(?:pages|app|routes|server)(\/.*)$/.exec(file);
  if (!match?.[1]) return null;
  return match[1].replace(/\/(?:route|index|\+server|\+page\.server)\.[cm]?[jt]sx?$/, '').replace(/\.[cm]?[jt]sx?$/, '') || '/';
}

function hasDirective(body: readonly TSESTree.ProgramStatement[], directive: string): boolean {
  for (const statement of body) {
    if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'Literal') return false;
    if (statement.expression.value === directive) return true;
  }
  return false;
}

interface ExportedValue {
  name: string;
  value: Node;
  reportNode: Node;
}

/** `export default …`, `export const x = …`, `export function x() {}`, `module.exports = …`, `exports.x = …`. */
function exportedValues(program: TSESTree.Program, sourceCode: Readonly<TSESLint.SourceCode>): ExportedValue[] {
  const values: ExportedValue[] = [];
  const resolve = (node: Node): Node => {
    if (node.type !== 'Identifier') return node;
    const variable = sourceCode.scopeManager?.globalScope?.set.get(node.name) ?? moduleVariable(program, node.name, sourceCode);
    const definition = variable?.defs[0];
    if (definition?.type === 'FunctionName') return definition.node as Node;
    if (definition?.type === 'Variable' && definition.node.init) return definition.node.init;
    return node;
  };
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration') {
      const declaration = statement.declaration;
      values.push({ name: 'default', value: resolve(declaration), reportNode: declaration.type === 'FunctionDeclaration' && declaration.id ? declaration.id : statement });
    } else if (statement.type === 'ExportNamedDeclaration' && statement.declaration) {
      const declaration = statement.declaration;
      if (declaration.type === 'FunctionDeclaration' && declaration.id) values.push({ name: declaration.id.name, value: declaration, reportNode: declaration.id });
      if (declaration.type === 'VariableDeclaration') {
        for (const declarator of declaration.declarations) {
          if (declarator.id.type === 'Identifier' && declarator.init) values.push({ name: declarator.id.name, value: declarator.init, reportNode: declarator.id });
        }
      }
    } else if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression') {
      const { left, right } = statement.expression;
      const name = commonJsExportName(left);
      if (name !== null) values.push({ name, value: resolve(right), reportNode: left });
    }
  }
  return values;
}

function moduleVariable(program: TSESTree.Program, name: string, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.Scope.Variable | undefined {
  const moduleScope = sourceCode.scopeManager?.acquire(program as never, true) ?? sourceCode.scopeManager?.globalScope?.childScopes[0];
  return moduleScope?.set.get(name);
}

/** `module.exports` → 'default', `module.exports.handler` / `exports.handler` → 'handler'. */
function commonJsExportName(left: Node): string | null {
  if (left.type !== 'MemberExpression') return null;
  const property = getPropertyName(left);
  const object = left.object;
  if (object.type === 'Identifier' && object.name === 'module' && property === 'exports') return 'default';
  if (object.type === 'Identifier' && object.name === 'exports') return property;
  if (object.type === 'MemberExpression' && object.object.type === 'Identifier' && object.object.name === 'module' && getPropertyName(object) === 'exports') return property;
  return null;
}
