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

/** TypeScript's mapping of a written extension to the files it may name, in the order tried (`./x.js` → `x.ts`). */
const EXTENSION_ALIAS: Readonly<Record<string, string[]>> = {
  '.js': ['.ts', '.tsx', '.js', '.jsx'],
  '.jsx': ['.tsx', '.jsx'],
  '.mjs': ['.mts', '.mjs'],
  '.cjs': ['.cts', '.cjs'],
};

// A short-lived file-system cache: an editor sees files appear and disappear within seconds.
const fileSystem = new CachedInputFileSystem(fs, 4000);
const resolver = ResolverFactory.createResolver({
  fileSystem,
  useSyncFileSystemCalls: true,
  extensions: [...MODULE_EXTENSIONS],
  extensionAlias: { ...EXTENSION_ALIAS },
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

const FILE_TTL_MS = 4000;
const isFileAnswers = new Map<string, { at: number; file: boolean }>();

function isFile(candidate: string, now: number): boolean {
  const known = isFileAnswers.get(candidate);
  if (known && now - known.at < FILE_TTL_MS) return known.file;
  let file = false;
  try {
    file = fs.statSync(candidate, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    file = false;
  }
  if (isFileAnswers.size >= MAX_RESOLUTIONS) isFileAnswers.clear();
  isFileAnswers.set(candidate, { at: now, file });
  return file;
}

/**
 * The common case without enhanced-resolve's machinery (about ten times its cost per call): a relative or absolute
 * path naming a file, tried in the order enhanced-resolve tries it with this configuration — TypeScript's extension
 * mapping for `.js`-like extensions, else the path as written, then with each module extension, then its `index`
 * file. `undefined` when no candidate is a file, or for a request this does not model (a query, a fragment, a
 * directory written with a trailing slash): enhanced-resolve then decides, so an answer never differs from its own.
 */
export function resolveFileDirectly(directory: string, request: string): string | undefined {
  if (!/^\.{1,2}(?:[\\/]|$)/.test(request) && !path.isAbsolute(request)) return undefined;
  if (/[?#]|[\\/]$/.test(request)) return undefined;
  const base = path.resolve(directory, request);
  const extension = path.extname(base);
  const aliases = EXTENSION_ALIAS[extension];
  const now = Date.now();
  if (aliases) {
    const stem = base.slice(0, -extension.length);
    for (const alias of aliases) if (isFile(stem + alias, now)) return stem + alias;
    return undefined;
  }
  if (isFile(base, now)) return base;
  for (const moduleExtension of MODULE_EXTENSIONS) if (isFile(base + moduleExtension, now)) return base + moduleExtension;
  for (const moduleExtension of MODULE_EXTENSIONS) {
    const index = path.join(base, `index${moduleExtension}`);
    if (isFile(index, now)) return index;
  }
  return undefined;
}

/** enhanced-resolve's answer (exported for the test that holds `resolveFileDirectly` to it). */
export function resolveSync(directory: string, request: string): string | null {
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
  if (isFencedOff(options.cwd)) return null;
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
      const resolved = resolveFileDirectly(directory, candidate) ?? resolveSync(directory, candidate);
      if (resolved === null) continue;
      return acceptable(resolved, options.cwd);
    }
    return null;
  } catch {
    return null;
  }
}

const fencedOff = new Map<string, boolean>();
const pathAliases = new Map<string, boolean>();

/**
 * Whether `specifier`, imported from `fromFile`, can name a module of the app at all, decided without touching the file
 * system beyond a cached tsconfig lookup: not when `cwd` is fenced off, not for `node:` built-ins, and a bare specifier
 * (`express`, `@app/lib`) only where a tsconfig/jsconfig `paths` mapping applies to the file's directory.
 */
export function mayNameAppModule(specifier: string, fromFile: string, options: ResolverOptions): boolean {
  if (specifier === '' || specifier.startsWith('node:') || isFencedOff(options.cwd)) return false;
  if (!isPackageSpecifier(specifier)) return true;
  const directory = path.dirname(fromFile);
  const key = `${options.cwd}\0${options.tsconfig ?? ''}\0${directory}`;
  let aliased = pathAliases.get(key);
  if (aliased === undefined) {
    try {
      const tsconfig = tsconfigFor(directory, options);
      aliased = Boolean(tsconfig && createPathsMatcher(tsconfig));
    } catch {
      aliased = false;
    }
    if (pathAliases.size >= MAX_RESOLUTIONS) pathAliases.clear();
    pathAliases.set(key, aliased);
  }
  return aliased;
}

/**
 * Whether nothing under `cwd` can be the app's own module: `cwd` itself lies in `node_modules` (a package linted in
 * place), so every file under it would be refused by `acceptable`. Answered once per `cwd`, before any resolution.
 */
export function isFencedOff(cwd: string): boolean {
  let fenced = fencedOff.get(cwd);
  if (fenced === undefined) {
    try {
      fenced = fs.realpathSync(cwd).split(path.sep).includes('node_modules');
    } catch {
      fenced = true;
    }
    fencedOff.set(cwd, fenced);
  }
  return fenced;
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
  isFileAnswers.clear();
  fencedOff.clear();
  pathAliases.clear();
  tsconfigCache.clear();
}
