import { describe, expect, it } from 'vitest';

import { routesIn } from './routes-in';

describe('nuxt adapter', () => {
  it('defineEventHandler default exports under server/api, with the method of the file name', () => {
    expect(routesIn('export default defineEventHandler(async (event) => {});', { filename: '/app/server/api/token.post.ts', typescript: true })).toEqual([
      { framework: 'nuxt', label: 'Server route `POST /api/token`', path: '/api/token', method: 'POST', handler: true, inFront: ['defineEventHandler'] },
    ]);
  });

  it('a default export that is not an event handler is not a route', () => {
    expect(routesIn('export default async (event) => {};', { filename: '/app/server/api/token.ts', typescript: true })).toEqual([]);
  });
});
