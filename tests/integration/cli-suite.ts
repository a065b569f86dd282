/**
 * CI output (issue 8, item 4), through the real ESLint CLI on the fixture project (ESLint 10 here; ESLint 9 runs the
 * same suite in tests/integration/slow/cli-eslint9.test.ts, to keep the fast group fast):
 * - SARIF (`-f @microsoft/eslint-formatter-sarif`) carries our rule ids, messages, places and `helpUri` = the rule's
 *   docs URL, and never a secret's value;
 * - `--cache`: the second run reads the cache (shown without timing: results planted in the cache file come back),
 *   reports the same and leaves the cache unchanged;
 * - `--concurrency 2` (worker threads, ESLint >= 9.34) reports exactly what a single thread reports, from the CLI and
 *   from the Node API (every rule's options passed in `overrideConfig`, which ESLint structured-clones to the workers,
 *   and `ESLint.fromOptionsModule` for the plugin object itself, which cannot be cloned).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import type { Linter } from 'eslint';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { FAKE, FIXTURES, REPO, binOf, docsUrlOf, findingsOf, loadBuiltPlugin, loadESLint, makeTempDir, requireFromRepo, runNode } from './helpers';
import type { ESLintPackage, Finding } from './helpers';

const PROJECT = join(FIXTURES, 'project');
const plugin = loadBuiltPlugin();

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; message: string; line: number; column: number; endLine?: number; endColumn?: number; severity: number }>;
}

/** `eslint <args>` in the fixture project with the CLI of `pkg`; exit code 1 = findings, anything else fails. */
function eslintCli(pkg: ESLintPackage, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = runNode([binOf(pkg, 'bin/eslint.js'), ...args], { cwd: PROJECT });
  if (result.status !== 1) throw new Error(`eslint ${args.join(' ')} exited ${String(result.status)}\n${result.stderr}\n${result.stdout.slice(0, 2000)}`);
  return result;
}

/** The JSON formatter's results as sorted `{file, ruleId, line, column, endLine, endColumn, message}`. */
function normalise(stdout: string): Array<Pick<Finding, 'file' | 'ruleId' | 'line' | 'column' | 'endLine' | 'endColumn' | 'message'>> {
  const results = JSON.parse(stdout) as JsonResult[];
  return results
    .flatMap(result =>
      result.messages.map(({ ruleId, line, column, endLine, endColumn, message }) => ({
        file: result.filePath.slice(PROJECT.length + 1).split('\\').join('/'),
        ruleId,
        line,
        column,
        endLine,
        endColumn,
        message,
      })),
    )
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId)));
}

