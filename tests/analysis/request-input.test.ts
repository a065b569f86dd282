/**
 * The request-input analysis on its own: a probe rule run through ESLint's `Linter` reports, for every argument of a
 * call to `probe(...)`, what the analysis says about it:
 * - `input <description>` (plus ` [a|b]` when a check lets only those literals through),
 * - `request(<kind>) <text>` for a request object,
 * - `null` otherwise.
 * Every argument of `probeParams(fn)`, a function, reports `getRequestParameter` for each of its parameters.
 */
import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';

import { getRequestParameter, isRequestInput, requestInputSource, requestObjectOf } from '../../src/analysis/request-input';
import type { RequestParameter } from '../../src/analysis/request-input';

interface ProbeOptions {
  parser?: 'espree' | 'typescript';
  sourceType?: 'module' | 'commonjs';
}

function show(value: RequestParameter | null): string {
  if (!value) return 'null';
  if (value.type === 'request') return `request(${value.kind}) ${value.text}`;
  return `input ${value.description}${value.allowed ? ` [${value.allowed.join('|')}]` : ''}`;
}

function probe(code: string, options: ProbeOptions = {}): string[] {
  const found: Array<{ start: number; text: string }> = [];
  const rule: TSESLint.RuleModule<'found'> = {
    defaultOptions: [],
    meta: { type: 'problem', messages: { found: '{{text}}' }, schema: [] },
    create(context) {
      return {
        CallExpression(node: TSESTree.CallExpression) {
          if (node.callee.type !== 'Identifier') return;
          if (node.callee.name === 'probe') {
            for (const argument of node.arguments) {
              const input = requestInputSource(argument, context);
              expect(isRequestInput(argument, context)).toBe(input !== null);
              found.push({ start: argument.range[0], text: show(input ?? requestObjectOf(argument, context)) });
            }
          } else if (node.callee.name === 'probeParams') {
            for (const argument of node.arguments) {
              if (argument.type !== 'ArrowFunctionExpression' && argument.type !== 'FunctionExpression') continue;
              const text = argument.params.map(param => show(getRequestParameter(param, context))).join(', ');
              found.push({ start: argument.range[0], text });
            }
          }
        },
      };
    },
  };
  const typescript = options.parser === 'typescript';
  const messages = new Linter({ configType: 'flat' }).verify(
    code,
    [
      {
        files: ['**/*.jsx', '**/*.tsx'],
        plugins: { probe: { rules: { probe: rule as never } } },
        rules: { 'probe/probe': 'error' },
        languageOptions: {
          parser: (typescript ? tsParser : espree) as never,
          sourceType: options.sourceType ?? 'module',
          ecmaVersion: 'latest',
          parserOptions: { ecmaFeatures: { jsx: true } },
        },
      },
    ],
    typescript ? 'file.tsx' : 'file.jsx',
  );
  const fatal = messages.find(message => message.fatal);
  if (fatal) throw new Error(`parse error: ${fatal.message}`);
  return found.sort((a, b) => a.start - b.start).map(item => item.text);
}

const ts = { parser: 'typescript' } as const;
const cjs = { sourceType: 'commonjs' } as const;

