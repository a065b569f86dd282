/**
 * Route handlers in one file, in every framework style the plugin knows, with what stands in front of them.
 *
 * - Express / `express.Router()` / Koa `@koa/router` / Hono: `x.post(path, ...middleware, handler)` (arrays of
 *   middleware too), `x.route(path).all(guard).post(...)`, koa-router's named routes `x.post('name', path, handler)`;
 * - Fastify: `fastify.post(path, { preHandler, onRequest }, handler)`, `fastify.post(path, { handler, … })`,
 *   `fastify.route({ url, method, handler, preHandler, … })`;
 * - NestJS (and routing-controllers): `@Get()`/`@Post()`… methods, with the decorators of the method and of the
 *   controller class in front;
 * - Next.js: pages API routes (`pages/api/**` default export, and Vercel's `api/**`), app-router route handlers
 *   (`GET`/`POST` exports of `route.ts`, also `export { handler as POST }`), server actions (`'use server'` files);
 * - SvelteKit `+server.ts` exports and `+page.server.ts` actions, Remix `action`/`loader`, Nuxt `defineEventHandler`
 *   in `server/`;
 * - Firebase `onCall`/`onRequest` (v1 `functions.https.*` and v2), AWS Lambda / Netlify `handler` exports, Deno and
 *   Supabase Edge `serve(handler)` / `Deno.serve(handler)`;
 * - in a controller file, exported `(req, res)` / `(ctx)` functions, and the methods of exported controller objects
 *   and classes, that a routes file (unseen) registers.
 *
 * Everything here is syntax: the rule decides what counts as authentication.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { OperationKind } from '../sdk';

import { decoratorName, functionOf, getPropertyName, isFunction, lastName, parameterName, receiverNames, skipValueWrappers } from '../ast';
import type { FunctionNode } from '../ast';
import { nameWords } from './auth-guards';

type Node = TSESTree.Node;

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
  /** How messages name the route: ``Route `POST /token` ``, ``Server action `startRecording` ``. */
  label: string;
  /** The route path when there is one (`/token`, `/api/token` from the file path). */
  path: string | null;
  /** The function or export name, for routes without a path (`getToken` for a Firebase function). */
  name: string | null;
  /** The HTTP method in upper case, `ALL` for `all()`, or `null` when the route answers any method. */
  method: string | null;
  /** Where to report: the path literal, the route decorator, the exported name, the `default` keyword. */
  reportNode: Node | TSESTree.Token;
  /** The handler function when it is written inline. */
  handler: FunctionNode | null;
  /** The handler as referenced when it is not inline (`getToken`, `videoController.getToken`). */
  handlerReference: Node | null;
  /** Expressions that run before the handler: middleware arguments, Fastify hooks, Nest decorators, wrappers. */
  inFront: Node[];
  /** The registration call (method routes), for "registered after `app.use(auth)`" and guard suggestions. */
  registration: TSESTree.CallExpression | null;
  /** The object routes are registered on (`app`, `router`, `this.router`). */
  receiverNode: Node | null;
}

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'options', 'head']);
const FASTIFY_HOOKS = new Set(['onRequest', 'preHandler', 'preValidation', 'preParsing']);
const ROUTE_DECORATORS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete', 'All', 'Options', 'Head']);
const CONTROLLER_DECORATORS = new Set(['Controller', 'JsonController']);
const APP_ROUTER_EXPORTS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const REMIX_EXPORTS = new Set(['action', 'loader']);
const SERVERLESS_EXPORTS = new Set(['handler', 'main']);
/** HTTP clients and test helpers with the same method names: `axios.post('/token', body)`, `$.get('/x', cb)`. */
const CLIENT_RECEIVERS = new Set(['$', 'jQuery', 'axios', 'superagent', 'supertest', 'request', 'got', 'ky', 'nock', 'cy', 'rest', 'http', 'https', 'HttpResponse']);
const NUXT_METHOD_SUFFIXES = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

