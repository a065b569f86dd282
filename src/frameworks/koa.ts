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
  // Registrations are read in the Express style (express-style.ts) and named by the receiver's module.
};