describe('Express, Express Router, Next.js pages API (req, res)', () => {
  it('reads body, query, params, headers, cookies and the header/param getters', () => {
    expect(
      probe(`app.post('/token', (req, res) => {
        probe(req, req.body, req.body.role, req.query.role, req.params.role, req.headers['x-role'], req.cookies.role);
        probe(req.get('X-Role'), req.header('x-role'), req.param('role'), req.user.role, req.session.role, res.locals.role);
      });`),
    ).toEqual([
      'request(request) req',
      'input req.body',
      'input req.body.role',
      'input req.query.role',
      'input req.params.role',
      'input req.headers[…]',
      'input req.cookies.role',
      "input req.get('X-Role')",
      "input req.header('x-role')",
      "input req.param('role')",
      'null',
      'null',
      'null',
    ]);
  });

  it('follows destructuring, defaults, renames, nested patterns and variables', () => {
    expect(
      probe(`router.post('/token', async (req, res) => {
        const { role } = req.body;
        const { role: userType = 'publisher' } = req.query;
        const { body: { role: nested } } = req;
        const { body } = req;
        const copy = nested;
        const [first] = req.body.roles;
        const { ...rest } = req.body;
        probe(role, userType, nested, body.role, copy, first, rest.role);
      });`),
    ).toEqual([
      'input req.body.role',
      'input req.query.role',
      'input req.body.role',
      'input req.body.role',
      'input req.body.role',
      'input req.body.roles[…]',
      'input req.body.role',
    ]);
  });

  it('follows pass-through transformations', () => {
    expect(
      probe(`export default function handler(req, res) {
        const role = req.body.role;
        probe(role.toLowerCase().trim(), String(role), Number(req.query.level), \`\${role}\`, 'role:' + role, role || 'publisher', role ?? 'publisher');
        probe(ok && role, (0, role), decodeURIComponent(req.query.role), JSON.parse(req.body).role, role as string);
      }`, ts),
    ).toEqual([
      'input req.body.role',
      'input req.body.role',
      'input req.query.level',
      'input req.body.role',
      'input req.body.role',
      'input req.body.role',
      'input req.body.role',
      'input req.body.role',
      'input req.body.role',
      'input req.query.role',
      'input JSON.parse(req.body).role',
      'input req.body.role',
    ]);
  });

  it('does not treat other values as input', () => {
    expect(
      probe(`app.get('/token', (req, res) => {
        const role = req.body.role;
        probe(role === 'x', \`fixed\`, 1 + 2, ok && 'publisher', getRole(req), db.findRole(req.user.id), schema.parse(req.body).role, undefined, notDeclared, req.body.role - 1);
        probe(factory().parse(req.body), req[key], req[key].role);
      });`),
    ).toEqual(['null', 'null', 'null', 'null', 'null', 'null', 'null', 'null', 'null', 'null', 'null', 'null', 'null']);
  });

  it('recognises the request at index 1 of an error handler and by position in any route call', () => {
    expect(
      probe(`app.use((err, incoming, res, next) => probe(incoming.body.role));
        app.route('/token').post((incoming, out) => probe(incoming.query.role, out.role));
        fastify.route({ handler: (incoming) => probe(incoming.body.role) });
        handlers['post']((incoming) => probe(incoming.body.role));`),
    ).toEqual(['input incoming.body.role', 'input incoming.query.role', 'null', 'null', 'null']);
  });
});

describe('Koa and Hono contexts', () => {
  it('Koa: ctx.request.body, ctx.query, ctx.params, ctx.headers; not ctx.body (the response) or ctx.state', () => {
    expect(
      probe(`router.post('/token', async (ctx) => {
        probe(ctx.request.body.role, ctx.query.role, ctx.params.role, ctx.request.query.role, ctx.headers['x-role'], ctx.body, ctx.state.user.role, ctx.request);
      });`),
    ).toEqual([
      'input ctx.request.body.role',
      'input ctx.query.role',
      'input ctx.params.role',
      'input ctx.request.query.role',
      'input ctx.headers[…]',
      'null',
      'null',
      'request(request) ctx.request',
    ]);
  });

  it("Hono: c.req.json(), c.req.query(), c.req.param(), c.req.header(); not c.get() (the server's own state)", () => {
    expect(
      probe(`app.post('/token', async (c) => {
        const { role } = await c.req.json();
        const r = c.req;
        probe(role, c.req.query('role'), c.req.param('role'), c.req.header('X-Role'), (await r.parseBody()).role, c.get('role'), c.req.raw, c.var.role);
      });`),
    ).toEqual([
      'input c.req.json().role',
      "input c.req.query('role')",
      "input c.req.param('role')",
      "input c.req.header('X-Role')",
      'input c.req.parseBody().role',
      'null',
      'request(request) c.req.raw',
      'null',
    ]);
  });
});

