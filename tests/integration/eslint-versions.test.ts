/**
 * ESLint 9 and 10 (issue 8, item 1). The same fixture project, linted through each major's `ESLint` class with flat
 * config (`eslint.config.mjs` and `eslint.config.cjs`), gives the same findings, fixes and suggestions. Then every rule
 * (read from the plugin) runs on its own docs examples and on a shared corpus under each major's `Linter`, with the
 * rule context and `SourceCode` wrapped so that any member the rule touches is recorded: all of them must exist in
 * ESLint 9.0.0 (the bottom of the peer range) and still exist in ESLint 10. With an `eslint9-min` alias of
 * eslint@9.0.0 installed, the rules also run under the real 9.0.0.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { ESLint, Linter, Rule } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

import { at } from '../helpers/locate';
import { ESLINT_PACKAGES, FAKE, FIXTURES, REPO, findingOf, findingsOf, isInstalled, loadBuiltPlugin, loadESLint, ourFindings, requireFromRepo, ruleNames } from './helpers';
import type { Finding } from './helpers';

const PROJECT = join(FIXTURES, 'project');
const CONFIG_FILES = ['eslint.config.mjs', 'eslint.config.cjs'] as const;
/** Rules that exist now and will keep existing; the findings of rules added later are compared, not listed. */
const LISTED_RULES = new Set([
  'vonage-video/no-hardcoded-credentials',
  'vonage-video/no-hardcoded-session-credentials',
  'vonage-video/require-token-expiry',
  'vonage-video/require-token-role',
]);

const plugin = loadBuiltPlugin();
const source = (file: string) => readFileSync(join(PROJECT, file), 'utf8');

describe('the fixture project through the ESLint class of each major', () => {
  const findings = new Map<string, Finding[]>();
  const fixed = new Map<string, Record<string, string | undefined>>();

  beforeAll(async () => {
    for (const pkg of ESLINT_PACKAGES) {
      const { ESLint: ESLintClass } = loadESLint(pkg);
      for (const configFile of CONFIG_FILES) {
        const eslint = new ESLintClass({ cwd: PROJECT, overrideConfigFile: join(PROJECT, configFile) });
        findings.set(`${pkg} ${configFile}`, findingsOf(await eslint.lintFiles(['.']), PROJECT));
      }
      const fixer = new ESLintClass({ cwd: PROJECT, overrideConfigFile: join(PROJECT, 'eslint.config.mjs'), fix: true });
      const outputs: Record<string, string | undefined> = {};
      for (const result of await fixer.lintFiles(['.'])) outputs[result.filePath.slice(PROJECT.length + 1)] = result.output;
      fixed.set(pkg, outputs);
    }
  });

  it('uses ESLint 10 as `eslint` and ESLint 9 as `eslint9`', () => {
    expect(loadESLint('eslint').ESLint.version).toMatch(/^10\./);
    expect(loadESLint('eslint9').ESLint.version).toMatch(/^9\./);
  });

  it.each(ESLINT_PACKAGES)('%s reports the expected findings at the expected places', pkg => {
    const all = findings.get(`${pkg} eslint.config.mjs`) ?? [];
    expect(all.filter(finding => finding.fatal || finding.ruleId === null)).toEqual([]);
    expect(all.filter(finding => finding.file === 'server/health.js')).toEqual([]);
    const server = source('server/token-server.js');
    const tokens = source('server/tokens.ts');
    const room = source('web/room.js');
    expect(ourFindings(all).filter(finding => LISTED_RULES.has(finding.ruleId ?? ''))).toEqual([
      { file: 'server/token-server.js', ruleId: 'vonage-video/no-hardcoded-credentials', messageId: 'hardcodedApiSecret', ...at(server, `'${FAKE.apiSecret}'`) },
      { file: 'server/token-server.js', ruleId: 'vonage-video/require-token-expiry', messageId: 'missingExpiry', ...at(server, 'generateToken') },
      // No require-token-role finding: the file mints one kind of token, so there is no role choice to report (issue 14).
      { file: 'server/tokens.ts', ruleId: 'vonage-video/require-token-expiry', messageId: 'milliseconds', ...at(tokens, 'Date.now() + 60 * 60 * 1000') },
      { file: 'web/room.js', ruleId: 'vonage-video/no-hardcoded-session-credentials', messageId: 'hardcodedSessionId', ...at(room, `'${FAKE.sessionId}'`) },
      { file: 'web/room.js', ruleId: 'vonage-video/no-hardcoded-session-credentials', messageId: 'hardcodedToken', ...at(room, `'${FAKE.token}'`) },
    ]);
  });

  it('ESLint 9 reports exactly what ESLint 10 reports: rules, places, messages, fixes and suggestions', () => {
    const ten = findings.get('eslint eslint.config.mjs');
    expect(ten?.length).toBeGreaterThan(0);
    expect(findings.get('eslint9 eslint.config.mjs')).toEqual(ten);
  });

  it.each(ESLINT_PACKAGES)('%s: the CommonJS config gives the same findings as the ESM config', pkg => {
    expect(findings.get(`${pkg} eslint.config.cjs`)).toEqual(findings.get(`${pkg} eslint.config.mjs`));
  });

  it('`fix: true` produces the same output in both majors, and applies no edit that a person must choose', () => {
    const ten = fixed.get('eslint');
    expect(fixed.get('eslint9')).toEqual(ten);
    // Every edit this project's findings offer (an expiry, an explicit role) is a suggestion: nothing is rewritten.
    expect(Object.keys(ten ?? {}).length).toBeGreaterThan(0);
    expect(ten?.['server/token-server.js']).toBeUndefined();
    expect(ten?.['web/room.js']).toBeUndefined();
  });
});

