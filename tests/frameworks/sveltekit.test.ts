import { describe, expect, it } from 'vitest';

import { routesIn } from './routes-in';

describe('sveltekit adapter', () => {
  it('+server.ts method exports', () => {
    expect(routesIn('export const POST = async ({ request, locals }) => {};', { filename: '/app/src/routes/api/token/+server.ts', typescript: true })).toEqual([
      { framework: 'sveltekit', label: 'Endpoint `POST /api/token`', path: '/api/token', method: 'POST', handler: true, inFront: [] },
    ]);
  });

  it('+page.server.ts form actions', () => {
    expect(routesIn('export const actions = { join: async ({ request }) => {} };', { filename: '/app/src/routes/room/+page.server.ts', typescript: true })).toEqual([
      { framework: 'sveltekit', label: 'Form action `join` of `/room`', path: '/room', method: 'POST', handler: true, inFront: [] },
    ]);
  });
});
