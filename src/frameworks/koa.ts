/** Koa with `@koa/router` / `koa-router`: Express-style registrations, named routes, `ctx` handlers. */
import type { FrameworkAdapter } from './types';

export const koa: FrameworkAdapter = {
  id: 'koa',
  name: 'Koa / koa-router',
  modules: ['koa', '@koa/router', 'koa-router', 'koa-tree-router'],
  facts: {
    guards: 'middleware arguments of a route, `router.use(auth)` / `app.use(auth)` before the routes (per router or global), `router.use(path, auth)`',
    identity: ['ctx.state.user', 'ctx.state.auth', 'ctx.user'],
    response: '`ctx.body = …`, `ctx.throw(401)`',
    input: '`ctx.request.body`, `ctx.query`, `ctx.params`, `ctx.headers`, `ctx.get(name)`',
  },
  // `ctx.request.rawBody` is koa-bodyparser's; `ctx.req` is Node's request.
  requestInputProperties: { request: ['querystring', 'rawBody'], context: ['query', 'params', 'headers', 'querystring', 'url', 'path'] },
  nestedRequestProperties: { context: ['request', 'req'] },
  // koa-views' `ctx.render(view, locals)`.
  templateMethods: ['render'],
  handlerParameterNames: { context: { names: ['ctx', 'context'], suffixes: ['Ctx', 'Context'], types: ['Context'] } },
  // Registrations are read in the Express style (express-style.ts) and named by the receiver's module.
};
