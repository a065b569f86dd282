/**
 * Whether the app's own modules that a file imports can reach Vonage at all, read from their text only: a module whose
 * text shows Vonage usage, or one that imports (up to `MAX_REACH_DEPTH` modules deep) a module that does. A file with
 * no Vonage usage of its own is analysed through its imports only when this says yes, so a codebase with no Vonage
 * code (ESLint's own `lib/`, whose `token-store` and `session` names look like ours) pays one text read per module.
 * Nothing is parsed or run; files over 1 MB, outside `cwd` or in `node_modules` are never read (the resolver's fence).
 *
 * Each module is read once (what its text shows, and the app modules it imports, resolved when first needed) and the
 * walk is breadth first over those answers, so every module is met at its shortest distance and a cycle costs nothing
 * (`lib/token-store` ⇄ `lib/cursors`). Answers about a module, and each entry module's verdict, hold for `REACH_TTL_MS`.
 */
import fs from 'node:fs';

import { SPECIFIER } from './importers';
import { mayBeAppModule } from './imports';
import { resolveAppImport } from './resolve';
import type { ResolverOptions } from './resolve';

const MAX_REACH_DEPTH = 4;
const MAX_FILE_BYTES = 1024 * 1024;
/** How long an answer holds: the module, or one it imports, may change meanwhile (the resolver's cache lasts as long). */
const REACH_TTL_MS = 4000;
const MAX_ENTRIES = 10_000;

interface ModuleFacts {
  /** The module's text shows Vonage usage. */
  shows: boolean;
  /** The app-module specifiers its text writes. */
  specifiers: readonly string[];
  /** Those specifiers resolved (per resolver options), when first needed. */
  imports: Map<string, readonly string[]>;
}

/** What each module read shows, per file: `null` for a file that cannot be read or is too large. */
const modules = new Map<string, { at: number; facts: ModuleFacts | null }>();
/** Per entry module and resolver options: whether it reaches Vonage within `MAX_REACH_DEPTH` modules. */
const verdicts = new Map<string, { at: number; reaches: boolean }>();

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
  const now = Date.now();
  const optionsKey = `${options.cwd}\0${options.tsconfig ?? ''}`;
  return specifiers.some(specifier => {
    const entry = resolveAppImport(specifier, fromFile, options);
    if (entry === null) return false;
    const key = `${optionsKey}\0${entry}`;
    const known = verdicts.get(key);
    if (known && now - known.at < REACH_TTL_MS) return known.reaches;
    const reaches = reachesFrom(entry, options, shows, now);
    if (verdicts.size >= MAX_ENTRIES) verdicts.clear();
    verdicts.set(key, { at: now, reaches });
    return reaches;
  });
}

/** Breadth first from `entry` (depth 1): whether a module within `MAX_REACH_DEPTH` shows Vonage usage. */
function reachesFrom(entry: string, options: ResolverOptions, shows: (text: string) => boolean, now: number): boolean {
  const seen = new Set<string>([entry]);
  let frontier = [entry];
  for (let depth = 1; depth <= MAX_REACH_DEPTH && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const file of frontier) {
      const facts = factsOf(file, shows, now);
      if (!facts) continue;
      if (facts.shows) return true;
      if (depth === MAX_REACH_DEPTH) continue;
      for (const imported of importsOf(file, facts, options)) {
        if (seen.has(imported)) continue;
        seen.add(imported);
        next.push(imported);
      }
    }
    frontier = next;
  }
  return false;
}

function factsOf(file: string, shows: (text: string) => boolean, now: number): ModuleFacts | null {
  const known = modules.get(file);
  if (known && now - known.at < REACH_TTL_MS) return known.facts;
  let facts: ModuleFacts | null = null;
  try {
    if (fs.statSync(file).size <= MAX_FILE_BYTES) {
      const text = fs.readFileSync(file, 'utf8');
      const showsVonage = shows(text);
      facts = { shows: showsVonage, specifiers: showsVonage ? [] : appSpecifiersIn(text), imports: new Map() };
    }
  } catch {
    facts = null;
  }
  if (modules.size >= MAX_ENTRIES) modules.clear();
  modules.set(file, { at: now, facts });
  return facts;
}

function importsOf(file: string, facts: ModuleFacts, options: ResolverOptions): readonly string[] {
  const key = `${options.cwd}\0${options.tsconfig ?? ''}`;
  let imports = facts.imports.get(key);
  if (!imports) {
    imports = facts.specifiers.map(specifier => resolveAppImport(specifier, file, options)).filter((resolved): resolved is string => resolved !== null);
    facts.imports.set(key, imports);
  }
  return imports;
}

/** Forgets every answer (tests). */
export function clearReachCache(): void {
  modules.clear();
  verdicts.clear();
}
