/**
 * Runs the SDK call matcher on a snippet through a real ESLint `Linter`, and returns what it found in a form that is
 * easy to assert: `"generateToken@3 token.generate opentok tracked"`.
 */
import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import * as espree from 'espree';

import { getCalleeMember } from '../../src/ast';
import { getSdkFile } from '../../src/analysis/sdk-calls';
import { getPropertyName } from '../../src/ast';

export interface ProbeResult {
  calls: string[];
  constructions: string[];
  components: string[];
  showsVonageUsage: boolean;
}

export interface ProbeOptions {
  parser?: 'espree' | 'typescript';
  sourceType?: 'module' | 'commonjs' | 'script';
  globals?: Record<string, 'readonly' | 'writable'>;
  settings?: Record<string, unknown>;
  /** An absolute path on disk (multi-file fixture apps), and ESLint's `cwd` for it. */
  filename?: string;
  cwd?: string;
}

export function probe(code: string, options: ProbeOptions = {}): ProbeResult {
  const result: ProbeResult = { calls: [], constructions: [], components: [], showsVonageUsage: false };
  const callNodes: Array<{ start: number; end: number; text: string }> = [];
  const probeRule: TSESLint.RuleModule<'found'> = {
    defaultOptions: [],
    meta: { type: 'problem', messages: { found: '{{text}}' }, schema: [] },
    create(context) {
      const sdk = () => getSdkFile(context);
      return {
        CallExpression(node: TSESTree.CallExpression) {
          const call = sdk().matchCall(node, { wrappers: true });
          if (!call) return;
          const member = getCalleeMember(node);
          const name = member ? getPropertyName(member) : '?';
          callNodes.push({ start: node.range[0], end: node.range[1], text: `${name}@${node.loc.start.line} ${call.operation.kind} ${call.sdk} ${call.confidence}` });
        },
        JSXOpeningElement(node: TSESTree.JSXOpeningElement) {
          const component = sdk().matchComponent(node);
          if (component) result.components.push(`${component.component}@${node.loc.start.line} ${component.module ?? '?'} ${component.confidence}`);
        },
        'Program:exit'() {
          const file = sdk();
          result.showsVonageUsage = file.showsVonageUsage;
          for (const { node, sdkConstructor } of file.constructions) {
            result.constructions.push(`${sdkConstructor.displayName}@${node.loc.start.line}`);
          }
        },
      };
    },
  };
  const linter = new Linter({ configType: 'flat', ...(options.cwd ? { cwd: options.cwd } : {}) });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
        plugins: { probe: { rules: { probe: probeRule as never } } },
        rules: { 'probe/probe': 'error' },
        settings: options.settings ?? {},
        languageOptions: {
          parser: (options.parser === 'typescript' ? tsParser : espree) as never,
          sourceType: options.sourceType ?? 'module',
          ecmaVersion: 'latest',
          globals: options.globals ?? {},
          parserOptions: { ecmaFeatures: { jsx: true } },
        },
      },
    ],
    options.filename ?? (options.parser === 'typescript' ? 'file.tsx' : 'file.jsx'),
  );
  const fatal = messages.find(message => message.fatal);
  if (fatal) throw new Error(`parse error: ${fatal.message}`);
  // Source order; a chained call (`OT.initSession().connect()`) lists the inner call first.
  result.calls = callNodes.sort((a, b) => a.start - b.start || a.end - b.end).map(call => call.text);
  return result;
}
