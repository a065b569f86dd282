/**
 * Routers and handlers defined in one file and mounted or registered in another (project model): the reverse index
 * finds the app's files that import the linted file, and `require-authenticated-endpoint` reads how they mount it. A
 * router mounted behind a guard is guarded; a controller handler registered in a routes file is checked there, not in
 * the controller file; one registered nowhere is still reported where it is defined.
 */
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { visitorKeys } from '@typescript-eslint/visitor-keys';
import * as espree from 'espree';
import { afterAll, describe, expect, it } from 'vitest';

import { createGuardMatcher } from '../../src/analysis/authentication-guards';
import { LISTING_TTL_MS, MAX_INDEXED_FILES, clearImporterIndex, importersOf, projectRoot } from '../../src/project/importers';
import { findMounts } from '../../src/project/mounts';
import type { ExportedValue, MountOptions } from '../../src/project/mounts';
import requireAuthenticatedEndpoint from '../../src/rules/require-authenticated-endpoint';
import { runRuleTester } from '../helpers/rule-tester';

const projects = path.join(__dirname, '../fixtures/projects');
const at = (file: string): string => path.join(projects, file);
const read = (file: string): string => readFileSync(at(file), 'utf8');
const ONE_FILE = { 'vonage-video': { project: false } };
const commonjs = { sourceType: 'commonjs' as const };
const file = (name: string, languageOptions?: typeof commonjs) => ({ code: read(name), filename: at(name), ...(languageOptions ? { languageOptions } : {}) });

const TOKEN = { does: 'mints client tokens', risk: 'join your sessions and run up your usage' };
const KICK = { does: 'force-disconnects participants', risk: 'remove anyone from a call' };
const ARCHIVE = { does: 'starts archiving', risk: 'record calls' };

runRuleTester('require-authenticated-endpoint (routers and handlers mounted elsewhere)', requireAuthenticatedEndpoint, {
  valid: [
    // `app.use('/api/rooms', requireAuth, rooms)` in app.js.
    file('express-mounts/routes/rooms.js', commonjs),
    // `app.use(requireAuth)` before `app.use('/api/archives', archives)`.
    file('express-mounts/routes/archives.js', commonjs),
    // Registered in routes/sessions.js behind `checkJwt` (`sessions.create`, and `token` destructured from require()).
    file('express-mounts/controllers/sessions.js', commonjs),
    file('express-mounts/routes/sessions.js', commonjs),
    // Koa: `app.use(jwt(…))` before `app.use(video.routes()).use(video.allowedMethods())`.
    file('koa-mounts/routes/video.js', commonjs),
    // Hono: `app.use('/api/*', bearerAuth(…))` before `app.route('/api/video', video)`.
    { ...file('hono-mounts/src/routes/video.ts'), parsers: ['typescript'] },
    // Not on disk: nothing imports it, the one-file view stands (no route reaches Vonage here).
    { code: "const express = require('express');\nconst router = express.Router();\nrouter.get('/x', (req, res) => res.end());\nmodule.exports = router;\n", filename: at('express-mounts/routes/virtual.js'), languageOptions: commonjs },
  ],
  invalid: [
    {
      // Mounted before any guard.
      ...file('express-mounts/routes/lobby.js', commonjs),
      errors: [{ messageId: 'unauthenticated', line: 6, column: 12, endLine: 6, endColumn: 24, data: { route: 'Route `GET /:id/token`', operation: 'video.joinToken', ...TOKEN } }],
    },
    {
      // Registered nowhere: reported in the controller file.
      ...file('express-mounts/controllers/moderation.js', commonjs),
      errors: [{ messageId: 'unauthenticated', line: 4, column: 1, endLine: 4, endColumn: 13, data: { route: 'Handler `kick`', operation: 'video.kick', ...KICK } }],
    },
    {
      // `app.route('/open', open)` comes before the guard.
      ...file('hono-mounts/src/routes/open.ts'),
      parsers: ['typescript'],
      errors: [{ messageId: 'unauthenticated', line: 7, column: 11, endLine: 7, endColumn: 32, data: { route: 'Route `POST /archive/:sessionId`', operation: 'startArchive', ...ARCHIVE } }],
    },
    {
      // A file on disk whose router is not exported, or is a member: nothing to look up.
      code: "const express = require('express');\nconst video = require('../services/video');\nconst app = express();\napp.get('/t', (req, res) => res.json(video.joinToken(req.query.id)));\nclass Api {\n  constructor() {\n    this.router = express.Router();\n    this.router.get('/u', (req, res) => res.json(video.joinToken(req.query.id)));\n  }\n}\nmodule.exports = { app, Api };\n",
      filename: at('express-mounts/routes/lobby.js'),
      languageOptions: commonjs,
      errors: [
        { messageId: 'unauthenticated', line: 4, column: 9, endLine: 4, endColumn: 13, data: { route: 'Route `GET /t`', operation: 'video.joinToken', ...TOKEN } },
        { messageId: 'unauthenticated', line: 8, column: 21, endLine: 8, endColumn: 25, data: { route: 'Route `GET /u`', operation: 'video.joinToken', ...TOKEN } },
      ],
    },
    {
      // A default-exported handler that no file registers.
      code: "import video from '../services/video';\nexport default function kick(req, res) {\n  video.kick(req.params.id, req.params.connection, () => res.end());\n}\n",
      filename: at('express-mounts/controllers/moderation.js'),
      errors: [{ messageId: 'unauthenticated', line: 2, column: 25, endLine: 2, endColumn: 29, data: { route: 'The default-exported handler', operation: 'video.kick', ...KICK } }],
    },
    {
      // `project: false`: one file at a time, the mount in app.js is not seen.
      ...file('express-mounts/routes/archives.js', commonjs),
      settings: ONE_FILE,
      errors: [{ messageId: 'unauthenticated', line: 6, column: 13, endLine: 6, endColumn: 36, data: { route: 'Route `POST /:id/kick/:connection`', operation: 'video.kick', ...KICK } }],
    },
  ],
});

