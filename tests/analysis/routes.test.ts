import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';

import { decoratorName } from '../../src/ast';
import { globMatcher, kindFromName, routeOfCall, routeOfMethod, routesOfProgram } from '../../src/analysis/routes';
import type { Route } from '../../src/analysis/routes';

interface Summary {
  framework: string;
  label: string;
  path: string | null;
  name: string | null;
  method: string | null;
  handler: boolean;
  reference: string | null;
  inFront: string[];
}

/** Every route the analysis finds in `code`, summarised with source texts. */
function routesIn(code: string, options: { filename?: string; typescript?: boolean; sourceType?: 'module' | 'commonjs' } = {}): Summary[] {
  const found: Array<{ route: Route; sourceCode: Readonly<TSESLint.SourceCode> }> = [];
  const rule: TSESLint.RuleModule<'x'> = {
    defaultOptions: [],
    meta: { type: 'problem', messages: { x: 'x' }, schema: [] },
    create(context) {
      const sourceCode = context.sourceCode;
      return {
        CallExpression(node) {
          const route = routeOfCall(node, { sourceCode });
          if (route) found.push({ route, sourceCode });
        },
        MethodDefinition(node) {
          // espree leaves `decorators` out.
          const route = (node.decorators as unknown[] | undefined)?.length ? routeOfMethod(node) : null;
          if (route) found.push({ route, sourceCode });
        },
        'Program:exit'(program) {
          for (const route of routesOfProgram(program, context.filename, sourceCode)) found.push({ route, sourceCode });
        },
      };
    },
  };
  const messages = new Linter({ configType: 'flat', cwd: '/' }).verify(
    code,
    [
      {
        files: ['**/*.*', '**/handler'],
        plugins: { probe: { rules: { probe: rule as never } } },
        rules: { 'probe/probe': 'error' },
        languageOptions: {
          parser: (options.typescript ? tsParser : espree) as never,
          ecmaVersion: 'latest',
          sourceType: options.sourceType ?? 'module',
          parserOptions: { ecmaFeatures: { jsx: true } },
        },
      },
    ],
    options.filename ?? (options.typescript ? '/app/file.ts' : '/app/file.js'),
  );
  expect(messages.filter(message => message.fatal)).toEqual([]);
  return found.map(({ route, sourceCode }) => ({
    framework: route.framework,
    label: route.label,
    path: route.path,
    name: route.name,
    method: route.method,
    handler: route.handler !== null,
    reference: route.handlerReference && sourceCode.getText(route.handlerReference),
    inFront: route.inFront.map(node => sourceCode.getText(node)),
  }));
}

const labels = (code: string, options?: Parameters<typeof routesIn>[1]): string[] => routesIn(code, options).map(route => route.label);

