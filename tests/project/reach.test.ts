import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeEach, describe, expect, it } from 'vitest';

import { appSpecifiersIn, clearReachCache, importsReachVonage } from '../../src/project/reach';
import { clearResolverCache } from '../../src/project/resolve';

const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'vonage-reach-')));
const shows = (text: string): boolean => /opentok|@vonage\//.test(text);

function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
}

function reaches(from: string, specifiers: string[]): boolean {
  return importsReachVonage(specifiers, path.join(root, from), { cwd: root }, shows);
}

beforeEach(() => {
  clearReachCache();
  clearResolverCache();
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('importsReachVonage (the project model\'s text-only gate)', () => {
  it('follows the app\'s own imports through modules with no Vonage words to one that has them', () => {
    write({
      'routes/rooms.js': "const rooms = require('../controllers/rooms');",
      'controllers/rooms.js': "import { mint } from '../services/calls.js';\nexport const create = mint;",
      'services/calls.js': "const OpenTok = require('opentok');\nexports.mint = () => {};",
    });
    expect(reaches('routes/rooms.js', ['../controllers/rooms'])).toBe(true);
    // A second ask is answered from the cache, and the same for a module met on the way.
    expect(reaches('routes/rooms.js', ['../controllers/rooms'])).toBe(true);
    expect(reaches('controllers/rooms.js', ['../services/calls.js'])).toBe(true);
  });

  it('says no for an import tree with no Vonage usage, a cycle, a missing module and a package', () => {
    write({
      'lib/token-store.js': "const cursors = require('./cursors');\nconst store = require('./token-store');",
      'lib/cursors.js': "const store = require('./token-store');\nmodule.exports = {};",
    });
    expect(reaches('lib/source-code.js', ['./token-store', './missing', 'debug', 'node:fs'])).toBe(false);
    expect(reaches('lib/source-code.js', ['./token-store'])).toBe(false);
  });

  it('stops four modules deep, and reads no file over 1 MB', () => {
    write({
      'deep/a.js': "require('./b');",
      'deep/b.js': "require('./c');",
      'deep/c.js': "require('./d');",
      'deep/d.js': "require('./e');",
      'deep/e.js': "require('opentok');",
      'big/index.js': `// ${'x'.repeat(1024 * 1024)}\nrequire('opentok');`,
    });
    expect(reaches('deep/start.js', ['./a'])).toBe(false);
    expect(reaches('deep/start.js', ['./b'])).toBe(true);
    expect(reaches('start.js', ['./big'])).toBe(false);
  });

  it('meets each module at its shortest distance, whatever the order of the imports', () => {
    write({
      // `far` reaches `near/v` only five modules deep; `near` reaches it two deep. `far` is met first.
      'short/start.js': "require('./far1'); require('./near');",
      'short/far1.js': "require('./far2');",
      'short/far2.js': "require('./far3');",
      'short/far3.js': "require('./near');",
      'short/near.js': "require('./v');",
      'short/v.js': "const OpenTok = require('opentok');",
    });
    expect(reaches('short/index.js', ['./start'])).toBe(true);
    // From `far1` itself, `v` is five modules deep: too far. From `far2`, four.
    expect(reaches('short/index.js', ['./far1'])).toBe(false);
    expect(reaches('short/index.js', ['./far2'])).toBe(true);
    expect(reaches('short/index.js', ['./far1', './start'])).toBe(true);
  });

  it('finds the app-module specifiers a text writes', () => {
    expect(appSpecifiersIn("import a from './a';\nconst b = require('../b');\nconst c = await import('#c');\nimport fs from 'node:fs';")).toEqual(['./a', '../b', '#c']);
  });
});