// --- method routes: x.post(path, …) ------------------------------------------------------------------------------

/** A route registration call: `x.<method>(path, …handlers)`, a route chain, or a Fastify route object. */
export function routeOfCall(call: TSESTree.CallExpression): Route | null {
  const callee = skipValueWrappers(call.callee);
  if (callee.type !== 'MemberExpression') return null;
  const method = getPropertyName(callee);
  if (method === null) return null;
  if (HTTP_METHODS.has(method)) return methodRoute(call, callee, method);
  if (method === 'route' && call.arguments.length === 1 && call.arguments[0]?.type === 'ObjectExpression') return fastifyRouteObject(call, call.arguments[0]);
  return null;
}

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

function methodRoute(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, method: string): Route | null {
  const receiverNode = routeChainReceiver(callee.object);
  if (CLIENT_RECEIVERS.has(lastName(receiverNames(receiverNode)))) return null;
  const chain = routeChain(callee.object);
  let args: readonly TSESTree.CallExpressionArgument[] = call.arguments;
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
  const verb = method.toUpperCase();
  return {
    framework: 'express',
    label: `Route \`${verb} ${path}\``,
    path,
    name: null,
    method: verb,
    reportNode: pathNode ?? callee.property,
    handler,
    handlerReference: handler ? null : handlerValue,
    inFront,
    registration: call,
    receiverNode,
  };
}

function middlewareOf(argument: TSESTree.CallExpressionArgument): Node[] {
  if (argument.type === 'ArrayExpression') return argument.elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== 'SpreadElement');
  if (argument.type === 'ObjectExpression') return fastifyHooksOf(argument);
  return argument.type === 'SpreadElement' ? [] : [argument];
}

function propertyOf(object: TSESTree.ObjectExpression, name: string): Node | null {
  for (const property of object.properties) {
    if (property.type === 'Property' && getPropertyName(property) === name) return property.value;
  }
  return null;
}

function fastifyRouteObject(call: TSESTree.CallExpression, options: TSESTree.ObjectExpression): Route | null {
  const urlValue = propertyOf(options, 'url') ?? propertyOf(options, 'path');
  const handlerValue = propertyOf(options, 'handler');
  const path = urlValue ? literalPath(urlValue) : null;
  if (path === null || !handlerValue) return null;
  const methodValue = propertyOf(options, 'method');
  const methods = methodValue?.type === 'ArrayExpression' ? methodValue.elements : [methodValue];
  const verb = methods.flatMap(value => (value?.type === 'Literal' && typeof value.value === 'string' ? [value.value.toUpperCase()] : [])).join(',') || 'ROUTE';
  const handler = functionOf(handlerValue);
  return {
    framework: 'fastify',
    label: `Route \`${verb} ${path}\``,
    path,
    name: null,
    method: verb,
    reportNode: options,
    handler,
    handlerReference: handler ? null : handlerValue,
    inFront: fastifyHooksOf(options),
    registration: call,
    receiverNode: (skipValueWrappers(call.callee) as TSESTree.MemberExpression).object,
  };
}