describe('method routes', () => {
  it('reads the path, the method, the middleware and the handler', () => {
    expect(routesIn(`app.post('/token', requireAuth, [json(), checkJwt], ...more, (req, res) => {});`)).toEqual([
      { framework: 'express', label: 'Route `POST /token`', path: '/token', name: null, method: 'POST', handler: true, reference: null, inFront: ['requireAuth', 'json()', 'checkJwt'] },
    ]);
    expect(routesIn(`router.get('/t', asyncHandler(handler));`)[0]).toMatchObject({ handler: false, reference: 'asyncHandler(handler)' });
    expect(routesIn(`router.get('/t', asyncHandler(async (req, res) => {}));`)[0]).toMatchObject({ handler: true, reference: null });
  });

  it('accepts route-like paths only', () => {
    expect(labels('app.get(/^\\/rooms\\/\\d+$/, h);')).toEqual(['Route `GET /^\\/rooms\\/\\d+$/`']);
    expect(labels('app.get(`${base}/token`, h); app.get(`/v${n}/token`, h);')).toEqual(['Route `GET */token`', 'Route `GET /v*/token`']);
    expect(labels("app.get(['/a', '/b'], h); app.all('*', h); router.post('', h);")).toEqual(['Route `GET /a`', 'Route `ALL *`', 'Route `POST `']);
    expect(labels("app.get(1, h); app.get(`x${a}`, h); app.get([], h); app.get([...paths], h); app.get(path, h); cache.get('token', (e, v) => v);")).toEqual([]);
  });

  it('needs a handler', () => {
    expect(labels("app.get(); app.get('sessionId'); app.get('/x'); app.get('/x', ...handlers); app[verb]('/x', h); app.use('/x', h);")).toEqual([]);
    expect(labels("this.get('/x', h);")).toEqual(['Route `GET /x`']);
  });

  it('skips HTTP clients and test helpers', () => {
    expect(labels("$.post('/archive/start', data, cb); axios.get('/token', cb); request(app).get('/t', cb); http.get('/x', (res) => {}); window.$.get('/y', cb);")).toEqual([]);
  });

  it("reads koa-router's named routes", () => {
    expect(routesIn("router.post('create-token', '/token', handler);")[0]).toMatchObject({ label: 'Route `POST /token`', reference: 'handler' });
  });

  it('follows route chains and their `all()` middleware', () => {
    // The outermost call is visited first; `all(…)` is a route of its own too.
    expect(routesIn("router.route('/t').all(requireAuth, [csrf]).get(h).post(h2);").map(route => [route.label, route.inFront])).toEqual([
      ['Route `POST /t`', ['requireAuth', 'csrf']],
      ['Route `GET /t`', ['requireAuth', 'csrf']],
      ['Route `ALL /t`', ['requireAuth']],
    ]);
    expect(labels("getRouter().route('/t').get(h); app.use(x).get('/p', h); route('/x').get(h); router.get('/a', h).post('/b', h2);")).toEqual([
      'Route `GET /t`',
      'Route `GET /p`',
      'Route `POST /b`',
      'Route `GET /a`',
    ]);
  });

  it('reads Fastify route options and route objects', () => {
    expect(routesIn("fastify.get('/t', { preHandler: [a, ...b], onRequest: c, schema: {}, handler: async (req) => 1 });")[0]).toMatchObject({ handler: true, inFront: ['a', 'c'] });
    expect(routesIn("fastify.get('/t', { schema: {} }); fastify.route({ url: '/x' }); fastify.route({ handler: h }); fastify.route({ url: u, handler: h });")).toEqual([]);
    expect(routesIn("fastify.route({ ...base, [key]: 1, path: '/x', method: verb, preValidation: check, handler: h });")).toEqual([
      { framework: 'fastify', label: 'Route `ROUTE /x`', path: '/x', name: null, method: 'ROUTE', handler: false, reference: 'h', inFront: ['check'] },
    ]);
    expect(labels("fastify.route({ method: ['GET', 'POST', other], url: '/y', handler: async () => 1 });")).toEqual(['Route `GET,POST /y`']);
  });
});

describe('NestJS', () => {
  const nest = (code: string): Summary[] => routesIn(`import { Controller, Get, Post } from '@nestjs/common';\n${code}`, { typescript: true });

  it('joins the controller and method paths, and keeps the other decorators in front', () => {
    expect(nest("@UseGuards(A)\n@Controller('/video/')\nexport class V { @Roles('host') @Post('token') t() {} }")).toEqual([
      { framework: 'nestjs', label: 'Route `POST /video/token`', path: '/video/token', name: 't', method: 'POST', handler: true, reference: null, inFront: ["@Roles('host')", '@UseGuards(A)'] },
    ]);
    expect(nest("@Controller({ path: 'v', version: '1' })\nclass V { @Get() a() {} }").map(route => route.label)).toEqual(['Route `GET /v`']);
    expect(nest('@Controller\nclass V { @Get a() {} @nest.Post(`x`) b() {} }').map(route => route.label)).toEqual(['Route `GET /`', 'Route `POST /`']);
    expect(nest("class V { @Get('x') a() {} @Injectable() b() {} @(decorators[name])() c() {} }").map(route => route.label)).toEqual(['Route `GET /x`']);
  });

  it('names decorators', () => {
    const decorator = (code: string): TSESTree.Decorator => {
      const program = tsParser.parse(code) as TSESTree.Program;
      return (program.body[0] as TSESTree.ClassDeclaration).decorators[0] as TSESTree.Decorator;
    };
    expect(decoratorName(decorator('@Post() class A {}'))).toBe('Post');
    expect(decoratorName(decorator('@nest.Post class A {}'))).toBe('Post');
    expect(decoratorName(decorator('@(list[key])() class A {}'))).toBe('');
    expect(decoratorName(decorator('@(make())() class A {}'))).toBe('');
  });

  it('copes with a parser that leaves an undecorated class without a decorator list', () => {
    const program = tsParser.parse("class V { @Get('x') a() {} }", { range: true, loc: true }) as TSESTree.Program;
    const classNode = program.body[0] as TSESTree.ClassDeclaration;
    const method = classNode.body.body[0] as TSESTree.MethodDefinition;
    Object.assign(method, { parent: classNode.body });
    Object.assign(classNode.body, { parent: { ...classNode, decorators: undefined } });
    expect(routeOfMethod(method)?.label).toBe('Route `GET /x`');
  });
});

