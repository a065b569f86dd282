import { describe, expect, it } from 'vitest';

import { routesIn } from './routes-in';

const fastify = "import Fastify from 'fastify';\nconst server = Fastify();\n";

describe('fastify adapter', () => {
  it('reads route objects with their hooks', () => {
    expect(routesIn(`${fastify}server.route({ method: 'POST', url: '/token', preHandler: [auth], handler: async (request) => ({}) });`)).toEqual([
      { framework: 'fastify', label: 'Route `POST /token`', path: '/token', method: 'POST', handler: true, inFront: ['auth'] },
    ]);
  });

  it('names shorthand routes on a Fastify() instance Fastify routes, with the hooks of their options', () => {
    expect(routesIn(`${fastify}server.post('/token', { onRequest: verify, handler: async (request) => ({}) });`)).toEqual([
      { framework: 'fastify', label: 'Route `POST /token`', path: '/token', method: 'POST', handler: true, inFront: ['verify'] },
    ]);
  });
});