function fastifyHooksOf(options: TSESTree.ObjectExpression): Node[] {
  const hooks: Node[] = [];
  for (const property of options.properties) {
    if (property.type !== 'Property' || !FASTIFY_HOOKS.has(getPropertyName(property) ?? '')) continue;
    if (property.value.type === 'ArrayExpression') hooks.push(...middlewareOf(property.value));
    else hooks.push(property.value);
  }
  return hooks;
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

// --- NestJS -------------------------------------------------------------------------------------------------------

/** A NestJS (or routing-controllers) controller method: `@Post('token') token() {…}`. */
export function routeOfNestMethod(method: TSESTree.MethodDefinition): Route | null {
  const routeDecorator = method.decorators.find(decorator => ROUTE_DECORATORS.has(decoratorName(decorator)));
  if (!routeDecorator || method.value.type !== 'FunctionExpression') return null;
  const classNode = method.parent.parent as TSESTree.ClassDeclaration | TSESTree.ClassExpression;
  // Parsers that keep decorators (typescript-eslint, Babel) may leave an undecorated class's list out.
  const classDecorators = (classNode.decorators as TSESTree.Decorator[] | undefined) ?? [];
  const controller = classDecorators.find(decorator => CONTROLLER_DECORATORS.has(decoratorName(decorator)));
  const segments = [controller ? decoratorPath(controller) : '', decoratorPath(routeDecorator)].filter(Boolean);
  const path = `/${segments.join('/')}`;
  const verb = decoratorName(routeDecorator).toUpperCase();
  const isOther = (decorator: TSESTree.Decorator): boolean => !ROUTE_DECORATORS.has(decoratorName(decorator)) && !CONTROLLER_DECORATORS.has(decoratorName(decorator));
  return {
    framework: 'nestjs',
    label: `Route \`${verb} ${path}\``,
    path,
    name: getPropertyName(method),
    method: verb,
    reportNode: routeDecorator,
    handler: method.value,
    handlerReference: null,
    inFront: [...method.decorators.filter(isOther), ...classDecorators.filter(isOther)],
    registration: null,
    receiverNode: null,
  };
}

function decoratorPath(decorator: TSESTree.Decorator): string {
  const argument = decorator.expression.type === 'CallExpression' ? decorator.expression.arguments[0] : undefined;
  const value = argument?.type === 'ObjectExpression' ? propertyOf(argument, 'path') : argument;
  const text = value?.type === 'Literal' && typeof value.value === 'string' ? value.value : '';
  return trimSlashes(text);
}

function trimSlashes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === '/') start++;
  while (end > start && text[end - 1] === '/') end--;
  return text.slice(start, end);
}

// --- Deno / Supabase Edge ---------------------------------------------------------------------------------------------

/** `Deno.serve(handler)`, `Deno.serve(options, handler)`, or `serve(handler)` imported from Deno's std `http`. */
export function routeOfServeCall(call: TSESTree.CallExpression, importSource: (name: string) => string | null): Route | null {
  const callee = skipValueWrappers(call.callee);
  const isDeno = callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === 'Deno' && getPropertyName(callee) === 'serve';
  const isStd = callee.type === 'Identifier' && callee.name === 'serve' && /deno\.land|std\/http|@std\/http/.test(importSource('serve') ?? '');
  if (!isDeno && !isStd) return null;
  const last = call.arguments[call.arguments.length - 1];
  const handler = last ? functionOf(last) : null;
  if (!last || last.type === 'SpreadElement' || (!handler && last.type !== 'Identifier')) return null;
  const name = isDeno ? 'Deno.serve' : 'serve';
  return {
    framework: 'serverless',
    label: `The \`${name}\` handler`,
    path: null,
    name,
    method: null,
    reportNode: callee,
    handler,
    handlerReference: handler ? null : last,
    inFront: [],
    registration: null,
    receiverNode: null,
  };
}

// --- file-based and exported handlers -------------------------------------------------------------------------------

/**
 * Routes a file declares through its exports and its path: Next.js, SvelteKit, Remix, Nuxt, Lambda/Netlify, Firebase
 * functions wherever they are exported, and controller exports.
 */
export function routesOfProgram(program: TSESTree.Program, filename: string, sourceCode: Readonly<TSESLint.SourceCode>): Route[] {
  // Most files export nothing a framework serves: the file's location is only read for the export names that need it.
  let file: RouteFile | null = null;
  const fileOf = (): RouteFile => (file ??= routeFile(filename));
  const useServer = hasDirective(program.body, 'use server');
  const resolve = moduleResolver(program, sourceCode);
  const routes: Route[] = [];
  for (const { name, value, reportNode } of exportedValues(program, resolve, sourceCode)) {
    routes.push(...exportedRoutes(FILE_EXPORTS.has(name) ? fileOf() : NO_ROUTE_FILE, name, resolve(value), reportNode, useServer, resolve));
  }
  return routes;
}

