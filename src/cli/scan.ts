#!/usr/bin/env node
/**
 * `npx eslint-plugin-vonage-video [paths…]`: scan a repository with this plugin only, without reading or changing the
 * repository's own ESLint set-up (see `scan-config.ts` for what is linted and ignored).
 *
 * Exit codes: 0 no findings, 1 findings (or files that could not be parsed), 2 usage error, a missing path, or a file
 * that could not be read. Writes to the scanned files only with `--fix`.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import type { ESLint as ESLintClass, Linter } from 'eslint';

import { CONFIG_NAMES, NAMESPACE } from '../configs';
import type { ConfigName } from '../configs';
import { gitignorePatterns, loadParsers, scanConfig } from './scan-config';
import { withoutSourceLines } from '../util/source-lines';

const NAME = 'eslint-plugin-vonage-video';
const FORMATS = ['stylish', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];
const SARIF_FORMATTER = '@microsoft/eslint-formatter-sarif';

export const USAGE = `Usage: npx ${NAME} [options] [paths…]

Scans JavaScript, TypeScript, Vue and HTML files (default: the current directory) with the Vonage Video security rules
only. The repository's own ESLint configuration is not read; .gitignore and build, vendor and minified files are skipped.

Options:
  --config recommended|strict|all   which rules (default: recommended)
  --format stylish|json|sarif       output format (default: stylish; sarif needs ${SARIF_FORMATTER})
  --fix                             apply the safe automatic fixes (nothing is written without it)
  -h, --help                        show this help
  -v, --version                     show the version

Exit codes: 0 no findings, 1 findings, 2 usage error or unreadable input.`;

export class UsageError extends Error {}

export interface ScanOptions {
  paths: string[];
  config: ConfigName;
  format: Format;
  fix: boolean;
  help: boolean;
  version: boolean;
}

export function parseOptions(argv: readonly string[]): ScanOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c', default: 'recommended' },
        format: { type: 'string', short: 'f', default: 'stylish' },
        fix: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { config, format, fix, help, version } = parsed.values;
  if (!(CONFIG_NAMES as readonly string[]).includes(config)) throw new UsageError(`--config must be one of ${CONFIG_NAMES.join(', ')} (got "${config}")`);
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
  return { paths: parsed.positionals.length > 0 ? parsed.positionals : ['.'], config: config as ConfigName, format: format as Format, fix, help, version };
}

/** Messages of other plugins' rules (their `eslint-disable` comments name rules this scan does not load) are dropped. */
export function keepOwnMessages(results: ESLintClass.LintResult[]): ESLintClass.LintResult[] {
  return results.map(result => {
    const messages = result.messages.filter(message => message.fatal === true || message.ruleId?.startsWith(`${NAMESPACE}/`) === true);
    const count = (severity: number, fixable: boolean) => messages.filter(message => message.severity === severity && (!fixable || message.fix !== undefined)).length;
    return {
      ...result,
      messages,
      errorCount: count(2, false),
      fatalErrorCount: messages.filter(message => message.fatal === true).length,
      warningCount: count(1, false),
      fixableErrorCount: count(2, true),
      fixableWarningCount: count(1, true),
    };
  });
}

/** One line per rule with its count and docs page, most frequent first. */
export function summary(results: readonly ESLintClass.LintResult[], docsUrl: (ruleId: string) => string | undefined): string {
  const counts = new Map<string, number>();
  for (const message of results.flatMap(result => result.messages)) {
    const key = message.ruleId ?? 'parsing error';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (counts.size === 0) return 'No Vonage Video security findings.';
  const rows = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const width = Math.max(...rows.map(([rule]) => rule.length));
  return ['Findings by rule:', ...rows.map(([rule, count]) => `  ${String(count).padStart(4)}  ${rule.padEnd(width)}  ${docsUrl(rule) ?? ''}`.trimEnd())].join('\n');
}

/** The SARIF formatter's path, from the scanned project or next to this package; `undefined` when it is not installed. */
function sarifFormatterPath(cwd: string): string | undefined {
  for (const base of [join(cwd, 'package.json'), __filename]) {
    try {
      return createRequire(base).resolve(SARIF_FORMATTER);
    } catch {
      // not installed there
    }
  }
  return undefined;
}

interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}

