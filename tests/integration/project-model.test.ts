/**
 * The project model through the real ESLint (built plugin, `dist/`): the CLI on a multi-file fixture app finds what
 * only following the app's own imports shows, `project: false` goes back to one file at a time, a long-running
 * process (an editor's language server) sees an edit of an imported wrapper on the next lint (the summary cache is
 * keyed by mtime + size), and `--cache` is keyed by the linted file only (documented: clear it after editing imports).
 */
import { cpSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { REPO, binOf, loadBuiltPlugin, loadESLint, makeTempDir, requireFromRepo, runNode } from './helpers';

const APP = join(REPO, 'tests/fixtures/projects/express-cjs');

function config(project: boolean): string {
  return `import vonageVideo from ${JSON.stringify(pathToFileURL(join(REPO, 'dist/index.js')).href)};
export default [
  vonageVideo.configs.recommended,
  { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' } },
  { settings: { 'vonage-video': { project: ${String(project)} } } },
];
`;
}

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; line: number; column: number }>;
}

function findings(stdout: string, root: string): string[] {
  return (JSON.parse(stdout) as JsonResult[])
    .flatMap(result => result.messages.map(message => `${result.filePath.slice(root.length + 1)}:${message.line}:${message.column} ${String(message.ruleId)}`))
    .sort();
}

describe('the project model through the ESLint CLI', () => {
  let root = '';
  const lint = (args: readonly string[] = []): string[] => {
    const result = runNode([binOf('eslint', 'bin/eslint.js'), '--format', 'json', ...args, 'routes', 'controllers', 'server.js'], { cwd: root });
    if (result.status !== 0 && result.status !== 1) throw new Error(result.stderr);
    return findings(result.stdout, root);
  };

  beforeAll(() => {
    root = makeTempDir('project-model');
    cpSync(APP, root, { recursive: true });
    writeFileSync(join(root, 'eslint.config.mjs'), config(true));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reports what only the app’s own imports show', () => {
    expect(lint()).toEqual([
      'controllers/video.js:3:1 vonage-video/require-authenticated-endpoint',
      'controllers/video.js:7:1 vonage-video/require-authenticated-endpoint',
      'controllers/video.js:8:58 vonage-video/no-client-controlled-role',
      'routes/startup.js:13:35 vonage-video/no-shared-session',
      'routes/startup.js:5:7 vonage-video/no-shared-session',
      'routes/video.js:11:12 vonage-video/require-authenticated-endpoint',
      'routes/video.js:12:58 vonage-video/no-client-controlled-role',
      'routes/video.js:15:12 vonage-video/require-authenticated-endpoint',
      'routes/video.js:7:13 vonage-video/require-authenticated-endpoint',
      'server.js:5:44 vonage-video/no-hardcoded-credentials',
      'server.js:6:35 vonage-video/no-hardcoded-credentials',
    ]);
  });

  it('`--concurrency 2` (each worker thread keeps its own summaries) reports the same', () => {
    expect(lint(['--concurrency', '2'])).toEqual(lint());
  });

  it('with `project: false` lints one file at a time', () => {
    writeFileSync(join(root, 'eslint.config.mjs'), config(false));
    try {
      expect(lint()).toEqual([]);
    } finally {
      writeFileSync(join(root, 'eslint.config.mjs'), config(true));
    }
  });

  it('a long-running process sees an edit of an imported wrapper on the next lint (mtime), as an editor does', async () => {
    const { ESLint } = loadESLint('eslint');
    const eslint = new ESLint({ cwd: root });
    const routes = join(root, 'routes/video.js');
    const ruleIds = async (): Promise<string[]> => (await eslint.lintFiles([routes]))[0]!.messages.map(message => `${message.line} ${String(message.ruleId)}`);
    const before = await ruleIds();
    expect(before).toContain('12 vonage-video/no-client-controlled-role');
    const services = join(root, 'services/calls.js');
    const original = readFileSync(services, 'utf8');
    writeFileSync(services, original.replace('{ role, expireTime', "{ role: 'subscriber', expireTime"));
    utimesSync(services, new Date(), new Date(Date.now() + 10_000));
    try {
      expect(await ruleIds()).not.toContain('12 vonage-video/no-client-controlled-role');
    } finally {
      writeFileSync(services, original);
    }
  });

  it('`--cache` is keyed by the linted file: an edit of an imported file alone does not refresh it', () => {
    const cache = join(root, '.eslintcache');
    const first = lint(['--cache', '--cache-location', cache]);
    const services = join(root, 'services/calls.js');
    const original = readFileSync(services, 'utf8');
    writeFileSync(services, original.replace('{ role, expireTime', "{ role: 'subscriber', expireTime"));
    try {
      // The cached results of routes/video.js stand (as eslint-plugin-import-x documents for its rules)...
      expect(lint(['--cache', '--cache-location', cache])).toEqual(first);
      // ...and a run without the cache (or after deleting it) sees the change.
      expect(lint()).not.toContain('routes/video.js:12:58 vonage-video/no-client-controlled-role');
    } finally {
      writeFileSync(services, original);
      rmSync(cache, { force: true });
    }
  });
});

