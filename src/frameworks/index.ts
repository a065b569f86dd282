/**
 * The registry of framework adapters: every way an app exposes a handler that the plugin understands. Routes, request
 * input, response sinks and the guard analysis ask it; adding a framework is one adapter file, one line here and one
 * test file in `tests/frameworks/`.
 *
 * Order matters where two adapters could claim the same thing: Firebase functions before anything that unwraps
 * handlers, file-based frameworks before server actions and serverless exports, controller exports last.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { FunctionNode } from '../ast';


import { adonis } from './adonis';
import { azureFunctions } from './azure-functions';
import { controllers } from './controllers';
import { express } from './express';
import { exportedValues, hasDirective, moduleResolver, unwrapHandler } from './exports';
import { fastify } from './fastify';
import { NO_ROUTE_FILE, routeFile } from './files';
import { firebase } from './firebase';
import { hono } from './hono';
import { koa } from './koa';
import { meteor } from './meteor';
import { nestjs } from './nestjs';
import { nextApp, nextPages, serverAction } from './next';
import { nuxt } from './nuxt';
import { parseCloud } from './parse-cloud';
import { remix } from './remix';
import { serverless } from './serverless';
import { socketIo } from './socket-io';
import { sveltekit } from './sveltekit';
import type { CallContext, FrameworkAdapter, FrameworkId, HandlerParameterNames, RequestObjectKind, Route, RouteFile } from './types';

export const FRAMEWORKS: readonly FrameworkAdapter[] = [
  fastify,
  express,
  koa,
  hono,
  adonis,
  nestjs,
  firebase,
  nextPages,
  nextApp,
  sveltekit,
  remix,
  nuxt,
  serverAction,
  serverless,
  azureFunctions,
  socketIo,
  meteor,
  parseCloud,
  controllers,
];

export type { CallContext, FrameworkAdapter, FrameworkFacts, FrameworkId, RequestObjectKind, Route } from './types';
export { literalPath } from './express-style';
export { NEST_ROUTE_DECORATORS, PUBLIC_ROUTE_DECORATORS } from './nestjs';
export { METEOR_THIS_IDENTITY } from './meteor';
export { FASTIFY_PRE_HANDLER_HOOKS } from './fastify-options';

/** Frameworks whose routes take middleware as arguments before the handler (`app.post(path, auth, handler)`). */
export const MIDDLEWARE_ARGUMENT_FRAMEWORKS: ReadonlySet<FrameworkId> = new Set(['express', 'koa', 'hono']);

const CALL_ADAPTERS = FRAMEWORKS.filter(adapter => adapter.routeOfCall);
const MULTI_CALL_ADAPTERS = FRAMEWORKS.filter(adapter => adapter.routesOfCall);
const METHOD_ADAPTERS = FRAMEWORKS.filter(adapter => adapter.routeOfMethod);
const EXPORT_ADAPTERS = FRAMEWORKS.filter(adapter => adapter.routesOfExport);
/** Export names whose meaning depends on the file's location: the file path is only taken apart for these. */
const FILE_EXPORTS = new Set(FRAMEWORKS.flatMap(adapter => adapter.fileExports ?? []));

/** The names of every adapter's registration calls: a call by any other name registers nothing. */
export const REGISTRATION_CALL_NAMES: ReadonlySet<string> = new Set(FRAMEWORKS.flatMap(adapter => adapter.callNames ?? []));

/** Methods of a request object whose result is client input, as every adapter reads it. */
export const REQUEST_INPUT_METHODS: ReadonlySet<string> = new Set(FRAMEWORKS.flatMap(adapter => adapter.requestInputMethods ?? []));

/** The names every adapter gives for one fact, as one set. */
function union(names: (adapter: FrameworkAdapter) => readonly string[] | undefined): ReadonlySet<string> {
  return new Set(FRAMEWORKS.flatMap(adapter => names(adapter) ?? []));
}

const OBJECT_KINDS: readonly RequestObjectKind[] = ['request', 'context', 'callable'];

/** Properties of each object a handler is given whose value is client input (`req.body`, `ctx.query`, `request.data`). */
export const REQUEST_INPUT_PROPERTIES: Readonly<Record<RequestObjectKind, ReadonlySet<string>>> = Object.fromEntries(
  OBJECT_KINDS.map(kind => [kind, union(adapter => adapter.requestInputProperties?.[kind])]),
) as Record<RequestObjectKind, ReadonlySet<string>>;

/** Properties of each object a handler is given that hold a request object (`ctx.request`, `c.req`, `request.raw`). */
export const NESTED_REQUEST_PROPERTIES: Readonly<Record<RequestObjectKind, ReadonlySet<string>>> = Object.fromEntries(
  OBJECT_KINDS.map(kind => [kind, union(adapter => adapter.nestedRequestProperties?.[kind])]),
) as Record<RequestObjectKind, ReadonlySet<string>>;

/** Tests of a parameter's name and of its type annotation's names, for a request or a context object. */
export interface HandlerParameterPattern {
  name: RegExp;
  type: RegExp;
}

function parameterPattern(kind: 'request' | 'context'): HandlerParameterPattern {
  const all = FRAMEWORKS.flatMap(adapter => adapter.handlerParameterNames?.[kind] ?? []);
  const names = (field: keyof HandlerParameterNames): string => [...new Set(all.flatMap(entry => entry[field]))].join('|');
  const suffixes = names('suffixes');
  const types = names('types');
  // Alternations of identifiers, anchored: linear on any input.
  return {
    name: new RegExp(`^_?(?:${names('names')})$${suffixes ? `|^[a-z_$][\\w$]*(?:${suffixes})$` : ''}`),
    type: types ? new RegExp(`(?:${types})$`) : /(?!)/,
  };
}