/** Export names whose meaning depends on the file's location (`default` of `pages/api/x`, `GET` of `route.ts`…). */
const FILE_EXPORTS = new Set(['default', 'actions', ...APP_ROUTER_EXPORTS, ...REMIX_EXPORTS, ...SERVERLESS_EXPORTS]);

interface RouteFile {
  /** The path in the app's URL space when the file's location gives one (`/api/token`). */
  path: string | null;
  /** The HTTP method a Nuxt file name carries (`token.post.ts`). */
  method: string | null;
  pagesApi: boolean;
  vercelApi: boolean;
  appRoute: boolean;
  svelteServer: boolean;
  sveltePageServer: boolean;
  remixRoute: boolean;
  nuxtServer: boolean;
  netlifyFunction: string | null;
}

/** Directory and file names that give a file routes: checked before the path is taken apart. */
const ROUTE_PATH_MARKERS = ['pages', 'app', 'routes', 'server', 'api', 'netlify'];

/** What a file's location says about its routes. String operations only: paths can be long. */
function routeFile(filename: string): RouteFile {
  if (!ROUTE_PATH_MARKERS.some(marker => filename.includes(marker))) return NO_ROUTE_FILE;
  const normalized = filename.replace(/\\/g, '/');
  const base = normalized.slice(normalized.lastIndexOf('/') + 1);
  const segments = normalized.split('/').filter(segment => segment !== '' && segment !== '.');
  const stem = base.includes('.') ? base.slice(0, base.indexOf('.')) : base;
  const fullStem = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  const directories = segments.slice(0, -1);
  const has = (directory: string): number => directories.lastIndexOf(directory);
  const pagesIndex = has('pages');
  const pagesApi = pagesIndex !== -1 && directories[pagesIndex + 1] === 'api';
  const serverIndex = has('server');
  const nuxtServer = serverIndex !== -1 && (directories[serverIndex + 1] === 'api' || directories[serverIndex + 1] === 'routes');
  const vercelApi = !pagesApi && !nuxtServer && has('api') !== -1 && has('app') === -1;
  const appRoute = stem === 'route' && has('app') !== -1;
  const svelteServer = base.startsWith('+server.');
  const sveltePageServer = base.startsWith('+page.server.');
  const routesIndex = has('routes');
  const remixRoute = !svelteServer && !sveltePageServer && !nuxtServer && routesIndex > 0 && directories[routesIndex - 1] === 'app';
  const netlifyIndex = has('netlify');
  const netlifyFunction = netlifyIndex !== -1 && directories[netlifyIndex + 1] === 'functions' ? `/.netlify/functions/${stem}` : null;
  let rootIndex: number | null = null;
  let last = stem;
  let method: string | null = null;
  if (pagesApi) rootIndex = pagesIndex;
  else if (nuxtServer) {
    rootIndex = directories[serverIndex + 1] === 'api' ? serverIndex : serverIndex + 1;
    const dot = fullStem.lastIndexOf('.');
    if (dot !== -1 && NUXT_METHOD_SUFFIXES.has(fullStem.slice(dot + 1))) method = fullStem.slice(dot + 1).toUpperCase();
    last = dot !== -1 && method !== null ? fullStem.slice(0, dot) : fullStem;
  } else if (appRoute) rootIndex = has('app');
  else if ((svelteServer || sveltePageServer || remixRoute) && routesIndex !== -1) rootIndex = routesIndex;
  else if (vercelApi) rootIndex = has('api') - 1;
  if (remixRoute) last = fullStem;
  const parts = rootIndex === null ? [] : directories.slice(rootIndex + 1).filter(part => !part.startsWith('(') && !part.startsWith('@'));
  // `route.ts`, `+server.ts`, `index.ts` name their directory; Remix flat routes use dots for slashes.
  if (!(last === 'route' || last === 'index' || last === '_index' || last.startsWith('+'))) parts.push(...(remixRoute ? last.split('.') : [last]));
  return {
    path: rootIndex === null ? null : `/${parts.join('/')}`,
    method,
    pagesApi,
    vercelApi,
    appRoute,
    svelteServer,
    sveltePageServer,
    remixRoute,
    nuxtServer,
    netlifyFunction,
  };
}

