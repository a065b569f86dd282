/**
 * Adversarial inputs: huge literals, huge arrays, deep nesting, huge files, a minified bundle, and SDK-heavy files.
 * Every rule of the plugin runs on each; none may throw, and none may be slower than linear in the input's size.
 *
 * Time is only ever compared as a RATIO, never against a wall-clock bound: each input is built at size n and 10n (and
 * at a minimal size of the same shape, whose time is subtracted from both so that a fixed per-file cost cannot hide
 * growth), linted to warm up, then several times each, alternating, and the best times compared (`measureScaling`).
 * The time compared is our rules' own time (ESLint's per-rule `stats`, which also charges the shared SDK analysis to
 * the rule that first asks for it), corrected for time the process was not running (`timeOnce`), so that neither
 * parsing nor ESLint's own non-linear spots (acorn's top-level name checks, code-path analysis of long conditional
 * chains) count against us; `EPSILON_MS` on both sides keeps sub-millisecond timer noise from making a ratio. A linear
 * rule gives ~10; `MAX_RATIO` leaves room for noise.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import plugin from '../../src/index';
import { createHarness } from '../helpers/harness.cjs';
import type { CheckResult, HarnessLanguageOptions } from '../helpers/harness.cjs';

const ROOT = join(__dirname, '..', '..');
const MAX_RATIO = 20;
const EPSILON_MS = 0.5;
const RUNS = 3;
const MAX_SUGGESTIONS = 5;

const harness = createHarness(plugin);

interface Input extends HarnessLanguageOptions {
  code: string;
  filename: string;
}

const cjs = (code: string): Input => ({ code, filename: 'adversarial.cjs', parser: 'espree', sourceType: 'commonjs' });
const script = (code: string): Input => ({ code, filename: 'adversarial.js', parser: 'espree', sourceType: 'script' });
const ts = (code: string): Input => ({ code, filename: 'adversarial.ts', parser: 'typescript', sourceType: 'module' });
const jsx = (code: string): Input => ({ code, filename: 'adversarial.jsx', parser: 'espree', sourceType: 'module', jsx: true });

interface Timing {
  /** CPU milliseconds in our rules. */
  ours: number;
  /** CPU milliseconds of the whole lint (parse, scope analysis, traversal, every rule). */
  total: number;
}

/**
 * One lint of `input`. ESLint's per-rule `stats` are wall-clock times; on a shared machine (other processes, other
 * vitest workers) a long lint is descheduled more than a short one, which would inflate the ratio. So our rules' wall
 * time is scaled by the share of the lint's wall time that this process actually ran (its CPU time / wall time).
 */
function timeOnce(input: Input): Timing {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  harness.lint(input.code, input.filename, input, { stats: true });
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const running = wall > 0 ? Math.min(1, cpuMs / wall) : 1;
  const oursWall = Object.values(harness.lastRuleTimes()).reduce((sum, time) => sum + time, 0);
  return { ours: oursWall * running, total: cpuMs };
}

interface Scaling {
  name: string;
  size: string;
  baseline: Timing;
  small: Timing;
  large: Timing;
  ratio: number;
  totalRatio: number;
}

const table: Scaling[] = [];
const notes: string[] = [];

/** Measurements of one input pair before a ratio over the limit counts (see `measureScaling`). */
const MAX_ATTEMPTS = 3;

const ratioOf = (large: number, small: number): number => (large + EPSILON_MS) / (small + EPSILON_MS);

/**
 * Our rules' time at sizes n and 10n, less their time on a minimal `baseline` of the same shape (the fixed cost of a
 * file: setting up listeners, the SDK analysis of an empty file), so that a fixed cost does not hide growth. Best of
 * `runs` at 10n, of `runs + 2` at n and at the baseline (cheap), after a warm-up lint of the small one (every test
 * first `check`s the large one, which warms it up). Stops after two rounds when both already show a ratio far over
 * the limit.
 */