/** How handler parameters holding a request (`req`, `event`, `: Request`) or a context (`ctx`, `c`, `: Context`) are named. */
export const HANDLER_PARAMETER_PATTERNS: Readonly<Record<'request' | 'context', HandlerParameterPattern>> = {
  request: parameterPattern('request'),
  context: parameterPattern('context'),
};

/** Names under which handlers receive client data, never the authenticated caller (`body`, `query`, `data`). */
export const INPUT_CONTAINERS: ReadonlySet<string> = union(adapter => adapter.inputContainers);

/** Parameter decorators that hand a handler client input or the request, with their module (NestJS `@Body()`, `@Req()`). */
export const INPUT_DECORATORS: ReadonlyArray<NonNullable<FrameworkAdapter['inputDecorators']>> = FRAMEWORKS.flatMap(adapter => (adapter.inputDecorators ? [adapter.inputDecorators] : []));

/** Export names whose function is a handler taking `(request, context)` (`GET`, `loader`, `handler`, `default`). */
export const HANDLER_EXPORTS: ReadonlySet<string> = union(adapter => adapter.handlerExports);

/** Methods of a response object whose first argument is the body sent (`res.json(x)`). */
export const RESPONSE_BODY_METHODS: ReadonlySet<string> = union(adapter => adapter.responseBodyMethods);

/** Methods of a framework context whose first argument is the body sent (Hono `c.json(x)`). */
export const CONTEXT_BODY_METHODS: ReadonlySet<string> = union(adapter => adapter.contextBodyMethods);

/** Methods whose second argument is a template's locals (Express `render`, Fastify `view`, koa-views `render`). */
export const TEMPLATE_METHODS: ReadonlySet<string> = union(adapter => adapter.templateMethods);

/** Exports whose returned `props` are serialised into the page (Next.js `getServerSideProps`). */
export const PAGE_PROPS_EXPORTS: ReadonlySet<string> = union(adapter => adapter.pagePropsExports);

const ARGUMENT_ADAPTERS = FRAMEWORKS.filter(adapter => adapter.takesClientArguments);

/** A handler whose parameters are the client's own arguments: a socket.io event handler, a Meteor method. */
export function takesClientArguments(fn: FunctionNode): boolean {
  return ARGUMENT_ADAPTERS.some(adapter => (adapter.takesClientArguments as NonNullable<FrameworkAdapter['takesClientArguments']>)(fn));
}

const RESPONSE_ADAPTERS = FRAMEWORKS.filter(adapter => adapter.responseCallbackIndex || adapter.returnedResponse);

/** The index of the parameter through which a handler answers its caller (socket.io's acknowledgement), or `null`. */
export function responseCallbackIndex(fn: FunctionNode): number | null {
  for (const adapter of RESPONSE_ADAPTERS) {
    const index = adapter.responseCallbackIndex?.(fn) ?? null;
    if (index !== null) return index;
  }
  return null;
}

/** How messages name what a handler returns to its caller, when the framework sends it (Meteor methods, Parse Cloud functions). */
export function returnedResponse(fn: FunctionNode): string | null {
  for (const adapter of RESPONSE_ADAPTERS) {
    const label = adapter.returnedResponse?.(fn) ?? null;
    if (label !== null) return label;
  }
  return null;
}

/** The adapter with this id. */
export function frameworkById(id: FrameworkId): FrameworkAdapter | undefined {
  return FRAMEWORKS.find(adapter => adapter.id === id);
}

/** A route registration call in any framework: `app.post(path, …)`, `fastify.route({ … })`, `Deno.serve(h)`. */
export function routeOfCall(call: TSESTree.CallExpression, context?: CallContext): Route | null {
  for (const adapter of CALL_ADAPTERS) {
    const route = (adapter.routeOfCall as NonNullable<FrameworkAdapter['routeOfCall']>)(call, context);
    if (route) return route;
  }
  return null;
}

/** Every route a registration call declares: one (`app.post(…)`) or several (`Meteor.methods({ a() {}, b() {} })`). */
export function routesOfCall(call: TSESTree.CallExpression, context?: CallContext): Route[] {
  const route = routeOfCall(call, context);
  if (route) return [route];
  for (const adapter of MULTI_CALL_ADAPTERS) {
    const routes = (adapter.routesOfCall as NonNullable<FrameworkAdapter['routesOfCall']>)(call, context);
    if (routes) return routes;
  }
  return [];
}

/** A route declared by a decorated class method (`@Post('token') token() {}`). */
export function routeOfMethod(method: TSESTree.MethodDefinition): Route | null {
  for (const adapter of METHOD_ADAPTERS) {
    const route = (adapter.routeOfMethod as NonNullable<FrameworkAdapter['routeOfMethod']>)(method);
    if (route) return route;
  }
  return null;
}

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
    const resolved = resolve(value);
    const exported = { name, value: resolved, reportNode, file: FILE_EXPORTS.has(name) ? fileOf() : NO_ROUTE_FILE, useServer, resolve, unwrapped: unwrapHandler(resolved, resolve) };
    for (const adapter of EXPORT_ADAPTERS) {
      const found = (adapter.routesOfExport as NonNullable<FrameworkAdapter['routesOfExport']>)(exported);
      if (found) {
        routes.push(...found);
        break;
      }
    }
  }
  return routes;
}
