/** Hono: Express-style registrations plus `app.on(method, path, handler)`, `c` context handlers. */
import type { FrameworkAdapter } from './types';

export const hono: FrameworkAdapter = {
  id: 'hono',
  name: 'Hono',
  modules: ['hono'],
  requestInputMethods: ['json', 'query', 'queries', 'param', 'header', 'parseBody'],
  facts: {
    guards: 'middleware arguments of a route, `app.use(path, auth)` before the routes (per app, per path), `app.route(path, sub)` mounts',
    identity: ["c.get('jwtPayload')", "c.get('user')", 'c.var.user'],
    response: '`c.json(…)`, `c.text(…)`, `c.body(…)`, returning a `Response`',
    input: '`c.req.json()`, `c.req.query(name)`, `c.req.param(name)`, `c.req.header(name)`, `c.req.valid(…)`',
  },
  nestedRequestProperties: { context: ['req'] },
  handlerParameterNames: { context: { names: ['c'], suffixes: [], types: [] } },
  contextBodyMethods: ['json', 'text', 'html', 'body'],
  // Registrations are read in the Express style (express-style.ts) and named by the receiver's module.
};
