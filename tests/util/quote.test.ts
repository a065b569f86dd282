import { describe, expect, it } from 'vitest';

import { QUOTE_MAX_LENGTH, REDACTED, escapeUnsafeCharacters, quote, redactCredentials } from '../../src/util/quote';
import { CREDENTIALS } from '../helpers/credentials';

describe('quote', () => {
  it.each(Object.entries(CREDENTIALS))('redacts a %s wherever it sits in the text', (_format, credential) => {
    for (const text of [credential, `'${credential}'`, `config.get('apiSecret', '${credential}')`, `/s/${credential}/token`, `rooms['${credential}'].apiSecret`, `x = "${credential}";`]) {
      const quoted = quote(text, { maxLength: 10_000 });
      for (let start = 0; start + 20 <= credential.length; start++) expect(quoted).not.toContain(credential.slice(start, start + 20));
    }
  });

  it('names what it redacted and keeps the text around it', () => {
    expect(quote(`Route \`GET /s/${CREDENTIALS.sessionId}\``)).toBe(`Route \`GET /s/${REDACTED.sessionId}\``);
    expect(quote(`config.get('apiSecret', '${CREDENTIALS.apiSecret}')`)).toBe(`config.get('apiSecret', '${REDACTED.secret}')`);
    expect(quote(`'${CREDENTIALS.t1Token}'`)).toBe(`'${REDACTED.token}'`);
    expect(quote(CREDENTIALS.jwt)).toBe(REDACTED.jwt);
    expect(quote(`key = '${CREDENTIALS.pem}' + x`)).toBe(`key = '${REDACTED.privateKey}' + x`);
    expect(quote(`'-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ`)).toBe(`'${REDACTED.privateKey}`);
    expect(quote(CREDENTIALS.base64Pem)).toBe(REDACTED.privateKey);
  });

  it.each([
    'getSessionTokenForUser123',
    'OPENTOK_API_SECRET',
    'VONAGE_PRIVATE_KEY64',
    'process.env.VONAGE_APPLICATION_PRIVATE_KEY_PATH',
    '/api/v1/sessions/:sessionId/token',
    'this.configService.get<string>("VONAGE_API_SECRET")',
    'requireAuthenticatedUser',
    'OT.setLogLevel(OT.DEBUG)',
    'eyJhbGciOi.short',
    '1_MX4short',
    'T1==short',
  ])('leaves ordinary code as it is: %s', text => {
    expect(quote(text)).toBe(text);
  });

  it('redacts random-looking strings: 16 letters and digits, 32 hex digits, long runs', () => {
    expect(quote('aB3dE5fG7hJ9kL1m')).toBe(REDACTED.secret);
    expect(quote(`x${'0123456789abcdef'.repeat(2)}`)).toBe(`x${REDACTED.secret}`);
    // Hex digits without a digit or without a letter are no secret: `aaaa…`, a long number.
    expect(quote(`/${'a'.repeat(40)}/${'7'.repeat(40)}`, { maxLength: 100 })).toBe(`/${'a'.repeat(40)}/${'7'.repeat(40)}`);
    expect(quote(`'${'Ab1'.repeat(2000)}'`, { maxLength: 20 })).toBe(`'${REDACTED.secret}…`);
  });

  it('puts the text on one line and cuts it to the maximum length with an ellipsis', () => {
    expect(quote('a\n  b\tc')).toBe('a b c');
    const long = quote(`/rooms/${'abc/'.repeat(50_000)}`);
    expect(long).toHaveLength(QUOTE_MAX_LENGTH);
    expect(long.endsWith('…')).toBe(true);
    expect(quote('x'.repeat(QUOTE_MAX_LENGTH))).toBe('x'.repeat(QUOTE_MAX_LENGTH));
    expect(quote('x'.repeat(200), { maxLength: 10 })).toBe(`${'x'.repeat(9)}…`);
    // Text past the scanned head is cut even where the head is short once redacted.
    expect(quote(`${CREDENTIALS.pem}${' '.repeat(5000)}tail`)).toBe(`${REDACTED.privateKey} …`);
  });

  it('escapes control, bidirectional and invisible characters, and never cuts an escape in half', () => {
    expect(quote("role: 'publisher\u202E'")).toBe("role: 'publisher\\u202e'");
    for (const char of ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b', '\u061c', '\u200b', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069']) {
      expect(escapeUnsafeCharacters(`a${char}b`)).toBe(`a\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}b`);
    }
    const cut = quote(`${'x'.repeat(QUOTE_MAX_LENGTH - 4)}\u202E\u202E`);
    expect(cut).toBe(`${'x'.repeat(QUOTE_MAX_LENGTH - 4)}…`);
    expect(quote(`${'x'.repeat(QUOTE_MAX_LENGTH - 2)}😀😀`)).toBe(`${'x'.repeat(QUOTE_MAX_LENGTH - 2)}…`);
  });

  it('is idempotent', () => {
    for (const text of [`/s/${CREDENTIALS.sessionId}`, 'a\u202Eb'.repeat(40), 'x'.repeat(500), CREDENTIALS.pem]) expect(quote(quote(text))).toBe(quote(text));
  });

  it('is linear on megabyte input', () => {
    for (const unit of ['eyJ+', 'eyJ', 'a1B2', '1_MX', 'T1==', '-----BEGIN', '\u202E', 'a b\n', 'LS0tLS1CRUdJTi', '0f']) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const start = performance.now();
      quote(text);
      redactCredentials(text.slice(0, 200_000));
      expect(performance.now() - start, unit).toBeLessThan(250);
    }
  });
});
