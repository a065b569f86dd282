import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { assignedValues, unboundedRequestInput } from '../../src/analysis/changing-values';
import { matchProjectJwt, parseDuration } from '../../src/analysis/project-jwt';
import { lintWithProbe } from '../helpers/lint-probe';

/** `library expiry-form complete` for every project JWT signing in `code`. */
function signings(code: string, sourceType: 'module' | 'commonjs' = 'module'): string[] {
  const found: string[] = [];
  lintWithProbe(
    code,
    context => ({
      CallExpression(node: TSESTree.CallExpression) {
        const signing = matchProjectJwt(node, context.sourceCode.getScope(node));
        if (signing) found.push(`${signing.library} ${signing.expiry?.form ?? 'none'} ${signing.complete ? 'complete' : 'partial'}`);
      },
    }),
    { sourceType },
  );
  return found;
}

const CLAIMS = "{ iss: k, ist: 'project' }";

describe('project JWT signings', () => {
  it('jsonwebtoken through every import style', () => {
    expect(signings(`import * as jwt from 'jsonwebtoken'; jwt.sign(${CLAIMS}, s, { expiresIn: 60 });`)).toEqual(['jsonwebtoken duration complete']);
    expect(signings(`import { sign as s2 } from 'jsonwebtoken'; s2({ ...${CLAIMS}, exp: 1 }, s);`)).toEqual(['jsonwebtoken exp partial']);
    expect(signings(`const { sign: s3 = x } = require('jsonwebtoken'); s3(${CLAIMS}, s, ...opts);`, 'commonjs')).toEqual(['jsonwebtoken none partial']);
    expect(signings(`const [a] = require('jsonwebtoken'); a(${CLAIMS}); const b = require(name); b.sign(${CLAIMS});`, 'commonjs')).toEqual([]);
    expect(signings(`const { verify } = require('jsonwebtoken'); verify(${CLAIMS}, s); const c = other(); c.sign(${CLAIMS});`, 'commonjs')).toEqual([]);
    expect(signings(`import jwt from 'jsonwebtoken'; jwt.sign({ ist: 'user' }, s); jwt.sign(claims, s); jwt.sign();`)).toEqual([]);
  });

  it('a JWT sent in X-OPENTOK-AUTH is a project JWT whatever its claims', () => {
    expect(signings(`import jwt from 'jsonwebtoken'; fetch(u, { headers: { 'X-OPENTOK-AUTH': jwt.sign({ iss: k }, s) } });`)).toEqual(['jsonwebtoken none complete']);
    expect(signings(`import jwt from 'jsonwebtoken'; const auth = jwt.sign({ iss: k }, s, { expiresIn: 60 }); fetch(u, { headers: { 'x-opentok-auth': auth, other: auth } });`)).toEqual([
      'jsonwebtoken duration complete',
    ]);
    expect(signings(`import jwt from 'jsonwebtoken'; const auth = jwt.sign({ iss: k }, s); fetch(u, { headers: { Authorization: auth } }); const [x] = jwt.sign({ iss: k }, s);`)).toEqual([]);
  });

  it('jose chains and @vonage/jwt options', () => {
    expect(signings(`import * as jose from 'jose'; new jose.SignJWT({ application_id: a, exp: 5 }).sign(key);`)).toEqual(['jose exp complete']);
    expect(signings(`import { SignJWT } from 'jose'; new SignJWT().sign(key); new Other(${CLAIMS}).sign(key); f().sign(key); new SignJWT(...c).sign(key);`)).toEqual([]);
    const deep = Array.from({ length: 20 }, () => '.setIssuedAt()').join('');
    expect(signings(`import { SignJWT } from 'jose'; new SignJWT(${CLAIMS})${deep}.sign(key);`)).toEqual([]);
    expect(signings(`import { tokenGenerate } from '@vonage/jwt'; tokenGenerate(a, k, { exp: 1 }); tokenGenerate(a, k, { ...o }); tokenGenerate(a); tokenGenerate(a, k, { scope: 's' });`)).toEqual([
      '@vonage/jwt exp complete',
      '@vonage/jwt none partial',
      '@vonage/jwt none complete',
    ]);
  });

  it('parses durations the way ms and jose do', () => {
    expect(['300', '5m', '2 hours', '1d', '1w', '1y', '500ms', '90 secs', '3 mins', 'soon'].map(parseDuration)).toEqual([300, 300, 7200, 86_400, 604_800, 31_557_600, 0.5, 90, 180, null]);
  });
});

describe('values that change', () => {
  /** What the analysis says about the value of `probe(x)` calls. */
  function probeValues(code: string): string[] {
    const found: string[] = [];
    lintWithProbe(
      code,
      context => ({
        CallExpression(node: TSESTree.CallExpression) {
          if (node.callee.type !== 'Identifier' || node.callee.name !== 'probe') return;
          const argument = node.arguments[0] as TSESTree.Node;
          const values = assignedValues(argument, context.sourceCode.getScope(argument));
          const input = unboundedRequestInput(argument, context);
          found.push(`${values ? values.length : '-'} ${input?.description ?? 'bounded'}`);
        },
      }),
      { sourceType: 'commonjs' },
    );
    return found;
  }

  it('follows lets, parameters and request input through arithmetic and conversions', () => {
    expect(
      probeValues(`app.post('/t', (req, res) => {
        let a; a = req.body.n;
        let b = 1; b += req.body.n;
        let c = 1; c = 2;
        const d = Math.min(req.body.n, req.body.m) * 60;
        const e = Math.round(req.body.n) - 5;
        const f = parseInt() + (req.body.n % 2);
        const g = ~req.body.n;
        probe(a); probe(b); probe(c); probe(d); probe(e); probe(f); probe(g); probe(Math.max(req.body.n, 1));
      });
      function h(x = 5) { x = 6; probe(x); }
      function i({ y } = {}) { probe(y); }
      for (const z of list) probe(z);`),
    ).toEqual(['1 req.body.n', '- req.body.n', '2 bounded', '- req.body.n', '- req.body.n', '- bounded', '- bounded', '- bounded', '- bounded', '- bounded', '- bounded']);
  });
});
