/**
 * Fuzz (design, testing layer 5), short run: randomly generated programs, every rule of the plugin, every fix and every
 * suggestion applied. No crash; every output parses; fixing is stable. The long run is `npm run fuzz`
 * (tests/fuzz/fuzz-long.mjs), with the same generator.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import plugin from '../../src/index';
import { createHarness } from '../helpers/harness.cjs';
import type { CheckResult } from '../helpers/harness.cjs';
import { SECRETS, SEEDS, generateProgram, plainSeeds } from './generate.cjs';
import type { GeneratedProgram } from './generate.cjs';

const SEED = 20_251_128;
const COUNT = 300;
const MAX_CODE_SHOWN = 4000;

const harness = createHarness(plugin, { secrets: SECRETS });

function reproduction(program: GeneratedProgram, problem: string): string {
  const code = program.code.length > MAX_CODE_SHOWN ? `${program.code.slice(0, MAX_CODE_SHOWN)}\n… (${program.code.length} chars)` : program.code;
  return `seed ${program.seed}, program ${program.index} (${program.kind}, ${program.parser}, ${program.sourceType}; regenerate with \`node tests/fuzz/fuzz-long.mjs --seed ${program.seed} --only ${program.index}\`):\n${problem}\n--- program ---\n${code}`;
}

describe('fuzz', () => {
  it('runs every rule of the plugin', () => {
    expect(harness.ruleIds.length).toBeGreaterThan(0);
    expect(harness.ruleIds).toHaveLength(Object.keys(plugin.rules ?? {}).length);
  });

  it.each(plainSeeds())('seed program $name parses and lints cleanly', seed => {
    const result = harness.check(seed.code, seed);
    expect(result.inputError).toBeNull();
    const problems = [...result.crashes, ...result.fixProblems, ...result.suggestionProblems, ...result.printProblems];
    expect(problems, problems.join('\n\n')).toEqual([]);
  });

  describe(`${COUNT} random and mutated programs (seed ${SEED})`, () => {
    let results: Array<{ program: GeneratedProgram; result: CheckResult }> = [];
    let linted: typeof results = [];
    beforeAll(() => {
      const started = performance.now();
      results = Array.from({ length: COUNT }, (_, index) => {
        const program = generateProgram(SEED, index);
        return { program, result: harness.check(program.code, program) };
      });
      linted = results.filter(({ result }) => result.inputError === null);
      const vonage = linted.filter(({ program }) => program.kind.startsWith('vonage-')).length;
      const reports = linted.reduce((sum, { result }) => sum + result.reports.length, 0);
      const fixed = linted.filter(({ result }) => result.fixed).length;
      const suggestions = linted.reduce((sum, { result }) => sum + result.suggestionsApplied, 0);
      const problems = linted.reduce((sum, { result }) => sum + result.crashes.length + result.fixProblems.length + result.suggestionProblems.length + result.printProblems.length, 0);
      console.log(
        `fuzz: ${COUNT} programs (${linted.length} parsed and linted: ${linted.length - vonage} eslump, ${vonage} mutated Vonage seeds), ` +
          `${reports} reports, ${fixed} programs fixed, ${suggestions} suggestions applied, ${problems} problems, ` +
          `${(performance.now() - started).toFixed(0)} ms`,
      );
    });

    const problemsOf = (pick: (result: CheckResult) => string[]): string[] =>
      results.flatMap(({ program, result }) => pick(result).map(problem => reproduction(program, problem)));

    it('no rule throws', () => {
      const problems = problemsOf(result => result.crashes);
      expect(problems, problems.join('\n\n')).toEqual([]);
    });

    it('every fix parses and a second fix pass changes nothing', () => {
      const problems = problemsOf(result => result.fixProblems);
      expect(problems, `${problems.length} programs:\n\n${problems.slice(0, 5).join('\n\n')}`).toEqual([]);
    });

    it('every suggestion parses', () => {
      const problems = problemsOf(result => result.suggestionProblems);
      expect(problems, `${problems.length} suggestions:\n\n${problems.slice(0, 5).join('\n\n')}`).toEqual([]);
    });

    it('no message or suggestion description quotes a secret, carries a control or bidirectional character, or runs long', () => {
      const problems = problemsOf(result => result.printProblems);
      expect(problems, `${problems.length} messages:\n\n${problems.slice(0, 5).join('\n\n')}`).toEqual([]);
    });

    it('no rule reports anything on a random program (none uses a Vonage SDK)', () => {
      const falsePositives = linted
        .filter(({ program }) => program.kind.startsWith('eslump-'))
        .flatMap(({ program, result }) => result.reports.map(message => reproduction(program, harness.describeMessage(program.filename, message))));
      expect(falsePositives, falsePositives.join('\n\n')).toEqual([]);
    });

    it('the generator works: nearly every program parses, every seed is mutated, the rules report, fix and suggest', () => {
      expect(linted.length).toBeGreaterThanOrEqual(COUNT * 0.9);
      expect(new Set(linted.filter(({ program }) => program.kind.startsWith('vonage-')).map(({ program }) => program.kind)).size).toBe(SEEDS.length);
      expect(linted.reduce((sum, { result }) => sum + result.reports.length, 0)).toBeGreaterThan(0);
      expect(linted.filter(({ result }) => result.fixed).length).toBeGreaterThan(0);
      expect(linted.reduce((sum, { result }) => sum + result.suggestionsApplied, 0)).toBeGreaterThan(0);
    });
  });
});
