#!/usr/bin/env node
// Writes the "Rule options" table into README.md from each rule's schema and `meta.defaultOptions`, so the options of
// every rule are documented in one place and cannot drift. `node scripts/rule-options.mjs --check` fails when stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BEGIN = '<!-- begin rule options (npm run docs) -->';
export const END = '<!-- end rule options -->';

const cell = text => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeOf(schema) {
  if (schema.type === 'array') return `${schema.items?.type ?? 'any'}[]`;
  if (schema.enum) return schema.enum.map(value => `\`${JSON.stringify(value)}\``).join(', ');
  return schema.type ?? 'any';
}

/** The Markdown table for `rules` (the plugin's rule map). */
export function renderOptionsTable(rules) {
  const rows = [];
  for (const [name, rule] of Object.entries(rules).sort(([a], [b]) => a.localeCompare(b))) {
    const schema = Array.isArray(rule.meta.schema) ? rule.meta.schema[0] : undefined;
    const defaults = rule.meta.defaultOptions?.[0] ?? {};
    for (const [option, property] of Object.entries(schema?.properties ?? {})) {
      const fallback = defaults[option];
      rows.push(
        `| [${name}](docs/rules/${name}.md) | \`${option}\` | ${cell(typeOf(property))} | ${fallback === undefined ? '' : `\`${cell(JSON.stringify(fallback))}\``} | ${cell(property.description ?? '')} |`,
      );
    }
  }
  return ['| rule | option | type | default | description |', '|---|---|---|---|---|', ...rows].join('\n');
}

export function updateReadme(readme, rules) {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) throw new Error(`README.md needs the markers ${BEGIN} and ${END}`);
  return `${readme.slice(0, start + BEGIN.length)}\n\n${renderOptionsTable(rules)}\n\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const plugin = createRequire(import.meta.url)(join(root, 'dist', 'index.js'));
  const path = join(root, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const updated = updateReadme(readme, plugin.rules);
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md rule options table is out of date: run `npm run docs`.');
      process.exit(1);
    }
  } else {
    writeFileSync(path, updated);
  }
}