// --- the reverse index and the mount reading, on generated apps -------------------------------------------------------

const guards = createGuardMatcher([]);
const temporary: string[] = [];
afterAll(() => {
  for (const directory of temporary) rmSync(directory, { recursive: true, force: true });
});

/** A temporary app (real path) with `files`; returns its root. */
function app(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'vv-mounts-')));
  temporary.push(root);
  writeFileSync(path.join(root, 'package.json'), '{}');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

function options(root: string): MountOptions {
  return { cwd: root, tsconfig: undefined, parser: { parser: espree, parserOptions: {}, visitorKeys: visitorKeys as never, cwd: root }, isGuard: node => guards.isGuard(node) };
}

const mounts = (root: string, target: string, wanted: ExportedValue): Array<{ file: string; guarded: boolean; registration: boolean }> =>
  findMounts(path.join(root, target), wanted, options(root)).map(mount => ({ ...mount, file: path.relative(root, mount.file) }));

const WHOLE: ExportedValue = { whole: true };
const ROUTER = "const router = require('express').Router();\nrouter.get('/x', (req, res) => res.end());\nmodule.exports = router;\n";

describe('the reverse index', () => {
  it('finds the files that import a module, by any specifier that resolves to it, and skips the rest', () => {
    const root = app({
      'routes/video.js': ROUTER,
      'app.js': "const video = require('./routes/video');\nconst other = require('./lib/video');\n",
      'server.mjs': "import video from './routes/video.js';\n",
      'index.ts': "export * from './routes/video';\n",
      'lib/video.js': 'module.exports = {};\n',
      'node_modules/x/index.js': "require('../../routes/video');\n",
      '.cache/a.js': "require('../routes/video');\n",
      'dist/app.js': "require('../routes/video');\n",
      'notes.txt': "require('./routes/video');\n",
    });
    clearImporterIndex();
    const found = importersOf(path.join(root, 'routes/video.js'), { cwd: root });
    expect(found.map(importer => path.relative(root, importer.file)).sort()).toEqual(['app.js', 'index.ts', 'server.mjs']);
    expect(found.find(importer => importer.file.endsWith('app.js'))?.specifiers).toEqual(['./routes/video']);
  });

  it('names an `index` module by its folder, skips files over 1 MB, and answers nothing for a missing target', () => {
    const root = app({ 'routes/index.js': ROUTER, 'app.js': "require('./routes');\n", 'big.js': `require('./routes');\n//${'x'.repeat(1024 * 1024)}\n` });
    clearImporterIndex();
    expect(importersOf(path.join(root, 'routes/index.js'), { cwd: root }).map(importer => path.relative(root, importer.file))).toEqual(['app.js']);
    expect(importersOf(path.join(root, 'missing.js'), { cwd: root })).toEqual([]);
    // Without a package.json up to a file-system root `cwd`, nothing is listed.
    rmSync(path.join(root, 'package.json'));
    expect(importersOf(path.join(root, 'routes/index.js'), { cwd: path.parse(root).root })).toEqual([]);
  });

  it('lists a project root once per TTL and re-reads a file whose mtime changed', () => {
    const root = app({ 'routes/video.js': ROUTER, 'app.js': '// nothing yet\n' });
    clearImporterIndex();
    const target = path.join(root, 'routes/video.js');
    expect(importersOf(target, { cwd: root }, 1000)).toEqual([]);
    writeFileSync(path.join(root, 'app.js'), "require('./routes/video');\n");
    utimesSync(path.join(root, 'app.js'), new Date(), new Date(Date.now() + 5000));
    expect(importersOf(target, { cwd: root }, 2000)).toHaveLength(1);
    // A new file shows up once the listing is older than its TTL.
    writeFileSync(path.join(root, 'other.js'), "require('./routes/video');\n");
    expect(importersOf(target, { cwd: root }, 3000)).toHaveLength(1);
    expect(importersOf(target, { cwd: root }, 3000 + LISTING_TTL_MS)).toHaveLength(2);
  });

  it('stops listing at MAX_INDEXED_FILES and lists from the package root inside cwd', () => {
    const files: Record<string, string> = { 'routes/video.js': ROUTER };
    for (let index = 0; index < MAX_INDEXED_FILES + 10; index++) files[`many/f${index}.js`] = '';
    const root = app(files);
    clearImporterIndex();
    expect(importersOf(path.join(root, 'routes/video.js'), { cwd: root })).toEqual([]);
    expect(projectRoot(path.join(root, 'routes/video.js'), root)).toBe(root);
    expect(projectRoot(path.join(root, 'routes/video.js'), path.join(root, 'routes'))).toBe(path.join(root, 'routes'));
    expect(projectRoot('/elsewhere/file.js', root)).toBe(root);
  });
});

