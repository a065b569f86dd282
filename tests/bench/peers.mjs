/**
 * The side-by-side part of the benchmark (issue 17): the security plugins a user would pick instead, linted in the same
 * process on the same files as our rules, each under the ESLint version it supports (@microsoft/eslint-plugin-sdl's
 * peer is ESLint 9: it runs under the `eslint9` alias; the others accept ESLint 10). Each row is one lint of the corpus
 * with ESLint's `recommended` rules plus the plugin's rules, with `stats`; its figure is the plugin's rule time as a
 * share of the core rules' time in that same lint, so a row does not depend on the other rows' engine or load. Rows are
 * interleaved run by run and each figure is the median over the runs. Imported by bench.mjs.
 */
import js from '@eslint/js';
import sdl from '@microsoft/eslint-plugin-sdl';
import { ESLint } from 'eslint';
import noSecrets from 'eslint-plugin-no-secrets';
import security from 'eslint-plugin-security';
import sonarjs from 'eslint-plugin-sonarjs';
import { ESLint as ESLint9 } from 'eslint9';

import plugin from '../../dist/index.js';

/** sonarjs's rules for secrets and clear-text transport (the rest of sonarjs is a code-quality suite). */
const SONARJS_RULES = ['no-hardcoded-passwords', 'no-hardcoded-secrets', 'hardcoded-secret-signatures', 'no-clear-text-protocols'];

const rulesOf = (prefix, names) => Object.fromEntries(names.map(name => [`${prefix}/${name}`, 'error']));

/** Each row: what is measured, the engine, the prefix of the plugin's rule IDs, and the config added to `recommended`. */
export const ROWS = [
  { label: `${plugin.meta.name} (all ${Object.keys(plugin.rules).length} rules)`, ours: true, engine: ESLint, prefix: 'vonage-video', config: [plugin.configs.all] },
  {
    label: `${plugin.meta.name}, project model off`,
    ours: true,
    engine: ESLint,
    prefix: 'vonage-video',
    config: [plugin.configs.all, { settings: { 'vonage-video': { project: false } } }],
  },
  {
    label: `${plugin.meta.name}, the corpus copied outside node_modules`,
    ours: true,
    outside: true,
    engine: ESLint,
    prefix: 'vonage-video',
    config: [plugin.configs.all],
  },
  { label: `${plugin.meta.name} under ESLint 9`, ours: true, engine: ESLint9, prefix: 'vonage-video', config: [plugin.configs.all] },
  {
    label: `@microsoft/eslint-plugin-sdl (its own ${Object.keys(sdl.rules).length} rules, ESLint 9)`,
    engine: ESLint9,
    prefix: '@microsoft/sdl',
    config: [{ plugins: { '@microsoft/sdl': sdl }, rules: rulesOf('@microsoft/sdl', Object.keys(sdl.rules)) }],
  },
  { label: `eslint-plugin-security (recommended, ${Object.keys(security.configs.recommended.rules).length} rules)`, engine: ESLint, prefix: 'security', config: [security.configs.recommended] },
  { label: 'eslint-plugin-no-secrets (no-secrets)', engine: ESLint, prefix: 'no-secrets', config: [{ plugins: { 'no-secrets': noSecrets }, rules: { 'no-secrets/no-secrets': 'error' } }] },
  { label: `eslint-plugin-sonarjs (${SONARJS_RULES.join(', ')})`, engine: ESLint, prefix: 'sonarjs', config: [{ plugins: { sonarjs }, rules: rulesOf('sonarjs', SONARJS_RULES) }] },
];

/** One lint of every target with `recommended` plus the row's config; returns the row's and the core rules' time. */
export async function lintRow(row, targets) {
  let mine = 0;
  let core = 0;
  for (const target of targets) {
    const eslint = new row.engine({
      cwd: target.cwd,
      overrideConfigFile: true,
      overrideConfig: [
        ...target.config,
        { name: 'bench/recommended', ...js.configs.recommended },
        ...row.config,
        { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
      ],
      stats: true,
      errorOnUnmatchedPattern: false,
    });
    for (const result of await eslint.lintFiles(target.patterns)) {
      for (const pass of result.stats?.times.passes ?? []) {
        for (const [ruleId, time] of Object.entries(pass.rules ?? {})) {
          if (ruleId.startsWith(`${row.prefix}/`)) mine += time.total;
          else if (!ruleId.includes('/')) core += time.total;
        }
      }
    }
  }
  return { mine, core, share: (mine / core) * 100 };
}

const median = values => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Runs every row `runs` times (after one warm-up round), interleaved; returns the rows with their median figures. Rows
 * marked `outside` lint the copy of the corpus outside `node_modules`.
 */
export async function measurePeers(targets, runs, outsideTargets = targets) {
  const targetsOf = row => (row.outside ? outsideTargets : targets);
  process.stdout.write('side by side: warming up');
  for (const row of ROWS) await lintRow(row, targetsOf(row));
  const samples = ROWS.map(() => []);
  for (let run = 1; run <= runs; run++) {
    process.stdout.write(`, run ${run}/${runs}`);
    for (const [index, row] of ROWS.entries()) samples[index].push(await lintRow(row, targetsOf(row)));
  }
  process.stdout.write('\n');
  return ROWS.map((row, index) => ({
    ...row,
    engineVersion: row.engine.version,
    share: median(samples[index].map(sample => sample.share)),
    mine: median(samples[index].map(sample => sample.mine)),
    core: median(samples[index].map(sample => sample.core)),
    shares: samples[index].map(sample => sample.share),
  }));
}

/** The table: rule time as a share of ESLint core `recommended` rule time, ours first, then the peers by cost. */
export function peerTable(rows, runs) {
  const ours = rows.filter(row => row.ours);
  const peers = rows.filter(row => !row.ours).sort((a, b) => a.share - b.share);
  const line = row =>
    `   ${row.label.padEnd(92)} ESLint ${row.engineVersion.padEnd(8)} ${row.mine.toFixed(1).padStart(8)} ms  ${`${row.share.toFixed(2)} %`.padStart(9)}   (runs: ${row.shares.map(share => share.toFixed(2)).join(', ')})`;
  const main = ours[0];
  const cheapest = peers[0];
  const withModel = ours.find(row => row.label.includes('project model off'));
  const outside = ours.find(row => row.outside);
  return [
    '',
    `== side by side on the corpus: rule time as a share of ESLint core recommended rule time (median of ${runs} runs, each row in its own lint)`,
    ...ours.map(line),
    ...peers.map(line),
    withModel
      ? `   the project model's share: ${(main.share - withModel.share).toFixed(2)} % of core rule time in place (under node_modules it resolves nothing)` +
        (outside ? `, ${(outside.share - withModel.share).toFixed(2)} % on the copy outside node_modules` : '')
      : '',
    cheapest ? `   ours vs the cheapest peer (${cheapest.label.split(' ')[0]}): ${main.share < cheapest.share ? 'cheaper' : 'NOT cheaper'}` : '',
  ];
}
