/** Test helper: every route the framework registry finds in `code`, summarised with source texts. */
import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import * as espree from 'espree';
import { expect } from 'vitest';

import { routeOfMethod, routesOfCall, routesOfProgram } from '../../src/frameworks';
import type { Route } from '../../src/frameworks';

export interface RouteSummary {
  framework: string;
  label: string;
  path: string | null;
  method: string | null;
  handler: boolean;
  inFront: string[];
}

export interface RoutesInOptions {
  filename?: string;
  typescript?: boolean;
  sourceType?: 'module' | 'commonjs';
}

export function routesIn(code: string, options: RoutesInOptions = {}): RouteSummary[] {
  const found: Array<{ route: Route; sourceCode: Readonly<TSESLint.SourceCode> }> = [];
  const rule: TSESLint.RuleModule<'x'> = {
    defaultOptions: [],
    meta: { type: 'problem', messages: { x: 'x' }, schema: [] },
    create(context) {
      const sourceCode = context.sourceCode;
      return {
        CallExpression(node) {
          for (const route of routesOfCall(node, { sourceCode })) found.push({ route, sourceCode });
        },
        MethodDefinition(node) {
          const route = (node.decorators as unknown[] | undefined)?.length ? routeOfMethod(node) : null;
          if (route) found.push({ route, sourceCode });
        },
        'Program:exit'(program) {
          for (const route of routesOfProgram(program, context.filename, sourceCode)) found.push({ route, sourceCode });
        },
      };
    },
  };
  const messages = new Linter({ configType: 'flat', cwd: '/' }).verify(
    code,
    [
      {
        files: ['**/*.*'],
        plugins: { probe: { rules: { probe: rule as never } } },
        rules: { 'probe/probe': 'error' },
        languageOptions: {
          parser: (options.typescript ? tsParser : espree) as never,
          ecmaVersion: 'latest',
          sourceType: options.sourceType ?? 'module',
        },
      },
    ],
    options.filename ?? (options.typescript ? '/app/file.ts' : '/app/file.js'),
  );
  expect(messages.filter(message => message.fatal)).toEqual([]);
  return found.map(({ route, sourceCode }) => ({
    framework: route.framework,
    label: route.label,
    path: route.path,
    method: route.method,
    handler: route.handler !== null,
    inFront: route.inFront.map(node => sourceCode.getText(node)),
  }));
}
