import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { MARKER_ANCHORS, anchoredAlternation, mayHoldPrivateKey, mayHoldRestCall, mayHoldSessionCredential, mayUseVonage, textShowsVonage } from '../../src/analysis/file-markers';
import { OPERATIONS, PRIVATE_KEY_PREFIXES, SESSION_CREDENTIAL_PREFIXES } from '../../src/sdk';
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

  it('merges spellings into classes only where they are every combination of their cases', () => {
    expect(anchoredAlternation(['opentok', 'Opentok', 'OpenTok', 'openTok'])).toBe('k(?<=[oO]pen[tT]ok)');
    for (const text of ['opentok', 'Opentok', 'OpenTok', 'openTok']) expect(new RegExp(anchoredAlternation(['opentok', 'Opentok', 'OpenTok', 'openTok'])).test(text), text).toBe(true);
    const some = new RegExp(anchoredAlternation(['opentok', 'OpenTok']));
    expect(some.test('OpenTok')).toBe(true);
    expect(some.test('Opentok')).toBe(false);
    expect(some.test('openTok')).toBe(false);
  });

  it('starts every match attempt at one of at most 16 characters (V8 skips ahead only then)', () => {
    expect(MARKER_ANCHORS.length).toBeLessThanOrEqual(16);
    expect(new Set(MARKER_ANCHORS).size).toBe(MARKER_ANCHORS.length);
  });

  it('matches exactly where the plain word list does', () => {
    const words = ['opentok', 'OpenTok', 'OPENTOK', 'tokbox', 'TokBox', 'vonage', 'VONAGE', 'video', 'Video', 'v2/project/', 'application_id', ...SESSION_CREDENTIAL_PREFIXES, ...PRIVATE_KEY_PREFIXES, ...OPERATIONS.filter(operation => operation.distinctiveName).map(operation => operation.method)];
    const anchored = new RegExp(anchoredAlternation(words));
    const plain = new RegExp(words.map(word => word.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')).join('|'));
    const texts = [
      ...words.flatMap(word => [word, `x${word}`, `${word}y`, `(${word})`, word.slice(1), word.slice(0, -1), word.toLowerCase(), word.toUpperCase()]),
      'token', 'book', 'vote', 'OK', 'kbox', 'proj', 'application', 'T1=', 'ey', '----BEGIN', 'LS0tLS1CRUd',
    ];
    for (const text of texts) expect(anchored.test(text), text).toBe(plain.test(text));
  });

  it('sees the browser globals, names built on them and the project claim, but not OTHER or NOT', () => {
    for (const text of ['OT.initSession(k, s)', 'window.OT', 'new TB.Session()', 'process.env.OT_API_SECRET', 'OTSESSION', '<OTSession>', "{ 'X-TB-PARTNER-AUTH': a }", "{ ist: 'project', iss: key }", '{ "ist" : "project" }']) {
      expect(textShowsVonage(text), text).toBe(true);
    }
    for (const text of ['// OTHER LIABILITY', 'OTHERWISE', 'NOT_FOUND', 'const TBD = 1;', 'NOTE: x', "{ list: 'project' }"]) {
      expect(textShowsVonage(text), text).toBe(false);
    }
  });

  it('sees a member read on `ot`, but not on other names ending in it', () => {
    const cases = ['ot.generateToken(id)', 'ot?.createSession()', 'this.ot.dial(a)', 'ot!.signal()', 'ot\n  .createSession()', 'ot\u00a0.x', "ot['forceDisconnect'](s, c)", 'ot?.[method]()', 'ot [0]', '(ot).x ? ot.y : 0', 'é.ot.x'];
    for (const text of cases) {
      expect(mayUseVonage({ text } as never), text).toBe(true);
      expect(textShowsVonage(text), text).toBe(true);
    }
    for (const text of ['note', 'root.ot2', 'other', 'snapshot.x', 'got.post()', '$ot.x', 'éot.x', 'pivot', 'otto', 'const otClient = x;', 'ot_secret', '(ot)', '...ot', 'a[ot]', 'ot ?.x']) {
      expect(mayUseVonage({ text } as never), text).toBe(false);
      expect(textShowsVonage(text), text).toBe(false);
    }
  });

  it('scans each file once, and again only for another file', () => {
    const first = { text: 'const a = 1;' } as never;
    const second = { text: "const OpenTok = require('opentok');" } as never;
    expect(mayUseVonage(first)).toBe(false);
    expect(mayUseVonage(second)).toBe(true);
    expect(mayUseVonage(first)).toBe(false);
    expect(mayHoldSessionCredential(second)).toBe(false);
  });

  it('analyses a file whose only Vonage word is a receiver named `ot` (the SDK client handed in)', () => {
    const linter = new Linter({ configType: 'flat' });
    const config = [{ files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' as const } }, plugin.configs?.all as never];
    const injected = "module.exports = function routes(app, ot) {\n  app.get('/token', (req, res) => res.json({ token: ot.generateToken(req.query.sessionId, { role: req.query.role }) }));\n};\n";
    const field = "class Rooms {\n  constructor(ot) { this.ot = ot; }\n  token(req) { return this.ot.generateToken(req.body.sessionId, { role: req.body.role }); }\n}\nmodule.exports = Rooms;\n";
    for (const code of [injected, field]) {
      expect(linter.verify(code, config, 'routes.js').map(message => message.ruleId)).toContain('vonage-video/no-client-controlled-role');
    }
  });
});
