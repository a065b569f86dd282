/**
 * The secret analysis on its own: every `check(expr)` in a snippet is answered with what `secretOf(expr)` finds, as
 * `kind name` (`api-secret process.env.X`) or `-`.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { environmentVariableName, getSecrets, isEnvironmentObject, secretKindOfName, staticPath } from '../../src/analysis/secrets';
import { lintWithProbe } from '../helpers/lint-probe';
import type { ProbeLintOptions } from '../helpers/lint-probe';

function secretsIn(code: string, options: ProbeLintOptions = {}): string[] {
  const found: string[] = [];
  lintWithProbe(
    code,
    context => ({
      CallExpression(node: TSESTree.CallExpression) {
        if (node.callee.type !== 'Identifier' || node.callee.name !== 'check' || !node.arguments[0]) return;
        const secret = getSecrets(context).secretOf(node.arguments[0]);
        found.push(secret ? `${secret.kind} ${secret.name}${secret.kind === 'sdk-client' ? ` (${secret.sdkClass})` : ''}` : '-');
      },
    }),
    options,
  );
  return found;
}

describe('secretKindOfName', () => {
  it('accepts Vonage-named secrets anywhere and generic names only in a Vonage context', () => {
    expect(secretKindOfName('OPENTOK_API_SECRET', false)).toBe('api-secret');
    expect(secretKindOfName('vonagePrivateKey', false)).toBe('private-key');
    expect(secretKindOfName('VONAGE_PRIVATE_KEY64', false)).toBe('private-key');
    expect(secretKindOfName('OT_SECRET', false)).toBe('api-secret');
    expect(secretKindOfName('apiSecret', false)).toBeNull();
    expect(secretKindOfName('apiSecret', true)).toBe('api-secret');
    expect(secretKindOfName('PRIVATE_KEY_CONTENTS', true)).toBe('private-key');
  });

  it('strips browser-public prefixes before the generic check', () => {
    expect(secretKindOfName('REACT_APP_API_SECRET', true)).toBe('api-secret');
    expect(secretKindOfName('REACT_APP_API_SECRET', false)).toBeNull();
    expect(secretKindOfName('NEXT_PUBLIC_OPENTOK_SECRET', false)).toBe('api-secret');
  });

  it('rejects names that describe the secret, other secrets and encryption secrets', () => {
    for (const name of ['OPENTOK_SECRET_NAME', 'vonagePrivateKeyPath', 'hasVonageSecret', 'maskedOpentokSecret', 'JWT_SECRET', 'VONAGE_ENCRYPTION_SECRET', 'e2eeSecret', 'otpSecret']) {
      expect(secretKindOfName(name, true)).toBeNull();
    }
  });
});

describe('environment helpers', () => {
  it('recognises process.env and import.meta.env', () => {
    const names: string[] = [];
    lintWithProbe(`process.env.A; process.env['B']; import.meta.env.C; process.env; other.env.D; process.env[name]; this.a.b; a[b].c; f().x; a.b.c.d.e.f.g.h.i.j.k.l;`, () => ({
      MemberExpression(node: TSESTree.MemberExpression) {
        if (node.parent.type === 'ExpressionStatement') names.push(`${environmentVariableName(node)} ${isEnvironmentObject(node)} ${staticPath(node)}`);
      },
    }));
    expect(names).toEqual([
      'A false process.env.A',
      'B false process.env.B',
      'C false null',
      'null true process.env',
      'null false other.env.D',
      'null false null',
      'null false this.a.b',
      'null false null',
      'null false null',
      'null false null',
    ]);
  });
});

describe('secretOf', () => {
  it('follows environment variables through variables, destructuring, reassignment and transformations', () => {
    const found = secretsIn(`
      import OpenTok from 'opentok';
      const a = process.env.OPENTOK_API_SECRET;
      const { VONAGE_PRIVATE_KEY, OPENTOK_API_SECRET: renamed, other = 1, ...rest } = process.env;
      let later;
      later = process.env.VONAGE_API_SECRET;
      const pem = VONAGE_PRIVATE_KEY.replace(/\\\\n/g, '\\n').trim();
      check(a); check(VONAGE_PRIVATE_KEY); check(renamed); check(later); check(pem);
      check(\`Bearer \${a}\`); check('x' + a); check(a || 'none'); check(ok && a); check(flag ? a : 'x'); check((x = a));
      check((log(), a)); check(Buffer.from(pem).toString('base64')); check(String(a)); check(JSON.stringify(a));
      check(other); check(rest); check(a - 1); check(a += 'x'); check(!a); check(a.length); check(a.slice(0, 4)); check(String()); check(String(...args));
    `);
    expect(found).toEqual([
      'api-secret a',
      'private-key VONAGE_PRIVATE_KEY',
      'api-secret renamed',
      'api-secret later',
      'private-key pem',
      'api-secret a',
      'api-secret a',
      'api-secret a',
      'api-secret a',
      'api-secret a',
      'api-secret a',
      'api-secret a',
      'private-key pem',
      'api-secret a',
      'api-secret a',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
    ]);
  });

  it('marks what is passed to the SDK constructors, and what it was read from', () => {
    const found = secretsIn(`
      import OpenTok from 'opentok';
      import { Video } from '@vonage/video';
      import { Auth } from '@vonage/auth';
      const s = vault.opentok;
      const ot = new OpenTok(k, s);
      const other = new OpenTok(k, process.env.OT_A || process.env.OT_B);
      const video = new Video({ applicationId, privateKey: process.env.KEY_TXT.replace(/x/g, 'y') });
      const config = { privateKey: settings.pem };
      const auth = new Auth(config);
      const nothing = new Video(credentials);
      const positional = new OpenTok(k);
      const computed = new OpenTok(k, vault[name]);
      const literal = new OpenTok(k, 'abcdef0123456789');
      const called = new OpenTok(k, readSecret());
      check(s); check(vault.opentok); check(process.env.OT_A); check(process.env.OT_B); check(process.env.KEY_TXT); check(settings.pem);
      check(ot); check(other); check(video); check(auth); check(config.privateKey); check(vault[name]); check(readSecret());
    `);
    expect(found).toEqual([
      'api-secret s',
      'api-secret vault.opentok',
      'api-secret process.env.OT_A',
      'api-secret process.env.OT_B',
      'private-key process.env.KEY_TXT',
      'private-key settings.pem',
      'sdk-client ot (OpenTok)',
      'sdk-client other (OpenTok)',
      'sdk-client video (Video)',
      'sdk-client auth (Auth)',
      'private-key config.privateKey',
      '-',
      '-',
    ]);
  });

  it('knows where clients are kept: variables, reassigned variables, members, class fields', () => {
    const found = secretsIn(
      `
      import OpenTok from 'opentok';
      let late;
      late = new OpenTok(k, s);
      app.client = new OpenTok(k, s);
      clients[name] = new OpenTok(k, s);
      class Service {
        ot = new OpenTok(k, s);
        #hidden = new OpenTok(k, s);
        [computed] = new OpenTok(k, s);
        run() { check(this.ot); check(app.client); check(late); check(\`\${late}\`); check(String(late)); check(JSON.stringify(late)); check(this.#hidden); check(clients[name]); }
      }
      foo(new OpenTok(k, s));
    `,
      { typescript: true },
    );
    expect(found).toEqual([
      'sdk-client this.ot (OpenTok)',
      'sdk-client app.client (OpenTok)',
      'sdk-client late (OpenTok)',
      '-',
      '-',
      'sdk-client late (OpenTok)',
      'sdk-client this.#hidden (OpenTok)',
      '-',
    ]);
  });

  it("finds opentok's Session in the createSession callback only", () => {
    const found = secretsIn(`
      import OpenTok from 'opentok';
      const ot = new OpenTok(k, s);
      ot.createSession({}, (error, session) => { check(session); check(session.sessionId); });
      ot.createSession({}, function (error, { sessionId }) { check(sessionId); });
      ot.createSession({}, onSession);
      ot.createSession();
    `);
    expect(found).toEqual(['opentok-session session', '-', '-']);
  });

  it('uses names: Vonage names anywhere, generic names in Vonage files or under Vonage-named objects', () => {
    expect(secretsIn(`check(apiSecret); check(OPENTOK_SECRET); check(config.apiSecret); check(config.opentok.apiSecret); check(cfg[key]); check(a[b].secret);`)).toEqual([
      '-',
      'api-secret OPENTOK_SECRET',
      '-',
      'api-secret config.opentok.apiSecret',
      '-',
      '-',
    ]);
    expect(secretsIn(`import OT from '@opentok/client'; check(apiSecret); check(config.apiSecret); check(a[b].secret);`)).toEqual([
      'api-secret apiSecret',
      'api-secret config.apiSecret',
      'api-secret a[b].secret',
    ]);
  });

  it('judges named variables by their value: flags, numbers, paths and functions are not secrets', () => {
    const found = secretsIn(`
      import OpenTok from 'opentok';
      import { OPENTOK_API_SECRET as imported } from './config';
      import apiSecret from './secret';
      import * as privateKey from './keys';
      const a1 = { apiSecret: 1 };
      const OPENTOK_SECRET = 'abcdef0123456789abcdef0123456789abcdef01';
      const VONAGE_SECRET = 'YOUR_API_SECRET';
      const VONAGE_PRIVATE_KEY = \`-----BEGIN PRIVATE KEY-----\\n\${'A'.repeat(80)}\\n-----END PRIVATE KEY-----\`;
      const OT_SECRET = \`\${prefix}abc\`;
      const OT_API_SECRET = \`placeholder\`;
      const VIDEO_SECRET = \`0123456789abcdef\`;
      const TOKBOX_SECRET = 'https://vault.example.com/secret';
      const OPENTOK_PRIVATE_KEY = '-----BEGIN PRIVATE KEY-----\\n' + 'B'.repeat(80);
      const secret = count > 1, privateKey2 = Number(x), apiSecret2 = new Thing(), apiSecret3 = -1, apiSecret4 = i++, apiSecret5 = () => 1;
      function opentokSecret() {}
      try { run(); } catch (secret3) { check(secret3); }
      var loopA = loopB, loopB = loopA, VONAGE_API_SECRET = loopA;
      const { nested: { apiSecret: deep } } = config;
      const { apiSecret: shallow } = config;
      const [first] = list;
      let computedLater;
      computedLater = compute();
      const VONAGE_PEM_PRIVATE_KEY = '-----BEGIN PRIVATE KEY-----\\n${'A'.repeat(80)}\\n-----END PRIVATE KEY-----';
      check(imported); check(apiSecret); check(privateKey); check(OPENTOK_SECRET); check(VONAGE_SECRET); check(VONAGE_PRIVATE_KEY);
      check(OT_SECRET); check(OT_API_SECRET); check(VIDEO_SECRET); check(TOKBOX_SECRET); check(OPENTOK_PRIVATE_KEY);
      check(secret); check(privateKey2); check(apiSecret2); check(apiSecret3); check(apiSecret4); check(apiSecret5); check(opentokSecret);
      check(loopA); check(VONAGE_API_SECRET); check(deep); check(shallow); check(first); check(computedLater); check(VONAGE_PEM_PRIVATE_KEY);
    `);
    expect(found).toEqual([
      '-',
      'api-secret imported',
      'api-secret apiSecret',
      'private-key privateKey',
      'api-secret OPENTOK_SECRET',
      '-',
      'private-key VONAGE_PRIVATE_KEY',
      'api-secret OT_SECRET',
      '-',
      'api-secret VIDEO_SECRET',
      '-',
      'private-key OPENTOK_PRIVATE_KEY',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      'api-secret VONAGE_API_SECRET',
      '-',
      'api-secret shallow',
      '-',
      '-',
      'private-key VONAGE_PEM_PRIVATE_KEY',
    ]);
  });

  it('reads configuration getters by their key', () => {
    const found = secretsIn(
      `
      import { Video } from '@vonage/video';
      class S {
        constructor(private readonly configService: ConfigService) {}
        run() {
          check(this.configService.get<string>('VONAGE_PRIVATE_KEY'));
          check(this.configService.getOrThrow('video.apiSecret'));
          check(config.get('opentok:secret'));
          check(map.get('apiSecret'));
          check(config.get(key));
          check(config.has('apiSecret'));
          check(getConfig().get('apiSecret'));
          check(config[method]('apiSecret'));
        }
      }
    `,
      { typescript: true },
    );
    expect(found).toEqual([
      "private-key this.configService.get<string>('VONAGE_PRIVATE_KEY')",
      "api-secret this.configService.getOrThrow('video.apiSecret')",
      "api-secret config.get('opentok:secret')",
      '-',
      '-',
      '-',
      '-',
      '-',
    ]);
  });

  it('shortens long names and answers nothing in files without secrets', () => {
    const long = `config.${'a'.repeat(70)}.opentok.apiSecret`;
    expect(secretsIn(`check(${long});`)).toEqual([`api-secret ${long.slice(0, 59)}…`]);
    expect(secretsIn(`check(process.env.TOKEN); check(key);`)).toEqual(['-', '-']);
  });

  it('stops following very long chains', () => {
    const chain = Array.from({ length: 14 }, (_, index) => `const v${index + 1} = v${index};`).join('\n');
    expect(secretsIn(`import OpenTok from 'opentok';\nconst v0 = process.env.OPENTOK_API_SECRET;\n${chain}\ncheck(v3); check(v14);\nconst ot = new OpenTok(k, v14);`)).toEqual([
      'api-secret v3',
      'api-secret v14',
    ]);
    // Unseeded, the chain is cut after ten steps.
    expect(secretsIn(`import OpenTok from 'opentok';\nconst v0 = process.env.OPENTOK_API_SECRET;\n${chain}\ncheck(v14); check(v0);`)).toEqual(['-', 'api-secret v0']);
  });
});