/** The CLI suite for one ESLint major. */
export function cliSuite(pkg: ESLintPackage): void {
  describe(`the ${pkg} CLI`, () => {
    let temp = '';
    let cacheFile = '';
    /** The first `--cache` run: the cache is empty, so every file is linted. */
    let reference: ReturnType<typeof normalise> = [];
    let cacheAfterFirst = '';

    beforeAll(() => {
      temp = makeTempDir(`cli-${pkg}`);
      cacheFile = join(temp, '.eslintcache');
      reference = normalise(eslintCli(pkg, ['--cache', '--cache-location', cacheFile, '--format', 'json', '.']).stdout);
      cacheAfterFirst = readFileSync(cacheFile, 'utf8');
    });
    afterAll(() => rmSync(temp, { recursive: true, force: true }));

    it('reports the plugin\'s findings (JSON formatter)', () => {
      expect(reference.filter(finding => finding.ruleId === null)).toEqual([]);
      // No require-token-role: the fixture mints one kind of token, so there is no role choice to report (issue 14).
      for (const rule of ['no-hardcoded-credentials', 'no-hardcoded-session-credentials', 'require-token-expiry']) {
        expect(reference.map(finding => finding.ruleId)).toContain(`vonage-video/${rule}`);
      }
    });

    describe('SARIF (@microsoft/eslint-formatter-sarif)', () => {
      interface Sarif {
        version: string;
        runs: Array<{
          tool: { driver: { name: string; rules: Array<{ id: string; helpUri: string; shortDescription?: { text: string } }> } };
          results: Array<{
            ruleId: string;
            level: string;
            message: { text: string };
            locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine?: number; endColumn?: number } } }>;
          }>;
          invocations?: Array<{ executionSuccessful: boolean }>;
        }>;
      }
      let text = '';
      let sarif: Sarif;

      beforeAll(() => {
        text = eslintCli(pkg, ['--format', '@microsoft/eslint-formatter-sarif', '.']).stdout;
        sarif = JSON.parse(text) as Sarif;
      });

      it('describes each of our rules with its docs URL as helpUri and its description', () => {
        expect(sarif.version).toBe('2.1.0');
        const [run] = sarif.runs;
        const ours = (run?.tool.driver.rules ?? []).filter(rule => rule.id.startsWith('vonage-video/'));
        const reported = [...new Set(reference.map(finding => finding.ruleId).filter(id => id?.startsWith('vonage-video/')))].sort();
        expect(ours.map(rule => rule.id).sort()).toEqual(reported);
        for (const rule of ours) {
          const name = rule.id.slice('vonage-video/'.length);
          expect(rule.helpUri).toBe(docsUrlOf(rule.id, plugin));
          expect(rule.helpUri).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
          expect(existsSync(join(REPO, 'docs', 'rules', `${name}.md`))).toBe(true);
          expect(rule.shortDescription?.text).toBe(plugin.rules[name]?.meta.docs?.description);
        }
      });

      it('has one result per finding, with the rule id, message and place ESLint reported (and no tool errors)', () => {
        const [run] = sarif.runs;
        expect(run?.invocations).toBeUndefined();
        const results = (run?.results ?? []).map(result => {
          const location = result.locations[0]?.physicalLocation;
          return {
            file: decodeURIComponent(location?.artifactLocation.uri ?? '').replace(pathToFileURL(PROJECT).href + '/', ''),
            ruleId: result.ruleId,
            line: location?.region.startLine,
            column: location?.region.startColumn,
            endLine: location?.region.endLine,
            endColumn: location?.region.endColumn,
            message: result.message.text,
          };
        });
        results.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.ruleId.localeCompare(b.ruleId));
        expect(results).toEqual(reference);
        expect((run?.results ?? []).every(result => result.level === 'error')).toBe(true);
      });

      it('never contains a credential value (messages name where a secret is, not what it is)', () => {
        expect(text.length).toBeGreaterThan(0);
        for (const secret of [FAKE.apiSecret, FAKE.sessionId, FAKE.token]) expect(text).not.toContain(secret);
      });
    });

    describe('--cache', () => {
      let second: ReturnType<typeof normalise> = [];
      let cacheAfterSecond = '';

      beforeAll(() => {
        second = normalise(eslintCli(pkg, ['--cache', '--cache-location', cacheFile, '--format', 'json', '.']).stdout);
        cacheAfterSecond = readFileSync(cacheFile, 'utf8');
      });

      it('writes a cache that holds our results (the config, plugin included, is hashable)', () => {
        for (const ruleId of new Set(reference.map(finding => finding.ruleId))) expect(cacheAfterFirst).toContain(`"${String(ruleId)}"`);
        expect(cacheAfterFirst).toContain('hashOfConfig');
      });

      it('a second run reports the same and leaves the cache byte-for-byte unchanged', () => {
        expect(second).toEqual(reference);
        expect(cacheAfterSecond).toBe(cacheAfterFirst);
      });

      it('a second run reads its results from the cache (a message planted in the cache comes back)', () => {
        const original = reference.find(finding => finding.ruleId === 'vonage-video/no-hardcoded-session-credentials')?.message ?? '';
        expect(original).not.toBe('');
        const planted = 'PLANTED IN THE CACHE: this run did not lint the file';
        writeFileSync(cacheFile, JSON.stringify(replaceStrings(JSON.parse(cacheAfterSecond), original, planted)));
        const third = normalise(eslintCli(pkg, ['--cache', '--cache-location', cacheFile, '--format', 'json', '.']).stdout);
        expect(third.filter(finding => finding.message === planted).length).toBe(reference.filter(finding => finding.message === original).length);
        // A different rule configuration is a different config hash: the files are linted again.
        const relinted = normalise(
          eslintCli(pkg, ['--cache', '--cache-location', cacheFile, '--rule', '{"vonage-video/require-token-role":"warn"}', '--format', 'json', '.']).stdout,
        );
        expect(relinted.some(finding => finding.message === planted)).toBe(false);
        expect(relinted.map(({ message, ...place }) => place)).toEqual(reference.map(({ message, ...place }) => place));
      });
    });

    describe('--concurrency', () => {
      // Two worker threads on this small project spend most of their time starting up, and ESLint says so in-process
      // with an ESLintPoorConcurrencyWarning (`npm test` printed it). True, and beside the point: these tests check
      // what the workers report. That one warning is dropped; any other still reaches the output.
      let restoreWarnings = () => {};
      beforeEach(() => {
        const emitWarning = process.emitWarning.bind(process) as (...args: unknown[]) => void;
        const spy = vi.spyOn(process, 'emitWarning').mockImplementation(((...args: unknown[]) => {
          const options = args[1];
          const type = typeof options === 'string' ? options : (options as { type?: string } | undefined)?.type;
          if (type !== 'ESLintPoorConcurrencyWarning') emitWarning(...args);
        }) as typeof process.emitWarning);
        restoreWarnings = () => spy.mockRestore();
      });
      afterEach(() => restoreWarnings());

      it('--concurrency 2 reports exactly what a single thread reports', () => {
        const threaded = normalise(eslintCli(pkg, ['--concurrency', '2', '--format', 'json', '.']).stdout);
        expect(threaded).toEqual(reference);
      });

      it('Node API: rule options passed in `overrideConfig` are cloned to the workers (`concurrency: 2`)', async () => {
        const { ESLint } = loadESLint(pkg);
        // Every rule with its default options, spelled out, and one organisation choice: all plain JSON, so ESLint can
        // structured-clone them to the worker threads (a RegExp or function here would throw).
        const rules: Linter.RulesRecord = {};
        for (const [name, rule] of Object.entries(plugin.rules as Record<string, { meta: { defaultOptions?: unknown[] } }>)) {
          rules[`vonage-video/${name}`] = ['error', ...(rule.meta.defaultOptions ?? [])];
        }
        rules['vonage-video/require-token-expiry'] = ['error', { maxSeconds: 3600, fixMilliseconds: true }];
        expect(structuredClone(rules)).toEqual(JSON.parse(JSON.stringify(rules)));
        const eslint = new ESLint({ cwd: PROJECT, overrideConfigFile: join(PROJECT, 'eslint.config.mjs'), overrideConfig: { rules }, concurrency: 2 });
        const findings = findingsOf(await eslint.lintFiles(['.']), PROJECT);
        const expiry = findings.filter(finding => finding.ruleId === 'vonage-video/require-token-expiry');
        expect(expiry.map(finding => finding.messageId).sort()).toEqual(['milliseconds', 'missingExpiry']);
        expect(expiry.find(finding => finding.messageId === 'missingExpiry')?.message).toContain('1 hour');
        expect(expiry.find(finding => finding.messageId === 'milliseconds')?.fix).toBeDefined();
      });

      it('Node API: ESLint.fromOptionsModule with the plugin object inline and `concurrency: 2`', async () => {
        const { ESLint } = loadESLint(pkg);

        // Options that hold functions (the plugin object) cannot be cloned to workers: ESLint's answer is an options
        // module that each worker imports. Rule options themselves must stay plain JSON for this and for --cache.
        const optionsModule = join(temp, `${pkg}-options.mjs`);
        const url = (path: string) => JSON.stringify(pathToFileURL(path).href);
        writeFileSync(
          optionsModule,
          [
            `import vonageVideo from ${url(requireFromRepo.resolve('eslint-plugin-vonage-video'))};`,
            `import tsParser from ${url(requireFromRepo.resolve('@typescript-eslint/parser'))};`,
            'export default {',
            `  cwd: ${JSON.stringify(PROJECT)},`,
            '  overrideConfigFile: true,',
            '  concurrency: 2,',
            '  overrideConfig: [',
            '    vonageVideo.configs.strict,',
            "    { files: ['server/**/*.js'], languageOptions: { sourceType: 'commonjs' } },",
            "    { files: ['**/*.ts'], languageOptions: { parser: tsParser } },",
            "    { rules: { 'vonage-video/require-token-expiry': ['error', { maxSeconds: 7200, fixMilliseconds: false }] } },",
            '  ],',
            '};',
            '',
          ].join('\n'),
        );
        const fromModule = await ESLint.fromOptionsModule(pathToFileURL(optionsModule));
        const findings = findingsOf(await fromModule.lintFiles(['server/**/*.js', 'server/**/*.ts', 'web/**/*.js']), PROJECT);
        const ours = (list: ReadonlyArray<Pick<Finding, 'file' | 'ruleId' | 'line' | 'column' | 'endLine' | 'endColumn' | 'message'>>) =>
          list
            .filter(finding => finding.ruleId?.startsWith('vonage-video/') && !finding.file.startsWith('eslint.config.'))
            .map(({ file, ruleId, line, column, endLine, endColumn, message }) => ({ file, ruleId, line, column, endLine, endColumn, message }));
        expect(ours(findings)).toEqual(ours(reference));
        expect(ours(findings).length).toBeGreaterThan(0);
      });
    });
  });
}

/** Replaces every string equal to `from` anywhere in a parsed JSON value (the cache is flatted JSON: an array). */
function replaceStrings(value: unknown, from: string, to: string): unknown {
  if (value === from) return to;
  if (Array.isArray(value)) return value.map(item => replaceStrings(item, from, to));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceStrings(item, from, to)]));
  return value;
}
