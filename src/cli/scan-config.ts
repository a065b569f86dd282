/**
 * The configuration of the zero-config scan (`npx eslint-plugin-vonage-video`): this plugin's rules only, a parser per
 * file type, the repository's root `.gitignore` and the usual build, vendor and minified files ignored. It never reads
 * the scanned repository's own ESLint configuration.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { ESLint, Linter } from 'eslint';

import type { ConfigName } from '../configs';

/** What a user's own lint run would produce, never ours: build output, dependencies, bundles. */
export const DEFAULT_IGNORES: readonly string[] = [
  '**/node_modules/',
  '**/bower_components/',
  '**/jspm_packages/',
  '**/vendor/',
  '**/dist/',
  '**/build/',
  '**/out/',
  '**/coverage/',
  '**/.next/',
  '**/.nuxt/',
  '**/.output/',
  '**/.svelte-kit/',
  '**/.vercel/',
  '**/.netlify/',
  '**/.turbo/',
  '**/.cache/',
  '**/*.min.js',
  '**/*.min.mjs',
  '**/*.bundle.js',
  '**/*.chunk.js',
  '**/*.d.ts',
];

export const SCRIPT_FILES = '**/*.{js,mjs,cjs,jsx}';
export const TS_FILES = '**/*.{ts,mts,cts,tsx}';

/**
 * A `.gitignore` line as a flat-config ignore pattern (the conversion `@eslint/compat`'s `includeIgnoreFile` does):
 * a pattern without a `/` in its middle matches at any depth, a leading `/` anchors it to the root, and a name also
 * ignores everything under it. Blank lines and comments give `undefined`.
 */
export function gitignoreLineToPattern(line: string): string | undefined {
  let pattern = line.replace(/(?<!\\)\s+$/, '');
  if (pattern === '' || pattern.startsWith('#')) return undefined;
  const negated = pattern.startsWith('!');
  if (negated) pattern = pattern.slice(1);
  if (pattern.startsWith('\\!') || pattern.startsWith('\\#')) pattern = pattern.slice(1);
  const body = pattern.endsWith('/') ? pattern.slice(0, -1) : pattern;
  if (body === '') return undefined;
  const anchored = body.includes('/');
  const path = body.startsWith('/') ? body.slice(1) : body;
  const prefix = anchored ? '' : '**/';
  const suffix = path.endsWith('/**') ? '' : '{,/**}';
  return `${negated ? '!' : ''}${prefix}${path}${suffix}`;
}

/** The root `.gitignore` of `cwd`, as flat-config ignore patterns (none when there is no `.gitignore`). */
export function gitignorePatterns(cwd: string): string[] {
  const file = join(cwd, '.gitignore');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map(gitignoreLineToPattern)
    .filter((pattern): pattern is string => pattern !== undefined);
}

/** Globals the rules track SDK access through: `require` for CommonJS, and the browser SDK's script-tag globals. */
const GLOBALS: Linter.Globals = {
  require: 'readonly',
  module: 'writable',
  exports: 'writable',
  process: 'readonly',
  __dirname: 'readonly',
  __filename: 'readonly',
  window: 'readonly',
  document: 'readonly',
  fetch: 'readonly',
  OT: 'readonly',
  TB: 'readonly',
};

export interface Parsers {
  typescript: Linter.Parser;
  vue: Linter.Parser;
  html: ESLint.Plugin;
}

/** The parsers, loaded from this package's own dependencies. */
export function loadParsers(): Parsers {
  return {
    typescript: require('@typescript-eslint/parser') as Linter.Parser,
    vue: require('vue-eslint-parser') as Linter.Parser,
    html: require('eslint-plugin-html') as ESLint.Plugin,
  };
}

/** The whole flat configuration of a scan: `config` of `plugin`, per-file-type parsers, ignores, no inline noise. */
export function scanConfig(plugin: { configs: Record<ConfigName, Linter.Config> }, config: ConfigName, parsers: Parsers, ignores: readonly string[]): Linter.Config[] {
  const language = { ecmaVersion: 'latest', globals: GLOBALS } as const;
  return [
    { name: 'vonage-video-scan/ignores', ignores: [...DEFAULT_IGNORES, ...ignores] },
    {
      name: 'vonage-video-scan/javascript',
      files: [SCRIPT_FILES],
      languageOptions: { ...language, parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    { name: 'vonage-video-scan/commonjs', files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
    { name: 'vonage-video-scan/typescript', files: [TS_FILES], languageOptions: { ...language, parser: parsers.typescript } },
    { name: 'vonage-video-scan/tsx', files: ['**/*.tsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    {
      name: 'vonage-video-scan/vue',
      files: ['**/*.vue'],
      languageOptions: {
        ...language,
        parser: parsers.vue,
        parserOptions: { parser: { ts: parsers.typescript, tsx: parsers.typescript }, sourceType: 'module', ecmaFeatures: { jsx: true } },
      },
    },
    // Inline <script> in HTML pages; a page's scripts share one scope, like the browser's.
    { name: 'vonage-video-scan/html', files: ['**/*.{html,htm}'], plugins: { html: parsers.html }, languageOptions: { ...language, sourceType: 'script' } },
    { ...plugin.configs[config], files: [SCRIPT_FILES, TS_FILES, '**/*.vue', '**/*.{html,htm}'] },
    // Other plugins' directives in the repository are not ours to report, and `--fix` must never remove them.
    { name: 'vonage-video-scan/directives', linterOptions: { reportUnusedDisableDirectives: 'off' } },
  ];
}