// ------------------------------------------------------------------------------------------------------------------
// Every rule, under each major's Linter, on its own docs examples; the rule-context API it touches is recorded.

/** Members of the rule context in ESLint 9.0.0 (read from eslint@9.0.0's `RuleContext`). */
const CONTEXT_API_9_0 = [
  'cwd', 'filename', 'getCwd', 'getFilename', 'getPhysicalFilename', 'getSourceCode', 'id', 'languageOptions', 'options',
  'parserOptions', 'parserPath', 'physicalFilename', 'report', 'settings', 'sourceCode',
];
/** Members of `SourceCode` in ESLint 9.0.0 (own and prototype properties of eslint@9.0.0's `SourceCode`). */
const SOURCE_CODE_API_9_0 = [
  'applyInlineConfig', 'applyLanguageOptions', 'ast', 'commentsExistBetween', 'constructor', 'finalize', 'getAllComments',
  'getAncestors', 'getCommentsAfter', 'getCommentsBefore', 'getCommentsInside', 'getDeclaredVariables', 'getFirstToken',
  'getFirstTokenBetween', 'getFirstTokens', 'getFirstTokensBetween', 'getIndexFromLoc', 'getInlineConfigNodes',
  'getJSDocComment', 'getLastToken', 'getLastTokenBetween', 'getLastTokens', 'getLastTokensBetween', 'getLines',
  'getLocFromIndex', 'getNodeByRangeIndex', 'getScope', 'getText', 'getTokenAfter', 'getTokenBefore',
  'getTokenByRangeStart', 'getTokenOrCommentAfter', 'getTokenOrCommentBefore', 'getTokens', 'getTokensAfter',
  'getTokensBefore', 'getTokensBetween', 'hasBOM', 'isSpaceBetween', 'isSpaceBetweenTokens', 'lineStartIndices', 'lines',
  'markVariableAsUsed', 'parserServices', 'scopeManager', 'text', 'tokensAndComments', 'traverse', 'visitorKeys',
];
/** Removed in ESLint 10 (migrate-to-10.0.0). */
const REMOVED_IN_10 = [
  'context.getCwd', 'context.getFilename', 'context.getPhysicalFilename', 'context.getSourceCode', 'context.parserOptions',
  'context.parserPath', 'sourceCode.getTokenOrCommentAfter', 'sourceCode.getTokenOrCommentBefore',
  'sourceCode.isSpaceBetweenTokens', 'sourceCode.getJSDocComment',
];
const PORTABLE_API = new Set(
  [...CONTEXT_API_9_0.map(name => `context.${name}`), ...SOURCE_CODE_API_9_0.map(name => `sourceCode.${name}`)].filter(name => !REMOVED_IN_10.includes(name)),
);

/**
 * The majors the smoke runs under. Add `"eslint9-min": "npm:eslint@9.0.0"` to devDependencies and it runs under the
 * real bottom of the peer range too.
 */
const SMOKE_PACKAGES: string[] = [...ESLINT_PACKAGES, ...(isInstalled('eslint9-min') ? ['eslint9-min'] : [])];

