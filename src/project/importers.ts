/**
 * The reverse index of the project model: which of the app's files import a given file. The model otherwise follows
 * imports forward only; to know where a router or a controller handler defined in the linted file is mounted or
 * registered, the app's files are listed once per process (bounded: under the linted file's package root inside
 * ESLint's `cwd`, no `node_modules`, dot-directories or build output, no file over 1 MB, JavaScript/TypeScript/Vue
 * files only, at most `MAX_INDEXED_FILES`), each file's import specifiers are read with a linear scan of its text
 * (cached by path + mtime + size), and only specifiers whose last segment names the target are resolved with the
 * project's resolver. Never throws: any failure gives no importers, i.e. the one-file view.
 */
import fs from 'node:fs';
import path from 'node:path';

import { SummaryCache } from './cache';
import { MODULE_EXTENSIONS, resolveAppImport } from './resolve';
import type { ResolverOptions } from './resolve';

/** At most this many files are indexed per project root. */
export const MAX_INDEXED_FILES = 5000;
/** The listing of a project root is walked again after this long (an editor sees files appear). */
export const LISTING_TTL_MS = 10_000;
/** At most this many directory entries are looked at per listing (a root with few source files and many others). */
export const MAX_LISTED_ENTRIES = 100_000;
const MAX_FILE_BYTES = 1024 * 1024;
const MAX_WALK_DEPTH = 24;
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', 'build', 'out', 'coverage', 'bower_components', 'vendor', 'tmp']);
const EXTENSIONS = new Set<string>(MODULE_EXTENSIONS);
/** `from '…'`, `import '…'`, `require('…')`, `import('…')`: linear (no nested quantifiers), specifiers up to 300 characters. */
export const SPECIFIER = /(?:\bfrom|\bimport|\brequire\s*\(|\bimport\s*\()\s*(['"])([^'"\n\\]{1,300})\1/g;

interface Listing {
  at: number;
  files: string[];
}

const listings = new Map<string, Listing>();
const specifierCache = new SummaryCache<readonly string[]>();

/** The directory the app's files are listed from: the linted file's nearest `package.json` inside `cwd`, else `cwd`. */
export function projectRoot(file: string, cwd: string): string {
  const root = path.resolve(cwd);
  for (let directory = path.dirname(file); directory.startsWith(root) && directory.length >= root.length; directory = path.dirname(directory)) {
    if (fs.existsSync(path.join(directory, 'package.json'))) return directory;
    if (directory === root || path.dirname(directory) === directory) break;
  }
  return root;
}

function walkFiles(root: string): string[] {
  const files: string[] = [];
  const stack: Array<{ directory: string; depth: number }> = [{ directory: root, depth: 0 }];
  let entriesSeen = 0;
  while (stack.length > 0 && files.length < MAX_INDEXED_FILES && entriesSeen < MAX_LISTED_ENTRIES) {
    const { directory, depth } = stack.pop() as { directory: string; depth: number };
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(directory, { withFileTypes: true });
    } catch {
      continue;
    }
    entriesSeen += entries.length;
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && depth < MAX_WALK_DEPTH) stack.push({ directory: full, depth: depth + 1 });
      } else if (entry.isFile() && EXTENSIONS.has(path.extname(entry.name)) && !entry.name.endsWith('.d.ts') && !/\.min\.[cm]?js$/.test(entry.name)) {
        files.push(full);
        if (files.length >= MAX_INDEXED_FILES) break;
      }
    }
  }
  return files;
}

function listing(root: string, now: number): string[] {
  const cached = listings.get(root);
  if (cached && now - cached.at < LISTING_TTL_MS) return cached.files;
  const files = walkFiles(root);
  listings.set(root, { at: now, files });
  return files;
}

/** The import specifiers a file's text names; `[]` for files over 1 MB or unreadable. */
function specifiersOf(file: string): readonly string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return [];
  }
  if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return [];
  const cached = specifierCache.get(file, stat.mtimeMs, stat.size);
  if (cached) return cached;
  let specifiers: string[] = [];
  try {
    const text = fs.readFileSync(file, 'utf8');
    specifiers = [...new Set(Array.from(text.matchAll(SPECIFIER), match => match[2] as string))];
  } catch {
    specifiers = [];
  }
  specifierCache.set(file, stat.mtimeMs, stat.size, specifiers);
  return specifiers;
}

/** The names a specifier of `target` may end with: `video` for `routes/video.ts`, `routes` for `routes/index.js`. */
function targetNames(target: string): Set<string> {
  const base = path.basename(target, path.extname(target));
  return base === 'index' ? new Set([base, path.basename(path.dirname(target))]) : new Set([base]);
}

function lastSegment(specifier: string): string {
  const segment = specifier.slice(specifier.lastIndexOf('/') + 1);
  const dot = segment.lastIndexOf('.');
  return dot > 0 && EXTENSIONS.has(segment.slice(dot)) ? segment.slice(0, dot) : segment;
}

export interface Importer {
  file: string;
  /** The specifiers of the importer that resolve to the target. */
  specifiers: string[];
}

/** The app's files that import `target` (a real path), with the specifiers they import it by. Never throws. */
export function importersOf(target: string, options: ResolverOptions, now = Date.now()): Importer[] {
  try {
    const names = targetNames(target);
    const importers: Importer[] = [];
    const root = projectRoot(target, options.cwd);
    // A file-system root is no project (RuleTester's `cwd` is `/`): nothing is listed.
    if (path.dirname(root) === root) return [];
    for (const file of listing(root, now)) {
      if (file === target) continue;
      const candidates = specifiersOf(file).filter(specifier => names.has(lastSegment(specifier)) || (names.has('index') && /\/?\.{1,2}$|\/$/.test(specifier)));
      const specifiers = candidates.filter(specifier => resolveAppImport(specifier, file, options) === target);
      if (specifiers.length > 0) importers.push({ file, specifiers });
    }
    return importers;
  } catch {
    return [];
  }
}

/** Forgets the listings and the specifier cache (tests; an editor after a rename). */
export function clearImporterIndex(): void {
  listings.clear();
  specifierCache.clear();
}
