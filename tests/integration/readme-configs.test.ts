/**
 * The README's config examples work as written (issue 15): every ```js block of README.md that starts with
 * `// eslint.config.mjs (lints .x .y …)` is written, unchanged but for its import specifiers (made absolute, since the
 * copy lives outside this repository), as the `eslint.config.mjs` of a copy of the first-contact fixture app, which has
 * a finding in each of `.js`, `.jsx`, `.ts`, `.tsx`, `.vue` and `.html`. The real ESLint class lints the app through
 * it: every file of the listed types has findings, no other file has any, and nothing fails to parse. Examples with
 * ignores must leave the app's tests/ and generated/ code alone.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FIXTURES, REPO, findingsOf, loadESLint, makeTempDir, requireFromRepo } from './helpers';

const APP = join(FIXTURES, 'first-contact');
const APP_FILES = [
  'generated/client.js',
  'server/rooms.ts',
  'server/token-server.js',
  'tests/token-server.test.js',
  'web/public/index.html',
  'web/src/Lobby.jsx',
  'web/src/Room.vue',
  'web/src/Stage.tsx',
];

interface Snippet {
  line: number;
  extensions: string[];
  code: string;
}

function snippetsOf(markdown: string): Snippet[] {
  const snippets: Snippet[] = [];
  const pattern = /^```js\n(\/\/ eslint\.config\.mjs \(lints ((?:\.\w+ ?)+)\)\n[\s\S]*?)^```$/gm;
  for (const match of markdown.matchAll(pattern)) {
    const [, code = '', list = ''] = match;
    snippets.push({ line: markdown.slice(0, match.index).split('\n').length, extensions: list.trim().split(' '), code });
  }
  return snippets;
}

/** `from 'pkg'` → `from 'file:///…/node_modules/pkg/…'`, resolved from this repository as a user's project would. */
function withAbsoluteImports(code: string): string {
  return code.replace(/from '([^']+)'/g, (_, specifier: string) => `from ${JSON.stringify(pathToFileURL(requireFromRepo.resolve(specifier)).href)}`);
}

const snippets = snippetsOf(readFileSync(join(REPO, 'README.md'), 'utf8'));
let temp = '';

beforeAll(() => {
  temp = makeTempDir('readme');
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the demo app README', () => {
  it('names only files that exist', () => {
    const demo = join(REPO, 'tests', 'fixtures', 'demo-app');
    const paths = [...readFileSync(join(demo, 'README.md'), 'utf8').matchAll(/`((?:src|public)\/[^`]+)`/g)].map(match => match[1] ?? '');
    expect(paths.length).toBeGreaterThan(3);
    expect(paths.filter(path => !existsSync(join(demo, path)))).toEqual([]);
  });
});

describe('README config examples', () => {
  it('the README has the plain JS, TypeScript, Vue, HTML and monorepo examples, together covering every file type', () => {
    expect(snippets.map(snippet => snippet.extensions.join(' '))).toEqual(['.js .jsx', '.js .jsx .ts .tsx', '.js .vue', '.js .html', '.js .jsx .ts .tsx .vue .html']);
  });

  it.each(snippets)('the eslint.config.mjs at README.md line $line lints $extensions with findings in each, and no parsing error', async ({ line, extensions, code }) => {
    const app = join(temp, `line-${line}`);
    cpSync(APP, app, { recursive: true });
    rmSync(join(app, 'eslint.config.js')); // the fixture's stand-in for a foreign config, which throws
    writeFileSync(join(app, 'eslint.config.mjs'), withAbsoluteImports(code));

    const { ESLint } = loadESLint('eslint');
    // The app's directives name plugins of its own set-up (unicorn, n, security, sonarjs), which these examples lack.
    const foreign = /^Definition for rule '(unicorn|n|security|sonarjs)\/[\w-]+' was not found\.$/;
    const findings = findingsOf(await new ESLint({ cwd: app }).lintFiles(['.']), app).filter(finding => !foreign.test(finding.message));
    expect(findings.filter(finding => finding.fatal || !finding.ruleId?.startsWith('vonage-video/'))).toEqual([]);

    const ignoresTestsAndGenerated = code.includes('globalIgnores');
    const expected = APP_FILES.filter(file => extensions.includes(extname(file)) && !(ignoresTestsAndGenerated && /^(tests|generated)\//.test(file)));
    expect([...new Set(findings.map(finding => finding.file))].sort()).toEqual(expected);
  });
});