interface Example {
  /** ❌ must report, ✅ must not; `corpus` snippets only run (every rule sees them, docs or not). */
  kind: 'incorrect' | 'correct' | 'corpus';
  typescript: boolean;
  code: string;
  line: number;
  sourceType?: 'module' | 'commonjs' | 'script';
}

/** Vonage Video code in the shapes the rules look at, so every rule runs even before its docs page exists. */
const CORPUS: Example[] = [
  {
    kind: 'corpus',
    typescript: false,
    sourceType: 'commonjs',
    line: 0,
    code: [
      "const express = require('express');",
      "const OpenTok = require('opentok');",
      "const opentok = new OpenTok('46000000', process.env.OPENTOK_API_SECRET);",
      'let roomSessionId;',
      "opentok.createSession({ mediaMode: 'relayed', archiveMode: 'always' }, (error, session) => { roomSessionId = session.sessionId; });",
      'const app = express();',
      "app.post('/token', (req, res) => {",
      '  const token = opentok.generateToken(roomSessionId, { role: req.body.role, data: JSON.stringify({ email: req.body.email }), expireTime: Date.now() + 3600 * 1000 });',
      '  res.json({ token, secret: process.env.OPENTOK_API_SECRET });',
      '});',
      "app.post('/archive/:id', (req, res) => opentok.startArchive(req.params.id, { name: 'x' }, () => res.end()));",
    ].join('\n'),
  },
  {
    kind: 'corpus',
    typescript: true,
    line: 0,
    code: [
      "import { Video, MediaMode } from '@vonage/video';",
      "const video = new Video({ applicationId: 'app', privateKey: './private.key' });",
      'export async function start(name: string): Promise<string> {',
      "  const session = await video.createSession({ mediaMode: 'routed' as MediaMode, e2ee: true });",
      "  return video.generateClientToken(session.sessionId, { role: 'moderator', expireTime: 3600, data: `name=${name}` });",
      '}',
    ].join('\n'),
  },
  {
    kind: 'corpus',
    typescript: false,
    sourceType: 'script',
    line: 0,
    code: [
      'OT.setLogLevel(OT.DEBUG);',
      "OT.setProxyUrl('http://proxy.example.com');",
      "var session = OT.initSession('46000000', sessionId);",
      "session.on('connectionCreated', function (event) { session.forceDisconnect(event.connection); });",
      "fetch('http://example.com/token').then(function (r) { return r.json(); });",
    ].join('\n'),
  },
  {
    kind: 'corpus',
    typescript: false,
    line: 0,
    code: [
      "import { OTSession, OTPublisher } from 'opentok-react';",
      `export const Room = () => <OTSession apiKey="46000000" sessionId="${FAKE.sessionId}" token={token}><OTPublisher /></OTSession>;`,
    ].join('\n'),
  },
];

/** The ❌/✅ code blocks of a docs page (the same reading as tests/docs.test.ts). */
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
      examples.push({ kind, typescript: /^(ts|tsx|typescript)$/.test(fence[1] ?? ''), code: body.join('\n'), line: start + 1 });
    }
  }
  return examples;
}

