/**
 * Every parser and file type users have (issue 8, item 2): `.ts` and `.tsx` through `@typescript-eslint/parser`, Vue
 * SFCs through `vue-eslint-parser` (`<script setup>`, `<script setup lang="ts">` handed to the TypeScript parser, and an
 * options-API component), and inline `<script>` in `.html` through `eslint-plugin-html`, all linted by the real
 * `ESLint` class of both majors from the fixture's flat config. Findings must sit on the original file's lines and
 * columns (the SFC and HTML offsets mapped back), and the demo app's HTML page is linted the same way.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { at } from '../helpers/locate';
import { ESLINT_PACKAGES, FAKE, FIXTURES, REPO, findingsOf, loadESLint, makeTempDir, ourFindings, requireFromRepo } from './helpers';
import type { ESLintModule, Finding } from './helpers';

// eslint-plugin-html patches the Linter of every ESLint already in require.cache when it is first loaded: load both
// majors before any config imports it (a user's process only ever has one ESLint, so this is a test-only concern).
const eslintModules = new Map<string, ESLintModule>(ESLINT_PACKAGES.map(pkg => [pkg, loadESLint(pkg)]));

const PARSERS = join(FIXTURES, 'parsers');
const source = (file: string) => readFileSync(join(PARSERS, file), 'utf8');
const LISTED_RULES = new Set([
  'vonage-video/no-hardcoded-credentials',
  'vonage-video/no-hardcoded-session-credentials',
  'vonage-video/require-token-expiry',
  'vonage-video/require-token-role',
]);
const SESSION_ID = `'${FAKE.sessionId}'`;
const TOKEN = `'${FAKE.token}'`;

describe.each(ESLINT_PACKAGES)('TypeScript, Vue and HTML files through the ESLint class of %s', pkg => {
  let findings: Finding[] = [];
  let linted: string[] = [];

  beforeAll(async () => {
    const { ESLint } = eslintModules.get(pkg) as ESLintModule;
    const eslint = new ESLint({ cwd: PARSERS, overrideConfigFile: join(PARSERS, 'eslint.config.mjs') });
    const results = await eslint.lintFiles(['.']);
    findings = findingsOf(results, PARSERS);
    linted = results.map(result => result.filePath.slice(PARSERS.length + 1)).sort();
  });

  const of = (file: string) => ourFindings(findings).filter(finding => finding.file === file && LISTED_RULES.has(finding.ruleId ?? ''));

  it('lints every file type, with no parsing errors', () => {
    expect(linted).toEqual(
      expect.arrayContaining(['public/index.html', 'src/components/LegacyRoom.vue', 'src/components/RoomSetup.vue', 'src/components/TypedRoom.vue', 'src/components/VideoRoom.tsx', 'src/server/token.ts']),
    );
    expect(findings.filter(finding => finding.fatal || finding.ruleId === null)).toEqual([]);
  });

  it('.ts: `import = require()`, type annotations and generics around the SDK calls', () => {
    const file = 'src/server/token.ts';
    const text = source(file);
    expect(of(file)).toEqual([
      { file, ruleId: 'vonage-video/no-hardcoded-credentials', messageId: 'hardcodedApiSecret', ...at(text, `'${FAKE.apiSecret}'`) },
      { file, ruleId: 'vonage-video/require-token-expiry', messageId: 'missingExpiry', ...at(text, 'generateToken') },
      { file, ruleId: 'vonage-video/require-token-role', messageId: 'missingRole', ...at(text, 'generateToken') },
    ]);
  });

  it('.tsx: a session ID in a JSX attribute of <OTSession>', () => {
    const file = 'src/components/VideoRoom.tsx';
    expect(of(file)).toEqual([
      { file, ruleId: 'vonage-video/no-hardcoded-session-credentials', messageId: 'hardcodedSessionId', ...at(source(file), `"${FAKE.sessionId}"`) },
    ]);
  });

  it('.vue <script setup> (espree)', () => {
    const file = 'src/components/RoomSetup.vue';
    const text = source(file);
    expect(of(file)).toEqual([
      { file, ruleId: 'vonage-video/no-hardcoded-session-credentials', messageId: 'hardcodedSessionId', ...at(text, SESSION_ID) },
      { file, ruleId: 'vonage-video/no-hardcoded-session-credentials', messageId: 'hardcodedToken', ...at(text, TOKEN) },
    ]);
  });

  it('.vue <script setup lang="ts"> (vue-eslint-parser hands it to @typescript-eslint/parser)', () => {
    const file = 'src/components/TypedRoom.vue';
    const text = source(file);
    expect(of(file)).toEqual([
      { file, ruleId: 'vonage-video/no-hardcoded-session-credentials', messageId: 'hardcodedToken', ...at(text, TOKEN) },
      { file, ruleId: 'vonage-video/no-hardcoded-session-credentials', messageId: 'hardcodedSessionId', ...at(text, SESSION_ID) },
    ]);
  });

  it('.vue options-API component', () => {
    const file = 'src/components/LegacyRoom.vue';
    expect(of(file)).toEqual([
      { file, ruleId: 'vonage-video/no-hardcoded-session-credentials', messageId: 'hardcodedSessionId', ...at(source(file), SESSION_ID) },
    ]);
  });

  it('.html: inline <script> using the OT global of opentok.min.js (eslint-plugin-html maps lines back)', () => {
    const file = 'public/index.html';
    const text = source(file);
    expect(of(file)).toEqual([
      { file, ruleId: 'vonage-video/no-hardcoded-session-credentials', messageId: 'hardcodedSessionId', ...at(text, SESSION_ID) },
      { file, ruleId: 'vonage-video/no-hardcoded-session-credentials', messageId: 'hardcodedToken', ...at(text, TOKEN) },
    ]);
  });

  // vue-eslint-parser exposes the <template> only through parserServices.defineTemplateBodyVisitor, which no rule uses.
  it.todo('.vue <template>: a session ID or token in a component attribute (`<ot-session session-id="1_MX4…">`)');
});

describe('the demo app page (tests/fixtures/demo-app/public/index.html)', () => {
  const DEMO = join(REPO, 'tests', 'fixtures', 'demo-app');
  const page = readFileSync(join(DEMO, 'public', 'index.html'), 'utf8');

  it('loads the web SDK from static.opentok.com and carries a hard-coded session ID and token', () => {
    expect(page).toContain('<script src="https://static.opentok.com/v2/js/opentok.min.js"></script>');
    expect(page).toContain(SESSION_ID);
  });

  let directory = '';
  beforeAll(() => {
    directory = makeTempDir('demo-html');
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it.each(ESLINT_PACKAGES)('%s: the demo config plus eslint-plugin-html for **/*.html reports the inline script', async pkg => {
    const { ESLint } = eslintModules.get(pkg) as ESLintModule;
    const eslint = new ESLint({ cwd: DEMO, overrideConfigFile: demoConfigWithHtml(directory) });
    const findings = findingsOf(await eslint.lintFiles(['public/index.html']), DEMO);
    expect(findings.filter(finding => finding.fatal || finding.ruleId === null)).toEqual([]);
    const reported = ourFindings(findings).filter(finding => finding.ruleId === 'vonage-video/no-hardcoded-session-credentials');
    expect(reported.map(({ messageId, line, column }) => ({ messageId, line, column }))).toEqual([
      { messageId: 'hardcodedSessionId', ...pick(at(page, SESSION_ID)) },
      { messageId: 'hardcodedToken', ...pick(at(page, TOKEN)) },
    ]);
  });
});

/**
 * The demo app's own eslint.config.mjs plus the lines it needs for HTML (the same lines are proposed for that file),
 * written to a temporary config so ESLint loads it natively; `cwd` stays the demo app, so its `files` globs apply.
 */
function demoConfigWithHtml(directory: string): string {
  const url = (path: string) => JSON.stringify(pathToFileURL(path).href);
  const file = join(directory, 'eslint.config.mjs');
  writeFileSync(
    file,
    [
      `import demo from ${url(join(REPO, 'tests', 'fixtures', 'demo-app', 'eslint.config.mjs'))};`,
      `import html from ${url(requireFromRepo.resolve('eslint-plugin-html'))};`,
      `import globals from ${url(requireFromRepo.resolve('globals'))};`,
      '',
      'export default [',
      '  ...demo,',
      "  { files: ['**/*.html'], plugins: { html }, languageOptions: { sourceType: 'script', globals: { ...globals.browser, OT: 'readonly' } } },",
      '];',
      '',
    ].join('\n'),
  );
  return file;
}

function pick(location: { line: number; column: number }): { line: number; column: number } {
  return { line: location.line, column: location.column };
}