/** What a location that says nothing about routes gives. */
const NO_ROUTE_FILE: RouteFile = {
  path: null,
  method: null,
  pagesApi: false,
  vercelApi: false,
  appRoute: false,
  svelteServer: false,
  sveltePageServer: false,
  remixRoute: false,
  nuxtServer: false,
  netlifyFunction: null,
};

type Resolver = (node: Node) => Node;

/** Resolves module-level names to what they are bound to (`export default handler` → the function). */
function moduleResolver(program: TSESTree.Program, sourceCode: Readonly<TSESLint.SourceCode>): Resolver {
  // The module scope (ES modules), the CommonJS wrapper scope, or the global scope (scripts); looked up on first use.
  let moduleScope: TSESLint.Scope.Scope | null = null;
  const resolve = (node: Node, depth = 0): Node => {
    const value = skipValueWrappers(node);
    if (value.type !== 'Identifier' || depth > 3) return value;
    moduleScope ??= (sourceCode.scopeManager as TSESLint.Scope.ScopeManager).acquire(program as never, true) as TSESLint.Scope.Scope;
    const variable = moduleScope.set.get(value.name);
    const definition = variable?.defs[0];
    if (definition?.type === 'FunctionName' || definition?.type === 'ClassName') return definition.node as Node;
    if (definition?.type === 'Variable' && definition.node.init && definition.node.id.type === 'Identifier') return resolve(definition.node.init, depth + 1);
    return value;
  };
  return node => resolve(node);
}

function exportedRoutes(file: RouteFile, name: string, value: Node, reportNode: Node | TSESTree.Token, useServer: boolean, resolve: Resolver): Route[] {
  const base = { name, handlerReference: null, registration: null, receiverNode: null, reportNode, method: null as string | null };
  const firebase = firebaseFunction(value, resolve);
  if (firebase) {
    const label = `${firebase.framework === 'firebase-callable' ? 'Callable function' : 'HTTPS function'} \`${name}\``;
    return [{ ...base, ...firebase, label, path: null, inFront: [] }];
  }
  if (file.sveltePageServer && name === 'actions' && value.type === 'ObjectExpression') return svelteActions(file, value, resolve);
  const { handler, wrappers } = unwrapHandler(value, resolve);
  if (!handler) return controllerRoutes(name, value, resolve);
  const make = (framework: Framework, label: string, path: string | null, method: string | null = null): Route[] => [{ ...base, framework, label, path, method, handler, inFront: wrappers }];
  const isDefault = name === 'default';
  if ((file.pagesApi || file.vercelApi) && isDefault && isRequestParameter(handler.params[0])) return make('next-pages', `API route \`${file.path}\``, file.path);
  if (file.appRoute && APP_ROUTER_EXPORTS.has(name)) return make('next-app', `Route handler \`${name} ${file.path}\``, file.path, name);
  if (file.svelteServer && APP_ROUTER_EXPORTS.has(name)) return make('sveltekit', `Endpoint \`${name} ${file.path}\``, file.path, name);
  if (file.remixRoute && REMIX_EXPORTS.has(name)) return make('remix', `The \`${name}\` of \`${file.path}\``, file.path);
  if (file.nuxtServer && isDefault && isDefineEventHandler(value)) {
    return make('nuxt', `Server route \`${file.method ? `${file.method} ` : ''}${file.path}\``, file.path, file.method);
  }
  if (useServer && handler.async) return make('server-action', `Server action \`${name}\``, null);
  if (SERVERLESS_EXPORTS.has(name) && isEventParameter(handler.params[0])) {
    return make('serverless', file.netlifyFunction ? `Netlify function \`${file.netlifyFunction}\`` : `The exported \`${name}\` function`, file.netlifyFunction);
  }
  if (isControllerHandler(handler)) return make('exported-handler', isDefault ? 'The default-exported handler' : `Handler \`${name}\``, null);
  return [];
}

