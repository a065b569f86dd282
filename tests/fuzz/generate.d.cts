import type { ParserName } from '../helpers/harness.cjs';

export interface GeneratedProgram {
  index: number;
  seed: number;
  /** `eslump-script`, `eslump-module` or `vonage-<seed name>`. */
  kind: string;
  code: string;
  parser: ParserName;
  sourceType: 'script' | 'module' | 'commonjs';
  jsx: boolean;
  filename: string;
  /** How many programs were generated before one parsed (the last one is returned even if it does not). */
  attempts: number;
}

export interface SeedProgram {
  name: string;
  parser: ParserName | 'either';
  sourceType: 'script' | 'module' | 'commonjs';
  jsx: boolean;
  code: string;
}

export declare const EXPRESSIONS: readonly string[];
export declare const STRINGS: readonly string[];
export declare const SECRETS: readonly string[];
export declare const SEEDS: readonly SeedProgram[];
export declare function mulberry32(seed: number): () => number;
export declare function programSeed(seed: number, index: number): number;
export declare function withRandom<T>(random: () => number, fn: () => T): T;
export declare function parses(code: string, options: { parser: ParserName; sourceType: string; jsx: boolean; filename?: string }): boolean;
export declare function expressionsOf(code: string): string[];
export declare function generateProgram(seed: number, index: number): GeneratedProgram;
export declare function plainSeeds(): Array<Omit<SeedProgram, 'parser'> & { parser: ParserName; filename: string }>;
