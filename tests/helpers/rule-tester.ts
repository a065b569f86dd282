/**
 * Shared RuleTester set-up: one tester per parser, and `runRuleTester` that runs the same cases under espree and the
 * TypeScript parser (JSX on in both), so every rule is proven parser-agnostic without copying cases.
 */
import * as tsParser from '@typescript-eslint/parser';
import { RuleTester } from '@typescript-eslint/rule-tester';
import type { InvalidTestCase, RunTests, ValidTestCase } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import * as espree from 'espree';

export const PARSERS = {
  espree: espree as unknown as TSESLint.Parser.LooseParserModule,
  typescript: tsParser as unknown as TSESLint.Parser.LooseParserModule,
} as const;

export type ParserName = keyof typeof PARSERS;

function tester(parser: ParserName): RuleTester {
  return new RuleTester({
    languageOptions: {
      parser: PARSERS[parser],
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  });
}

/**
 * A test case, plus `parsers` to pin it to some parsers, and `languageOptions.sourceType` (which typescript-eslint's
 * RuleTester applies but does not declare in its types): `'commonjs'` declares `require`, as a Node project's config does.
 */
type Case<Cases extends { languageOptions?: unknown }> = Omit<Cases, 'languageOptions'> & {
  parsers?: readonly ParserName[];
  languageOptions?: NonNullable<Cases['languageOptions']> & { sourceType?: 'module' | 'commonjs' | 'script' };
};

/**
 * Runs `tests` once per parser. A case can pin itself to some parsers (`parsers: ['typescript']` for TS syntax).
 */
export function runRuleTester<MessageIds extends string, Options extends readonly unknown[]>(
  name: string,
  rule: TSESLint.RuleModule<MessageIds, Options>,
  tests: {
    valid: Array<string | Case<ValidTestCase<Options>>>;
    invalid: Array<Case<InvalidTestCase<MessageIds, Options>>>;
  },
): void {
  for (const parser of Object.keys(PARSERS) as ParserName[]) {
    const forParser = (item: { parsers?: readonly ParserName[] }): boolean => !item.parsers || item.parsers.includes(parser);
    const strip = ({ parsers: _parsers, ...rest }: { parsers?: readonly ParserName[] }): unknown => rest;
    const run: RunTests<MessageIds, Options> = {
      valid: tests.valid
        .map(item => (typeof item === 'string' ? { code: item } : item))
        .filter(forParser)
        .map(item => strip(item) as ValidTestCase<Options>),
      invalid: tests.invalid.filter(forParser).map(item => strip(item) as InvalidTestCase<MessageIds, Options>),
    };
    tester(parser).run(`${name} (${parser})`, rule, run);
  }
}

/** `languageOptions` for CommonJS files: `require` is declared, as in a Node project's config. */
export const commonjs = { sourceType: 'commonjs' } as const;
