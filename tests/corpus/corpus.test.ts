/**
 * Corpus (design, testing layer 4): every rule of the plugin on ~120k lines of real third-party code that has no Vonage
 * usage, the benchmark corpus (`node_modules/eslint/lib`, CommonJS JS; `node_modules/rxjs/src`, TypeScript).
 * - no rule throws;
 * - no rule reports anything: every report here is a false positive;
 * - every fix parses and a second fix pass changes nothing; every suggestion parses.
 * Each file is linted once with every rule; the fix and suggestion checks only run for files with fixable messages or
 * suggestions.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import plugin from '../../src/index';
import { createHarness } from '../helpers/harness.cjs';
import type { CheckResult, HarnessLanguageOptions } from '../helpers/harness.cjs';

const ROOT = join(__dirname, '..', '..');

interface Corpus extends HarnessLanguageOptions {
  name: string;
  directory: string;
  extension: string;
  /** The corpus is the design's; a much smaller one means a dependency moved and the test lost its reach. */
  minFiles: number;
}

const CORPORA: Corpus[] = [
  { name: 'eslint/lib', directory: 'node_modules/eslint/lib', extension: '.js', parser: 'espree', sourceType: 'commonjs', minFiles: 300 },
  { name: 'rxjs/src', directory: 'node_modules/rxjs/src', extension: '.ts', parser: 'typescript', sourceType: 'module', minFiles: 200 },
];
const MIN_TOTAL_LINES = 100_000;

interface CorpusRun {
  files: number;
  lines: number;
  milliseconds: number;
  results: CheckResult[];
}

function filesOf(corpus: Corpus): string[] {
  const directory = join(ROOT, corpus.directory);
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter(file => file.endsWith(corpus.extension) && !file.endsWith('.d.ts'))
    .sort()
    .map(file => join(directory, file));
}

const harness = createHarness(plugin);
const runs = new Map<string, CorpusRun>();

function lintCorpus(corpus: Corpus): CorpusRun {
  const started = performance.now();
  const files = filesOf(corpus);
  let lines = 0;
  const results: CheckResult[] = [];
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    lines += code.split('\n').length;
    // Named without `node_modules/`, which flat config ignores: `Linter` would lint nothing.
    const filename = join(corpus.name, relative(join(ROOT, corpus.directory), file));
    results.push(harness.check(code, { filename, parser: corpus.parser, sourceType: corpus.sourceType }));
  }
  return { files: files.length, lines, milliseconds: performance.now() - started, results };
}

afterAll(() => {
  const all = [...runs.values()];
  const summary = [...runs.entries()].map(([name, run]) => `${name}: ${run.files} files, ${run.lines} lines, ${run.milliseconds.toFixed(0)} ms`);
  const total = all.reduce((sum, run) => sum + run.milliseconds, 0);
  console.log(`corpus (${harness.ruleIds.length} rules): ${summary.join('; ')}; total ${total.toFixed(0)} ms`);
});

describe('corpus', () => {
  it('runs every rule of the plugin', () => {
    expect(harness.ruleIds.length).toBeGreaterThan(0);
    expect(harness.ruleIds).toHaveLength(Object.keys(plugin.rules ?? {}).length);
    for (const ruleId of Object.keys(plugin.configs.all.rules ?? {})) expect(harness.ruleIds).toContain(ruleId);
  });

  describe.each(CORPORA)('$name', corpus => {
    let run: CorpusRun;
    beforeAll(() => {
      run = lintCorpus(corpus);
      runs.set(corpus.name, run);
    });

    it('is all there and parses', () => {
      expect(run.files).toBeGreaterThanOrEqual(corpus.minFiles);
      const unparsed = run.results.flatMap(result => (result.inputError === null ? [] : [result.inputError]));
      expect(unparsed, unparsed.join('\n')).toEqual([]);
    });

    it('no rule throws', () => {
      const crashes = run.results.flatMap(result => result.crashes);
      expect(crashes, crashes.join('\n\n')).toEqual([]);
    });

    it('no rule reports anything (every report here is a false positive)', () => {
      const reports = run.results.flatMap(result => result.reports.map(message => harness.describeMessage(result.filename, message)));
      expect(reports, `${reports.length} false positives:\n${reports.join('\n')}`).toEqual([]);
    });

    it('every fix parses and a second fix pass changes nothing', () => {
      const problems = run.results.flatMap(result => result.fixProblems);
      expect(problems, problems.join('\n\n')).toEqual([]);
    });

    it('every suggestion parses', () => {
      const problems = run.results.flatMap(result => result.suggestionProblems);
      expect(problems, problems.join('\n\n')).toEqual([]);
    });
  });

  it(`covers at least ${MIN_TOTAL_LINES} lines`, () => {
    const lines = [...runs.values()].reduce((sum, run) => sum + run.lines, 0);
    expect(lines).toBeGreaterThanOrEqual(MIN_TOTAL_LINES);
  });
});