/** SvelteKit form actions: `export const actions = { default: async ({ request, locals }) => … }`. */
function svelteActions(file: RouteFile, actions: TSESTree.ObjectExpression, resolve: Resolver): Route[] {
  const routes: Route[] = [];
  for (const property of actions.properties) {
    const name = property.type === 'Property' ? getPropertyName(property) : null;
    const handler = property.type === 'Property' && name !== null ? resolve(property.value) : null;
    if (!handler || !isFunction(handler)) continue;
    routes.push({
      framework: 'sveltekit',
      label: `Form action \`${name}\` of \`${file.path}\``,
      path: file.path,
      name,
      method: 'POST',
      reportNode: (property as TSESTree.Property).key,
      handler,
      handlerReference: null,
      inFront: [],
      registration: null,
      receiverNode: null,
    });
  }
  return routes;
}

/** The methods of an exported controller object or class: `module.exports = { getToken(req, res) {…} }`, `export default new VideoController()`. */
function controllerRoutes(exportName: string, value: Node, resolve: Resolver): Route[] {
  let target = skipValueWrappers(value);
  if (target.type === 'NewExpression') target = resolve(target.callee);
  let owner = exportName === 'default' ? '' : exportName;
  const members: Array<{ name: string; value: FunctionNode; reportNode: Node }> = [];
  if (target.type === 'ObjectExpression') {
    for (const property of target.properties) {
      if (property.type !== 'Property') continue;
      const value = resolve(property.value);
      const name = isFunction(value) && isControllerHandler(value) ? getPropertyName(property) : null;
      if (name !== null) members.push({ name, value: value as FunctionNode, reportNode: property.key });
    }
  } else if (target.type === 'ClassDeclaration' || target.type === 'ClassExpression') {
    owner = target.id?.name ?? owner;
    for (const member of target.body.body) {
      if (member.type !== 'MethodDefinition' && member.type !== 'PropertyDefinition') continue;
      // espree leaves `decorators` out; decorated methods are NestJS-style routes, handled on their own.
      const decorated = (member.decorators as TSESTree.Decorator[] | undefined)?.length ?? 0;
      if (decorated > 0 || !member.value || !isFunction(member.value) || !isControllerHandler(member.value)) continue;
      const name = member.type === 'MethodDefinition' && member.kind === 'constructor' ? null : getPropertyName(member);
      if (name !== null) members.push({ name, value: member.value, reportNode: member.key });
    }
  }
  const routes: Route[] = [];
  for (const member of members) {
    const name = owner ? `${owner}.${member.name}` : member.name;
    routes.push({
      framework: 'exported-handler',
      label: `Handler \`${name}\``,
      path: null,
      name: member.name,
      method: null,
      reportNode: member.reportNode,
      handler: member.value,
      handlerReference: null,
      inFront: [],
      registration: null,
      receiverNode: null,
    });
  }
  return routes;
}

function firebaseFunction(value: Node, resolve: Resolver): { framework: Framework; handler: FunctionNode | null; handlerReference: Node | null } | null {
  const call = skipValueWrappers(value);
  if (call.type !== 'CallExpression') return null;
  const callee = skipValueWrappers(call.callee);
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? getPropertyName(callee) : null;
  if (name !== 'onCall' && name !== 'onRequest') return null;
  const last = call.arguments[call.arguments.length - 1];
  if (!last || last.type === 'SpreadElement') return null;
  const resolved = resolve(last);
  const handler = isFunction(resolved) ? resolved : functionOf(resolved);
  return { framework: name === 'onCall' ? 'firebase-callable' : 'firebase-request', handler, handlerReference: handler ? null : last };
}