function measureScaling(name: string, size: string, inputs: { baseline: Input; small: Input; large: Input }, runs = RUNS, attempt = 1): Scaling {
  const { baseline, small, large } = inputs;
  timeOnce(small);
  const best = {
    baseline: { ours: Infinity, total: Infinity },
    small: { ours: Infinity, total: Infinity },
    large: { ours: Infinity, total: Infinity },
  };
  const keep = (slot: keyof typeof best, timing: Timing): void => {
    best[slot] = { ours: Math.min(best[slot].ours, timing.ours), total: Math.min(best[slot].total, timing.total) };
  };
  const growth = (slot: 'small' | 'large'): number => Math.max(0, best[slot].ours - best.baseline.ours);
  for (let round = 0; round < Math.max(2, runs); round++) {
    keep('baseline', timeOnce(baseline));
    keep('small', timeOnce(small));
    keep('large', timeOnce(large));
    if (round >= 1 && ratioOf(growth('large'), growth('small')) > MAX_RATIO * 3) break;
  }
  for (let extra = 0; extra < 2; extra++) {
    keep('baseline', timeOnce(baseline));
    keep('small', timeOnce(small));
  }
  const scaling = {
    name,
    size,
    baseline: best.baseline,
    small: best.small,
    large: best.large,
    ratio: ratioOf(growth('large'), growth('small')),
    totalRatio: best.large.total / best.small.total,
  };
  // A garbage-collection pause or another process on the machine can double one measurement; a real quadratic path
  // stays over the limit (by 5x or more) every time. So a ratio over the limit is measured again, up to three times.
  if (scaling.ratio >= MAX_RATIO && scaling.ratio < MAX_RATIO * 3 && attempt < MAX_ATTEMPTS) {
    return measureScaling(name, size, inputs, runs, attempt + 1);
  }
  table.push(scaling);
  return scaling;
}

function expectLinear(scaling: Scaling): void {
  const detail =
    `${scaling.name} (${scaling.size}): our rules ${scaling.small.ours.toFixed(2)} ms -> ${scaling.large.ours.toFixed(2)} ms for 10x the input ` +
    `(${scaling.baseline.ours.toFixed(2)} ms on a minimal input of the same shape)`;
  expect(scaling.ratio, detail).toBeLessThan(MAX_RATIO);
}

function expectNoProblem(result: CheckResult, options: { noReports?: boolean } = {}): void {
  expect(result.inputError, 'the input must parse').toBeNull();
  expect(result.crashes, result.crashes.join('\n\n')).toEqual([]);
  expect(result.fixProblems, result.fixProblems.join('\n\n').slice(0, 5000)).toEqual([]);
  expect(result.suggestionProblems, result.suggestionProblems.join('\n\n').slice(0, 5000)).toEqual([]);
  if (options.noReports) {
    const reports = result.reports.map(message => harness.describeMessage(result.filename, message));
    expect(reports, reports.slice(0, 50).join('\n')).toEqual([]);
  }
}

function check(input: Input): CheckResult {
  return harness.check(input.code, { ...input, maxSuggestions: MAX_SUGGESTIONS });
}

afterAll(() => {
  const rows = table.map(
    row =>
      `${`${row.name} [${row.size}]`.padEnd(62)} ours ${row.baseline.ours.toFixed(2).padStart(6)} | ${row.small.ours.toFixed(2).padStart(8)} -> ${row.large.ours.toFixed(2).padStart(9)} ms` +
      `  ratio ${row.ratio.toFixed(1).padStart(5)}   whole lint (CPU) ${row.small.total.toFixed(1).padStart(7)} -> ${row.large.total.toFixed(1).padStart(8)} ms  ratio ${row.totalRatio.toFixed(1).padStart(5)}`,
  );
  console.log(
    `adversarial (${harness.ruleIds.length} rules; ours = minimal input | n -> 10n; ratio = (t(10n) - t(minimal)) / (t(n) - t(minimal)), limit ${MAX_RATIO}):\n` +
      `${rows.join('\n')}${notes.length > 0 ? `\n${notes.join('\n')}` : ''}`,
  );
});

// --- inputs -----------------------------------------------------------------------------------------------------------

const KB = 1024;

/** `length` characters of `pattern` repeated. */
const filled = (pattern: string, length: number): string => pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);