describe('web Request: Next.js app router, Netlify v2, SvelteKit, Remix', () => {
  it('reads json(), formData(), searchParams and the URL', () => {
    expect(
      probe(
        `export async function POST(request: NextRequest) {
          const { role } = await request.json();
          const form = await request.formData();
          const { searchParams } = new URL(request.url);
          probe(role, form.get('role'), searchParams.get('role'), request.nextUrl.searchParams.get('role'), new URLSearchParams(await request.text()).get('role'));
          probe(request.headers.get('x-role'), request.cookies.get('role')?.value);
        }`,
        ts,
      ),
    ).toEqual([
      'input request.json().role',
      "input request.formData().get('role')",
      "input new URL(request.url).searchParams.get('role')",
      "input request.nextUrl.searchParams.get('role')",
      "input new URLSearchParams(request.text()).get('role')",
      "input request.headers.get('x-role')",
      "input request.cookies.get('role').value",
    ]);
  });

  it('reads the route context { params } and destructured handler arguments', () => {
    expect(
      probe(
        `export async function GET(r: Request, { params }: { params: { role: string } }) { probe(r, params.role); }
         export const PUT = async ({ request, url }) => probe(await request.json(), url.searchParams.get('role'));
         export default function Page({ searchParams }) { return probe(searchParams.role); }
         export function helper({ query }) { return probe(query.role); }`,
        ts,
      ),
    ).toEqual(['request(request) r', 'input params.role', 'input request.json()', "input url.searchParams.get('role')", 'input searchParams.role', 'null']);
  });

  it('recognises request types whatever the parameter is called', () => {
    expect(
      probe(
        `function a(incoming: express.Request, other: Request | undefined, ctxt: Context, fr: FastifyRequest<{ Body: B }>, x: string, y: this) {
          probe(incoming.body.role, other.url, ctxt.query.role, fr.body.role, x, y);
        }`,
        ts,
      ),
    ).toEqual(['input incoming.body.role', 'input other.url', 'input ctxt.query.role', 'input fr.body.role', 'null', 'null']);
  });
});

describe('AWS Lambda and Netlify functions (event, context)', () => {
  it('reads event.body through JSON.parse, and the query/path parameters', () => {
    expect(
      probe(
        `exports.handler = async (event, context) => {
          const body = JSON.parse(event.body);
          const { role } = event.queryStringParameters || {};
          probe(body.role, role, event.pathParameters.role, event.multiValueQueryStringParameters.role[0], context.functionName);
        };`,
        cjs,
      ),
    ).toEqual(['input JSON.parse(event.body).role', 'input event.queryStringParameters.role', 'input event.pathParameters.role', 'input event.multiValueQueryStringParameters.role[…]', 'null']);
  });

  it('recognises exported handlers by position, whatever the parameter names', () => {
    expect(
      probe(
        `module.exports.handler = async (e) => probe(e.body);
         module.exports = (a) => probe(a.query.role);
         exports.main = async (b) => probe(b.body);
         exports.handler = async function (d) { return probe(JSON.parse(d.body).role); };
         export const handler = async (f) => probe(f.queryStringParameters.role);
         export const notAHandler = async (g) => probe(g.body);
         export function POST(h, i, j) { probe(h.body, i.params, j.body); }
         export function other(k) { probe(k.body); }
         foo.bar = (m) => probe(m.body);
         handlers[0] = (n) => probe(n.body);`,
      ),
    ).toEqual([
      'input e.body',
      'input a.query.role',
      'null',
      'input JSON.parse(d.body).role',
      'input f.queryStringParameters.role',
      'null',
      'input h.body',
      'input i.params',
      'null',
      'null',
      'null',
      'null',
    ]);
  });
});

describe('Firebase Cloud Functions', () => {
  it('onCall v2 (request) => request.data; v1 (data, context) => data; onRequest (req, res)', () => {
    expect(
      probe(`
        onCall(async (request) => probe(request.data.role, request.auth.token.role, request.rawRequest.body.role));
        functions.https.onCall((data, context) => probe(data.role, context.auth.uid, context.rawRequest.query.role));
        functions.https.onCall(async (payload) => probe(payload.role));
        onCall({ cors: true }, ({ data, auth }) => probe(data.role, auth.uid));
        onCall(function ([first]) { return probe(first); });
        functions.https.onRequest((a, b) => probe(a.body.role));`),
    ).toEqual([
      'input request.data.role',
      'null',
      'input request.rawRequest.body.role',
      'input data.role',
      'null',
      'input context.rawRequest.query.role',
      'input payload.role',
      'input data.role',
      'null',
      'input data[…]',
      'input a.body.role',
    ]);
  });

  it('CallableRequest by type', () => {
    expect(probe(`function f(x: CallableRequest<{ role: string }>) { probe(x.data.role); } onCall((r: CallableRequest) => probe(r.data));`, ts)).toEqual([
      'input x.data.role',
      'input r.data',
    ]);
  });
});