/** A handler possibly wrapped: `withApiAuthRequired(handler)`, `withAuth(async (req, res) => …)`, `auth(async (req) => …)`. */
function unwrapHandler(value: Node, resolve: Resolver): { handler: FunctionNode | null; wrappers: Node[] } {
  const wrappers: Node[] = [];
  let current = resolve(value);
  for (let depth = 0; depth < 4 && current.type === 'CallExpression'; depth++) {
    wrappers.push(current.callee);
    const last = current.arguments[current.arguments.length - 1];
    if (!last) break;
    current = resolve(last);
  }
  return { handler: isFunction(current) ? current : null, wrappers };
}

function isDefineEventHandler(value: Node): boolean {
  const call = skipValueWrappers(value);
  return call.type === 'CallExpression' && call.callee.type === 'Identifier' && (call.callee.name === 'defineEventHandler' || call.callee.name === 'eventHandler');
}

function isEventParameter(param: TSESTree.Parameter | undefined): boolean {
  const name = parameterName(param);
  return name !== null ? /^(?:event|evt|e|req|request)$/.test(name) : param?.type === 'ObjectPattern';
}

function isRequestParameter(param: TSESTree.Parameter | undefined): boolean {
  const name = parameterName(param);
  return name !== null && /^_?(?:req|request)$/.test(name);
}

/** `(req, res)`, `(request, reply)`, `(req, res, next)`, or Koa's `(ctx)`: a framework handler by its parameters. */
function isControllerHandler(handler: FunctionNode): boolean {
  const first = parameterName(handler.params[0]);
  if (first === 'ctx') return true;
  const second = parameterName(handler.params[1]);
  return first !== null && second !== null && /^(?:req|request)$/.test(first) && /^(?:res|response|reply)$/.test(second);
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
  reportNode: Node | TSESTree.Token;
}

/** `export default …`, `export const x = …`, `export function x() {}`, `export { a as GET }`, `module.exports = …`, `exports.x = …`. */
function exportedValues(program: TSESTree.Program, resolve: Resolver, sourceCode: Readonly<TSESLint.SourceCode>): ExportedValue[] {
  const values: ExportedValue[] = [];
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration') {
      const declaration = statement.declaration;
      const named = (declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id;
      // `export default withAuth(…)` at the wrapper, `export default handler` at the name, else at `default`.
      const at = named ? declaration.id : declaration.type === 'CallExpression' ? declaration.callee : declaration.type === 'Identifier' ? declaration : (sourceCode.getFirstToken(statement, 1) as TSESTree.Token);
      values.push({ name: 'default', value: declaration, reportNode: at as Node | TSESTree.Token });
    } else if (statement.type === 'ExportNamedDeclaration') {
      const declaration = statement.declaration;
      if ((declaration?.type === 'FunctionDeclaration' || declaration?.type === 'ClassDeclaration') && declaration.id) {
        values.push({ name: declaration.id.name, value: declaration, reportNode: declaration.id });
      } else if (declaration?.type === 'VariableDeclaration') {
        for (const declarator of declaration.declarations) {
          if (declarator.id.type === 'Identifier' && declarator.init) values.push({ name: declarator.id.name, value: declarator.init, reportNode: declarator.id });
        }
      } else if (!statement.source) {
        for (const specifier of statement.specifiers) {
          const exported = specifier.exported.type === 'Identifier' ? specifier.exported.name : String(specifier.exported.value);
          values.push({ name: exported, value: resolve(specifier.local), reportNode: specifier.exported });
        }
      }
    } else if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression') {
      const { left, right } = statement.expression;
      const name = commonJsExportName(left);
      if (name !== null) values.push({ name, value: right, reportNode: left });
    }
  }
  return values;
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

