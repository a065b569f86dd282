/** Next.js: pages API routes (and Vercel's `api/…`), app-router route handlers, server actions (`'use server'`). */
import { parameterName } from '../ast';

import type { ExportedHandler, FrameworkAdapter, Route } from './types';

/** The HTTP method exports of an app-router `route.ts` (SvelteKit's `+server.ts` uses the same names). */
export const METHOD_EXPORTS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

/** A route for an exported handler function, with its wrappers in front. */
export function exportRoute(exported: ExportedHandler, framework: Route['framework'], label: string, path: string | null, method: string | null = null): Route[] {
  const { handler, wrappers } = exported.unwrapped;
  return [{ framework, label, path, method, name: exported.name, reportNode: exported.reportNode, handler, handlerReference: null, inFront: wrappers, registration: null, receiverNode: null }];
}

export const nextPages: FrameworkAdapter = {
  id: 'next-pages',
  name: 'Next.js pages router (and Vercel functions)',
  facts: {
    guards: 'a wrapper around the default export (`withApiAuthRequired(handler)`, `withAuth(…)`), a session check at the top of the handler; `middleware.ts` is not read',
    identity: ['getServerSession(req, res, …)', 'getSession({ req })', 'req.user'],
    response: '`res.json(…)`, `res.send(…)`, `res.status(…).end()`',
    input: '`req.body`, `req.query`, `req.headers`, `req.cookies`',
  },
  fileExports: ['default'],
  handlerExports: ['default'],
  // `getServerSideProps(context)`: `context.query`, `context.params`.
  requestInputProperties: { context: ['query', 'params'] },
  pagePropsExports: ['getServerSideProps', 'getStaticProps'],
  routesOfExport(exported) {
    const { file, name, unwrapped } = exported;
    const request = parameterName(unwrapped.handler?.params[0]);
    if (!(file.pagesApi || file.vercelApi) || name !== 'default' || request === null || !/^_?(?:req|request)$/.test(request)) return null;
    return exportRoute(exported, 'next-pages', `API route \`${file.path}\``, file.path);
  },
};

export const nextApp: FrameworkAdapter = {
  id: 'next-app',
  name: 'Next.js app router route handlers',
  facts: {
    guards: 'a wrapper around the exported method (`auth(async (req) => …)`), a session check at the top of the handler; `middleware.ts` is not read',
    identity: ['auth()', 'getServerSession()', 'currentUser()', 'cookies()'],
    response: 'returning `NextResponse.json(…)` / `Response.json(…)`',
    input: '`await request.json()`, `request.nextUrl.searchParams`, `{ params }`, `request.headers`',
  },
  fileExports: [...METHOD_EXPORTS],
  handlerExports: [...METHOD_EXPORTS],
  // `request.nextUrl`; `(request, { params })`, and a page's `{ searchParams }`.
  requestInputProperties: { request: ['nextUrl', 'url'], context: ['params', 'searchParams'] },
  inputContainers: ['searchParams'],
  // The fetch API's `Request`, which SvelteKit, Remix, Nuxt (web handlers), Deno and Azure v4 share.
  requestInputMethods: ['json', 'formData', 'text'],
  routesOfExport(exported) {
    const { file, name } = exported;
    if (!file.appRoute || !METHOD_EXPORTS.has(name) || !exported.unwrapped.handler) return null;
    return exportRoute(exported, 'next-app', `Route handler \`${name} ${file.path}\``, file.path, name);
  },
};

export const serverAction: FrameworkAdapter = {
  id: 'server-action',
  name: "Next.js server actions ('use server' files)",
  facts: {
    guards: 'a session check at the top of the action (`const session = await auth(); if (!session) …`)',
    identity: ['auth()', 'getServerSession()', 'currentUser()'],
    response: 'the value the action returns to the client',
    input: 'every argument of the action (`formData.get(name)`)',
  },
  routesOfExport(exported) {
    const handler = exported.unwrapped.handler;
    if (!exported.useServer || !handler?.async) return null;
    return exportRoute(exported, 'server-action', `Server action \`${exported.name}\``, null);
  },
};
