import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import * as tsParser from '@typescript-eslint/parser';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import * as espree from 'espree';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';

import { analyseModule, moduleTextShows } from '../../src/analysis/sdk-calls';
import type { ProjectContext } from '../../src/project/context';
import { MAX_DEPTH, clearSummaryCache, getModuleSummary, requiredValue } from '../../src/project/summary';
import type { ModuleSummary, ValueSummary } from '../../src/project/summary';

const projects = path.join(__dirname, '../fixtures/projects');

function importer(app: string, parser: 'espree' | 'typescript' = 'espree', overrides: Partial<ProjectContext> = {}): ProjectContext {
  const cwd = path.join(projects, app);
  const file = path.join(cwd, 'importer.js');
  return {
    file,
    cwd,
    tsconfig: undefined,
    parser: { parser: parser === 'espree' ? espree : tsParser, parserOptions: {}, visitorKeys: visitorKeys as never, cwd },
    depth: 0,
    visiting: new Set([file]),
    analyse: analyseModule,
    textShows: moduleTextShows,
    ...overrides,
  };
}

function summaryOf(app: string, file: string, parser: 'espree' | 'typescript' = 'espree'): ModuleSummary | null {
  return getModuleSummary(path.join(projects, app, file), importer(app, parser));
}

/** A readable form: `wrapper token.generate flows={"sessionId":0,"role":1} sets=expireTime`. */
function describeValue(value: ValueSummary | null | undefined): unknown {
  if (!value) return null;
  switch (value.type) {
    case 'instance':
      return `instance ${value.kind}`;
    case 'wrapper': {
      const { operations, flows, sets } = value.wrapper;
      return `wrapper ${operations.map(operation => operation.kind).join(',')} flows=${JSON.stringify(flows)} sets=${[...sets].sort().join(',')}`;
    }
    case 'object':
    case 'class':
      return { [value.type]: Object.fromEntries([...value.members].map(([key, member]) => [key, describeValue(member)])) };
    default:
      return value.type;
  }
}

beforeEach(() => clearSummaryCache());

describe('module summaries', () => {
  it('summarises CommonJS wrappers: operations, parameter flows, options set by the wrapper', () => {
    const summary = summaryOf('express-cjs', 'services/calls.js');
    expect(describeValue(summary && requiredValue(summary))).toEqual({
      object: {
        createRoom: 'wrapper session.create flows={} sets=mediaMode',
        joinToken: 'wrapper token.generate flows={"sessionId":0,"role":1} sets=expireTime',
        viewerToken: 'wrapper token.generate flows={"sessionId":0} sets=expireTime,role',
        customToken: 'wrapper token.generate flows={"sessionId":0,"options":1} sets=',
        namedToken: 'wrapper token.generate flows={"sessionId":0,"data":1} sets=expireTime,role',
        formatName: 'plain',
      },
    });
  });

  it('an exported SDK client is an instance; an object whose methods share SDK names is not a wrapper', () => {
    expect(describeValue(summaryOf('express-cjs', 'lib/opentok.js')?.moduleExports)).toBe('instance opentok');
    // The lobby imports nothing and names no Vonage product: the app's own code, summarised without being parsed.
    const lobby = summaryOf('express-cjs', 'services/lobby.js');
    expect(lobby && describeValue(requiredValue(lobby))).toEqual({ object: {} });
  });

  it('summarises classes, methods reaching operations through this.helper() and callbacks, and re-exports', () => {
    const roomService = { class: { generateToken: 'wrapper token.generate flows={"sessionId":0,"role":1} sets=expireTime', createSession: 'plain', archive: 'wrapper archive.start flows={} sets=name', startRecording: 'wrapper archive.start flows={"sessionId":0} sets=name' } };
    expect(describeValue(summaryOf('esm-ts', 'src/services/room-service.ts', 'typescript')?.named.get('RoomService'))).toEqual(roomService);
    expect(describeValue(summaryOf('esm-ts', 'src/services/index.ts', 'typescript')?.named.get('RoomService'))).toEqual(roomService);
    expect(describeValue(summaryOf('next-alias', 'src/lib/vonage.ts', 'typescript')?.named.get('vonage'))).toBe('instance vonage');
  });

  it('parses TypeScript modules with the TypeScript parser when the linted file uses espree', () => {
    expect(describeValue(summaryOf('nest', 'src/video/video.service.ts', 'espree')?.named.get('VideoService'))).toEqual({
      class: { opentok: 'instance opentok', createToken: 'wrapper token.generate flows={"sessionId":0,"role":1} sets=' },
    });
  });

  it('cuts import cycles and does not cache what a cycle cut short', () => {
    const a = summaryOf('express-cjs', 'lib/cycle-a.js');
    expect(describeValue(a?.named.get('tokenFromA'))).toBe('wrapper token.generate flows={} sets=');
    const b = summaryOf('express-cjs', 'lib/cycle-b.js');
    expect(describeValue(b?.named.get('tokenFromB'))).toBe('wrapper token.generate flows={} sets=');
    // b → a → b: the lookup that closes the cycle gets no summary, so `tokenAgain` (through a, back into b) is not followed.
    expect(describeValue(b?.named.get('tokenAgain'))).toBe('plain');
  });

  it('gives no summary for syntax errors, missing files, directories, and beyond the depth limit', () => {
    expect(summaryOf('express-cjs', 'lib/broken.js')).toBeNull();
    expect(summaryOf('express-cjs', 'lib/missing.js')).toBeNull();
    expect(summaryOf('express-cjs', 'lib')).toBeNull();
    const deep = importer('express-cjs', 'espree', { depth: MAX_DEPTH });
    expect(getModuleSummary(path.join(projects, 'express-cjs/lib/opentok.js'), deep)).toBeNull();
  });

  it('gives no summary for a .vue module unless the linted file is parsed by vue-eslint-parser', () => {
    expect(summaryOf('resolution', 'src/components/Panel.vue')).toBeNull();
  });

  describe('on files that change', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vonage-summary-'));
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
    const context = (): ProjectContext => ({ ...importer('express-cjs'), cwd: root, file: path.join(root, 'importer.js'), visiting: new Set() });

    it('skips files over 1 MB', () => {
      const huge = path.join(root, 'huge.js');
      fs.writeFileSync(huge, `const OpenTok = require('opentok');\nmodule.exports = new OpenTok(k, s);\n// ${'x'.repeat(1024 * 1024)}\n`);
      expect(getModuleSummary(huge, context())).toBeNull();
    });

    it('is cached until the file changes (mtime or size)', () => {
      const file = path.join(root, 'client.js');
      fs.writeFileSync(file, "const OpenTok = require('opentok');\nmodule.exports = new OpenTok(k, s);\n");
      const first = getModuleSummary(file, context());
      expect(describeValue(first?.moduleExports)).toBe('instance opentok');
      expect(getModuleSummary(file, context())).toBe(first);
      fs.writeFileSync(file, "const OpenTok = require('opentok');\nmodule.exports = {};\n");
      fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
      expect(describeValue(getModuleSummary(file, context())?.moduleExports)).toEqual({ object: {} });
    });
  });
});