describe('Deno serve', () => {
  it("finds `Deno.serve` and std's `serve`", () => {
    expect(routesIn("import { serve } from 'https://deno.land/std@0.168.0/http/server.ts';\nserve(async (req) => new Response('x'));")[0]).toMatchObject({ framework: 'serverless', label: 'The `serve` handler', handler: true });
    expect(routesIn('Deno.serve({ port: 8000 }, handler);')[0]).toMatchObject({ label: 'The `Deno.serve` handler', handler: false, reference: 'handler' });
    expect(labels("serve(handler); Deno.serve(); Deno.serve(...args); Deno.serve(8000); Deno.listen('x');")).toEqual([]);
  });
});

describe('file-based routes', () => {
  it('Next.js pages API routes and Vercel functions (request handlers only)', () => {
    expect(routesIn('export default async function handler(req, res) {}', { filename: '/app/src/pages/api/rooms/[id].js' })[0]).toMatchObject({ framework: 'next-pages', label: 'API route `/api/rooms/[id]`' });
    expect(labels('module.exports = (req, res) => {};', { filename: '/p/api/token.js', sourceType: 'commonjs' })).toEqual(['API route `/api/token`']);
    expect(labels('export default function register(app) {}', { filename: '/app/pages/api/x.js' })).toEqual([]);
    expect(routesIn('const handler = (req, res) => {};\nexport default withAuth(handler);', { filename: '/app/pages/api/t.js' })[0]).toMatchObject({ handler: true, inFront: ['withAuth'] });
  });

  it('app-router route handlers, with route groups dropped and `export { x as GET }`', () => {
    expect(labels('export async function GET() {}\nconst post = async () => {};\nexport { post as POST, post as "PUT" };\nexport { other } from "./x";', { filename: '/app/app/(shop)/api/token/route.ts', typescript: true })).toEqual([
      'Route handler `GET /api/token`',
      'Route handler `POST /api/token`',
      'Route handler `PUT /api/token`',
    ]);
  });

  it('SvelteKit endpoints and form actions', () => {
    expect(labels('export const POST = async ({ locals }) => {};', { filename: '/app/src/routes/api/+server.js' })).toEqual(['Endpoint `POST /api`']);
    expect(labels('export const GET = async () => {};', { filename: '/tmp/+server.js' })).toEqual(['Endpoint `GET null`']);
    expect(labels("export const actions = { ...base, [key]: async () => {}, start: async () => {}, limit: 3, default: start };\nasync function start() {}", { filename: '/app/src/routes/room/+page.server.js' })).toEqual([
      'Form action `start` of `/room`',
      'Form action `default` of `/room`',
    ]);
  });

  it('Remix routes and Nuxt server routes', () => {
    expect(labels('export async function loader() {}\nexport async function action() {}', { filename: '/app/app/routes/_index.tsx' })).toEqual(['The `loader` of `/`', 'The `action` of `/`']);
    expect(labels('export default defineEventHandler(() => 1);', { filename: '/app/server/routes/hello.get.js' })).toEqual(['Server route `GET /hello`']);
    expect(labels('export default eventHandler(() => 1);', { filename: '/app/server/api/token.js' })).toEqual(['Server route `/api/token`']);
    expect(labels('export default defineEventHandler(() => 1);', { filename: '/app/server/api/v1.0/token.js' })).toEqual(['Server route `/api/v1.0/token`']);
  });

  it('Firebase functions, Lambda and Netlify handlers', () => {
    expect(labels("exports.a = functions.https.onCall(async (data, context) => 1);\nexports.b = onRequest(wrap(async (req, res) => 1));\nexports.c = onCall(imported);\nexports.d = make()(h);\nexports.e = onCall();\nexports.f = onCall(...a);", { sourceType: 'commonjs' })).toEqual([
      'Callable function `a`',
      'HTTPS function `b`',
      'Callable function `c`',
    ]);
    expect(labels('exports.handler = async (event = {}) => 1;\nexports.main = async ({ body }) => 1;', { sourceType: 'commonjs' })).toEqual(['The exported `handler` function', 'The exported `main` function']);
    expect(labels('export const handler = async ([first]) => 1;\nexport const main = async (ctxs) => 1;')).toEqual([]);
    expect(labels('export const handler = async (event) => 1;', { filename: '/site/netlify/functions/token.mjs' })).toEqual(['Netlify function `/.netlify/functions/token`']);
  });

  it("server actions need the file's 'use server' directive", () => {
    expect(labels("'use strict';\n'use server';\nexport async function a() {}\nexport function b() {}")).toEqual(['Server action `a`']);
    expect(labels("'use strict';\nlet x;\n'use server';\nexport async function a() {}")).toEqual([]);
    expect(labels("'use strict';")).toEqual([]);
  });

  it('controller exports: functions, objects, classes and instances', () => {
    expect(labels("exports.getToken = (req, res) => {};\nmodule.exports.kick = function (request, reply) {};\nmodule.exports.list = (req) => {};", { sourceType: 'commonjs' })).toEqual([
      'Handler `getToken`',
      'Handler `kick`',
    ]);
    expect(labels("module.exports = { ...base, [key]: (req, res) => {}, getToken(req, res) {}, version: 2, stop };\nfunction stop(req, res) {}", { sourceType: 'commonjs' })).toEqual(['Handler `getToken`', 'Handler `stop`']);
    expect(labels('export default class { static { init(); } version = 2; constructor(req, res) {} async getToken(req, res) {} stop = (ctx) => {}; }')).toEqual(['Handler `getToken`', 'Handler `stop`']);
    expect(labels('class Video { getToken(req, res) {} }\nexport const video = new Video();\nexport default (req, res) => {};\nexport let later;\nexport const { a } = b;')).toEqual([
      'Handler `Video.getToken`',
      'The default-exported handler',
    ]);
  });

  it('ignores other assignments and exports', () => {
    expect(labels("x = (req, res) => {};\nfoo.bar = (req, res) => {};\nmodule.foo = (req, res) => {};\na.b.c = (req, res) => {};\nexports.router = express.Router();", { sourceType: 'commonjs' })).toEqual([]);
    expect(labels('export default (req, res) => {};', { filename: 'handler' })).toEqual(['The default-exported handler']);
    expect(labels('export default (req, res) => {};', { filename: '/project/api/handler' })).toEqual(['API route `/api/handler`']);
  });
});

