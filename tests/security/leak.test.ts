/**
 * No finding prints a credential (issue 16). Every invalid case of every rule's test file (which, by convention, covers
 * every messageId) is linted again with credentials written into the positions messages quote:
 * - every string literal gets a credential appended (route paths, config keys, defaults, object keys, roles, URLs,
 *   module names), one format per case in turn: session ID, `T1==` token, JWT, 40-hex API secret;
 * - every identifier a message of the case quotes (variable, property, function, class names, callee text) is
 *   renamed to carry a 40-hex secret.
 * What reaches ESLint is captured (every `data` value of every report and suggestion) together with the printed
 * messages and suggestion descriptions: none may contain 20 consecutive characters of a credential, a raw control or
 * bidirectional character, or run past the length bound.
 */
import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import * as espree from 'espree';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import plugin from '../../src/index';
import { DATA_MAX_LENGTH } from '../../src/util/create-rule';
import { CREDENTIALS } from '../helpers/credentials';
import { LINTED_FILES, UNSAFE_CHARACTER, leakWindows, printedTextProblems } from '../helpers/harness.cjs';

interface HarvestedCase {
  code: string;
  options?: unknown[];
  settings?: Record<string, unknown>;
  filename?: string;
  parsers?: readonly string[];
  languageOptions?: { sourceType?: string; parserOptions?: Record<string, unknown> };
}

const harvested = vi.hoisted(() => new Map<string, HarvestedCase[]>());
vi.mock('../helpers/rule-tester', async importOriginal => ({
  ...(await importOriginal<typeof import('../helpers/rule-tester')>()),
  // A rule's test file may run several named suites (`valid-session-options (option from request input)`): the cases
  // of all of them belong to the rule.
  runRuleTester: (name: string, _rule: unknown, tests: { invalid: HarvestedCase[] }) => {
    const rule = name.replace(/ \(.*\)$/, '');
    harvested.set(rule, [...(harvested.get(rule) ?? []), ...tests.invalid]);
  },
}));

const STRING_CREDENTIALS = [CREDENTIALS.sessionId, CREDENTIALS.t1Token, CREDENTIALS.jwt, CREDENTIALS.apiSecret];
const ALL_CREDENTIALS = Object.values(CREDENTIALS);
const windows = leakWindows(ALL_CREDENTIALS);
const STRING_LITERAL = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g;
const KEYWORDS = new Set(['new', 'the', 'and', 'for', 'function', 'return', 'const', 'this', 'await', 'async', 'import', 'from', 'export', 'default', 'true', 'false', 'null', 'undefined', 'typeof']);

interface Captured {
  rule: string;
  messageId: string;
  data: Readonly<Record<string, unknown>>;
}

/** The plugin's rules, each passing what it reports to ESLint through `captured` first. */
function capturingRules(captured: Captured[]): Record<string, TSESLint.LooseRuleDefinition> {
  const rules: Record<string, TSESLint.LooseRuleDefinition> = {};
  for (const [name, rule] of Object.entries(plugin.rules ?? {}) as unknown as Array<[string, TSESLint.RuleModule<string, unknown[]>]>) {
    rules[name] = {
      ...rule,
      create(context: TSESLint.RuleContext<string, unknown[]>) {
        const report = (descriptor: TSESLint.ReportDescriptor<string> & { data?: Record<string, unknown> }): void => {
          captured.push({ rule: name, messageId: descriptor.messageId, data: descriptor.data ?? {} });
          for (const suggestion of descriptor.suggest ?? []) {
            captured.push({ rule: name, messageId: suggestion.messageId, data: (suggestion.data as Record<string, unknown> | undefined) ?? {} });
          }
          context.report(descriptor);
        };
        return rule.create(Object.create(context, { report: { value: report } }) as typeof context);
      },
    } as unknown as TSESLint.LooseRuleDefinition;
  }
  return rules;
}

const captured: Captured[] = [];
const linter = new Linter({ configType: 'flat' });
const testPlugin = { meta: plugin.meta, rules: capturingRules(captured) };

