import { describe, expect, it } from 'vitest';

import { routesIn } from './routes-in';

describe('serverless adapter', () => {
  it('a Lambda handler export', () => {
    expect(routesIn('export const handler = async (event) => ({ statusCode: 200 });')).toEqual([
      { framework: 'serverless', label: 'The exported `handler` function', path: null, method: null, handler: true, inFront: [] },
    ]);
  });

  it('a Netlify function is named by its URL', () => {
    expect(routesIn('exports.handler = async (event) => ({});', { filename: '/app/netlify/functions/token.js', sourceType: 'commonjs' })[0]).toMatchObject({
      label: 'Netlify function `/.netlify/functions/token`',
      path: '/.netlify/functions/token',
    });
  });

  it("Deno.serve, and serve imported from Deno's std http", () => {
    expect(routesIn("Deno.serve(async (req) => new Response('x'));").map(route => route.label)).toEqual(['The `Deno.serve` handler']);
    expect(routesIn("import { serve } from 'https://deno.land/std/http/server.ts';\nserve(async (req) => new Response('x'));").map(route => route.label)).toEqual(['The `serve` handler']);
    expect(routesIn("import { serve } from './local';\nserve(async (req) => new Response('x'));")).toEqual([]);
  });
});
