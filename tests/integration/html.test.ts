/**
 * HTML pages through eslint-plugin-html (issue 16, items 3 and 4), with the real ESLint class and the built plugin:
 * - SARIF: the stock SARIF formatter writes the raw line of each finding (`source`, which eslint-plugin-html attaches)
 *   into `snippet.text`, so a finding about a hard-coded token carries the token; the plugin's formatter
 *   (`dist/sarif.js`) leaves snippets out.
 * - Suggestions: eslint-plugin-html maps report locations and autofixes back into the page, not suggestions (shown
 *   with a one-rule plugin), so the rules offer none in such pages; every autofix keeps the page's `<script>` tags.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import * as espree from 'espree';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CREDENTIALS } from '../helpers/credentials';
import { ESLINT_PACKAGES, FAKE, REPO, isInstalled, loadBuiltPlugin, loadESLint, requireFromRepo } from './helpers';
import type { ESLintModule } from './helpers';

// eslint-plugin-html patches the Linter of every ESLint already loaded when it is first required: load ESLint first.
const eslintModules = new Map<string, ESLintModule>(ESLINT_PACKAGES.filter(isInstalled).map(pkg => [pkg, loadESLint(pkg)]));
const html = requireFromRepo('eslint-plugin-html') as object;
const HTML_PLUGIN_VERSION = (requireFromRepo('eslint-plugin-html/package.json') as { version: string }).version;
type Formatter = (results: unknown[], data?: unknown) => string;
const stockSarif = requireFromRepo('@microsoft/eslint-formatter-sarif') as Formatter;
// As the README's recipe loads it: by path (`-f ./node_modules/eslint-plugin-vonage-video/dist/sarif.js`).
const ourSarif = requireFromRepo(join(REPO, 'dist', 'sarif.js')) as Formatter;
const plugin = loadBuiltPlugin();

/** A page with a hard-coded token and session ID, an insecure token request, verbose logging and an unguarded moderation call. */
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <title>Room</title>
    <script src="https://static.opentok.com/v2/js/opentok.min.js"></script>
  </head>
  <body>
    <div id="publisher"></div>
    <script>
      var sessionId = '${FAKE.sessionId}';
      var token = '${FAKE.token}';
      var session = OT.initSession('46000000', sessionId);
      OT.setLogLevel(OT.DEBUG);
      fetch('http://video.example.com/api/token').then(function (response) { return response.json(); });
      session.connect(token, function () {
        session.forceDisconnect(session.connection);
      });
    </script>
    <p>Footer</p>
    <script>
      var secondSession = OT.initSession('46000000', '${CREDENTIALS.sessionId}');
    </script>
  </body>
