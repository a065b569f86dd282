import { describe, expect, it } from 'vitest';

import { routesIn } from './routes-in';

describe('next adapters', () => {
  it('pages router: the default export of pages/api/…', () => {
    expect(routesIn('export default async function handler(req, res) {}', { filename: '/app/pages/api/token.js' })).toEqual([
      { framework: 'next-pages', label: 'API route `/api/token`', path: '/api/token', method: null, handler: true, inFront: [] },
    ]);
  });

  it('pages router: a wrapper stands in front of the handler', () => {
    const code = 'export default withApiAuthRequired(async function handler(req, res) {});';
    expect(routesIn(code, { filename: '/app/pages/api/token.js' })[0]).toMatchObject({ framework: 'next-pages', inFront: ['withApiAuthRequired'] });
  });

  it('app router: method exports of route.ts', () => {
    expect(routesIn('export async function POST(request) {}', { filename: '/app/app/api/token/route.ts', typescript: true })).toEqual([
      { framework: 'next-app', label: 'Route handler `POST /api/token`', path: '/api/token', method: 'POST', handler: true, inFront: [] },
    ]);
  });

  it("server actions: async exports of a 'use server' file", () => {
    expect(routesIn("'use server';\nexport async function startRecording(id) {}\nexport function helper() {}")).toEqual([
      { framework: 'server-action', label: 'Server action `startRecording`', path: null, method: null, handler: true, inFront: [] },
    ]);
  });
});