describe('reading how an importer mounts a router or registers a handler', () => {
  it('follows a router mounted by an exported index router that app.js mounts behind a guard', () => {
    const root = app({
      'routes/video.js': ROUTER,
      'routes/index.js': "const { Router } = require('express');\nconst video = require('./video');\nconst api = Router();\napi.use('/video', video);\nmodule.exports = api;\n",
      'app.js': "const app = require('express')();\napp.use('/api', requireAuth, require('./routes'));\n",
    });
    clearImporterIndex();
    expect(mounts(root, 'routes/video.js', WHOLE)).toEqual([{ file: 'routes/index.js', guarded: true, registration: false }]);
  });

  it('follows a router mounted on another router of the same file, and index routers exported by name', () => {
    const root = app({
      'a.js': ROUTER,
      'b.js': ROUTER,
      'c.js': ROUTER,
      'app.js': [
        "const express = require('express');",
        'const app = express();',
        'const api = express.Router();',
        "api.use(`/a`, require('./a'));",
        "app.use('/api', [requireAuth], api);",
        'const open = express.Router();',
        "open.use('/c', require('./c'));",
        "app.use('/open', open);",
        '',
      ].join('\n'),
      'index.mjs': "import { Router } from 'express';\nimport b from './b.js';\nexport const api = Router();\napi.use('/b', b);\n",
      'server.js': "const { api } = require('./index.mjs');\nconst app = require('express')();\napp.use(requireAuth);\napp.use(api);\n",
    });
    clearImporterIndex();
    expect(mounts(root, 'a.js', WHOLE)).toEqual([{ file: 'app.js', guarded: true, registration: false }]);
    expect(mounts(root, 'b.js', WHOLE)).toEqual([{ file: 'index.mjs', guarded: true, registration: false }]);
    expect(mounts(root, 'c.js', WHOLE)).toEqual([{ file: 'app.js', guarded: false, registration: false }]);
  });

  it('reads guards before the mount on the same receiver, path prefixes, arrays of middleware and chained calls', () => {
    const root = app({
      'a.js': ROUTER,
      'b.js': ROUTER,
      'c.js': ROUTER,
      'd.js': ROUTER,
      'app.js': [
        "const app = require('express')();",
        "app.use('/admin', requireAuth);",
        "app.use('/admin/a', require('./a'));",
        "app.use('/public', require('./b'));",
        "app.use('/c', [cors(), passport.authenticate('jwt')], require('./c'));",
        "app.use(helmet()).use(checkJwt).use('/d', require('./d'));",
        '',
      ].join('\n'),
    });
    clearImporterIndex();
    expect(mounts(root, 'a.js', WHOLE)).toEqual([{ file: 'app.js', guarded: true, registration: false }]);
    expect(mounts(root, 'b.js', WHOLE)).toEqual([{ file: 'app.js', guarded: false, registration: false }]);
    expect(mounts(root, 'c.js', WHOLE)).toEqual([{ file: 'app.js', guarded: true, registration: false }]);
    expect(mounts(root, 'd.js', WHOLE)).toEqual([{ file: 'app.js', guarded: true, registration: false }]);
  });

  it('finds handlers by named import, namespace, default object, destructured require and one wrapper call', () => {
    const root = app({
      'controllers/video.js': 'exports.token = (req, res) => res.end();\n',
      'routes/a.mjs': "import { token } from '../controllers/video.js';\nimport * as video from '../controllers/video.js';\nrouter.get('/a', token);\nrouter.get('/b', checkJwt, video.token);\n",
      'routes/b.js': "const { token } = require('../controllers/video');\nconst video = require('../controllers/video');\nrouter.get('/c', asyncHandler(token));\nrouter.route('/d').get(video.token);\nconsole.log(video.other, require('../controllers/video').token);\n",
      'routes/c.mjs': "import video from '../controllers/video.js';\nrouter.post('/e', video.token);\nexport { video };\n",
    });
    clearImporterIndex();
    const found = mounts(root, 'controllers/video.js', { whole: false, name: 'token' }).sort((a, b) => a.file.localeCompare(b.file) || Number(a.guarded) - Number(b.guarded));
    expect(found).toEqual([
      { file: 'routes/a.mjs', guarded: false, registration: true },
      { file: 'routes/a.mjs', guarded: true, registration: true },
      { file: 'routes/b.js', guarded: false, registration: true },
      { file: 'routes/b.js', guarded: false, registration: true },
      { file: 'routes/c.mjs', guarded: false, registration: true },
    ]);
  });

  it('reads how a module exports its router', () => {
    const root = app({
      'a.mjs': "import { Router } from 'express';\nexport const router = Router();\n",
      'b.mjs': "import { Router } from 'express';\nconst router = Router();\nexport { router as api };\n",
      'c.js': "const router = require('express').Router();\nexports.router = router;\n",
      'd.mjs': "import { Router } from 'express';\nconst router = Router();\nexport { router as default };\n",
      'app.mjs': [
        "import { router as a } from './a.mjs';",
        "import { api } from './b.mjs';",
        "import c from './c.js';",
        "import d from './d.mjs';",
        "app.use(c.router, d);",
        "app.use(requireAuth, a, api);",
        '',
      ].join('\n'),
    });
    clearImporterIndex();
    expect(mounts(root, 'a.mjs', { whole: false, name: 'router' })).toEqual([{ file: 'app.mjs', guarded: true, registration: false }]);
    expect(mounts(root, 'b.mjs', { whole: false, name: 'api' })).toEqual([{ file: 'app.mjs', guarded: true, registration: false }]);
    expect(mounts(root, 'c.js', { whole: false, name: 'router' })).toEqual([{ file: 'app.mjs', guarded: false, registration: false }]);
    expect(mounts(root, 'd.mjs', WHOLE)).toEqual([{ file: 'app.mjs', guarded: false, registration: false }]);
  });

  it('re-reads an importer whose mtime changed (an editor removes the guard from app.js)', () => {
    const root = app({ 'a.js': ROUTER, 'app.js': "const app = require('express')();\napp.use('/a', requireAuth, require('./a'));\n" });
    clearImporterIndex();
    expect(mounts(root, 'a.js', WHOLE)).toEqual([{ file: 'app.js', guarded: true, registration: false }]);
    writeFileSync(path.join(root, 'app.js'), "const app = require('express')();\napp.use('/a', require('./a'));\n");
    utimesSync(path.join(root, 'app.js'), new Date(), new Date(Date.now() + 10_000));
    expect(mounts(root, 'a.js', WHOLE)).toEqual([{ file: 'app.js', guarded: false, registration: false }]);
  });

  it('answers nothing for an importer that does not parse, or a use that is not a mount', () => {
    const root = app({ 'a.js': ROUTER, 'broken.js': "require('./a');\nconst = ;\n", 'log.js': "const a = require('./a');\nconsole.log(a);\nfoo(a);\n" });
    clearImporterIndex();
    expect(mounts(root, 'a.js', WHOLE)).toEqual([]);
  });
});