// --- handler names -------------------------------------------------------------------------------------------------

/** Words of authentication endpoints (`refreshToken`, `verifyToken`, `getAccessToken`): never Vonage operations. */
export const AUTH_ENDPOINT_WORDS: ReadonlySet<string> = new Set(['refresh', 'login', 'logout', 'signin', 'signup', 'register', 'password', 'csrf', 'oauth', 'verify', 'validate', 'reset', 'otp', 'mfa', 'auth', 'jwt', 'access', 'api', 'push', 'fcm', 'device', 'id', 'revoke']);
const TOKEN_VERBS = new Set(['get', 'create', 'generate', 'gen', 'issue', 'mint', 'new', 'fetch', 'request', 'make', 'build', 'sign', 'join']);
const SESSION_VERBS = new Set(['create', 'new', 'start', 'make', 'generate', 'init', 'open', 'setup']);
const START_VERBS = new Set(['start', 'begin', 'initiate', 'create', 'enable']);
const STOP_VERBS = new Set(['stop', 'end', 'finish', 'disable']);
const DELETE_VERBS = new Set(['delete', 'remove', 'destroy']);

/** The operation kind a name says it performs (`getOpenTokToken`, `startArchive`, `kickParticipant`), or `null`. */
export function kindFromName(name: string): OperationKind | null {
  const words = nameWords(name);
  if (words.length === 0 || words.some(word => AUTH_ENDPOINT_WORDS.has(word))) return null;
  const verb = words[0] as string;
  const has = (...candidates: string[]): boolean => words.some(word => candidates.includes(word));
  if (has('token', 'tokens')) return TOKEN_VERBS.has(verb) || words.length === 1 ? 'token.generate' : null;
  if (has('session', 'sessions')) return SESSION_VERBS.has(verb) ? 'session.create' : null;
  if (has('archive', 'archiving', 'recording', 'record')) {
    if (START_VERBS.has(verb)) return 'archive.start';
    if (STOP_VERBS.has(verb)) return 'archive.stop';
    return DELETE_VERBS.has(verb) ? 'archive.delete' : null;
  }
  if (has('broadcast', 'broadcasting', 'streaming', 'livestream') && !has('layout')) {
    if (START_VERBS.has(verb)) return 'broadcast.start';
    return STOP_VERBS.has(verb) ? 'broadcast.stop' : null;
  }
  if (has('layout')) return ['set', 'change', 'update'].includes(verb) ? 'stream.layout' : null;
  if (verb === 'kick' || verb === 'eject' || (verb === 'force' && has('disconnect')) || (verb === 'disconnect' && has('client', 'user', 'participant', 'connection', 'member'))) {
    return 'moderation.disconnect';
  }
  if (has('mute') && (verb === 'mute' || verb === 'force')) return has('all', 'everyone') ? 'moderation.mute-all' : 'moderation.mute';
  if (has('sip') || verb === 'dial') return 'sip.dial';
  if ((verb === 'send' && has('signal')) || verb === 'signal') return 'signal.send';
  if (has('render', 'composer')) return START_VERBS.has(verb) ? 'render.start' : STOP_VERBS.has(verb) ? 'render.stop' : null;
  return null;
}

/** A glob where `*` matches any characters, matched without backtracking. */
export function globMatcher(pattern: string): (text: string) => boolean {
  const parts = pattern.split('*');
  return text => {
    const first = parts[0] as string;
    const lastPart = parts[parts.length - 1] as string;
    if (parts.length === 1) return text === pattern;
    if (!text.startsWith(first) || !text.endsWith(lastPart) || text.length < first.length + lastPart.length) return false;
    let index = first.length;
    const end = text.length - lastPart.length;
    for (const part of parts.slice(1, -1)) {
      const found = text.indexOf(part, index);
      if (found === -1 || found + part.length > end) return false;
      index = found + part.length;
    }
    return true;
  };
}