describe('routers and controllers mounted in another file, through the ESLint CLI', () => {
  let root = '';
  beforeAll(() => {
    root = makeTempDir('project-mounts');
    cpSync(join(REPO, 'tests/fixtures/projects/express-mounts'), root, { recursive: true });
    writeFileSync(join(root, 'eslint.config.mjs'), config(true));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const lint = (): string[] => {
    const result = runNode([binOf('eslint', 'bin/eslint.js'), '--format', 'json', '--rule', '{"vonage-video/require-authenticated-endpoint":"error"}', '.'], { cwd: root });
    if (result.status !== 0 && result.status !== 1) throw new Error(result.stderr);
    return findings(result.stdout, root).filter(finding => finding.endsWith('require-authenticated-endpoint'));
  };

  it('reports the router mounted unguarded and the controller registered nowhere, and nothing the app guards', () => {
    expect(lint()).toEqual(['controllers/moderation.js:4:1 vonage-video/require-authenticated-endpoint', 'routes/lobby.js:6:12 vonage-video/require-authenticated-endpoint']);
  });

  it('sees a guard removed from app.js on the next run', () => {
    const appFile = join(root, 'app.js');
    const original = readFileSync(appFile, 'utf8');
    writeFileSync(appFile, original.replace("app.use('/api/rooms', requireAuth, rooms);", "app.use('/api/rooms', rooms);"));
    try {
      expect(lint()).toContain('routes/rooms.js:10:12 vonage-video/require-authenticated-endpoint');
    } finally {
      writeFileSync(appFile, original);
    }
  });
});

describe('a Vue component importing the app\'s token service (vue-eslint-parser, <script setup>)', () => {
  const VUE_APP = join(REPO, 'tests/fixtures/projects/vue-token-service');
  const lintRoom = async (project: boolean): Promise<string[]> => {
    const { ESLint } = loadESLint('eslint');
    const eslint = new ESLint({
      cwd: VUE_APP,
      overrideConfigFile: true,
      overrideConfig: [
        loadBuiltPlugin().configs.all as never,
        { files: ['**/*.vue'], languageOptions: { parser: requireFromRepo('vue-eslint-parser') as never, sourceType: 'module' } },
        { settings: { 'vonage-video': { project } } },
      ],
    });
    const [result] = await eslint.lintFiles(['src/components/Room.vue']);
    return (result?.messages ?? []).map(message => `${message.line}:${message.column} ${String(message.ruleId)} ${message.message}`);
  };
  const mediaMode = (sdk: string, mode: string): string =>
    `5:20 vonage-video/require-media-mode Session has no explicit \`mediaMode\`, so it is ${mode} by \`${sdk}\`'s default (the SDKs differ), which decides archiving and encryption. Set \`mediaMode\` explicitly.`;

  it('follows the import from the .vue file: the client is the service\'s `opentok` instance, its wrapper no SDK call', async () => {
    // `video` is the service's `new OpenTok(…)`: the SDK (and so its default media mode) is known, not guessed;
    // `videoService.generateToken` sets the role and expiry itself and `videoService.createSession` reaches no SDK.
    expect(await lintRoom(true)).toEqual([mediaMode('opentok', 'relayed')]);
  });

  it('one file at a time, the same component is guessed by name (the other SDK, and a wrapper taken for the SDK)', async () => {
    const findings = await lintRoom(false);
    expect(findings[0]).toBe(mediaMode('@vonage/video', 'routed'));
    expect(findings.slice(1).map(finding => finding.split(' ').slice(0, 2).join(' '))).toEqual(['7:29 vonage-video/require-token-expiry']);
  });
});
