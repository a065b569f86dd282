import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { clearSummaryCache, summaryCacheSize } from '../../src/project/summary';
import { probe } from '../helpers/sdk-probe';
import type { ProbeOptions, ProbeResult } from '../helpers/sdk-probe';

const projects = path.join(__dirname, '../fixtures/projects');

function probeFile(app: string, file: string, options: ProbeOptions = {}): ProbeResult {
  const cwd = path.join(projects, app);
  const filename = path.join(cwd, file);
  return probe(readFileSync(filename, 'utf8'), { filename, cwd, ...options });
}

describe('the matcher resolves the app’s own imports before it guesses', () => {
  it('follows wrappers of wrappers, and cuts import cycles', () => {
    const result = probeFile('express-cjs', 'lib/cycle-a.js', { sourceType: 'commonjs' });
    expect(result.calls).toEqual(['tokenFromB@3 token.generate opentok resolved']);
  });

  it('CommonJS: calls of a required wrapper module are its operations; SDK-named methods of the app’s own object are not the SDK', () => {
    const result = probeFile('express-cjs', 'routes/video.js', { sourceType: 'commonjs' });
    expect(result.calls).toEqual(['createRoom@8 session.create opentok resolved', 'joinToken@12 token.generate opentok resolved', 'viewerToken@16 token.generate opentok resolved']);
    expect(result.showsVonageUsage).toBe(true);
  });

  it('without the project model the same file shows nothing (one file at a time)', () => {
    const result = probeFile('express-cjs', 'routes/video.js', { sourceType: 'commonjs', settings: { 'vonage-video': { project: false } } });
    expect(result.calls).toEqual([]);
  });

  it('a method sharing an SDK name on a resolved non-SDK object is never matched by name', () => {
    const cwd = path.join(projects, 'express-cjs');
    const code = "const opentokLobby = require('../services/lobby');\nopentokLobby.generateToken('s');\n";
    const filename = path.join(cwd, 'routes/other.js');
    expect(probe(code, { filename, cwd, sourceType: 'commonjs' }).calls).toEqual([]);
    expect(probe(code, { filename, cwd, sourceType: 'commonjs', settings: { 'vonage-video': { project: false } } }).calls).toEqual(['generateToken@2 token.generate opentok by-name']);
  });

  it('ESM + TypeScript: a class re-exported through an index, constructed once or inline, `.js` specifiers', () => {
    const result = probeFile('esm-ts', 'src/routes/rooms.ts', { parser: 'typescript' });
    expect(result.calls).toEqual(['generateToken@8 token.generate opentok resolved', 'archive@16 archive.start opentok resolved']);
  });

  it('an SDK client exported by the app’s own module through a tsconfig alias is tracked', () => {
    const result = probeFile('next-alias', 'src/app/api/token/route.ts', { parser: 'typescript' });
    expect(result.calls).toEqual(['generateClientToken@6 token.generate @vonage/video tracked']);
  });

  it('NestJS: an injected service of the app is followed to its methods', () => {
    const result = probeFile('nest', 'src/video/video.controller.ts', { parser: 'typescript' });
    expect(result.calls).toEqual(['createToken@10 token.generate opentok resolved']);
  });

  it('detection "tracked" keeps resolved calls (they are not guesses)', () => {
    const result = probeFile('express-cjs', 'controllers/video.js', { sourceType: 'commonjs', settings: { 'vonage-video': { detection: 'tracked' } } });
    expect(result.calls).toEqual(['createRoom@4 session.create opentok resolved', 'joinToken@8 token.generate opentok resolved']);
  });

  it('a file with no Vonage usage and no project words pays nothing (no summary is built)', () => {
    clearSummaryCache();
    const cwd = path.join(projects, 'express-cjs');
    const code = "const helpers = require('../services/calls');\nmodule.exports = user => helpers.formatName(user);\n";
    const result = probe(code, { filename: path.join(cwd, 'lib/names.js'), cwd, sourceType: 'commonjs' });
    expect(result).toEqual({ calls: [], constructions: [], components: [], showsVonageUsage: false });
    expect(summaryCacheSize()).toBe(0);
  });

  it('a file with no Vonage usage resolves only imports used under SDK-like names', () => {
    clearSummaryCache();
    const cwd = path.join(projects, 'express-cjs');
    const filename = path.join(cwd, 'routes/names.js');
    // "token" appears, but the imported helper is used as `helpers.formatName`: nothing is resolved or parsed.
    const code = "const helpers = require('../services/calls');\nconst token = helpers.formatName(user);\n";
    expect(probe(code, { filename, cwd, sourceType: 'commonjs' }).calls).toEqual([]);
    expect(summaryCacheSize()).toBe(0);
    // Used as `helpers.joinToken`: resolved.
    const joined = "const helpers = require('../services/calls');\nconst token = helpers.joinToken(id);\n";
    expect(probe(joined, { filename, cwd, sourceType: 'commonjs' }).calls).toEqual(['joinToken@2 token.generate opentok resolved']);
    expect(summaryCacheSize()).toBeGreaterThan(0);
  });

  it('code that is not on disk, or a missing import, falls back to the one-file view silently', () => {
    const cwd = path.join(projects, 'express-cjs');
    const code = "const opentok = require('./missing');\nopentok.generateToken('s');\n";
    expect(probe(code, { filename: path.join(cwd, 'routes/other.js'), cwd, sourceType: 'commonjs' }).calls).toEqual(['generateToken@2 token.generate opentok by-name']);
    expect(probe(code, { sourceType: 'commonjs' }).calls).toEqual(['generateToken@2 token.generate opentok by-name']);
  });
});
