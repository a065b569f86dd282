/**
 * Parses another module of the app the way ESLint would parse it for the linted file: with the parser of the linted
 * file's config (falling back by extension to `@typescript-eslint/parser` for TypeScript when the configured parser is
 * espree and the TypeScript parser can be loaded from the project), and with the scope manager the parser provides or
 * `eslint-scope` (the one ESLint itself uses, loaded through ESLint so that no dependency is added), so that
 * eslint-utils' `ReferenceTracker` and the one-file analyses work on it unchanged. Never executes the module.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;
type ScopeManager = TSESLint.Scope.ScopeManager;
type VisitorKeys = TSESLint.SourceCode.VisitorKeys;

/** The parser and options of the linted file's config. */
export interface ParserSetup {
  parser: unknown;
  parserOptions: Record<string, unknown>;
  visitorKeys: VisitorKeys;
  cwd: string;
}

/** The part of `SourceCode` the one-file analyses use. */
export interface ModuleSourceCode {
  text: string;
  ast: TSESTree.Program;
  scopeManager: ScopeManager;
  visitorKeys: VisitorKeys;
  getScope(node: Node): Scope;
}

interface LooseParser {
  parse?: (text: string, options: unknown) => unknown;
  parseForESLint?: (text: string, options: unknown) => { ast: unknown; scopeManager?: unknown; visitorKeys?: VisitorKeys };
  meta?: { name?: string };
}

const TYPESCRIPT_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts']);
/** Options a type-aware parse would use: never for another file (slow, and it may fail outside the project). */
const DROPPED_OPTIONS = ['project', 'projectService', 'programs', 'EXPERIMENTAL_useProjectService'];

const loaded = new Map<string, unknown>();

/** Loads a module from the user's project, then from ESLint's location; `null` when neither has it. */
function loadFrom(cwd: string, name: string): unknown {
  const key = `${cwd}\0${name}`;
  if (loaded.has(key)) return loaded.get(key);
  let found: unknown = null;
  for (const base of [path.join(cwd, 'package.json'), __filename]) {
    try {
      found = createRequire(base)(name);
      break;
    } catch {
      // try the next location
    }
  }
  if (found === null) {
    try {
      const eslintRequire = createRequire(createRequire(__filename).resolve('eslint'));
      found = eslintRequire(name);
    } catch {
      found = null;
    }
  }
  loaded.set(key, found);
  return found;
}

function parserFor(file: string, setup: ParserSetup): LooseParser | null {
  const extension = path.extname(file).toLowerCase();
  const configured = (setup.parser ?? null) as LooseParser | null;
  const name = configured?.meta?.name ?? '';
  if (extension === '.vue') return name.includes('vue') ? configured : null;
  if (TYPESCRIPT_EXTENSIONS.has(extension) && (!configured || !configured.parseForESLint || name === 'espree')) {
    return loadFrom(setup.cwd, '@typescript-eslint/parser') as LooseParser | null;
  }
  return configured ?? (loadFrom(setup.cwd, 'espree') as LooseParser | null);
}

function setParents(ast: Node, visitorKeys: VisitorKeys): void {
  const stack: Node[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      const children = Array.isArray(child) ? child : [child];
      for (const element of children as Array<Node | null>) {
        if (!element || typeof element.type !== 'string') continue;
        (element as { parent?: Node }).parent = node;
        stack.push(element);
      }
    }
  }
}

/** Parses `text` (the contents of `file`); `null` when no parser fits or it does not parse. Never throws. */
export function parseModule(file: string, text: string, setup: ParserSetup): ModuleSourceCode | null {
  try {
    const parser = parserFor(file, setup);
    if (!parser) return null;
    const parserOptions: Record<string, unknown> = {
      ...setup.parserOptions,
      ecmaVersion: 'latest',
      sourceType: 'module',
      ecmaFeatures: { ...(setup.parserOptions['ecmaFeatures'] as object | undefined), jsx: !/\.(?:ts|mts|cts)$/i.test(file) },
      range: true,
      loc: true,
      tokens: true,
      comment: true,
      eslintVisitorKeys: true,
      eslintScopeManager: true,
      filePath: file,
    };
    for (const option of DROPPED_OPTIONS) delete parserOptions[option];
    let ast: unknown;
    let scopeManager: unknown;
    let visitorKeys = setup.visitorKeys;
    if (typeof parser.parseForESLint === 'function') {
      const result = parser.parseForESLint(text, parserOptions);
      ast = result.ast;
      scopeManager = result.scopeManager;
      if (result.visitorKeys) visitorKeys = result.visitorKeys;
    } else if (typeof parser.parse === 'function') {
      ast = parser.parse(text, parserOptions);
    } else {
      return null;
    }
    const program = ast as TSESTree.Program;
    if (program?.type !== 'Program') return null;
    if (!scopeManager) {
      const eslintScope = loadFrom(setup.cwd, 'eslint-scope') as { analyze?: (ast: unknown, options: unknown) => unknown } | null;
      if (!eslintScope?.analyze) return null;
      scopeManager = eslintScope.analyze(program, { ecmaVersion: 2026, sourceType: 'module', childVisitorKeys: visitorKeys, fallback: 'iteration' });
    }
    setParents(program, visitorKeys);
    const manager = scopeManager as ScopeManager;
    return {
      text,
      ast: program,
      scopeManager: manager,
      visitorKeys,
      getScope: node => scopeOf(manager, node),
    };
  } catch {
    return null;
  }
}

/** ESLint's `SourceCode#getScope`. */
function scopeOf(manager: ScopeManager, node: Node): Scope {
  const inner = node.type !== 'Program';
  for (let current: Node | undefined = node; current; current = current.parent) {
    const scope = manager.acquire(current, inner);
    if (scope) return (scope.type === 'function-expression-name' ? scope.childScopes[0] : scope) as Scope;
  }
  return manager.scopes[0] as Scope;
}
