import { describe, expect, it } from 'vitest';

import { isScript } from '../../src/analysis/program-kind';
import { isTestFile } from '../../src/analysis/test-files';
import { isPlaceholderSecret, isWellKnownFakeCredential, isWellKnownFakeSecret, findSessionCredential, KEY_PATH_NAME } from '../../src/sdk';
import { lintWithProbe } from '../helpers/lint-probe';

function scriptOf(code: string, options: { typescript?: boolean; sourceType?: 'module' | 'commonjs' | 'script' } = {}): boolean {
  let script: boolean | null = null;
  lintWithProbe(code, context => ({ Program: () => void (script = isScript(context.sourceCode)) }), options);
  return script as unknown as boolean;
}

describe('isScript', () => {
  it('takes code with no server sign for a script', () => {
    expect(scriptOf(`import OpenTok from 'opentok';\nconsole.log(new OpenTok(a, b));`)).toBe(true);
    expect(scriptOf(`const fs = require('node:fs');\nfs.writeFileSync('x', '1');\napp.get('not-a-path', x);\nobj.get('/a');`, { sourceType: 'commonjs' })).toBe(true);
    expect(scriptOf(`addEventListener('message', f);\nfoo.bar = 1;`)).toBe(true);
  });

  it('takes exports, server starts, routes and framework imports for a server', () => {
    for (const code of [
      `export const a = 1;`,
      `export default function handler() {}`,
      `export * from './x';`,
      `import express from 'express';`,
      `import { Hono } from 'hono';`,
      `serve(handler);`,
      `Deno.serve(handler);`,
      `server.listen(3000);`,
      `addEventListener('fetch', event => event.respondWith(x));`,
      `router.post('/rooms', handler);`,
    ]) {
      expect(scriptOf(code), code).toBe(false);
    }
    for (const code of [`module.exports = {};`, `module.exports.handler = f;`, `exports.handler = f;`, `const http = require('node:http');`]) {
      expect(scriptOf(code, { sourceType: 'commonjs' }), code).toBe(false);
    }
    expect(scriptOf(`const a = 1;\nexport = a;`, { typescript: true })).toBe(false);
  });
});

describe('isTestFile', () => {
  const testOf = (filename: string, cwd: string): boolean => isTestFile({ filename, cwd } as Parameters<typeof isTestFile>[0]);

  it('recognises tests, fixtures and mocks relative to the working directory', () => {
    expect(testOf('/p/src/room.test.ts', '/p')).toBe(true);
    expect(testOf('/p/src/room.spec.mjs', '/p')).toBe(true);
    expect(testOf('/p/__tests__/room.js', '/p')).toBe(true);
    expect(testOf('/p/test/fixtures/x.js', '/p')).toBe(true);
    expect(testOf('/p/src/__mocks__/opentok.js', '/p')).toBe(true);
    expect(testOf('relative/tests/x.js', '/elsewhere')).toBe(true);
  });

  it('does not take the project root folder name or look-alikes for tests', () => {
    expect(testOf('/home/tests/app/src/server.js', '/home/tests/app')).toBe(false);
    expect(testOf('/p/src/testimonials.js', '/p')).toBe(false);
    expect(testOf('/p/src/latest/x.js', '/p')).toBe(false);
  });
});

describe('placeholders and fakes', () => {
  it('knows placeholder secrets across conventions', () => {
    for (const text of ['', 'dummy', 'changeme', 'TODO', 'xxxxxxxx', 'YOUR_PRIVATE_KEY', 'your_api_secret_here', '<your secret>', '${SECRET}', '$OPENTOK_SECRET', 'fake_private_key', 'exampleSecret', 'test-secret', 'vonagePrivateKey', 'API_SECRET', 'opentok.apiSecret', 'my-xxxx-key']) {
      expect(isPlaceholderSecret(text), text).toBe(true);
    }
    for (const text of ['0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c', 'my-e2ee-secret-123', 'S3cr3tV4lue!', 'contestant-value', 'x'.repeat(300)]) {
      expect(isPlaceholderSecret(text), text).toBe(false);
    }
  });

  it('knows well-known fake secrets', () => {
    expect(isWellKnownFakeSecret('aaaaaaaa')).toBe(true);
    expect(isWellKnownFakeSecret('0123456789abcdef0123456789abcdef')).toBe(true);
    expect(isWellKnownFakeSecret('abcdefghijkl')).toBe(true);
    expect(isWellKnownFakeSecret('9f3b7c1e5a2d8064b1c9e7f3a5d2b8c4e6f1a3d9')).toBe(false);
    expect(isWellKnownFakeSecret('9'.repeat(150) + 'a'.repeat(100))).toBe(false);
  });

  it('knows well-known fake session credentials', () => {
    const encode = (text: string) => Buffer.from(text).toString('base64url');
    const fakeByKey = `1_${encode('1~00000000~~Mon Jan 01 00:00:00 PST 2024~Zq8rWv2LkP0xNc7y~MX4~')}`;
    const real = `1_${encode('1~46123457~~Mon Jan 01 00:00:00 PST 2024~Zq8rWv2LkP0xNc7y~MX4~')}`;
    const fakeByText = `2_${encode('1~46123457~~Mon Jan 01 00:00:00 PST 2024~mockRoomForTheSuite~')}`;
    for (const [text, fake] of [[fakeByKey, true], [real, false], [fakeByText, true]] as const) {
      const found = findSessionCredential(text);
      expect(found && isWellKnownFakeCredential(text, found), text).toBe(fake);
    }
    const t1 = `T1==${Buffer.from('partner_id=12345678&sig=abcdef0123456789abcdef0123456789abcdef01:session_id=x&nonce=1').toString('base64')}`;
    expect(isWellKnownFakeCredential(t1, findSessionCredential(t1) as NonNullable<ReturnType<typeof findSessionCredential>>)).toBe(true);
  });

  it('knows names that say path or file', () => {
    expect(['VONAGE_PRIVATE_KEY_PATH', 'PRIVATE_KEY_FILE', 'privateKeyPath', 'keyFilename'].every(name => KEY_PATH_NAME.test(name))).toBe(true);
    expect(KEY_PATH_NAME.test('VONAGE_PRIVATE_KEY')).toBe(false);
  });
});
