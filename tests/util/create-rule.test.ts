/**
 * `createRule`'s per-lint precondition answers (issue 17): computed by the first rule that asks, shared by the rules
 * with the same precondition, and never carried over to another lint, even of the same `SourceCode` under other
 * settings or another file name.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { Linter, SourceCode } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index';
import { createRule } from '../../src/util/create-rule';

const projects = path.join(__dirname, '../fixtures/projects');
const routes = path.join(projects, 'express-cjs/routes/video.js');

const configFor = (settings: Record<string, unknown> = {}): Linter.Config[] => [
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    plugins: { 'vonage-video': plugin as never },
    rules: { 'vonage-video/require-authenticated-endpoint': 'error', 'vonage-video/no-hardcoded-credentials': 'error', 'vonage-video/no-hardcoded-session-credentials': 'error' },
    settings,
  },
];

const ruleIds = (messages: Linter.LintMessage[]): string[] => messages.map(message => message.ruleId ?? `fatal: ${message.message}`);

describe('createRule preconditions', () => {
  it('answers each lint afresh: files linted one after another each get their own answers', () => {
    const linter = new Linter({ cwd: '/' });
    const vonage = "const OpenTok = require('opentok');\nmodule.exports = new OpenTok('46271837', process.env.KEY ?? 'f3a9c1d27b4e8a6059d2c7e1b8a4f60d92c3e5b7');\n";
    const plain = 'module.exports = a => a + 1;\n';
    const sessionId = `const id = '2_${Buffer.from('1~46271837~~Mon Dec 07 10:30:00 PST 2026~x7Rq2pLm~MX4~').toString('base64url')}';\n`;
    for (let round = 0; round < 2; round++) {
      expect(ruleIds(linter.verify(vonage, configFor(), '/app/a.js'))).toEqual(['vonage-video/no-hardcoded-credentials']);
      expect(ruleIds(linter.verify(plain, configFor(), '/app/b.js'))).toEqual([]);
      expect(ruleIds(linter.verify(sessionId, configFor(), '/app/c.js'))).toEqual(['vonage-video/no-hardcoded-session-credentials']);
    }
  });

  it('does not carry an answer over to another lint of the same SourceCode, under other settings or another name', () => {
    const linter = new Linter({ cwd: '/' });
    // Parsed once; linted as the app's routes file (the project model reaches the SDK through its imports) and then
    // again with the project model off, and under a name outside the app.
    const text = readFileSync(routes, 'utf8');
    linter.verify(text, configFor(), routes);
    const sourceCode = linter.getSourceCode() as SourceCode;
    expect(ruleIds(linter.verify(sourceCode, configFor(), routes))).toContain('vonage-video/require-authenticated-endpoint');
    expect(ruleIds(linter.verify(sourceCode, configFor({ 'vonage-video': { project: false } }), routes))).toEqual([]);
    expect(ruleIds(linter.verify(sourceCode, configFor(), routes))).toContain('vonage-video/require-authenticated-endpoint');
    expect(ruleIds(linter.verify(sourceCode, configFor(), path.join(path.dirname(projects), 'elsewhere.js')))).toEqual([]);
  });

  it('still checks the settings in a file where no rule applies', () => {
    const linter = new Linter();
    expect(() => linter.verify('const a = 1;\n', configFor({ 'vonage-video': { detection: 'Tracked' } }), 'a.js')).toThrow("settings['vonage-video'].detection accepts 'all' or 'tracked'");
  });

  it('asks a hand-made context (no file context behind it) afresh, and runs a rule without a precondition everywhere', () => {
    const context = (text: string, settings: Record<string, unknown> = {}) => ({ sourceCode: { text }, settings, options: [], cwd: '/', filename: 'a.js', report() {} });
    const rule = plugin.rules?.['no-shared-session'] as unknown as { create(context: unknown): object };
    expect(rule.create(context('module.exports = a => a + 1;'))).toEqual({});
    expect(() => rule.create(context('x', { 'vonage-video': { detection: 'Tracked' } }))).toThrow('detection');
    const everywhere = createRule({
      name: 'test-everywhere',
      meta: { type: 'problem', docs: { description: 'test', guideSection: 'test' }, messages: { found: 'found' }, schema: [] },
      defaultOptions: [],
      create: () => ({ Program() {} }),
    });
    expect(Object.keys(everywhere.create(context('const a = 1;') as never))).toEqual(['Program']);
    expect(() => everywhere.create(context('x', { 'vonage-video': { nope: true } }) as never)).toThrow('unknown setting');
  });
});