function lint(rule: string, testCase: HarvestedCase, code: string): Linter.LintMessage[] {
  const typescript = testCase.parsers?.length === 1 && testCase.parsers[0] === 'typescript';
  const filename = testCase.filename ?? (typescript ? 'file.tsx' : 'file.jsx');
  const config: Linter.Config[] = [
    {
      files: [...LINTED_FILES],
      plugins: { 'vonage-video': testPlugin as never },
      languageOptions: {
        parser: (typescript ? tsParser : espree) as Linter.Parser,
        ecmaVersion: 'latest',
        sourceType: (testCase.languageOptions?.sourceType ?? 'module') as 'module',
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
      ...(testCase.settings ? { settings: testCase.settings } : {}),
      rules: { [`vonage-video/${rule}`]: ['error', ...(testCase.options ?? [])] } as Linter.RulesRecord,
    },
  ];
  return linter.verify(code, config, { filename });
}

/** Identifier-like words a message quoted: the names to rename. */
function quotedNames(data: readonly Captured[]): string[] {
  const names = new Set<string>();
  for (const { data: values } of data) {
    for (const value of Object.values(values)) {
      for (const word of String(value).match(/[A-Za-z_$][\w$]{2,}/g) ?? []) if (!KEYWORDS.has(word)) names.add(word);
    }
  }
  return [...names];
}

function withNamesRenamed(code: string, names: readonly string[]): string {
  if (names.length === 0) return code;
  const pattern = new RegExp(`(?<![\\w$])(?:${names.map(name => name.replace(/\$/g, '\\$')).join('|')})(?![\\w$])`, 'g');
  return code.replace(pattern, name => `${name}$${CREDENTIALS.apiSecret}`);
}

/** `code` with `credential` appended inside every string literal, or only the `only`-th one. */
function withStringsCarrying(code: string, credential: string, only?: number): string {
  let count = 0;
  return code.replace(STRING_LITERAL, literal => (only === undefined || count++ === only ? `${literal.slice(0, -1)}${credential}${literal.slice(-1)}` : literal));
}

describe('no message, suggestion description or data value carries a credential', () => {
  beforeAll(async () => {
    await Promise.all(Object.keys(plugin.rules ?? {}).map(name => import(`../rules/${name}.test.ts`)));
  });
  const ruleNames = Object.keys(plugin.rules ?? {});
  const problems: string[] = [];
  /** rule/messageId → reports seen on code holding a credential. */
  const seen = new Map<string, number>();
  let variants = 0;

  function check(rule: string, code: string, testCase: HarvestedCase): void {
    const start = captured.length;
    let messages: Linter.LintMessage[];
    try {
      messages = lint(rule, testCase, code);
    } catch {
      return; // A variant that no longer makes sense to a rule's options is not a finding.
    }
    if (messages.some(message => message.fatal || message.ruleId === null)) return;
    variants++;
    for (const entry of captured.slice(start)) {
      const key = `${entry.rule}/${entry.messageId}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      for (const [name, value] of Object.entries(entry.data)) {
        const text = String(value);
        const found = printedTextProblems(text, windows);
        if (text.length > DATA_MAX_LENGTH) found.push(`is ${text.length} characters long`);
        for (const problem of found) problems.push(`${key} data.${name} ${problem}\n${code.slice(0, 400)}`);
      }
    }
    for (const message of messages) {
      for (const text of [message.message, ...(message.suggestions ?? []).map(suggestion => suggestion.desc)]) {
        for (const problem of printedTextProblems(text, windows)) problems.push(`${rule}/${message.messageId ?? '?'} ${problem}\n${code.slice(0, 400)}`);
      }
    }
  }

  it("harvests every rule test file", () => {
    expect([...harvested.keys()].sort()).toEqual([...ruleNames].sort());
  });

  it('walks every invalid case of every rule with credentials in strings and quoted names', () => {
    let index = 0;
    for (const rule of ruleNames) {
      for (const testCase of harvested.get(rule) ?? []) {
        const start = captured.length;
        lint(rule, testCase, testCase.code);
        const original = captured.slice(start);
        captured.length = start;
        const names = quotedNames(original);
        const credential = STRING_CREDENTIALS[index++ % STRING_CREDENTIALS.length] as string;
        check(rule, withStringsCarrying(testCase.code, credential), testCase);
        check(rule, withNamesRenamed(testCase.code, names), testCase);
        // A message the whole-file edits silence (a role list, a module name, a media mode): one position at a time.
        const unseen = (): boolean => original.some(entry => !seen.has(`${entry.rule}/${entry.messageId}`));
        for (const name of names) if (unseen()) check(rule, withNamesRenamed(testCase.code, [name]), testCase);
        for (let nth = 0; unseen() && nth < 20; nth++) check(rule, withStringsCarrying(testCase.code, credential, nth), testCase);
      }
    }
    expect(problems, `${problems.length} leaks:\n\n${problems.slice(0, 8).join('\n\n')}`).toEqual([]);
    // The walk reaches every message that interpolates anything, on code that holds a credential.
    const interpolating = ruleNames.flatMap(rule =>
      Object.entries((plugin.rules?.[rule] as unknown as TSESLint.RuleModule<string>).meta.messages)
        .filter(([, text]) => text.includes('{{'))
        .map(([messageId]) => `${rule}/${messageId}`),
    );
    expect(interpolating.filter(key => !seen.has(key))).toEqual([]);
    const cases = ruleNames.reduce((sum, rule) => sum + (harvested.get(rule)?.length ?? 0), 0);
    console.log(`leak walk: ${cases} invalid cases, ${variants} variants linted, ${[...seen.values()].reduce((a, b) => a + b, 0)} reports and suggestions checked`);
    expect(variants).toBeGreaterThan(cases);
  });

  it('escapes the bidirectional override in a role and bounds a long route path', () => {
    const messages = lint('require-token-role', { code: '' }, "import OpenTok from 'opentok'; const ot = new OpenTok(k, s); ot.generateToken(id, { role: 'publisher\u202E' });");
    expect(messages).toHaveLength(1);
    expect(messages[0]?.message).toContain('publisher\\u202e');
    expect(UNSAFE_CHARACTER.test(messages[0]?.message ?? '')).toBe(false);
    const path = `/rooms/${'a/'.repeat(100_000)}`;
    const route = lint('require-authenticated-endpoint', { code: '' }, `import express from 'express'; import OpenTok from 'opentok'; const ot = new OpenTok(k, s); const app = express(); app.get('${path}', (req, res) => res.send(ot.generateToken(req.query.id)));`);
    expect(route).toHaveLength(1);
    expect(route[0]?.message.length).toBeLessThan(600);
    expect(route[0]?.message).toContain('/rooms/a/a/');
  });
});
