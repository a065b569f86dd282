/**
 * The one interface every framework adapter answers: where handlers are registered (and with which path and method),
 * how request input is read, how guards apply, how a response is sent, and what the caller's identity is.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { FunctionNode } from '../ast';

type Node = TSESTree.Node;

/** The adapters' ids; `exported-handler` is a `(req, res)` function exported for a routes file the linter does not see. */
export type FrameworkId =
  | 'express'
  | 'koa'
  | 'hono'
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
  | 'exported-handler'
  | 'socket.io'
  | 'meteor'
  | 'parse-cloud'
  | 'adonis'
  | 'azure-functions';

/** A handler some framework serves, with what stands in front of it. */
export interface Route {
  framework: FrameworkId;
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
  /** A framework option that requires an authenticated caller before the handler runs (Parse `requireUser: true`). */
  authenticatedBy?: Node;
}

/** Module-level names resolved to what they are bound to (`export default handler` → the function). */
export type Resolver = (node: Node) => Node;

/** What a file's location says about the routes it declares. */
export interface RouteFile {
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

/** One export of the linted file, as a file-based or exported-function adapter sees it. */
export interface ExportedHandler {
  /** The export name: `default`, `GET`, `handler`, `getToken`. */
  name: string;
  /** The exported value, resolved through module-level names. */
  value: Node;
  reportNode: Node | TSESTree.Token;
  /** The file's route facts (only read for export names whose meaning depends on the location). */
  file: RouteFile;
  /** The file starts with `'use server'`. */
  useServer: boolean;
  resolve: Resolver;
  /** The handler function through wrappers (`withAuth(async (req, res) => …)`), and the wrappers' callees. */
  unwrapped: { handler: FunctionNode | null; wrappers: Node[] };
}

/** What a call-registration adapter may ask about the file (optional: the analysis unit tests call without it). */
export interface CallContext {
  sourceCode: Readonly<TSESLint.SourceCode>;
}

/**
 * The objects a handler is given, as request-input.ts reads them:
 * - `request`: an HTTP request (`req`, `request`, `event`, `c.req`, `ctx.request`): `body`, `query`, `params`,
 *   `headers`, `cookies`, `url`, `nextUrl`, `queryStringParameters`…, and `json()`, `formData()`, `get()`, `query()`….
 * - `context`: a framework context (Koa `ctx`, Hono `c`, Next `context`/`{ params }`): `query`, `params`, `headers`,
 *   `url`, and the request inside it (`ctx.request`, `c.req`). Not `ctx.body` (Koa's response) nor `c.get()` (server state).
 * - `callable`: a Firebase callable request (`onCall((request) => …)`): `data`, and `rawRequest`.
 */
export type RequestObjectKind = 'request' | 'context' | 'callable';

/** Names and type names that mark a handler parameter as one of the objects a framework gives its handlers. */
export interface HandlerParameterNames {
  /** Exact parameter names (a leading `_` is allowed): `req`, `ctx`. */
  names: readonly string[];
  /** Endings of camel-case parameter names: `Req` in `tokenReq`. */
  suffixes: readonly string[];
  /** Endings of the type names they are annotated with, as regular-expression fragments: `Request`, `EventV\\d`. */
  types: readonly string[];
}

/** How an adapter describes itself for documentation and messages. */
export interface FrameworkFacts {
  /** How guards, middleware or hooks apply: per route, per router, per group, global. */
  guards: string;
  /** Where the authenticated caller's identity is read (`req.user`, `this.userId`). */
  identity: readonly string[];
  /** How a response or acknowledgement is sent. */
  response: string;
  /** How request input is read. */
  input: string;
}

export interface FrameworkAdapter {
  id: FrameworkId;
  /** The name a person knows it by: `Express`, `Koa / koa-router`, `Next.js pages router`. */
  name: string;
  /** Modules whose exports create its apps or routers: a method-style route is named after its receiver's module. */
  modules?: readonly string[];
  facts: FrameworkFacts;
  /** The names its registration calls are made by (`post`, `define`, `http`): a cheap first filter over every call. */
  callNames?: readonly string[];
  /** A registration call: `app.post('/x', h)`, `fastify.route({ … })`, `Deno.serve(h)`. */
  routeOfCall?(call: TSESTree.CallExpression, context: CallContext | undefined): Route | null;
  /** Methods of its request object whose result is client input (`req.get(name)`, `request.input('role')`). */
  requestInputMethods?: readonly string[];
  /** Properties of the objects its handlers are given whose value is client input, per object (`req.body`, `ctx.query`, `request.data`). */
  requestInputProperties?: Partial<Record<RequestObjectKind, readonly string[]>>;
  /** Properties of those objects that hold its request object (`ctx.request`, `c.req`, `request.raw`). */
  nestedRequestProperties?: Partial<Record<RequestObjectKind, readonly string[]>>;
  /** How its handlers' parameters are named when they are its request or context object (`req`, `ctx`, `: Request`). */
  handlerParameterNames?: Partial<Record<'request' | 'context', HandlerParameterNames>>;
  /** Names under which its handlers receive client data, never the authenticated caller (`body`, `query`, `data`). */
  inputContainers?: readonly string[];
  /** Parameter decorators imported from `module` that hand a handler client input (`@Body()`) or the request (`@Req()`). */
  inputDecorators?: { module: string; input: readonly string[]; request: readonly string[] };
  /** Export names whose function is a handler taking `(request, context)` (`GET`, `loader`, `handler`, `default`). */
  handlerExports?: readonly string[];
  /** Methods of its response object whose first argument is the body sent (`res.json(x)`). */
  responseBodyMethods?: readonly string[];
  /** Methods of its context object whose first argument is the body sent (Hono `c.json(x)`). */
  contextBodyMethods?: readonly string[];
  /** Methods of its response or context object whose second argument is a template's locals (`res.render(view, locals)`). */
  templateMethods?: readonly string[];
  /** Exports whose returned `props` are serialised into the page sent to the browser (Next.js `getServerSideProps`). */
  pagePropsExports?: readonly string[];
  /** Whether `fn` is a handler whose parameters are the client's own arguments (a socket event, a Meteor method). */
  takesClientArguments?(fn: FunctionNode): boolean;
  /** The index of the parameter through which `fn`, one of its handlers, answers the caller (socket.io's `ack`), or `null`. */
  responseCallbackIndex?(fn: FunctionNode): number | null;
  /** How messages name what `fn`, one of its handlers, returns to the caller (`the value a Meteor method returns`), or `null`. */
  returnedResponse?(fn: FunctionNode): string | null;
  /** For a method-style route named after this framework: what the generic Express-style reading misses (Adonis's chained and group middleware). */
  refineRoute?(route: Route): Route;
  /** Registration calls that declare several handlers at once: `Meteor.methods({ a() {}, b() {} })`. */
  routesOfCall?(call: TSESTree.CallExpression, context: CallContext | undefined): Route[] | null;
  /** A decorated class method: `@Post('token') token() {}`. */
  routeOfMethod?(method: TSESTree.MethodDefinition): Route | null;
  /** Export names whose meaning depends on the file's location (`default` of `pages/api/x`, `GET` of `route.ts`). */
  fileExports?: readonly string[];
  /** The routes an export declares, or `null` when the export is not this adapter's. */
  routesOfExport?(exported: ExportedHandler): Route[] | null;
}
