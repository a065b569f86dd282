/**
 * The project model's first gate for a file with no Vonage usage of its own: which of its imports of the app's own
 * modules are used under an SDK-like name (`sdkLikeImportSpecifiers`). Member reads come from the text, so these cases
 * pin down what counts as a read through the binding and what does not.
 */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { sdkLikeImportSpecifiers } from '../../src/project/imports';

function specifiers(code: string, options: { typescript?: boolean; mayNameAppModule?: (specifier: string) => boolean } = {}): string[] {
  let found: string[] = [];
  const linter = new Linter({ configType: 'flat' });
  const rule = {
    create(context: { sourceCode: { ast: never; text: string; scopeManager: { globalScope: never } } }) {
      const { ast, text, scopeManager } = context.sourceCode;
      found = sdkLikeImportSpecifiers(ast, scopeManager.globalScope, text, options.mayNameAppModule);
      return {};
    },
  };
  const messages = linter.verify(code, {
    files: ['**/*.ts', '**/*.js'],
    languageOptions: { sourceType: code.includes('require(') ? 'commonjs' : 'module', ...(options.typescript ? { parser: tsParser } : {}) },
    plugins: { test: { rules: { gate: rule as never } } },
    rules: { 'test/gate': 'error' },
  }, options.typescript ? 'file.ts' : 'file.js');
  expect(messages.filter(message => message.fatal)).toEqual([]);
  return found;
}

describe('sdkLikeImportSpecifiers', () => {
  it('counts a binding named like a wrapper, and members with such names read through it', () => {
    expect(specifiers("import { joinToken } from './video';\njoinToken();")).toEqual(['./video']);
    expect(specifiers("import calls from './calls';\ncalls.joinToken(id);")).toEqual(['./calls']);
    expect(specifiers("import * as calls from './calls';\nawait calls?.createRoom();")).toEqual(['./calls']);
    expect(specifiers("import calls from './calls';\nconst t = calls\n  .joinToken(id);")).toEqual(['./calls']);
    expect(specifiers("import calls from './calls';\ncalls!.joinToken(id);", { typescript: true })).toEqual(['./calls']);
    expect(specifiers("const calls = require('./calls');\nmodule.exports = (req) => calls.startRecording(req.body.id);")).toEqual(['./calls']);
    expect(specifiers("const { mint, createSession } = require('../lib/calls');")).toEqual(['../lib/calls']);
    expect(specifiers("const token = require('./tokens').issueToken;")).toEqual(['./tokens']);
    // A computed read may name anything.
    expect(specifiers("import calls from './calls';\ncalls[method](id);")).toEqual(['./calls']);
    // A module named like a wrapper, and a named import of an object.
    expect(specifiers("import { client } from '../services/video-service';\nclient.start();")).toEqual(['../services/video-service']);
    expect(specifiers("import { api } from './api';\napi.createSession();")).toEqual(['./api']);
    expect(specifiers("const lib = require('./vonage');\nlib.go();")).toEqual(['./vonage']);
  });

  it('does not count other names, reads of another object, array types, spreads or type-only imports', () => {
    expect(specifiers("import utils from './utils';\nutils.format(x);")).toEqual([]);
    expect(specifiers("import globals from './globals';\nconst g = options.globals.joinToken;")).toEqual([]);
    expect(specifiers("import { Log } from './log';\nconst logs: Log[] = [];\nlet joinToken: Log;", { typescript: true })).toEqual([]);
    expect(specifiers("import calls from './calls';\nconst all = [...calls];")).toEqual([]);
    expect(specifiers("import type { TokenService } from './token-service';\nlet t: TokenService;", { typescript: true })).toEqual([]);
    expect(specifiers("import { type TokenService } from './token-service';\nlet t: TokenService;", { typescript: true })).toEqual([]);
    expect(specifiers("import fs from 'node:fs';\nfs.readTokenFile();")).toEqual([]);
    // Member reads are looked for only under names that can hold an object: `Observable.create` is a class's.
    expect(specifiers("import { Observable } from './Observable';\nObservable.joinToken();")).toEqual([]);
    expect(specifiers("import './video-polyfill';")).toEqual([]);
  });

  it('asks which specifiers can name an app module before reading anything', () => {
    const appOnly = (specifier: string): boolean => specifier.startsWith('.');
    expect(specifiers("import { joinToken } from 'token-lib';\nimport { createRoom } from './rooms';", { mayNameAppModule: appOnly })).toEqual(['./rooms']);
    expect(specifiers("const tokens = require('csrf-tokens');\ntokens.create();", { mayNameAppModule: appOnly })).toEqual([]);
  });

  it('stays linear on adversarial text: a binding mentioned a hundred thousand times', () => {
    const code = `import calls from './calls';\n${'calls + calls;\n'.repeat(50_000)}calls.joinToken();\n`;
    const started = performance.now();
    expect(specifiers(code)).toEqual(['./calls']);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