describe('NestJS parameter decorators', () => {
  const nest = (params: string, body: string): string => `
    import { Body, Controller, Headers, Param, Post, Query, Req } from '@nestjs/common';
    import { Body as LocalBody } from './decorators';
    import DefaultQuery from '@nestjs/common';
    @Controller('video')
    export class VideoController {
      @Post('token')
      create(${params}) { ${body} }
    }`;

  it('@Body(), @Query(), @Param(), @Headers() are input; @Req() is a request', () => {
    expect(
      probe(
        nest(
          `@Body() body: TokenDto, @Query('role') role: string, @Param('role') p: string, @Headers('x-role') h: string, @Req() incoming: any, @Body() { role: r2 }: TokenDto, @Query() q = {}`,
          'probe(body.role, role, p, h, incoming.body.role, r2, q.role);',
        ),
        ts,
      ),
    ).toEqual([
      'input @Body() body.role',
      "input @Query('role') role",
      "input @Param('role') p",
      "input @Headers('x-role') h",
      'input incoming.body.role',
      'input @Body().role',
      'input @Query() q.role',
    ]);
  });

  it('ignores decorators that do not come from @nestjs/common', () => {
    expect(probe(nest(`@LocalBody() body: Dto, @Post() other: Dto, @Injectable body2: Dto, @Reflect.metadata('x') m: Dto, @DefaultQuery() q: Dto`, 'probe(body.role, other.role, body2.role, m.role, q.role);'), ts)).toEqual([
      'null',
      'null',
      'null',
      'null',
      'null',
    ]);
  });

  it('reads @Req() and TS parameter properties', () => {
    expect(
      probe(`import { Req } from '@nestjs/common'; class A { constructor(private readonly request: Request, @Req() private r2: any) { probe(request.body, r2.query); } }`, ts),
    ).toEqual(['input request.body', 'input r2.query']);
  });
});

describe('getRequestParameter', () => {
  it('classifies each parameter of a handler', () => {
    expect(
      probe(
        `probeParams((req, res, next) => 0, (ctx) => 0, (c: Context) => 0, ({ body }, reply) => 0, (event, context) => 0, function (a, b = 1, ...rest) {});
         app.get('/x', (incoming, out) => 0);`,
        ts,
      ),
    ).toEqual(['request(request) req, null, null', 'request(context) ctx', 'request(context) c', 'null, null', 'request(request) event, request(context) context', 'null, null, null']);
  });

  it('is null for a parameter outside a function', () => {
    const seen: string[] = [];
    const rule: TSESLint.RuleModule<'x'> = {
      defaultOptions: [],
      meta: { type: 'problem', messages: { x: 'x' }, schema: [] },
      create: context => ({
        CatchClause(node: TSESTree.CatchClause) {
          seen.push(show(getRequestParameter(node.param as TSESTree.Parameter, context)));
        },
      }),
    };
    new Linter({ configType: 'flat' }).verify('try {} catch (req) {}', [{ files: ['**/*.js'], plugins: { t: { rules: { t: rule as never } } }, rules: { 't/t': 'error' } }], 'file.js');
    expect(seen).toEqual(['null']);
  });
});

describe('variables, assignments and helpers', () => {
  it('follows every assignment of a let, and assignments in expressions', () => {
    expect(
      probe(`app.post('/t', (req, res) => {
        let a = 'subscriber';
        if (req.query.role) a = req.query.role;
        let b = 'subscriber';
        if (req.user.admin) b = 'moderator';
        let c;
        ({ role: c } = req.body);
        let d;
        const e = (d = req.body.role);
        for (const f of req.body.roles) probe(f);
        var g;
        let h;
        for (h of req.body.roles) {}
        probe(a, b, c, e, g, h);
      });`),
    ).toEqual(['null', 'input req.query.role', 'null', 'input req.body.role', 'input req.body.role', 'null', 'null']);
  });

  it('follows the arguments of local helper functions, and stops on recursion', () => {
    expect(
      probe(`function tokenFor(sessionId, role) { return probe(role); }
        const arrow = (role) => probe(role);
        const named = function inner(role) { return probe(role); };
        function recurse(role) { recurse(role); return probe(role); }
        function unused(role) { return probe(role); }
        app.post('/t', (req, res) => {
          tokenFor(sid, req.body.role);
          tokenFor(sid);
          arrow(req.query.role);
          named(req.params.role);
          recurse('x');
          [1].map((role) => probe(role));
        });`),
    ).toEqual(['input req.body.role', 'input req.query.role', 'input req.params.role', 'null', 'null', 'null']);
  });

  it('bounds recursion through long chains of variables', () => {
    const chain = Array.from({ length: 40 }, (_, index) => `const v${index + 1} = v${index};`).join('\n');
    expect(probe(`app.post('/t', (req, res) => { const v0 = req.body.role; ${chain} probe(v1, v40); });`)).toEqual(['input req.body.role', 'null']);
  });

  it('describes long sources shortly', () => {
    const [found] = probe(`app.post('/t', (req, res) => probe(req.body.${'a'.repeat(100)}));`);
    expect(found).toMatch(/^input req\.body\.a+$/);
    const [long] = probe(`app.post('/t', (req, res) => probe(req.get('${'x'.repeat(100)}')));`);
    expect(long).toHaveLength('input '.length + 'req.get('.length + 80 + ')'.length);
  });
});

