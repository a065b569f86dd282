/**
 * Applies one fix builder to the node a test picks, with ESLint's real `Linter` (so multi-range fixes are merged the
 * way ESLint merges them), and checks that the result parses under espree and the TypeScript parser.
 */
import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import * as espree from 'espree';
import { expect } from 'vitest';

export type Build = (fixer: TSESLint.RuleFixer, sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node) => TSESLint.RuleFix | TSESLint.RuleFix[] | null;

/** The first node of `type` whose source text is `text` (or the first of `type` when `text` is omitted). */
export interface Target {
  type: string;
  text?: string;
}

const PARSERS = { espree, typescript: tsParser } as const;

function config(parser: keyof typeof PARSERS, rule: TSESLint.RuleModule<'edit'>): Linter.Config[] {
  return [
    {
      files: ['**/*.tsx'],
      plugins: { probe: { rules: { edit: rule as never } } },
      rules: { 'probe/edit': 'error' },
      languageOptions: { parser: PARSERS[parser] as Linter.Parser, ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
    },
  ];
}

/** `code` after the builder's edit on `target`; fails the test when the target is missing or the output does not parse. */
export function applyFix(code: string, target: Target, build: Build, parsers: ReadonlyArray<keyof typeof PARSERS> = ['espree', 'typescript']): string {
  const outputs = parsers.map(parser => {
    let found = false;
    const rule: TSESLint.RuleModule<'edit'> = {
      defaultOptions: [],
      meta: { type: 'problem', fixable: 'code', messages: { edit: 'edit' }, schema: [] },
      create(context) {
        return {
          [target.type](node: TSESTree.Node) {
            if (found || (target.text !== undefined && context.sourceCode.getText(node) !== target.text)) return;
            found = true;
            context.report({ node, messageId: 'edit', fix: fixer => build(fixer, context.sourceCode, node) });
          },
        };
      },
    };
    const linter = new Linter({ configType: 'flat' });
    const [message] = linter.verify(code, config(parser, rule), 'file.tsx');
    expect(found, `${parser}: no ${target.type} ${target.text ?? ''}`).toBe(true);
    const fix = message?.fix;
    expect(fix, `${parser}: the builder made no edit`).toBeDefined();
    const output = `${code.slice(0, fix!.range[0])}${fix!.text}${code.slice(fix!.range[1])}`;
    const problems = new Linter({ configType: 'flat' }).verify(output, config(parser, { ...rule, create: () => ({}) }), 'file.tsx');
    expect(problems.filter(problem => problem.fatal), `${parser} output does not parse:\n${output}`).toEqual([]);
    return output;
  });
  expect(new Set(outputs).size).toBe(1);
  return outputs[0] as string;
}
