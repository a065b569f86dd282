import type { ESLint, Linter } from 'eslint';

export type ParserName = 'espree' | 'typescript';

export interface HarnessLanguageOptions {
  parser?: ParserName;
  sourceType?: 'script' | 'module' | 'commonjs';
  jsx?: boolean;
}

export interface CheckOptions extends HarnessLanguageOptions {
  filename: string;
  /** Apply at most this many suggestions (each one re-lints the file); all by default. */
  maxSuggestions?: number;
}

export interface CheckResult {
  filename: string;
  inputError: string | null;
  crashes: string[];
  reports: Linter.LintMessage[];
  fixed: boolean;
  fixProblems: string[];
  suggestionsApplied: number;
  suggestionProblems: string[];
  printProblems: string[];
}

export interface PluginLike {
  meta: { namespace: string };
  rules?: ESLint.Plugin['rules'];
}

export interface Harness {
  namespace: string;
  ruleIds: string[];
  rules: Linter.RulesRecord;
  configFor(languageOptions: HarnessLanguageOptions, withRules: boolean): Linter.Config[];
  parseError(code: string, filename: string, languageOptions: HarnessLanguageOptions): string | null;
  lint(
    code: string,
    filename: string,
    languageOptions: HarnessLanguageOptions,
    verifyOptions?: { stats?: boolean },
  ): { fatal: Linter.LintMessage | null; messages: Linter.LintMessage[] };
  lastRuleTimes(): Record<string, number>;
  check(code: string, options: CheckOptions): CheckResult;
  describeMessage(filename: string, message: Linter.LintMessage): string;
}

export declare const LINTED_FILES: readonly string[];
export declare function allRulesOf(plugin: PluginLike): Linter.RulesRecord;
export declare function createHarness(plugin: PluginLike, options?: { secrets?: readonly string[] }): Harness;
export declare const UNSAFE_CHARACTER: RegExp;
export declare function leakWindows(secrets: readonly string[]): Set<string>;
export declare function printedTextProblems(text: string, windows: ReadonlySet<string>): string[];
export declare function describeMessage(filename: string, message: Linter.LintMessage): string;
export declare function languageOptionsFor(options?: HarnessLanguageOptions): Linter.LanguageOptions;