describe('allow-list stops', () => {
  it('a member of a server object picked by a client key is not input', () => {
    expect(
      probe(`const ROLES = { host: 'moderator', guest: 'subscriber' };
        app.post('/t', (req, res) => probe(ROLES[req.body.type], ROLES[req.body.type] || 'subscriber', ROLES[req.body.type] || req.body.role, req.body[req.query.key]));`),
    ).toEqual(['null', 'null', 'input req.body.role', 'input req.body[…]']);
  });

  it('a conditional that only yields literals is not input', () => {
    expect(
      probe(`app.post('/t', (req, res) => {
        const isHost = req.body.isHost;
        probe(isHost ? 'moderator' : 'subscriber', req.body.host ? \`moderator\` : 'publisher', isHost ? req.body.role : 'subscriber', isHost ? req.user.role : 'subscriber');
      });`),
    ).toEqual(['null', 'null', 'input req.body.role', 'null']);
  });

  it('a switch or if chain assigning literals is not input', () => {
    expect(
      probe(`app.post('/t', (req, res) => {
        let role;
        switch (req.body.kind) { case 'host': role = 'moderator'; break; default: role = 'subscriber'; }
        let other = 'subscriber';
        if (req.body.kind === 'host') other = 'moderator'; else if (req.body.kind === 'viewer') other = 'subscriber';
        probe(role, other);
      });`),
    ).toEqual(['null', 'null']);
  });
});

