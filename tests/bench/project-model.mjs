// The project model's cost: generates a 600-file Express app with Vonage usage spread over 40 modules (20 services
// wrapping the SDK, 20 route files calling them), lints it with the built plugin's `recommended` config through the
// ESLint CLI with `project: true` and `project: false` (best of 3 fresh processes each), and prints the ratio. It then
// lints ESLint's own `lib` (no Vonage usage) in one process and prints how many module summaries were built (0 means
// such files pay nothing for the project model).
// Usage: npm run build && node tests/bench/project-model.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const REPO = resolve(import.meta.dirname, '..', '..');
const require = createRequire(join(REPO, 'package.json'));
const ESLINT_BIN = join(REPO, 'node_modules/eslint/bin/eslint.js');
const RUNS = 3;

function generate(root) {
  const write = (file, text) => {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  write('lib/opentok.js', "const OpenTok = require('opentok');\nmodule.exports = new OpenTok(process.env.OT_KEY, process.env.OT_SECRET);\n");
  for (let index = 0; index < 20; index++) {
    write(
      `services/video-${index}.js`,
      `const client = require('../lib/opentok');\nconst util = require('../utils/u-${index}');\n\nfunction createRoom(callback) {\n  client.createSession({ mediaMode: 'routed' }, callback);\n}\n\nfunction joinToken(sessionId, role) {\n  return client.generateToken(sessionId, { role, expireTime: Math.floor(Date.now() / 1000) + 3600, data: util.label(sessionId) });\n}\n\nmodule.exports = { createRoom, joinToken };\n`,
    );
    write(
      `routes/video-${index}.js`,
      `const express = require('express');\nconst calls = require('../services/video-${index}');\nconst requireAuth = require('../utils/u-${index + 20}');\n\nconst router = express.Router();\nrouter.post('/room', requireAuth, (req, res) => calls.createRoom((error, session) => res.json({ id: session.sessionId })));\nrouter.get('/token', (req, res) => res.json({ token: calls.joinToken(req.query.sessionId, 'subscriber') }));\nmodule.exports = router;\n`,
    );
  }
  // The routers are mounted in app.js, half behind a guard (the reverse index finds it; issue 12).
  const mounts = Array.from({ length: 20 }, (_, index) => `app.use('/v${index}', ${index < 10 ? 'requireAuth, ' : ''}require('./routes/video-${index}'));`).join('\n');
  write('app.js', `const express = require('express');\nconst requireAuth = require('./utils/u-0');\n\nconst app = express();\n${mounts}\nmodule.exports = app;\n`);
  for (let index = 0; index < 558; index++) {
    const next = (index + 1) % 558;
    const other = (index * 7 + 3) % 558;
    const tokenWords = index % 3 === 0 ? `\nfunction verifyToken(token) {\n  return typeof token === 'string' && token.length > 10;\n}\nexports.verifyToken = verifyToken;\n` : '';
    const body = Array.from({ length: 8 }, (_, fn) => `function f${fn}(items, options = {}) {\n  const result = [];\n  for (const item of items) {\n    if (options.skip && options.skip(item)) continue;\n    result.push(helpers.normalise(item, ${fn}));\n  }\n  return other.combine(result, options.limit ?? ${fn * 10});\n}\nexports.f${fn} = f${fn};\n`).join('\n');
    write(`utils/u-${index}.js`, `const helpers = require('./u-${next}');\nconst other = require('./u-${other}');\n\nexports.label = value => String(value).slice(0, 8);\nexports.normalise = (value, index) => ({ value, index });\nexports.combine = (values, limit) => values.slice(0, limit);\n${tokenWords}\n${body}`);
  }
}

function config(project) {
  return `import vonageVideo from ${JSON.stringify(pathToFileURL(join(REPO, 'dist/index.js')).href)};\nexport default [vonageVideo.configs.recommended, { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' } }, { settings: { 'vonage-video': { project: ${project} } } }];\n`;
}

function lintOnce(root) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [ESLINT_BIN, '--format', 'json', '.'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(result.stderr);
  const byRule = {};
  for (const file of JSON.parse(result.stdout)) for (const message of file.messages) byRule[message.ruleId] = (byRule[message.ruleId] ?? 0) + 1;
  const findings = Object.entries(byRule).map(([rule, count]) => `${rule.replace('vonage-video/', '')} ${count}`).join(', ') || 'none';
  return { ms, findings };
}

const { ESLint } = require('eslint');
const summary = require(join(REPO, 'dist/project/summary.js'));
const importers = require(join(REPO, 'dist/project/importers.js'));
const mountCache = require(join(REPO, 'dist/project/mounts.js'));

/** CPU time of one in-process lint of the app with a cold summary cache (a fresh CLI run has one). */
async function lintInProcess(root, project) {
  writeFileSync(join(root, 'eslint.config.mjs'), config(project));
  summary.clearSummaryCache();
  importers.clearImporterIndex();
  mountCache.clearMountCache();
  const eslint = new ESLint({ cwd: root, cache: false });
  const start = process.cpuUsage();
  await eslint.lintFiles(['.']);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const root = mkdtempSync(join(tmpdir(), 'vonage-project-bench-'));
try {
  generate(root);
  const times = { true: [], false: [] };
  const findings = {};
  for (let run = 0; run < RUNS; run++) {
    for (const project of [false, true]) {
      writeFileSync(join(root, 'eslint.config.mjs'), config(project));
      const result = lintOnce(root);
      times[project].push(result.ms);
      findings[project] = result.findings;
    }
  }
  const best = project => Math.min(...times[project]);
  console.log(`600-file app, 40 modules with Vonage usage (best of ${RUNS} CLI runs, wall-clock):`);
  console.log(`  project: false  ${best(false).toFixed(0)} ms; findings: ${findings.false}`);
  console.log(`  project: true   ${best(true).toFixed(0)} ms; findings: ${findings.true}`);
  console.log(`  ratio           ${(best(true) / best(false)).toFixed(3)}`);
  const cpu = { true: [], false: [] };
  await lintInProcess(root, false); // warm-up (JIT, parser, config loading)
  for (let run = 0; run < 5; run++) for (const project of run % 2 ? [true, false] : [false, true]) cpu[project].push(await lintInProcess(root, project));
  const bestCpu = project => Math.min(...cpu[project]);
  console.log(`same app in one process, cold summary cache (best of 5, CPU time):`);
  console.log(`  project: false  ${bestCpu(false).toFixed(0)} ms`);
  console.log(`  project: true   ${bestCpu(true).toFixed(0)} ms (${summary.summaryCacheSize()} module summaries)`);
  console.log(`  ratio           ${(bestCpu(true) / bestCpu(false)).toFixed(3)}`);
  // The reverse index alone: one walk + specifier scan of the app (cold), then a lookup on the warm index.
  const target = join(root, 'routes/video-3.js');
  const timed = () => {
    const start = process.hrtime.bigint();
    const found = importers.importersOf(target, { cwd: root });
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, found: found.length };
  };
  importers.clearImporterIndex();
  const cold = timed();
  const warm = timed();
  console.log(`reverse index (600 files): cold walk + scan + lookup ${cold.ms.toFixed(1)} ms, warm lookup ${warm.ms.toFixed(1)} ms (${cold.found} importer)`);
} finally {
  rmSync(root, { recursive: true, force: true });
}

// Files with no Vonage usage pay nothing: lint ESLint's own lib in this process and count the summaries built.
const plugin = require(join(REPO, 'dist/index.js'));
summary.clearSummaryCache();
const corpus = join(REPO, 'node_modules/eslint');
const eslint = new ESLint({ cwd: corpus, overrideConfigFile: true, overrideConfig: [plugin.configs.all, { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' } }] });
const results = await eslint.lintFiles(['lib/**/*.js']);
const reports = results.reduce((sum, result) => sum + result.messages.filter(message => message.ruleId?.startsWith('vonage-video/')).length, 0);
console.log(`node_modules/eslint/lib (${results.length} files, no Vonage usage): ${summary.summaryCacheSize()} module summaries built, ${reports} reports`);
