/**
 * Resolution of the app's own imports: from the linted file, which file of the app an `import`/`require` specifier
 * names. Packages are never resolved (the SDK model covers them), nor is anything outside ESLint's `cwd`.
 *
 * The resolver is `enhanced-resolve` (webpack's, pure JavaScript, Node >= 10, no native binary) for relative paths,
 * `index` files, extensions, TypeScript's `.js` → `.ts` mapping and package.json `imports` (`#lib/*`), with
 * `get-tsconfig` (what tsx and eslint-import-resolver-typescript use) for tsconfig/jsconfig `paths` and `baseUrl`.
 * `unrs-resolver` (eslint-plugin-import-x's) does the same in Rust but ships a native binary per platform.
 */
import fs from 'node:fs';
import path from 'node:path';

import { CachedInputFileSystem, ResolverFactory } from 'enhanced-resolve';
import { createPathsMatcher, getTsconfig } from 'get-tsconfig';
import type { TsConfigResult } from 'get-tsconfig';

/** Extensions tried for an extensionless specifier, in order. */
export const MODULE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.vue'] as const;

export interface ResolverOptions {
  /** ESLint's working directory: nothing outside it is read. */
  cwd: string;
  /** A tsconfig/jsconfig path (relative to `cwd`) instead of the nearest one. */
  tsconfig?: string | undefined;
}

// A short-lived file-system cache: an editor sees files appear and disappear within seconds.
const fileSystem = new CachedInputFileSystem(fs, 4000);
const resolver = ResolverFactory.createResolver({
  fileSystem,
  useSyncFileSystemCalls: true,
  extensions: [...MODULE_EXTENSIONS],
  extensionAlias: {
    '.js': ['.ts', '.tsx', '.js', '.jsx'],
    '.jsx': ['.tsx', '.jsx'],
    '.mjs': ['.mts', '.mjs'],
    '.cjs': ['.cts', '.cjs'],
  },
  mainFields: [],
  conditionNames: ['node', 'import', 'require', 'default'],
  importsFields: ['imports'],
  exportsFields: [],
  symlinks: true,
});

const tsconfigCache = new Map<string, unknown>();

function isPackageSpecifier(specifier: string): boolean {
  return !specifier.startsWith('.') && !specifier.startsWith('/') && !specifier.startsWith('#');
}

function isInside(file: string, directory: string): boolean {
  const relative = path.relative(directory, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function tsconfigFor(fromDirectory: string, options: ResolverOptions): TsConfigResult | null {
  if (options.tsconfig !== undefined) {
    const file = path.resolve(options.cwd, options.tsconfig);
    if (!isInside(file, options.cwd)) return null;
    return getTsconfig(path.dirname(file), path.basename(file), tsconfigCache as never);
  }
  // The nearest tsconfig.json or jsconfig.json inside cwd (one further up belongs to another project).
  const found = ['tsconfig.json', 'jsconfig.json']
    .map(name => getTsconfig(fromDirectory, name, tsconfigCache as never))
    .filter((config): config is TsConfigResult => config !== null && isInside(config.path, options.cwd))
    .sort((a, b) => b.path.length - a.path.length);
  return found[0] ?? null;
}

function resolveSync(directory: string, request: string): string | null {
  try {
    const result = resolver.resolveSync({}, directory, request);
    return typeof result === 'string' ? result : null;
  } catch {
    return null;
  }
}

/**
 * Answers already given, per directory and specifier, for as long as the file-system cache keeps what they were read
 * from: the files of one directory import the same modules (`./utils/ast-utils` from every rule of a folder), and
 * enhanced-resolve's walk over description files costs more than the rest of the project model on such files.
 */
const RESOLUTION_TTL_MS = 4000;
const MAX_RESOLUTIONS = 10_000;
const resolutions = new Map<string, { file: string | null; at: number }>();

/**
 * The file of the app that `specifier`, imported from `fromFile`, names; `null` for packages, Node built-ins,
 * missing files, files in `node_modules` and anything outside `cwd`. Never throws.
 */
export function resolveAppImport(specifier: string, fromFile: string, options: ResolverOptions): string | null {
  const key = `${options.cwd}\0${options.tsconfig ?? ''}\0${path.dirname(fromFile)}\0${specifier}`;
  const now = Date.now();
  const known = resolutions.get(key);
  if (known && now - known.at < RESOLUTION_TTL_MS) return known.file;
  const file = resolveUncached(specifier, fromFile, options);
  if (resolutions.size >= MAX_RESOLUTIONS) resolutions.clear();
  resolutions.set(key, { file, at: now });
  return file;
}

function resolveUncached(specifier: string, fromFile: string, options: ResolverOptions): string | null {
  try {
    if (specifier === '' || specifier.startsWith('node:') || specifier.includes('\0')) return null;
    const directory = path.dirname(fromFile);
    const candidates: string[] = [];
    if (isPackageSpecifier(specifier)) {
      const tsconfig = tsconfigFor(directory, options);
      const matcher = tsconfig && createPathsMatcher(tsconfig);
      if (!matcher) return null;
      candidates.push(...matcher(specifier));
    } else {
      candidates.push(specifier);
    }
    for (const candidate of candidates) {
      const resolved = resolveSync(directory, candidate);
      if (resolved === null) continue;
      return acceptable(resolved, options.cwd);
    }
    return null;
  } catch {
    return null;
  }
}

/** The real path of a resolved file when it is the app's own: inside `cwd`, not in `node_modules`. */
function acceptable(file: string, cwd: string): string | null {
  let real: string;
  let realCwd: string;
  try {
    real = fs.realpathSync(file);
    realCwd = fs.realpathSync(cwd);
  } catch {
    return null;
  }
  if (real.split(path.sep).includes('node_modules')) return null;
  return isInside(real, realCwd) ? real : null;
}

/** Forgets cached file-system answers and tsconfig files (tests; an editor after a rename). */
export function clearResolverCache(): void {
  fileSystem.purge();
  tsconfigCache.clear();
}
