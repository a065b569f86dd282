import { describe, expect, it } from 'vitest';

import { routesIn } from './routes-in';

const koaRouter = "import Router from '@koa/router';\nconst router = new Router();\n";

describe('koa adapter', () => {
  it('names routes on a @koa/router router Koa routes', () => {
    expect(routesIn(`${koaRouter}router.post('/token', auth, async (ctx) => {});`)).toEqual([
      { framework: 'koa', label: 'Route `POST /token`', path: '/token', method: 'POST', handler: true, inFront: ['auth'] },
    ]);
  });

  it("reads koa-router's named routes", () => {
    const code = "const Router = require('koa-router');\nconst router = new Router();\nrouter.post('create-token', '/token', async (ctx) => {});";
    expect(routesIn(code, { sourceType: 'commonjs' })).toEqual([{ framework: 'koa', label: 'Route `POST /token`', path: '/token', method: 'POST', handler: true, inFront: [] }]);
  });

  it('follows the receiver through a variable', () => {
    expect(routesIn(`${koaRouter}const api = router;\napi.get('/x', async (ctx) => {});`).map(route => route.framework)).toEqual(['koa']);
  });
});