</html>
`;

const SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/g;

/** The `<script>` tags of a page (opening tag and the attributes on it), and whether each inline one still parses. */
function scriptsOf(page: string): { tags: string[]; parse: string[] } {
  const tags: string[] = [];
  const parse: string[] = [];
  for (const match of page.matchAll(SCRIPT)) {
    tags.push(match[0].slice(0, match[0].indexOf('>') + 1));
    try {
      espree.parse(match[1] ?? '', { ecmaVersion: 'latest', sourceType: 'script' });
    } catch (error) {
      parse.push(`${(error as Error).message} in: ${match[1]}`);
    }
  }
  return { tags, parse };
}

function applyEdit(text: string, fix: { range: readonly [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

let directory = '';
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'vonage-html-'));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe.each([...eslintModules.keys()])('an HTML page through eslint-plugin-html %s and the ESLint class of %s', pkg => {
  const { ESLint } = eslintModules.get(pkg) as ESLintModule;
  const lint = async (text: string, filePath: string, rules = plugin.configs.all.rules) => {
    const eslint = new ESLint({
      cwd: directory,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.html', '**/*.js'],
          plugins: { html, 'vonage-video': plugin } as never,
          languageOptions: { sourceType: 'script', globals: { OT: 'readonly', fetch: 'readonly' } },
          rules,
        },
      ],
    });
    return eslint.lintText(text, { filePath: join(directory, filePath) });
  };

  it(`${HTML_PLUGIN_VERSION}: the stock SARIF formatter copies the token's line into snippet.text; the plugin's SARIF formatter does not`, async () => {
    const results = await lint(PAGE, 'room.html');
    const reported = results[0]?.messages.filter(message => message.ruleId === 'vonage-video/no-hardcoded-session-credentials') ?? [];
    expect(reported.map(message => message.messageId)).toEqual(['hardcodedSessionId', 'hardcodedToken', 'hardcodedSessionId']);
    // The problem, as it is upstream: each message carries the raw line.
    expect(stockSarif(results, { cwd: directory, rulesMeta: {} })).toContain(FAKE.token);
    const sarif = ourSarif(results, { cwd: directory, rulesMeta: {} });
    const parsed = JSON.parse(sarif) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { region: Record<string, unknown> } }> }> }> };
    expect(parsed.runs[0]?.results.filter(result => result.ruleId === 'vonage-video/no-hardcoded-session-credentials')).toHaveLength(3);
    for (const credential of [FAKE.token, FAKE.sessionId, CREDENTIALS.sessionId]) {
      for (let start = 0; start + 20 <= credential.length; start += 5) expect(sarif).not.toContain(credential.slice(start, start + 20));
    }
    expect(parsed.runs[0]?.results.every(result => !('snippet' in (result.locations[0]?.physicalLocation.region ?? {})))).toBe(true);
  });

  it(`${HTML_PLUGIN_VERSION} maps autofixes back into the page but not suggestions (a one-rule reproduction)`, async () => {
    const rule = {
      meta: { type: 'problem', hasSuggestions: true, fixable: 'code', messages: { insecure: 'insecure', upgrade: 'upgrade' } },
      create: (context: { report(descriptor: object): void }) => ({
        Literal(node: { value: unknown }) {
          if (node.value !== 'http://a.test') return;
          const fix = (fixer: { replaceText(node: object, text: string): object }) => fixer.replaceText(node, "'https://a.test'");
          context.report({ node, messageId: 'insecure', fix, suggest: [{ messageId: 'upgrade', fix }] });
        },
      }),
    };
    const page = "<!doctype html>\n<p>hello</p>\n<script>\n  fetch('http://a.test');\n</script>\n";
    const eslint = new ESLint({
      cwd: directory,
      overrideConfigFile: true,
      overrideConfig: [{ files: ['**/*.html'], plugins: { html, repro: { rules: { r: rule } } } as never, rules: { 'repro/r': 'error' } }],
    });
    const [message] = (await eslint.lintText(page, { filePath: join(directory, 'repro.html') }))[0]?.messages ?? [];
    const fixed = "<!doctype html>\n<p>hello</p>\n<script>\n  fetch('https://a.test');\n</script>\n";
    expect(applyEdit(page, message?.fix as never)).toBe(fixed);
    // Upstream behaviour this plugin works around; when this fails, eslint-plugin-html maps suggestions too.
    expect(applyEdit(page, message?.suggestions?.[0]?.fix as never)).not.toBe(fixed);
  });

  it('offers no suggestion in an HTML page (the same script as a .js file gets them), and every autofix keeps the <script> tags', async () => {
    const script = [...PAGE.matchAll(SCRIPT)].map(match => match[1]).join('\n');
    const asScript = (await lint(script, 'room.js'))[0]?.messages ?? [];
    expect(asScript.filter(message => (message.suggestions ?? []).length > 0).length).toBeGreaterThanOrEqual(3);

    const [result] = await lint(PAGE, 'room.html');
    const messages = result?.messages ?? [];
    expect(messages.filter(message => message.fatal || message.ruleId === null)).toEqual([]);
    expect(messages.length).toBeGreaterThanOrEqual(asScript.length - 1);
    const suggestions = messages.flatMap(message => message.suggestions ?? []);
    // Every suggestion offered (none) applied to the page keeps its scripts whole.
    for (const suggestion of suggestions) expect(scriptsOf(applyEdit(PAGE, suggestion.fix)).parse).toEqual([]);
    expect(suggestions).toEqual([]);

    const eslint = new ESLint({
      cwd: directory,
      fix: true,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.html'],
          plugins: { html, 'vonage-video': plugin } as never,
          languageOptions: { sourceType: 'script', globals: { OT: 'readonly', fetch: 'readonly' } },
          rules: plugin.configs.all.rules,
        },
      ],
    });
    const [fixed] = await eslint.lintText(PAGE, { filePath: join(directory, 'room.html') });
    const output = fixed?.output ?? PAGE;
    expect(scriptsOf(output).tags).toEqual(scriptsOf(PAGE).tags);
    expect(scriptsOf(output).parse).toEqual([]);
    expect(output.replace(/\s+/g, ' ')).toContain('<p>Footer</p>');
  });
});

describe('the plugin SARIF formatter on its own', () => {
  it('drops `source` from each message and keeps everything else', () => {
    const results = [
      {
        filePath: join(tmpdir(), 'page.html'),
        messages: [{ ruleId: 'vonage-video/x', severity: 2, message: 'm', line: 1, column: 1, source: `var t = '${FAKE.token}';` }],
        errorCount: 1,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        suppressedMessages: [],
      },
    ];
    const sarif = ourSarif(results, { cwd: tmpdir(), rulesMeta: {} });
    expect(sarif).not.toContain(FAKE.token);
    expect(JSON.parse(sarif).runs[0].results[0].message.text).toBe('m');
    writeFileSync(join(directory, 'out.sarif'), sarif);
  });
});
