/**
 * The sink finder on its own: every call, `new`, assignment and returned value of a snippet is asked for its sink,
 * answered as `kind label: value, value` (values as source text).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { getSinks } from '../../src/analysis/sinks';
import type { Sink } from '../../src/analysis/sinks';
import { lintWithProbe } from '../helpers/lint-probe';
import type { ProbeLintOptions } from '../helpers/lint-probe';

type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

function sinksIn(code: string, options: ProbeLintOptions = {}): string[] {
  const found: string[] = [];
  lintWithProbe(
    code,
    context => {
      const record = (sink: Sink | null) => {
        if (sink) found.push(`${sink.kind} ${sink.label}: ${sink.values.map(value => context.sourceCode.getText(value)).join(', ')}${sink.separateArguments ? ' (separate)' : ''}`);
      };
      const enclosing = (node: TSESTree.Node): FunctionNode | null => {
        for (let current = node.parent; current; current = current.parent) {
          if (current.type === 'ArrowFunctionExpression' || current.type === 'FunctionDeclaration' || current.type === 'FunctionExpression') return current;
        }
        return null;
      };
      return {
        CallExpression: node => record(getSinks(context).ofCall(node)),
        NewExpression: node => record(getSinks(context).ofNew(node)),
        AssignmentExpression: node => record(getSinks(context).ofAssignment(node)),
        ReturnStatement(node) {
          const fn = enclosing(node);
          if (node.argument && fn) record(getSinks(context).ofReturn(node.argument, fn));
        },
        ArrowFunctionExpression(node) {
          if (node.expression) record(getSinks(context).ofReturn(node.body, node));
        },
      };
    },
    options,
  );
  return found;
}

describe('response sinks', () => {
  it('finds Express, Fastify, Koa and Hono responses on handler parameters', () => {
    expect(
      sinksIn(`
        app.get('/a', (req, res) => { res.json(a); res.status(201).send(b); res.jsonp(c); res.end(d); res.write(e); res.render('v', f); res.end(); res.render('v'); res[m](x); });
        app.get('/b', (request, reply) => { reply.code(200).send(g); reply.view('t', h); });
        app.get('/c', (_req, r) => r.send(i));
        app.use(async (ctx) => { ctx.body = j; ctx.response.body = k; ctx.render('v', l); ctx.status = 200; });
        app.get('/d', (c) => c.json(m));
        app.get('/e', (c) => c.text(n));
        app.get('/f', (req, res = fallback) => res.send(o));
        app.get('/g', (event, out) => out.send(p));
        function helper(res, data) { res.json(data); }
        export const x = (r) => r.send(q);
      `),
    ).toEqual([
      'response res.json(): a',
      'response res.status(201).send(): b',
      'response res.jsonp(): c',
      'response res.end(): d',
      'response res.write(): e',
      'template res.render(): f',
      'response reply.code(200).send(): g',
      'template reply.view(): h',
      'response r.send(): i',
      'response ctx.body: j',
      'response ctx.response.body: k',
      'template ctx.render(): l',
      'response c.json(): m',
      'response c.text(): n',
      'response res.send(): o',
      'response res.json(): data',
    ]);
  });

  it('ignores look-alike receivers: locals, fetch responses, destructured and computed receivers', () => {
    expect(
      sinksIn(`
        const res = getResponse(); res.json(a);
        fetch(u).then((response) => response.json());
        export const h = ({ res }) => res.json(b);
        export const k = (req, res) => { this.res.json(c); getRes().json(d); res.cookie('a', e); res.body = f; };
        (c) => c.send(g);
        other.body = h;
      `),
    ).toEqual([]);
  });

  it('finds Web and Next.js responses, only from the right bindings', () => {
    expect(
      sinksIn(`
        import { NextResponse } from 'next/server';
        export const GET = () => NextResponse.json(a);
        export const POST = () => new NextResponse(JSON.stringify(b));
        export const PUT = () => Response.json(c);
        export const PATCH = () => new Response(d, { status: 200 });
        new Response();
        function local() { class Response {} return new Response(e); }
      `),
    ).toEqual(['response NextResponse.json(): a', 'response new NextResponse(): JSON.stringify(b)', 'response Response.json(): c', 'response new Response(): d']);
    expect(sinksIn(`NextResponse.json(a); import { NextResponse as X } from 'other'; const NextResponse = X; NextResponse.json(b);`)).toEqual([]);
    expect(sinksIn(`NextResponse.json(a);`)).toEqual(['response NextResponse.json(): a']);
  });

  it('finds Lambda response objects, NestJS route returns, Fastify handler returns and page props', () => {
    expect(
      sinksIn(
        `
        export const handler = async () => ({ statusCode: 200, body: a });
        export function fn(event, context, callback) { callback(null, { statusCode: 500, body: b }); callback(null, { body: c }); }
        @Controller() class C {
          @Get() one() { return d; }
          @Post('x') two() { return e; }
          @Injectable() three() { return f; }
          @Nest.Get() four() { return g; }
          @Get five() { return g2; }
          constructor(private readonly res: Res, req: Req, reply?: Reply) { res.json(g3); }
          plain() { return h; }
        }
        fastify.get('/', async (request, reply) => { return i; });
        export async function getServerSideProps() { return { props: j }; }
        export const getStaticProps = async () => { return { props: k }; };
        export const getStaticPaths = () => ({ props: l });
        const getServerSidePropsLocal = () => ({ props: m });
        export async function getServerSideProps2() { return { props: n }; }
        export function getStaticProps3() { return { redirect: o }; }
        export default function () { return { statusCode: 1 }; }
      `,
        { typescript: true },
      ),
    ).toEqual([
      'response the returned `body`: a',
      'response the response `body`: b',
      'response the value a NestJS route returns: d',
      'response the value a NestJS route returns: e',
      'response the value a NestJS route returns: g2',
      'response res.json(): g3',
      'response the value a Fastify handler returns: i',
      'response the props of `getServerSideProps`: j',
      'response the props of `getStaticProps`: k',
    ]);
  });

  it('finds template locals', () => {
    expect(sinksIn(`app.locals.title = a; app.locals = b; export const h = (req, res) => { res.locals.user = c; res.locals = d; }; other.locals.x = e; app.other = f; app.locals.x += g;`)).toEqual([
      'template app.locals.title: a',
      'template app.locals: b',
      'template res.locals.user: c',
      'template res.locals: d',
    ]);
  });
});

describe('log sinks', () => {
  it('finds console, stdout/stderr and loggers by name', () => {
    expect(
      sinksIn(`
        console.log(a, b); console.assert(ok, c); console.assert(ok); console.table(d); console.time(e);
        process.stdout.write(f); process.stderr.write(g); other.stdout.write(h);
        logger.info(i); log.error(j); this.logger.warn(k); fastify.log.debug(l); req.log.trace(m); Logger.verbose(n); appLogger.fatal(o); APP_LOGGER.http(p);
        blogger.info(q); logger.format(r); getLogger().info(s); Math.log(t);
        function f2(console) { console.log(u); }
      `),
    ).toEqual([
      'log console.log(): a, b (separate)',
      'log console.assert(): c',
      'log console.table(): d',
      'log process.stdout.write(): f',
      'log process.stderr.write(): g',
      'log logger.info(): i',
      'log log.error(): j',
      'log this.logger.warn(): k',
      'log fastify.log.debug(): l',
      'log req.log.trace(): m',
      'log Logger.verbose(): n',
      'log appLogger.fatal(): o',
      'log APP_LOGGER.http(): p',
    ]);
  });

  it('finds loggers created in the file, whatever their names', () => {
    expect(
      sinksIn(`
        import pino from 'pino';
        import { pino as namedPino } from 'pino';
        import winston, { createLogger as make, format } from 'winston';
        import * as bunyan from 'bunyan';
        import log4js from 'log4js';
        import { Logger } from '@nestjs/common';
        import { Logger as Other } from 'other';
        const a = pino(); const b = namedPino(); const c = winston.createLogger(); const d = make(); const e = bunyan.createLogger({});
        const f = log4js.getLogger(); const g = new Logger('x'); const h = a.child({}); const i = require('pino')(); const j = require('pino').default();
        const k = format(); const l = winston.format(); const m = new Other(); const n = makeLogger(); const o = console; const p = (() => 1)(); const q = k.child();
        const r = new Nest.Logger(); const s = fns[0](); const t = require('consola').create(); const u = require(name)();
        import { 'createLogger' as quoted } from 'winston';
        const v = quoted();
        a.info(1); b.info(2); c.info(3); d.info(4); e.info(5); f.info(6); g.log(7); h.info(8); i.info(9); j.info(10);
        k.info(11); l.info(12); m.log(13); n.info(14); o.info(15); p.info(16); q.info(17); r.log(18); s.info(19); t.info(20); a.info(21); u.info(22); v.info(23);
      `),
    ).toEqual([
      'log a.info(): 1',
      'log b.info(): 2',
      'log c.info(): 3',
      'log d.info(): 4',
      'log e.info(): 5',
      'log f.info(): 6',
      'log g.log(): 7',
      'log h.info(): 8',
      'log i.info(): 9',
      'log j.info(): 10',
      'log t.info(): 20',
      'log a.info(): 21',
      'log v.info(): 23',
    ]);
  });

  it('finds functions made by the debug package', () => {
    expect(
      sinksIn(`
        import debug from 'debug';
        import { debug as named, enable } from 'debug';
        import createDebug = require('debug');
        const a = debug('app'); const b = named('app'); const c = createDebug('app'); const d = enable('x'); const e = require('debug')('app');
        a(1, 2); b(3); c(4); d(5); e(6); a(); unknown(7);
      `,
        { typescript: true },
      ),
    ).toEqual(['log a(): 1, 2 (separate)', 'log b(): 3', 'log c(): 4', 'log e(): 6']);
    expect(sinksIn(`const log = makeDebug('app'); log(1);`)).toEqual([]);
  });

  it('resolves TypeScript import-equals and qualified names', () => {
    expect(sinksIn(`import pino = require('pino');\nimport alias = Foo.Bar;\nconst a = pino(); const b = alias(); a.info(1); b.info(2);`, { typescript: true })).toEqual(['log a.info(): 1']);
  });
});