/** Copies of `rules` that see a recording proxy of the rule context and of `sourceCode`. */
function recordingRules(rules: Record<string, Rule.RuleModule>, accessed: Set<string>): Record<string, Rule.RuleModule> {
  const proxies = new WeakMap<object, object>();
  function record<T extends object>(target: T, prefix: string): T {
    let proxy = proxies.get(target);
    if (!proxy) {
      proxy = new Proxy(Object.create(null) as object, {
        get(_shadow, key) {
          if (typeof key === 'string') accessed.add(prefix + key);
          const value: unknown = Reflect.get(target, key, target);
          if (key === 'sourceCode' && prefix === 'context.' && typeof value === 'object' && value !== null) return record(value, 'sourceCode.');
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
        has(_shadow, key) {
          if (typeof key === 'string') accessed.add(prefix + key);
          return key in target;
        },
      });
      proxies.set(target, proxy);
    }
    return proxy as T;
  }
  const recorded: Record<string, Rule.RuleModule> = {};
  for (const [name, rule] of Object.entries(rules)) recorded[name] = { ...rule, create: context => rule.create(record(context, 'context.')) };
  return recorded;
}

function recordingPlugin(accessed: Set<string>): ESLint.Plugin {
  return { meta: plugin.meta, rules: recordingRules(plugin.rules as unknown as Record<string, Rule.RuleModule>, accessed) };
}

describe('the API recorder', () => {
  it('sees a member ESLint 9.0.0 lacks (sourceCode.isGlobalReference, 9.29) and one ESLint 10 removed', () => {
    const accessed = new Set<string>();
    const probe: Rule.RuleModule = {
      meta: { type: 'problem', schema: [] },
      create(context) {
        return {
          Identifier(node) {
            const sourceCode = context.sourceCode as unknown as Record<string, unknown>;
            if (typeof sourceCode['isGlobalReference'] === 'function') context.report({ node, message: 'probe' });
            void (context as unknown as Record<string, unknown>)['getFilename'];
          },
        };
      },
    };
    const { Linter: LinterClass } = loadESLint('eslint');
    const messages = new LinterClass().verify('OT;', [{ plugins: { probe: { rules: recordingRules({ probe }, accessed) } }, rules: { 'probe/probe': 'error' } }]);
    expect(messages.map(message => message.message)).toEqual(['probe']);
    expect([...accessed].filter(name => !PORTABLE_API.has(name)).sort()).toEqual(['context.getFilename', 'sourceCode.isGlobalReference']);
  });
});

type Run = Array<{ example: Example; findings: Finding[]; output: string }>;

const tsParser = requireFromRepo('@typescript-eslint/parser') as Linter.Parser;

function configFor(ruleName: string, example: Example, recording: ESLint.Plugin): Linter.Config[] {
  return [
    {
      files: ['**/*.jsx', '**/*.tsx'],
      plugins: { 'vonage-video': recording },
      rules: { [`vonage-video/${ruleName}`]: 'error' },
      languageOptions: {
        ...(example.typescript ? { parser: tsParser } : {}),
        ecmaVersion: 'latest',
        sourceType: example.sourceType ?? 'module',
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
    },
  ];
}

describe.each(ruleNames(plugin))('rule %s under each ESLint major', ruleName => {
  const docsPage = join(REPO, 'docs', 'rules', `${ruleName}.md`);
  const markdown = existsSync(docsPage) ? readFileSync(docsPage, 'utf8') : '';
  const examples = examplesOf(markdown);
  const snippets = [...examples, ...CORPUS];
  const accessed = new Set<string>();
  const recording = recordingPlugin(accessed);
  const runs = new Map<string, Run>();

  const lintAll = (pkg: string): Run => {
    const { Linter: LinterClass } = loadESLint(pkg);
    return snippets.map(example => {
      const filename = example.typescript ? 'example.tsx' : 'example.jsx';
      const messages = new LinterClass().verify(example.code, configFor(ruleName, example, recording), filename);
      const output = new LinterClass().verifyAndFix(example.code, configFor(ruleName, example, recording), filename).output;
      return { example, findings: messages.map(message => findingOf(filename, message)), output };
    });
  };
  beforeAll(() => {
    for (const pkg of SMOKE_PACKAGES) runs.set(pkg, lintAll(pkg));
  });

  it('has docs examples to run (❌ and ✅)', () => {
    expect(examples.some(example => example.kind === 'incorrect')).toBe(true);
    expect(examples.some(example => example.kind === 'correct')).toBe(true);
  });

  it.each(SMOKE_PACKAGES)('%s: ❌ examples report, ✅ examples do not, nothing crashes', pkg => {
    for (const { example, findings } of runs.get(pkg) ?? []) {
      const where = example.kind === 'corpus' ? `corpus snippet ${CORPUS.indexOf(example)}` : `${ruleName}.md line ${example.line}`;
      expect(findings.filter(finding => finding.fatal || finding.ruleId === null), where).toEqual([]);
      if (example.kind === 'incorrect') expect(findings.length, where).toBeGreaterThan(0);
      else if (example.kind === 'correct') expect(findings, where).toEqual([]);
    }
  });

  it.each(SMOKE_PACKAGES.filter(pkg => pkg !== 'eslint'))('%s gives the same messages, fixes, suggestions and fixed output as ESLint 10', pkg => {
    const strip = (run: Run) => run.map(({ findings, output }) => ({ findings, output }));
    expect(strip(runs.get(pkg) ?? [])).toEqual(strip(runs.get('eslint') ?? []));
  });

  it('touches only rule-context and SourceCode members that ESLint 9.0.0 has and ESLint 10 kept', () => {
    expect(accessed).toContain('context.report');
    expect([...accessed].filter(name => !PORTABLE_API.has(name)).sort()).toEqual([]);
  });
});
