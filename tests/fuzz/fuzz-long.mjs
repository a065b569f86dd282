#!/usr/bin/env node
/**
 * The long fuzz run (`npm run fuzz`, which builds first): thousands of generated programs, every rule of the built
 * plugin, every fix and suggestion applied. Prints how many programs it tried and how many crashed; saves every
 * program that crashed a rule or whose fixed/suggested output does not parse into tests/fuzz/crashes/.
 *
 *   node tests/fuzz/fuzz-long.mjs [--count N] [--seed S] [--only I]
 *
 * --count N  programs to try (default 3000)
 * --seed S   run seed (default: a fresh one, printed so the run can be repeated)
 * --only I   regenerate and check program I of the run alone, printing it (the fuzz test names failing programs so)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import plugin from '../../dist/index.js';
import harnessModule from '../helpers/harness.cjs';
import generateModule from './generate.cjs';

const { createHarness } = harnessModule;
const { SECRETS, generateProgram } = generateModule;

const here = dirname(fileURLToPath(import.meta.url));
const crashDirectory = join(here, 'crashes');

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '3000' },
    seed: { type: 'string' },
    only: { type: 'string' },
  },
});

function integerOption(name, text) {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} must be a non-negative integer, not ${text}`);
    process.exit(2);
  }
  return value;
}

const count = integerOption('count', values.count);
const seed = values.seed === undefined ? (Date.now() ^ (process.pid << 16)) >>> 0 : integerOption('seed', values.seed);
const harness = createHarness(plugin, { secrets: SECRETS });

function problemsOf(result) {
  return {
    crashes: result.crashes,
    // Broken fixes and suggestions, and messages that quote a secret or a raw control character.
    outputs: [...result.fixProblems, ...result.suggestionProblems, ...result.printProblems],
  };
}

if (values.only !== undefined) {
  const program = generateProgram(seed, integerOption('only', values.only));
  const result = harness.check(program.code, program);
  const { crashes, outputs } = problemsOf(result);
  console.log(`seed ${seed}, program ${program.index}: ${program.kind}, ${program.parser}, ${program.sourceType}${program.jsx ? ', JSX' : ''} (${program.filename})`);
  console.log(`--- program ---\n${program.code}\n---------------`);
  if (result.inputError) console.log(`the program does not parse: ${result.inputError}`);
  for (const message of result.reports) console.log(harness.describeMessage(program.filename, message));
  for (const problem of [...crashes, ...outputs]) console.log(`\n${problem}`);
  process.exit(crashes.length + outputs.length > 0 ? 1 : 0);
}

console.log(`fuzz: ${count} programs, seed ${seed}, ${harness.ruleIds.length} rules (${harness.ruleIds.join(', ')})`);
const started = performance.now();
const totals = { tried: 0, unparsable: 0, crashed: 0, badOutput: 0, reports: 0, fixed: 0, suggestions: 0 };
const saved = [];

function save(program, problems) {
  mkdirSync(crashDirectory, { recursive: true });
  const base = join(crashDirectory, `seed-${seed}-program-${program.index}`);
  const extension = program.filename.slice(program.filename.lastIndexOf('.'));
  writeFileSync(`${base}${extension}`, program.code);
  const header = `seed ${seed}, program ${program.index}: ${program.kind}, parser ${program.parser}, sourceType ${program.sourceType}${program.jsx ? ', JSX' : ''}\nreproduce: node tests/fuzz/fuzz-long.mjs --seed ${seed} --only ${program.index}\n`;
  writeFileSync(`${base}.txt`, `${header}\n${problems.join('\n\n')}\n`);
  saved.push(`${base}${extension}`);
}

for (let index = 0; index < count; index++) {
  const program = generateProgram(seed, index);
  const result = harness.check(program.code, program);
  totals.tried++;
  if (result.inputError !== null) totals.unparsable++;
  totals.reports += result.reports.length;
  if (result.fixed) totals.fixed++;
  totals.suggestions += result.suggestionsApplied;
  const { crashes, outputs } = problemsOf(result);
  if (crashes.length > 0) totals.crashed++;
  if (outputs.length > 0) totals.badOutput++;
  if (crashes.length + outputs.length > 0) {
    save(program, [...crashes, ...outputs]);
    console.log(`program ${index} (${program.kind}): ${crashes.length > 0 ? 'CRASH' : 'BAD OUTPUT'}: ${(crashes[0] ?? outputs[0]).split('\n')[0]}`);
  }
  if ((index + 1) % 500 === 0) console.log(`  ${index + 1}/${count} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `\ntried ${totals.tried} programs in ${seconds} s: ${totals.tried - totals.unparsable} linted (${totals.unparsable} did not parse), ` +
    `${totals.reports} reports, ${totals.fixed} fixed, ${totals.suggestions} suggestions applied`,
);
console.log(`crashes: ${totals.crashed}; fixed or suggested outputs that do not parse or do not settle: ${totals.badOutput}`);
if (saved.length > 0) {
  console.log(`saved ${saved.length} program(s) to ${crashDirectory}:`);
  for (const file of saved) console.log(`  ${file}`);
  process.exitCode = 1;
}
