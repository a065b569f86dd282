import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { mayHoldPrivateKey, mayHoldRestCall, mayHoldSessionCredential } from '../../src/analysis/file-markers';
import { RULE_PRECONDITIONS } from '../../src/analysis/rule-preconditions';
import plugin from '../../src/index';


describe('file markers', () => {
  it('declares a precondition for every rule, and only for rules that exist', () => {
    expect(Object.keys(RULE_PRECONDITIONS).sort()).toEqual(Object.keys(plugin.rules ?? {}).sort());
  });

  it('sees the prefixes the credential matchers start from, once per file', () => {
    const file = { text: "const a = '2_MX4xMjM0NTY'; // -----BEGIN PRIVATE KEY-----" } as never;
    expect(mayHoldSessionCredential(file)).toBe(true);
    expect(mayHoldPrivateKey(file)).toBe(true);
    // Cached: the same answer for the same SourceCode.
    expect(mayHoldSessionCredential(file)).toBe(true);
    for (const text of ["'T1==cGFydG5lcl9pZD'", "'eyJhbGciOi'"]) expect(mayHoldSessionCredential({ text } as never)).toBe(true);
    expect(mayHoldPrivateKey({ text: "'LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t'" } as never)).toBe(true);
    const plain = { text: 'const session = getSession(); export default session;' } as never;
    expect(mayHoldSessionCredential(plain)).toBe(false);
    expect(mayHoldPrivateKey(plain)).toBe(false);
    expect(mayHoldRestCall(plain)).toBe(false);
    for (const text of ["fetch(`${base}/v2/project/${key}/session`)", "{ 'X-TB-PARTNER-AUTH': auth }", "'https://API.OPENTOK.COM'"]) expect(mayHoldRestCall({ text } as never)).toBe(true);
  });

  it('gives a rule no listeners where its precondition fails, and the usual ones where it holds', () => {
    const linter = new Linter({ configType: 'flat' });
    const config = { plugins: { 'vonage-video': plugin }, rules: { 'vonage-video/no-hardcoded-session-credentials': 'error' as const } };
    // No Vonage usage, no credential-shaped text: nothing to find.
    expect(linter.verify("const id = 'room-42';", config)).toEqual([]);
    // A session ID in a file that does not use Vonage is still reported (the "anywhere" check).
    const sessionId = `2_${Buffer.from('1~46271837~~Mon Dec 07 10:30:00 PST 2026~x7Rq2pLm~MX4~').toString('base64url')}`;
    const messages = linter.verify(`const id = '${sessionId}';`, config);
    expect(messages.map(message => message.ruleId)).toEqual(['vonage-video/no-hardcoded-session-credentials']);
  });
});