describe('kindFromName', () => {
  it.each([
    ['token', 'token.generate'],
    ['getOpenTokToken', 'token.generate'],
    ['listTokens', null],
    ['refreshToken', null],
    ['createSession', 'session.create'],
    ['getOpenTokSessionID', null],
    ['getSession', null],
    ['startArchive', 'archive.start'],
    ['stopRecording', 'archive.stop'],
    ['deleteArchive', 'archive.delete'],
    ['getArchive', null],
    ['initiateArchiving', 'archive.start'],
    ['startStreaming', 'broadcast.start'],
    ['endBroadcast', 'broadcast.stop'],
    ['getBroadcast', null],
    ['changeBroadcastLayout', 'stream.layout'],
    ['getLayout', null],
    ['kickParticipant', 'moderation.disconnect'],
    ['ejectUser', 'moderation.disconnect'],
    ['forceDisconnect', 'moderation.disconnect'],
    ['disconnectClient', 'moderation.disconnect'],
    ['disconnectSocket', null],
    ['muteAll', 'moderation.mute-all'],
    ['forceMuteStream', 'moderation.mute'],
    ['getMuteState', null],
    ['startSipCall', 'sip.dial'],
    ['dialOut', 'sip.dial'],
    ['sendSignal', 'signal.send'],
    ['signalRoom', 'signal.send'],
    ['startRender', 'render.start'],
    ['stopComposer', 'render.stop'],
    ['getRender', null],
    ['health', null],
    ['', null],
  ])('%s', (name, kind) => {
    expect(kindFromName(name)).toBe(kind);
  });
});

describe('globMatcher', () => {
  it.each([
    ['/demo/*', '/demo/token', true],
    ['/demo/*', '/demo', false],
    ['/token', '/token', true],
    ['/token', '/tokens', false],
    ['*', '/anything', true],
    ['/*/legacy/*-token', '/v1/legacy/old-token', true],
    ['/*/legacy/*-token', '/v1/legacy-token', false],
    ['/x*yz*z', '/xyz', false],
    ['/a*b*c', '/ac', false],
    ['/a*b*c', '/aXbYc', true],
  ])('%s ~ %s', (pattern, text, expected) => {
    expect(globMatcher(pattern)(text)).toBe(expected);
  });
});