describe('checks that limit the values (allowed)', () => {
  const body = (statements: string): string[] =>
    probe(`const ALLOWED = ['publisher', 'subscriber']; const SET = new Set(ALLOWED); const CYCLE_A = CYCLE_B; const CYCLE_B = CYCLE_A; app.post('/t', (req, res) => { ${statements} });`);

  it('an early return or throw when the value is not in a constant list', () => {
    expect(
      body(`const { role } = req.body;
        if (!ALLOWED.includes(role)) return res.status(400).end();
        if (!['publisher', 'moderator'].includes(req.query.role)) { res.status(400); return; }
        if (!SET.has(req.params.role)) throw new Error('bad role');
        probe(role, req.query.role, req.params.role);`),
    ).toEqual(['input req.body.role [publisher|subscriber]', 'input req.query.role [publisher|moderator]', 'input req.params.role [publisher|subscriber]']);
  });

  it('a replacement by a literal when the value is not allowed', () => {
    expect(
      body(`let role = req.body.role;
        if (!ALLOWED.includes(role)) role = 'subscriber';
        let other = req.query.role;
        if (!ALLOWED.includes(other)) { log(other); other = 'publisher'; }
        probe(role, other);`),
    ).toEqual(['input req.body.role [publisher|subscriber]', 'input req.query.role [publisher|subscriber]']);
  });

  it('comparisons with literals', () => {
    expect(
      body(`const { role } = req.body;
        if (role !== 'publisher' && role !== 'subscriber') return;
        probe(role);
        if (req.query.role === 'publisher' || req.query.role === 'subscriber') probe(req.query.role);
        if ('subscriber' != req.params.role) {} else { probe(req.params.role); }
        if (!(req.headers.role == 'publisher')) return;
        probe(req.headers.role);
        if (!ALLOWED.includes(req.cookies.role) || isAdmin) return;
        probe(req.cookies.role);`),
    ).toEqual([
      'input req.body.role [publisher|subscriber]',
      'input req.query.role [publisher|subscriber]',
      'input req.params.role [subscriber]',
      'input req.headers.role [publisher]',
      'input req.cookies.role [publisher|subscriber]',
    ]);
  });

  it('a conditional or && guarded by the check, with literal alternatives', () => {
    expect(
      body(`const r = req.body.role;
        probe(ALLOWED.includes(r) ? r : 'subscriber', !ALLOWED.includes(r) ? 'subscriber' : r, ALLOWED.includes(r) && r, !ALLOWED.includes(r) || r, ALLOWED.includes(r) ?? r);
        probe((r === 'a' && ALLOWED.includes(r)) ? r : 'x', (ALLOWED.includes(r) && r === 'publisher') ? r : 'x');`),
    ).toEqual([
      'input req.body.role [publisher|subscriber]',
      'input req.body.role [publisher|subscriber]',
      'input req.body.role [publisher|subscriber]',
      'input req.body.role [publisher|subscriber]',
      'input req.body.role',
      'input req.body.role [x]',
      'input req.body.role [publisher|x]',
    ]);
  });

  it('narrows a checked value again at a second check, and keeps literal fallbacks', () => {
    expect(
      body(`const r = req.body.role;
        if (!ALLOWED.includes(r)) return;
        const s = r || 'moderator';
        if (s !== 'publisher') return;
        probe(s, r || 'moderator');`),
    ).toEqual(['input req.body.role [publisher]', 'input req.body.role [publisher|subscriber|moderator]']);
  });

  it('merges the values of two checked sources', () => {
    expect(
      body(`if (!ALLOWED.includes(req.body.role)) return;
        if (req.query.role !== 'moderator') return;
        probe(req.body.role || req.query.role, req.body.role || req.params.role);`),
    ).toEqual(['input req.body.role [publisher|subscriber|moderator]', 'input req.body.role']);
  });

  it('does not count checks that do not limit the value', () => {
    expect(
      body(`const { role } = req.body;
        if (!unknownList.includes(role)) return;
        if (!ALLOWED.includes(role)) console.log('odd role');
        if (!ALLOWED.includes(other)) return;
        if (ALLOWED.includes(role)) return;
        if (role === 'moderator') return;
        if (!MIXED.includes(role)) return;
        if (!ALLOWED.includes(role, 1)) return;
        if (!['a', role].includes(role)) return;
        if (!CYCLE_A.includes(role)) return;
        if (!ALLOWED.includes(role)) role2 = 'x';
        if (!ALLOWED.includes(role)) role = other;
        if (!ALLOWED.includes(role)) { role += 'x'; }
        if (role === other) return;
        if (!ALLOWED[0](role)) return;
        if (!ALLOWED.includes(role)) {} else return;
        while (!ALLOWED.includes(role)) return;
        probe(role);`),
    ).toEqual(['input req.body.role']);
  });

  it('resolves lists through constants, as const, and Sets', () => {
    expect(
      probe(
        `const BASE = ['publisher', 'subscriber'] as const;
         const LIST: readonly string[] = BASE;
         const SET = new Set<string>(LIST);
         let LET_LIST = ['moderator'];
         LET_LIST = [];
         export async function POST(request: Request) {
           const { role } = await request.json();
           if (!SET.has(role)) return new Response(null, { status: 400 });
           const other = new URL(request.url).searchParams.get('role');
           if (!LET_LIST.includes(other)) return;
           const third = request.headers.get('x-role');
           if (!new Set([]).has(third)) return;
           return probe(role, other, third);
         }`,
        ts,
      ),
    ).toEqual(["input request.json().role [publisher|subscriber]", "input new URL(request.url).searchParams.get('role')", "input request.headers.get('x-role') []"]);
  });

  it('looks no further than the enclosing function', () => {
    expect(
      probe(`const ALLOWED = ['subscriber'];
        app.post('/t', (req, res) => {
          if (!ALLOWED.includes(req.body.role)) return;
          setTimeout(() => probe(req.body.role));
          switch (x) { case 1: if (!ALLOWED.includes(req.query.role)) return; probe(req.query.role); }
        });
        if (!ALLOWED.includes(top)) throw new Error();`),
    ).toEqual(['input req.body.role', 'input req.query.role [subscriber]']);
  });
});

describe('odd input', () => {
  it('never throws on unusual code', () => {
    expect(
      probe(`app.post('/t', function (req = {}, [a] = [], { b } = req.body) {
        probe(this, super_, a, b, new Foo(req.body), new (getCtor())(req.body), req.body?.role, req?.["body"], (() => req)().body, req.body[0]);
        probe(req.json, (void 0)(req.body), req[Symbol.iterator], tag\`x\${req.body}\`, req.body.role(), import.meta.url, class {}, JSON.parse(), String());
      });`),
    ).toEqual([
      'null',
      'null',
      'null',
      'input req.body.b',
      'null',
      'null',
      'input req.body.role',
      'input req.body',
      'null',
      'input req.body[…]',
      'null',
      'null',
      'null',
      'null',
      'input req.body',
      'null',
      'null',
      'null',
      'null',
    ]);
  });
});
