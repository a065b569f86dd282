/**
 * Whether the app's own modules that a file imports can reach Vonage at all, read from their text only: a module whose
 * text shows Vonage usage, or one that imports (up to `MAX_REACH_DEPTH` modules deep) a module that does. A file with
 * no Vonage usage of its own is analysed through its imports only when this says yes, so a codebase with no Vonage
 * code (ESLint's own `lib/`, whose `token-store` and `session` names look like ours) pays one text read per module.
 * Nothing is parsed or run; files over 1 MB, outside `cwd` or in `node_modules` are never read (the resolver's fence).
 */
import fs from 'node:fs';

import { SPECIFIER } from './importers';
import { mayBeAppModule } from './imports';
import { resolveAppImport } from './resolve';
import type { ResolverOptions } from './resolve';

const MAX_REACH_DEPTH = 4;
const MAX_FILE_BYTES = 1024 * 1024;
/** An answer holds while the module is unchanged and for this long: a module it imports may change meanwhile. */
const REACH_TTL_MS = 4000;

interface Answer {
  mtimeMs: number;
  size: number;
  at: number;
  reaches: boolean;
}

const answers = new Map<string, Answer>();
const MAX_ANSWERS = 10_000;

/** The app-module specifiers written in `text` (`import … from './x'`, `require('../y')`, `import('#z')`). */
export function appSpecifiersIn(text: string): string[] {
  const specifiers = new Set<string>();
  for (const match of text.matchAll(SPECIFIER)) {
    const specifier = match[2] as string;
    if (mayBeAppModule(specifier)) specifiers.add(specifier);
  }
  return [...specifiers];
}

/** Whether any of `specifiers`, written in `fromFile`, resolves to an app module that reaches Vonage. */
export function importsReachVonage(specifiers: readonly string[], fromFile: string, options: ResolverOptions, shows: (text: string) => boolean): boolean {
  const walk = new ReachWalk(options, shows);
  return specifiers.some(specifier => walk.reaches(resolveAppImport(specifier, fromFile, options), 1));
}

class ReachWalk {
  private readonly inProgress = new Set<string>();
  /** Set when an answer depended on a module cut off as a cycle: such answers are not remembered. */
  private cut = false;

  constructor(
    private readonly options: ResolverOptions,
    private readonly shows: (text: string) => boolean,
  ) {}

  reaches(file: string | null, depth: number): boolean {
    if (file === null || depth > MAX_REACH_DEPTH) return false;
    if (this.inProgress.has(file)) {
      this.cut = true;
      return false;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return false;
    }
    const now = Date.now();
    const known = answers.get(file);
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size && now - known.at < REACH_TTL_MS) return known.reaches;
    if (stat.size > MAX_FILE_BYTES) return false;
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return false;
    }
    if (this.shows(text)) return this.remember(file, stat, now, true);
    this.inProgress.add(file);
    const cutBefore = this.cut;
    this.cut = false;
    const reaches = appSpecifiersIn(text).some(specifier => this.reaches(resolveAppImport(specifier, file, this.options), depth + 1));
    this.inProgress.delete(file);
    const wasCut = this.cut;
    this.cut = cutBefore || wasCut;
    // A negative answer that stopped at the depth limit or a cycle may be wrong for another importer: only a module
    // whose whole import tree was read is remembered as not reaching Vonage.
    return reaches || (!wasCut && depth === 1) ? this.remember(file, stat, now, reaches) : reaches;
  }

  private remember(file: string, stat: fs.Stats, now: number, reaches: boolean): boolean {
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answers.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, at: now, reaches });
    return reaches;
  }
}

/** Forgets every answer (tests). */
export function clearReachCache(): void {
  answers.clear();
}