/**
 * Fragments that each send a matcher of src/sdk/formats.ts into its slow path: bare prefixes (`_MX`, `eyJ`,
 * `-----BEGIN `, `LS0tLS1CRUdJTi`), and near misses that match as far as they can before failing (a session-ID body,
 * a JWT-shaped run, a PEM header with a body one character short, a base64 PEM prefix with a short body).
 */
const FRAGMENTS = [
  '_MX',
  'eyJ',
  '-----BEGIN ',
  'LS0tLS1CRUdJTi',
  ` 1_MX4${filled('abcdefghijklmnopqrstuvwxyz0123456789', 250)} `,
  ` eyJ${filled('a', 12)}.eyJ${filled('b', 12)}.${filled('c', 19)} `,
  `eyJhbGciOiJIUzI1NiJ9.${filled('eyJ', 600)}`,
  `-----BEGIN PRIVATE KEY-----${filled('ABCDabcd0123', 63)}-`,
  `-----BEGIN RSA ${filled('-----BEGIN ', 60)}`,
  ` LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t${filled('QUJD', 80)} `,
  ` T1==cGFydG5lcl9pZD${filled('MTIz', 100)} `,
  ' x',
].join('');

/** A Vonage file with `secret` as the API secret, reached through a named constant. */
const vonageSecretFile = (secret: string): string =>
  `const OpenTok = require('opentok');\nconst apiSecret = '${secret}';\nmodule.exports = new OpenTok(process.env.OPENTOK_API_KEY, apiSecret);\n`;

function arrayOf(count: number, element: (index: number) => string): string {
  return Array.from({ length: count }, (_, index) => element(index)).join(', ');
}

function fileOfLines(count: number, line: (index: number) => string): string {
  return Array.from({ length: count }, (_, index) => line(index)).join('\n');
}

/**
 * A file of `count` lines in 10-line functions, the last statement of each given by `last`. Functions, not top-level
 * declarations: acorn (espree) checks each top-level lexical name against an array of all earlier ones, so 50k
 * top-level `const`s would measure the parser's quadratic time, not ours.
 */
function fileOfFunctions(count: number, last: (index: number) => string): string {
  return fileOfLines(count / 10, index =>
    [
      `function f${index}(a, b) {`,
      `  const x = a.map((y) => y * ${index});`,
      `  if (x.length > ${index}) {`,
      `    b.push('s${index}', x);`,
      '  }',
      '  for (let k = 0; k < x.length; k++) b.push(x[k]);',
      '  try { b.sort(); } catch (error) { console.error(error); }',
      `  const o = { k${index}: ${index}, s: 's${index}', n: null };`,
      `  ${last(index)}`,
      '}',
    ].join('\n'),
  );
}

const PLAIN_LAST = (): string => 'return o;';
const VONAGE_LAST = (index: number): string =>
  `return ot.generateToken(b, { role: 'subscriber', expireTime: Math.floor(Date.now() / 1000) + 600, data: 'n=${index}' });`;

// --- the tests --------------------------------------------------------------------------------------------------------

