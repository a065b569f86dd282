#!/usr/bin/env node
// Writes the "Coverage of Vonage's security guide" table into README.md from each rule's `meta.docs.guideSection` and
// the guide's practices (`src/sdk/guide.ts`, which also holds the practices no rule can check and what to do
// instead). `node scripts/guide-coverage.mjs --check` fails when the table is stale or a rule names an unknown section.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BEGIN = '<!-- begin guide coverage (npm run docs) -->';
export const END = '<!-- end guide coverage -->';

const cell = text => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const link = name => `[${name}](docs/rules/${name}.md)`;

/** The Markdown table for `rules` (the plugin's rule map) and `guide` (`dist/sdk/guide.js`). */
export function renderCoverageTable(rules, guide) {
  const known = new Set(guide.GUIDE_PRACTICES.flatMap(practice => practice.sections));
  const rulesOf = new Map();
  for (const [name, rule] of Object.entries(rules)) {
    const guideSection = rule.meta.docs?.guideSection;
    if (!guideSection) throw new Error(`${name}: meta.docs.guideSection is missing`);
    for (const section of guide.guideSectionsOf(guideSection)) {
      if (!known.has(section)) throw new Error(`${name}: guideSection names "${section}", which is not a practice in src/sdk/guide.ts`);
      rulesOf.set(section, [...(rulesOf.get(section) ?? []), name]);
    }
  }
  const rows = guide.GUIDE_PRACTICES.map(practice => {
    const names = [...new Set(practice.sections.flatMap(section => rulesOf.get(section) ?? []))].sort();
    const cells = names.map(link);
    const through = practice.throughOption;
    if (through) {
      if (!rules[through.rule]) throw new Error(`src/sdk/guide.ts: unknown rule ${through.rule}`);
      cells.push(`${link(through.rule)} \`${through.option}\``);
    }
    return `| ${cell(practice.sections.join('; '))} | ${cells.length > 0 ? cells.join(', ') : 'none'} | ${cell(practice.notes)} |`;
  });
  return ['| guide practice | rule | notes |', '|---|---|---|', ...rows].join('\n');
}

export function updateReadme(readme, rules, guide) {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) throw new Error(`README.md needs the markers ${BEGIN} and ${END}`);
  return `${readme.slice(0, start + BEGIN.length)}\n\n${renderCoverageTable(rules, guide)}\n\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const require = createRequire(import.meta.url);
  const plugin = require(join(root, 'dist', 'index.js'));
  const guide = require(join(root, 'dist', 'sdk', 'guide.js'));
  const path = join(root, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const updated = updateReadme(readme, plugin.rules, guide);
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error("README.md guide coverage table is out of date: run `npm run docs`.");
      process.exit(1);
    }
  } else {
    writeFileSync(path, updated);
  }
}
