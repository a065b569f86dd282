#!/usr/bin/env node
// `npm run demo`: lints the deliberately insecure demo app with `vonage-video/recommended` through the real ESLint
// CLI and shows the findings. Exits 0 when the findings are there (that is the point of the demo), 1 when it found
// nothing, 2 when ESLint itself failed.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const app = join(root, 'tests', 'fixtures', 'demo-app');
const eslint = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');

console.log(`Linting ${app} with vonage-video/recommended\n`);
const shown = spawnSync(process.execPath, [eslint, '--no-warn-ignored', '.'], { cwd: app, stdio: 'inherit' });
if (shown.status !== 1) {
  console.error(shown.status === 0 ? '\ndemo: ESLint reported nothing; the demo app should have findings.' : '\ndemo: ESLint failed.');
  process.exit(shown.status === 0 ? 1 : 2);
}

const json = spawnSync(process.execPath, [eslint, '--format', 'json', '.'], { cwd: app, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const results = JSON.parse(json.stdout);
const byRule = new Map();
for (const result of results) {
  for (const message of result.messages) byRule.set(message.ruleId, (byRule.get(message.ruleId) ?? 0) + 1);
}
// Each rule's docs page explains why it matters and how to fix it (the messages say only what and what to do).
const plugin = createRequire(import.meta.url)(join(root, 'dist', 'index.js'));
const docsUrl = rule => plugin.rules[rule.replace(/^vonage-video\//, '')]?.meta.docs?.url ?? '';
const width = Math.max(...[...byRule.keys()].map(rule => rule.length));
console.log('Findings by rule:');
for (const [rule, count] of [...byRule].sort()) console.log(`  ${String(count).padStart(3)}  ${rule.padEnd(width)}  ${docsUrl(rule)}`);
console.log('\ndemo: the findings above are expected; see tests/fixtures/demo-app/README.md.');