describe('adversarial inputs', () => {
  it('runs every rule of the plugin', () => {
    expect(harness.ruleIds.length).toBeGreaterThan(0);
    expect(harness.ruleIds).toHaveLength(Object.keys(plugin.rules ?? {}).length);
  });

  describe('a 1 MB string literal', () => {
    it('plain', () => {
      const make = (length: number): Input => cjs(`const s = '${filled('abcdefghij ', length)}';\n`);
      const large = make(1024 * KB);
      expectNoProblem(check(large), { noReports: true });
      const scaling = measureScaling('string literal, plain', '100 KB / 1 MB', { baseline: make(KB), small: make(100 * KB), large });
      notes.push(`1 MB plain string literal: our rules ${scaling.large.ours.toFixed(2)} ms (design budget: under 50 ms)`);
      expectLinear(scaling);
    });

    it('made of credential-format fragments (_MX, eyJ, -----BEGIN, LS0tLS1CRUdJTi and near misses)', () => {
      const make = (length: number): Input => cjs(`const s = '${filled(FRAGMENTS, length)}';\n`);
      const large = make(1024 * KB);
      expectNoProblem(check(large));
      const scaling = measureScaling('string literal, credential fragments', '100 KB / 1 MB', { baseline: make(KB), small: make(100 * KB), large });
      notes.push(`1 MB fragment string literal: our rules ${scaling.large.ours.toFixed(2)} ms (design budget: under 50 ms)`);
      expectLinear(scaling);
    });

    it('made of fragments, as a template literal, JSX text and a named secret in a Vonage file', () => {
      const template = (length: number): Input => cjs(`const t = \`${filled(FRAGMENTS, length / 2)}\${x}${filled(FRAGMENTS, length / 2)}\`;\n`);
      const jsxText = (length: number): Input => jsx(`import { OTSession } from 'opentok-react';\nexport const A = () => <OTSession>${filled(FRAGMENTS, length)}</OTSession>;\n`);
      const named = (length: number): Input => cjs(vonageSecretFile(filled(FRAGMENTS, length)));
      for (const [name, make] of [
        ['template literal, fragments', template],
        ['JSX text, fragments', jsxText],
        ['named secret in a Vonage file, fragments', named],
      ] as const) {
        const large = make(1024 * KB);
        expectNoProblem(check(large));
        expectLinear(measureScaling(name, '100 KB / 1 MB', { baseline: make(KB), small: make(100 * KB), large }));
      }
    });
  });

  describe('a 10,000-element array literal', () => {
    it('plain', () => {
      const make = (count: number): Input => cjs(`const a = [${arrayOf(count, index => (index % 3 === 0 ? `${index}` : index % 3 === 1 ? `'s${index}'` : `{ k: ${index} }`))}];\n`);
      const large = make(10_000);
      expectNoProblem(check(large), { noReports: true });
      expectLinear(measureScaling('array literal, plain', '1k / 10k elements', { baseline: make(10), small: make(1000), large }));
    });

    it('in a Vonage call, of secret-like strings', () => {
      const make = (count: number): Input =>
        cjs(
          `const OpenTok = require('opentok');\nconst ot = new OpenTok(process.env.K, process.env.S);\n` +
            `exports.t = (sessionId) => ot.generateToken(sessionId, { role: 'subscriber', data: [${arrayOf(count, index => `'0123456789abcdef${index}'`)}].join() });\n` +
            `exports.secrets = { apiSecret: ['${'a'.repeat(40)}', ${arrayOf(count, index => `'1_MX4${index}'`)}] };\n`,
        );
      const large = make(10_000);
      expectNoProblem(check(large));
      expectLinear(measureScaling('array literal, in a Vonage call', '1k / 10k elements', { baseline: make(10), small: make(1000), large }));
    });
  });

  describe('deep nesting (2,000 levels, or the deepest ESLint itself survives)', () => {
    const TARGET_DEPTH = 2000;
    const shapes: Array<[string, (depth: number) => Input]> = [
      ['parentheses ((((a))))', depth => cjs(`x = ${'('.repeat(depth)}a${')'.repeat(depth)};`)],
      ['a + a + … + a', depth => cjs(`x = ${Array.from({ length: depth }, () => 'a').join(' + ')};`)],
      ['nested calls f(f(…))', depth => cjs(`x = ${'f('.repeat(depth)}a${')'.repeat(depth)};`)],
      ['nested arrays [[…]]', depth => cjs(`x = ${'['.repeat(depth)}${']'.repeat(depth)};`)],
      ['nested objects {a:{a:…}}', depth => cjs(`x = ${'{ a: '.repeat(depth)}1${' }'.repeat(depth)};`)],
      ['nested arrow functions', depth => cjs(`x = ${'() => '.repeat(depth)}a;`)],
      ['nested conditionals', depth => cjs(`x = ${'a ? b : '.repeat(depth)}c;`)],
      ['member chain a.b.b…', depth => cjs(`x = a${'.b'.repeat(depth)};`)],
      ['call chain a.b().b()…', depth => cjs(`x = a${'.b()'.repeat(depth)};`)],
      ['nested blocks', depth => cjs(`${'{ '.repeat(depth)}${'} '.repeat(depth)}`)],
      ['nested functions', depth => cjs(`${'function f() { '.repeat(depth)}${'} '.repeat(depth)}`)],
      ['nested JSX elements', depth => jsx(`x = ${'<a>'.repeat(depth)}${'</a>'.repeat(depth)};`)],
      [
        'Vonage token data a + a + …',
        depth =>
          cjs(`const OpenTok = require('opentok');\nconst ot = new OpenTok(k, s);\nexports.t = (sid) => ot.generateToken(sid, { role: 'subscriber', data: ${Array.from({ length: depth }, () => 'a').join(' + ')} });`),
      ],
      [
        'Vonage arguments in nested parentheses and calls',
        depth =>
          cjs(
            `const OpenTok = require('opentok');\nconst ot = new OpenTok(k, ${'('.repeat(depth)}'0123456789abcdef0123456789abcdef'${')'.repeat(depth)});\n` +
              `exports.t = () => ot.generateToken(${'f('.repeat(depth)}sid${')'.repeat(depth)}, ${'('.repeat(depth)}{ role: 'publisher' }${')'.repeat(depth)});`,
          ),
      ],
      [
        'Vonage client aliased again and again (const ot1 = ot0; …)',
        depth =>
          cjs(
            `const OpenTok = require('opentok');\nconst ot0 = new OpenTok(k, s);\n${fileOfLines(depth, index => `const ot${index + 1} = ot${index};`)}\n` +
              `exports.t = (sid) => ot${depth}.generateToken(sid, { role: 'subscriber' });\n`,
          ),
      ],
      ['TypeScript: nested as-expressions', depth => ts(`const OpenTok = require('opentok');\nnew OpenTok(k, ${'('.repeat(depth)}'0123456789abcdef0123456789abcdef'${' as string)'.repeat(depth)});`)],
    ];

    /** ESLint with no rules at all lints `input`: neither the parser nor ESLint's own traversal overflows. */
    function eslintSurvives(input: Input): boolean {
      try {
        return harness.parseError(input.code, input.filename, input) === null;
      } catch {
        return false;
      }
    }

    /** The deepest depth up to `TARGET_DEPTH` at which ESLint itself survives. */
    function deepestSurvived(make: (depth: number) => Input): number {
      if (eslintSurvives(make(TARGET_DEPTH))) return TARGET_DEPTH;
      let low = 1;
      let high = TARGET_DEPTH;
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (eslintSurvives(make(middle))) low = middle;
        else high = middle;
      }
      return low;
    }

    it.each(shapes)('%s', (name, make) => {
      const survived = deepestSurvived(make);
      // At ESLint's own limit, any rule's listener frames would overflow: keep 10% headroom below it.
      const depth = survived === TARGET_DEPTH ? TARGET_DEPTH : Math.floor(survived * 0.9);
      if (survived < TARGET_DEPTH) notes.push(`${name}: ESLint itself (no rules) fails above depth ${survived}; tested at ${depth}`);
      const large = make(depth);
      expectNoProblem(check(large));
      expectLinear(measureScaling(`nesting: ${name}`, `depth ${Math.floor(depth / 10)} / ${depth}`, { baseline: make(1), small: make(Math.floor(depth / 10)), large }));
    });
  });

  describe('a 50,000-line file', () => {
    // ESLint itself needs seconds for 50k lines: the plain file is only checked, the Vonage one also timed.
    it('plain code: no crash, no report', () => {
      expectNoProblem(check(cjs(fileOfFunctions(50_000, PLAIN_LAST))), { noReports: true });
    });

    it('with a Vonage token call in every function (every tenth line): no crash, linear', () => {
      const make = (lines: number): Input =>
        cjs(`const OpenTok = require('opentok');\nconst ot = new OpenTok(process.env.K, process.env.S);\n${fileOfFunctions(lines, VONAGE_LAST)}`);
      const large = make(50_000);
      expectNoProblem(check(large));
      expectLinear(measureScaling('50k-line file, a token call every 10th line', '5k / 50k lines', { baseline: make(50), small: make(5000), large }, 2));
    });
  });

  describe('a minified bundle', () => {
    function findMinified(): string | null {
      const preferred = join(ROOT, 'node_modules/rxjs/dist/bundles/rxjs.umd.min.js');
      if (existsSync(preferred)) return preferred;
      const found = readdirSync(join(ROOT, 'node_modules'), { recursive: true, encoding: 'utf8' })
        .filter(file => file.endsWith('.min.js'))
        .sort();
      return found[0] === undefined ? null : join(ROOT, 'node_modules', found[0]);
    }

    it('1 copy vs 10 copies concatenated: no crash, no report, linear', () => {
      const file = findMinified();
      expect(file, 'a minified .js file in node_modules').not.toBeNull();
      const bundle = readFileSync(file as string, 'utf8');
      const make = (copies: number): Input => script(Array.from({ length: copies }, () => bundle).join(';\n'));
      notes.push(`minified bundle: ${(file as string).slice(ROOT.length + 1)} (${Math.round(bundle.length / KB)} KB per copy)`);
      const large = make(10);
      expectNoProblem(check(large), { noReports: true });
      expectLinear(measureScaling('minified bundle', '1 / 10 copies', { baseline: make(0), small: make(1), large }, 2));
    });
  });

  /**
   * Realistic shapes of SDK use, scaled up: the SDK analysis (src/analysis/sdk-calls.ts) follows every holder of an SDK
   * instance, so these find work that grows with (holders x file size).
   */
  describe('SDK-heavy files', () => {
    const shapes: Array<[string, (count: number) => Input, number]> = [
      [
        'class with one SDK client field per method',
        count =>
          cjs(
            `const OpenTok = require('opentok');\nclass S {\n${fileOfLines(count, index => `  ot${index} = new OpenTok(k, s);\n  m${index}(sid) { return this.ot${index}.generateToken(sid, { role: 'subscriber' }); }`)}\n}\nmodule.exports = S;\n`,
          ),
        40,
      ],
      [
        'methods that each assign this.ot = new OpenTok()',
        count =>
          cjs(
            `const OpenTok = require('opentok');\nclass S {\n${fileOfLines(count, index => `  m${index}(sid) { this.ot = new OpenTok(k, s); return this.ot.generateToken(sid, { role: 'subscriber' }); }`)}\n}\nmodule.exports = S;\n`,
          ),
        40,
      ],
      [
        'object literal holding many SDK clients',
        count =>
          cjs(
            `const OpenTok = require('opentok');\nconst clients = {\n${fileOfLines(count, index => `  ot${index}: new OpenTok(k, s),`)}\n};\n` +
              `${fileOfLines(count, index => `exports.t${index} = (sid) => clients.ot${index}.generateToken(sid, { role: 'subscriber' });`)}\n`,
          ),
        100,
      ],
      [
        'SDK clients assigned to properties of one object',
        count =>
          cjs(
            `const OpenTok = require('opentok');\nconst app = {};\n${fileOfLines(count, index => `app.ot${index} = new OpenTok(k, s);\nexports.t${index} = (sid) => app.ot${index}.generateToken(sid, { role: 'subscriber' });`)}\n`,
          ),
        100,
      ],
      [
        'TypeScript: injected SDK fields',
        count =>
          ts(
            `import { Video } from '@vonage/video';\nexport class S {\n${fileOfLines(count, index => `  private v${index}!: Video;\n  m${index}(sid: string) { return this.v${index}.generateClientToken(sid, { role: 'subscriber' }); }`)}\n}\n`,
          ),
        40,
      ],
      [
        'one client, many token calls',
        count =>
          cjs(
            `const OpenTok = require('opentok');\nconst ot = new OpenTok(k, s);\n${fileOfLines(count, index => `exports.t${index} = (sid) => ot.generateToken(sid, { role: 'subscriber', expireTime: Math.floor(Date.now() / 1000) + ${index} });`)}\n`,
          ),
        40,
      ],
    ];

    // n is as large as keeps the test quick; where the growth is slow, a larger n shows it above the noise.
    it.each(shapes)('%s', (name, make, count) => {
      const large = make(count * 10);
      expectNoProblem(check(large));
      expectLinear(measureScaling(`SDK-heavy: ${name}`, `${count} / ${count * 10} holders`, { baseline: make(1), small: make(count), large }));
    });
  });
});
