/**
 * Shared by the integration tests: they exercise the BUILT plugin (`dist/`, reached by its package name through the
 * package's self-reference) with the real ESLint packages, parsers and CLIs, exactly as users get them.
 * `npm test` builds before it runs vitest; `npm run test:slow` builds too.
 */
import { spawnSync } from 'node:child_process';
import type { SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';

import type { ESLint, Linter } from 'eslint';

export const REPO = resolve(__dirname, '..', '..');
export const FIXTURES = join(__dirname, 'fixtures');

/** Node's own `require`, resolving from the repository root (vitest's module runner is not involved). */
export const requireFromRepo = createRequire(join(REPO, 'package.json'));

export type ESLintModule = typeof import('eslint');

/** The ESLint majors the plugin supports, as installed: `eslint` is 10.x, `eslint9` is the npm alias of 9.39.x. */
export const ESLINT_PACKAGES = ['eslint', 'eslint9'] as const;
export type ESLintPackage = (typeof ESLINT_PACKAGES)[number];

export function loadESLint(name: string): ESLintModule {
  return requireFromRepo(name) as ESLintModule;
}

/** Whether an optional package (e.g. an extra ESLint alias) is installed. */
export function isInstalled(name: string): boolean {
  try {
    requireFromRepo.resolve(name);
    return true;
  } catch {
    return false;
  }
}

/** The plugin as users load it: `require('eslint-plugin-vonage-video')`, i.e. `dist/index.js`. */
export interface BuiltPlugin {
  meta: { name: string; version: string; namespace: string };
  rules: Record<string, { meta: { docs?: { url?: string; description?: string }; fixable?: string; hasSuggestions?: boolean; messages?: Record<string, string> } }>;
  configs: Record<'recommended' | 'strict' | 'all', Linter.Config>;
}

export function loadBuiltPlugin(): BuiltPlugin {
  const entry = requireFromRepo.resolve('eslint-plugin-vonage-video');
  if (realpathSync(entry) !== join(REPO, 'dist', 'index.js')) throw new Error(`the plugin resolved to ${entry}, not dist/index.js`);
  return requireFromRepo('eslint-plugin-vonage-video') as BuiltPlugin;
}

/** Every rule of the plugin, read from the plugin itself (never hand-listed). */
export function ruleNames(plugin: BuiltPlugin = loadBuiltPlugin()): string[] {
  return Object.keys(plugin.rules).sort();
}

export function docsUrlOf(ruleId: string, plugin: BuiltPlugin = loadBuiltPlugin()): string | undefined {
  return plugin.rules[ruleId.replace(/^vonage-video\//, '')]?.meta.docs?.url;
}

/** Fake credentials used by the fixtures (none is real). */
export const FAKE = {
  sessionId: '1_MX40NjAwMDAwMH5-VHVlIE5vdiAyNCAxMDowMDowMCBQU1QgMjAyNn5kZW1vRGVtb0RlbW9EZW1vRGVtb35NWDR-',
  apiSecret: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c',
  /** A client token (JWT with `scope: session.connect`), fake signature. */
  token:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0NjAwMDAwMCIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3OTUwMDAwMDAsImV4cCI6MTc5NTA4NjQwMCwic2Vzc2lvbl9pZCI6IjFfTVg0ZGVtbyIsInJvbGUiOiJwdWJsaXNoZXIiLCJzY29wZSI6InNlc3Npb24uY29ubmVjdCJ9.ZmFrZS1zaWduYXR1cmUtbm90LXJlYWwtMDEyMzQ1Njc4OQ',
} as const;

/** A lint message reduced to what users see and what must not differ between ESLint versions. */
export interface Finding {
  file: string;
  ruleId: string | null;
  messageId: string | undefined;
  severity: number;
  line: number;
  column: number;
  endLine: number | undefined;
  endColumn: number | undefined;
  message: string;
  fix: { range: [number, number]; text: string } | undefined;
  suggestions: Array<{ messageId: string | undefined; desc: string; fix: { range: [number, number]; text: string } }>;
  fatal: boolean;
}

export function findingOf(file: string, message: Linter.LintMessage): Finding {
  return {
    file,
    ruleId: message.ruleId,
    messageId: message.messageId,
    severity: message.severity,
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    message: message.message,
    fix: message.fix ? { range: [...message.fix.range], text: message.fix.text } : undefined,
    suggestions: (message.suggestions ?? []).map(suggestion => ({
      messageId: suggestion.messageId,
      desc: suggestion.desc,
      fix: { range: [...suggestion.fix.range], text: suggestion.fix.text },
    })),
    fatal: message.fatal === true,
  };
}

/** Findings of `ESLint#lintFiles` results, file paths relative to `cwd` with `/`, sorted. */
export function findingsOf(results: readonly ESLint.LintResult[], cwd: string): Finding[] {
  return results
    .flatMap(result => result.messages.map(message => findingOf(relative(cwd, result.filePath).split(sep).join('/'), message)))
    .sort(compareFindings);
}

export function compareFindings(a: Pick<Finding, 'file' | 'line' | 'column' | 'ruleId'>, b: Pick<Finding, 'file' | 'line' | 'column' | 'ruleId'>): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId));
}

