import { describe, expect, it } from 'vitest';

import { routesIn } from './routes-in';

const hono = "import { Hono } from 'hono';\nconst app = new Hono();\n";

describe('hono adapter', () => {
  it('names routes on a new Hono() app Hono routes', () => {
    expect(routesIn(`${hono}app.post('/token', jwt({ secret }), (c) => c.json({}));`)).toEqual([
      { framework: 'hono', label: 'Route `POST /token`', path: '/token', method: 'POST', handler: true, inFront: ['jwt({ secret })'] },
    ]);
  });

  it('reads app.on(method, path, handler)', () => {
    expect(routesIn(`${hono}app.on('POST', '/token', (c) => c.json({}));`)).toEqual([
      { framework: 'hono', label: 'Route `POST /token`', path: '/token', method: 'POST', handler: true, inFront: [] },
    ]);
  });

  it('reads app.on([methods], path, …middleware, handler)', () => {
    expect(routesIn(`${hono}app.on(['GET', 'post'], '/t', auth, (c) => c.json({}));`)).toEqual([
      { framework: 'hono', label: 'Route `GET,POST /t`', path: '/t', method: 'GET,POST', handler: true, inFront: ['auth'] },
    ]);
  });

  it('follows basePath() and subpath imports', () => {
    expect(routesIn("import { Hono } from 'hono/tiny';\nconst api = new Hono().basePath('/api');\napi.get('/t', (c) => c.text('x'));").map(route => route.framework)).toEqual(['hono']);
  });

  it('leaves event listeners alone: app.on needs an HTTP method and a path', () => {
    expect(routesIn(`${hono}app.on('error', (e) => {}); app.on('POST', handler); emitter.on('get', '/x');`)).toEqual([]);
  });
});
