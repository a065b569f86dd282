/**
 * The docs pages are part of the product: every page has the required sections, and its examples are real code.
 * Each ❌ block must make its rule report, each ✅ block must not. A block that needs options sets them with an inline
 * config comment (`/* eslint vonage-video/<rule>: ["error", {…}] *\/`), which ESLint validates against the schema.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';

import plugin from '../src/index';
import { rules } from '../src/rules';
import { GUIDE_PRACTICES, guideSectionsOf } from '../src/sdk/guide';

interface Example {
  kind: 'incorrect' | 'correct';
  language: string;
  code: string;
  line: number;
}

function examplesOf(markdown: string): Example[] {
  const examples: Example[] = [];
  let kind: Example['kind'] | null = null;
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (/^#{2,4} /.test(line)) kind = line.includes('❌') ? 'incorrect' : line.includes('✅') ? 'correct' : null;
    const fence = /^```(\w+)/.exec(line);
    if (!fence) continue;
    const start = index;
    const body: string[] = [];
    for (index++; index < lines.length && !(lines[index] ?? '').startsWith('```'); index++) body.push(lines[index] ?? '');
    if (kind && /^(js|jsx|ts|tsx|javascript|typescript)$/.test(fence[1] ?? '')) {
      examples.push({ kind, language: fence[1] ?? 'js', code: body.join('\n'), line: start + 1 });
    }
  }
  return examples;
}

function lint(ruleName: string, example: Example): Linter.LintMessage[] {
  const typescript = /^(ts|tsx|typescript)$/.test(example.language);
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(
    example.code,
    [
      {
        files: ['**/*.jsx', '**/*.tsx'],
        plugins: { 'vonage-video': plugin },
        rules: { [`vonage-video/${ruleName}`]: 'error' },
        languageOptions: {
          parser: (typescript ? tsParser : espree) as Linter.Parser,
          ecmaVersion: 'latest',
          sourceType: 'module',
          parserOptions: { ecmaFeatures: { jsx: true } },
        },
      },
    ],
    typescript ? 'example.tsx' : 'example.jsx',
  );
}

describe.each(Object.keys(rules))('docs/rules/%s.md', ruleName => {
  const path = join(__dirname, '..', 'docs', 'rules', `${ruleName}.md`);
  const markdown = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const examples = examplesOf(markdown);

  it('has the generated header and the required sections', () => {
    expect(markdown.startsWith(`# vonage-video/${ruleName}`)).toBe(true);
    expect(markdown).toContain('<!-- end auto-generated rule header -->');
    for (const heading of ['## Rule Details', '## Options', '## When Not To Use It']) expect(markdown).toContain(heading);
    expect(examples.some(example => example.kind === 'incorrect')).toBe(true);
    expect(examples.some(example => example.kind === 'correct')).toBe(true);
  });

  it.each(examples.map(example => [`${example.kind} example at line ${example.line}`, example] as const))('%s', (_title, example) => {
    const messages = lint(ruleName, example);
    expect(messages.filter(message => message.fatal || message.ruleId === null)).toEqual([]);
    const reports = messages.filter(message => message.ruleId === `vonage-video/${ruleName}`);
    if (example.kind === 'incorrect') expect(reports.length).toBeGreaterThan(0);
    else expect(reports).toEqual([]);
  });
});

describe('guide coverage', () => {
  const known = new Set(GUIDE_PRACTICES.flatMap(practice => practice.sections));

  it.each(Object.entries(rules))("%s names sections of Vonage's guide", (_name, rule) => {
    const sections = guideSectionsOf(rule.meta.docs?.guideSection ?? '');
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) expect(known).toContain(section);
  });

  it('every practice with a rule through an option names a rule that has the option', () => {
    for (const { throughOption } of GUIDE_PRACTICES) {
      if (!throughOption) continue;
      const rule = rules[throughOption.rule as keyof typeof rules];
      const schema = rule.meta.schema as unknown as Array<{ properties?: Record<string, unknown> }>;
      expect(Object.keys(schema[0]?.properties ?? {})).toContain(throughOption.option);
    }
  });
});