/** Only the plugin's findings, as `{file, ruleId, messageId, line, column, endLine, endColumn}`. */
export function ourFindings(findings: readonly Finding[]): Array<Pick<Finding, 'file' | 'ruleId' | 'messageId' | 'line' | 'column' | 'endLine' | 'endColumn'>> {
  return findings
    .filter(finding => finding.ruleId?.startsWith('vonage-video/'))
    .map(({ file, ruleId, messageId, line, column, endLine, endColumn }) => ({ file, ruleId, messageId, line, column, endLine, endColumn }));
}

export function runNode(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number; input?: string }): SpawnSyncReturns<string> {
  const result = spawnSync(process.execPath, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: options.timeout ?? 120_000,
    ...(options.input === undefined ? {} : { input: options.input }),
  });
  if (result.error) throw result.error;
  return result;
}

/** `node_modules/<pkg>/<bin>` of the repository, for `runNode` (never `npx`). */
export function binOf(pkg: string, bin: string): string {
  const path = join(REPO, 'node_modules', pkg, bin);
  if (!existsSync(path)) throw new Error(`${pkg} has no ${bin} (is it installed?)`);
  return path;
}

/** The npm CLI's JS entry point: the one running this test (`npm test`) or the one shipped next to `node`. */
export function npmCli(): string {
  const candidates = [
    process.env['npm_execpath'],
    join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
    join(dirname(process.execPath), 'node_modules', 'npm', 'bin', 'npm-cli.js'),
  ];
  const found = candidates.find(candidate => candidate !== undefined && /npm-cli\.js$/.test(candidate) && existsSync(candidate));
  if (!found) throw new Error(`npm-cli.js not found (tried ${candidates.join(', ')})`);
  return found;
}

/**
 * The environment for a child `npm`: without the `npm_*` variables of the `npm run` that started vitest (they would
 * point the child at this repository's package), but with the cache and registry settings.
 */
export function npmEnv(): NodeJS.ProcessEnv {
  const keep = /^npm_config_(cache|registry|userconfig|globalconfig|proxy|https_proxy|noproxy|strict_ssl|cafile)$/i;
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) || keep.test(key)) env[key] = value;
  }
  env['npm_config_update_notifier'] = 'false';
  env['npm_config_fund'] = 'false';
  env['npm_config_audit'] = 'false';
  return env;
}

/** `symlinkSync`'s type for a directory link that works without privileges on Windows too. */
export const DIR_LINK = process.platform === 'win32' ? 'junction' : 'dir';

export function makeTempDir(prefix: string): string {
  return realpathSync(mkdtempSync(join(tmpdir(), `vonage-video-${prefix}-`)));
}