/** Counts the files ESLint lints (a rule that reports nothing), for the progress line on a terminal. */
function progressPlugin(onFile: () => void): ESLintClass.Plugin {
  return { rules: { file: { meta: { type: 'problem', schema: [] }, create: () => (onFile(), {}) } } } as ESLintClass.Plugin;
}

export async function scan(argv: readonly string[], io: Io): Promise<number> {
  let options: ScanOptions;
  try {
    options = parseOptions(argv);
  } catch (error) {
    io.stderr(`${NAME}: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) return io.stdout(`${USAGE}\n`), 0;
  const plugin = require('..') as { meta: { version: string }; configs: Record<ConfigName, Linter.Config>; rules: Record<string, { meta: { docs?: { url?: string } } }> };
  if (options.version) return io.stdout(`${plugin.meta.version}\n`), 0;

  const missing = options.paths.filter(path => !existsSync(resolve(io.cwd, path)));
  if (missing.length > 0) {
    io.stderr(`${NAME}: no such file or directory: ${missing.join(', ')}\n`);
    return 2;
  }
  const sarif = options.format === 'sarif' ? sarifFormatterPath(io.cwd) : undefined;
  if (options.format === 'sarif' && sarif === undefined) {
    io.stderr(`${NAME}: --format sarif needs ${SARIF_FORMATTER}: run \`npx -p ${NAME} -p ${SARIF_FORMATTER} ${NAME} --format sarif\`\n`);
    return 2;
  }

  const { ESLint } = require('eslint') as typeof import('eslint');
  let files = 0;
  const config = scanConfig(plugin, options.config, loadParsers(), gitignorePatterns(io.cwd));
  if (io.isTTY) config.push({ plugins: { 'vonage-video-scan': progressPlugin(() => (files += 1)) }, rules: { 'vonage-video-scan/file': 'warn' } });
  const eslint = new ESLint({ cwd: io.cwd, overrideConfigFile: true, overrideConfig: config, fix: options.fix, errorOnUnmatchedPattern: false, warnIgnored: false });

  const timer = io.isTTY ? setInterval(() => io.stderr(`\rScanning… ${files} files`), 250) : undefined;
  let results: ESLintClass.LintResult[];
  try {
    results = keepOwnMessages(await eslint.lintFiles(options.paths));
  } catch (error) {
    const { path, code } = error as NodeJS.ErrnoException;
    const what = path === undefined ? `cannot scan: ${(error as Error).message.split('\n')[0] ?? ''}` : `cannot read ${path} (${code ?? 'error'})`;
    io.stderr(`${timer ? '\r\x1b[K' : ''}${NAME}: ${what}\n`);
    return 2;
  } finally {
    if (timer) clearInterval(timer);
  }
  if (timer) io.stderr('\r\x1b[K');
  if (options.fix) await ESLint.outputFixes(results);

  const formatter = await eslint.loadFormatter(sarif ?? options.format);
  // No raw source lines (eslint-plugin-html attaches them in pages): SARIF's snippets and JSON would print tokens.
  const output = await formatter.format(withoutSourceLines(results));
  if (output) io.stdout(output.endsWith('\n') ? output : `${output}\n`);
  const docsUrl = (ruleId: string) => plugin.rules[ruleId.slice(NAMESPACE.length + 1)]?.meta.docs?.url;
  // Machine-readable output stays alone on stdout; the summary then goes to stderr.
  (options.format === 'stylish' ? io.stdout : io.stderr)(`${summary(results, docsUrl)}\n`);
  return results.some(result => result.messages.length > 0) ? 1 : 0;
}

/* c8 ignore start: the process entry point, tested as a process */
if (require.main === module) {
  scan(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    isTTY: process.stderr.isTTY === true,
  }).then(
    code => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`${NAME}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
/* c8 ignore stop */
