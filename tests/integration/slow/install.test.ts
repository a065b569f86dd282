/**
 * Packaging, for real (issue 8, item 6, slow part): `npm pack`, then a fresh project with `"type": "module"` per ESLint
 * major that installs the tarball and ESLint (the same version as this repository) with npm, and lints
 *   esm-app/ from an `eslint.config.js` (ESM `import`), and
 *   cjs-app/ from an `eslint.config.cjs` (CommonJS `require`),
 * with that project's own `node_modules/eslint/bin/eslint.js`, exactly as a user would; and type-checks the typed
 * configs of fixtures/types against the installed declarations and that ESLint major's own types.
 *
 * Installing: `npm install --offline` first (everything from the npm cache: fast and deterministic). A cache filled
 * by `npm ci` holds tarballs but not the registry metadata npm needs to resolve `eslint@x.y.z`, so if that fails the
 * install is retried with `--prefer-offline` (metadata from the registry, tarballs from the cache). If that fails too
 * (no network), the project is put under this repository's node_modules/.cache, the tarball is unpacked into its
 * node_modules and `eslint` is linked from the repository: the packed files are still what is tested, their
 * dependencies come from the repository. The mode used is printed and checked by the first test's name.
 *
 * The tarball is packed from a fresh copy of the repository (issue 15): its files as a fresh clone has them (`git
 * ls-files`: tracked and new files, never ignored ones, so no dist/), with this repository's node_modules linked in
 * for the build tools, and packed with npm's lifecycle scripts, so `prepare` must build dist/ (as it does for
 * `npm publish` and git installs). A third project, made with `npm init -y` ("type": "commonjs" on npm 11), lints with
 * the README's `eslint.config.mjs` and runs the zero-config scan through the installed bin with its own parsers.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { at } from '../../helpers/locate';
import { DIR_LINK, FAKE, FIXTURES, REPO, binOf, makeTempDir, npmCli, npmEnv, runNode } from '../helpers';

const INSTALL = join(FIXTURES, 'install');
const version = (pkg: string) => (JSON.parse(readFileSync(join(REPO, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
const MAJORS = [
  { label: 'ESLint 10', pkg: 'eslint', eslint: version('eslint') },
  { label: 'ESLint 9', pkg: 'eslint9', eslint: version('eslint9') },
] as const;

type Mode = 'offline' | 'prefer-offline' | 'linked';

let temp = '';
let tarball = '';
const linkedRoots: string[] = [];

let packedFiles: string[] = [];

/** The repository as a fresh clone has it (no dist/, no node_modules/), with the repository's node_modules linked. */
function freshCopy(dest: string): void {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (listed.status !== 0) throw new Error(`git ls-files failed:\n${listed.stderr}`);
  for (const file of listed.stdout.split('\0')) {
    if (file === '' || file === 'node_modules' || file.startsWith('dist/') || !existsSync(join(REPO, file))) continue;
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    cpSync(join(REPO, file), join(dest, file));
  }
  symlinkSync(join(REPO, 'node_modules'), join(dest, 'node_modules'), DIR_LINK);
}

beforeAll(() => {
  temp = makeTempDir('install');
  const clone = join(temp, 'clone');
  freshCopy(clone);
  if (existsSync(join(clone, 'dist'))) throw new Error('the fresh copy has a dist/');
  const packed = runNode([npmCli(), 'pack', '--json', '--pack-destination', temp], { cwd: clone, env: npmEnv(), timeout: 300_000 });
  if (packed.status !== 0) throw new Error(`npm pack in a fresh copy failed:\n${packed.stderr}`);
  const [pack] = JSON.parse(packed.stdout) as [{ filename: string; files: Array<{ path: string }> }];
  tarball = join(temp, pack.filename);
  packedFiles = pack.files.map(file => file.path);
});

it('`npm pack` in a fresh copy of the repository (no dist/) builds it through `prepare` and packs it', () => {
  expect(packedFiles).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/cli/scan.js', 'dist/rules/no-shared-session.js']));
});
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
  for (const root of linkedRoots) rmSync(root, { recursive: true, force: true });
});

function npm(args: readonly string[], cwd: string, timeout = 120_000): { status: number | null; output: string } {
  try {
    const result = runNode([npmCli(), ...args], { cwd, env: npmEnv(), timeout });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } catch (error) {
    return { status: null, output: `npm ${args.join(' ')}: ${String(error)}` };
  }
}

/** A fresh project with the fixture apps, the plugin tarball and `eslint@<version>` installed. */
function createProject(label: string, pkg: string, eslintVersion: string, init: 'module' | 'npm init -y' = 'module'): { project: string; mode: Mode; log: string; fallback: string } {
  const layout = (project: string) => {
    mkdirSync(project, { recursive: true });
    if (init === 'module') {
      writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: `vonage-video-install-${pkg}`, private: true, type: 'module' }, null, 2)}\n`);
    } else {
      const created = npm(['init', '-y'], project);
      if (created.status !== 0) throw new Error(`npm init -y failed:\n${created.output}`);
    }
    cpSync(INSTALL, project, { recursive: true });
  };
  const project = join(temp, label.replace(/\W+/g, '-'));
  layout(project);
  const install = ['install', '--no-audit', '--no-fund', '--no-update-notifier', tarball, `eslint@${eslintVersion}`];
  const offline = npm([...install, '--offline'], project);
  if (offline.status === 0) return { project, mode: 'offline', log: offline.output, fallback: '' };
  // npm reports a cache miss under --offline as "ERESOLVE … Found: eslint@undefined": that is why, not a conflict.
  // Bounded: an unreachable registry must fail fast, not retry for minutes.
  const online = npm([...install, '--prefer-offline', '--fetch-retries=1', '--fetch-timeout=20000'], project);
  if (online.status === 0) return { project, mode: 'prefer-offline', log: online.output, fallback: offline.output };

  // No registry: the packed files, with dependencies from the repository's node_modules (resolved upwards).
  const root = join(REPO, 'node_modules', '.cache', 'vonage-video-install-test');
  linkedRoots.push(root);
  const linked = join(root, label.replace(/\W+/g, '-'));
  rmSync(linked, { recursive: true, force: true });
  layout(linked);
  const target = join(linked, 'node_modules', 'eslint-plugin-vonage-video');
  mkdirSync(target, { recursive: true });
  const untar = spawnSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], { encoding: 'utf8' });
  if (untar.status !== 0) throw new Error(`offline and online installs failed, and tar failed:\n${offline.output}\n${online.output}\n${untar.stderr}`);
  symlinkSync(join(REPO, 'node_modules', pkg), join(linked, 'node_modules', 'eslint'), DIR_LINK);
  return { project: linked, mode: 'linked', log: '', fallback: `${offline.output}\n${online.output}` };
}

interface Reported {
  file: string;
  ruleId: string | null;
  messageId?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
}

/** `node node_modules/eslint/bin/eslint.js --format json .` in `cwd`, the project's own ESLint. */
function lint(project: string, app: string): Reported[] {
  const cwd = join(project, app);
  const result = runNode([join(project, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--format', 'json', '.'], { cwd });
  if (result.status !== 1) throw new Error(`eslint exited ${String(result.status)}:\n${result.stderr}\n${result.stdout.slice(0, 2000)}`);
  return (JSON.parse(result.stdout) as Array<{ filePath: string; messages: Array<Omit<Reported, 'file'>> }>)
    .flatMap(file =>
      file.messages.map(({ ruleId, messageId, line, column, endLine, endColumn, fatal }) => ({
        file: file.filePath.slice(cwd.length + 1).split('\\').join('/'),
        ruleId,
        messageId,
        line,
        column,
        endLine,
        endColumn,
        ...(fatal ? { fatal } : {}),
      })),
    )
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId)));
}

const source = (file: string) => readFileSync(join(INSTALL, file), 'utf8');
const TYPES = join(FIXTURES, 'types');

describe.each(MAJORS)('the packed plugin installed with $label ($eslint) into a fresh ESM project', ({ label, pkg, eslint }) => {
  let project = '';
  let mode: Mode = 'offline';
  let log = '';

  beforeAll(() => {
    let fallback = '';
    ({ project, mode, log, fallback } = createProject(label, pkg, eslint));
    console.info(`[install] ${label}: ${mode} install in ${project}${fallback ? `\n[install] why not offline:\n${fallback.trim().split('\n').slice(0, 12).join('\n')}` : ''}`);
  });

  it('installs the tarball and eslint without peer-dependency conflicts', () => {
    expect(log).not.toMatch(/ERESOLVE|conflicting peer dependency|invalid: /i);
    const installed = (name: string) => JSON.parse(readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8')) as { name: string; version: string };
    expect(installed('eslint').version).toBe(eslint);
    expect(installed('eslint-plugin-vonage-video').name).toBe('eslint-plugin-vonage-video');
    expect(existsSync(join(project, 'node_modules', 'eslint-plugin-vonage-video', 'src'))).toBe(false);
    if (mode !== 'linked') {
      const tree = npm(['ls', '--json', '--all', '--omit=optional', 'eslint', 'eslint-plugin-vonage-video'], project);
      expect(tree.status, tree.output).toBe(0);
      const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
      expect(Object.keys(manifest.dependencies).sort()).toEqual(['eslint', 'eslint-plugin-vonage-video']);
    }
  });

  it('lints from eslint.config.js (ESM: `import vonageVideo from ...`, recommended)', () => {
    const server = source('esm-app/src/token-server.js');
    expect(lint(project, 'esm-app')).toEqual([
      { file: 'src/token-server.js', ruleId: 'vonage-video/no-hardcoded-credentials', messageId: 'hardcodedApiSecret', ...at(server, `'${FAKE.apiSecret}'`) },
      { file: 'src/token-server.js', ruleId: 'vonage-video/require-token-expiry', messageId: 'missingExpiry', ...at(server, 'generateToken') },
    ]);
  });

  it('lints from eslint.config.cjs (CommonJS: `require(...)`, strict)', () => {
    const room = source('cjs-app/src/room.js');
    const server = source('cjs-app/src/token-server.js');
    expect(lint(project, 'cjs-app')).toEqual([
      { file: 'src/room.js', ruleId: 'vonage-video/no-hardcoded-session-credentials', messageId: 'hardcodedSessionId', ...at(room, `'${FAKE.sessionId}'`) },
      { file: 'src/token-server.js', ruleId: 'vonage-video/require-token-role', messageId: 'missingRole', ...at(server, '{ expireTime: Math.floor(Date.now() / 1000) + 3600 }') },
    ]);
  });

  it('a typed eslint.config.mts / .cts compiles against the installed declarations and this ESLint\'s own types', () => {
    const types = join(project, 'types');
    cpSync(TYPES, types, { recursive: true });
    const result = runNode([binOf('typescript', 'bin/tsc'), '-p', join(types, 'tsconfig.json')], { cwd: project });
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('the packed plugin in a fresh `npm init -y` project ("type": "commonjs"), ESLint 10', () => {
  let project = '';

  beforeAll(() => {
    let mode: Mode;
    let fallback = '';
    ({ project, mode, fallback } = createProject('npm-init', 'eslint', MAJORS[0].eslint, 'npm init -y'));
    console.info(`[install] npm init -y project: ${mode} install in ${project}${fallback ? ' (see the ESM projects for why not offline)' : ''}`);
  });

  it('lints from the README\'s eslint.config.mjs, which an `eslint.config.js` with `import` could not do here', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { type?: string };
    expect(manifest.type ?? 'commonjs').toBe('commonjs');
    const app = join(project, 'esm-app');
    rmSync(join(app, 'eslint.config.js'));
    writeFileSync(join(app, 'eslint.config.mjs'), "import vonageVideo from 'eslint-plugin-vonage-video';\n\nexport default [vonageVideo.configs.recommended];\n");
    const server = source('esm-app/src/token-server.js');
    expect(lint(project, 'esm-app')).toEqual([
      { file: 'src/token-server.js', ruleId: 'vonage-video/no-hardcoded-credentials', messageId: 'hardcodedApiSecret', ...at(server, `'${FAKE.apiSecret}'`) },
      { file: 'src/token-server.js', ruleId: 'vonage-video/require-token-expiry', messageId: 'missingExpiry', ...at(server, 'generateToken') },
    ]);
  });

  it('`npx eslint-plugin-vonage-video` (the installed bin) scans with its own parsers, ignoring the app\'s config', () => {
    // npm links the bin into node_modules/.bin (a symlink to dist/cli/scan.js; a .cmd shim on Windows, run the file).
    const linked = join(project, 'node_modules', '.bin', process.platform === 'win32' ? 'eslint-plugin-vonage-video.cmd' : 'eslint-plugin-vonage-video');
    expect(existsSync(linked)).toBe(true);
    const bin = process.platform === 'win32' ? join(project, 'node_modules', 'eslint-plugin-vonage-video', 'dist', 'cli', 'scan.js') : linked;
    const app = join(project, 'cjs-app');
    writeFileSync(join(app, 'eslint.config.cjs'), "throw new Error('the scan must not load the app config');\n");
    writeFileSync(join(app, 'src', 'lobby.ts'), `const sessionId: string = '${FAKE.sessionId}';\nexport default sessionId;\n`);
    const result = runNode([bin, '--format', 'json', '--config', 'strict'], { cwd: app });
    expect(result.status, result.stderr).toBe(1);
    const found = (JSON.parse(result.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null }> }>)
      .flatMap(file => file.messages.map(message => `${file.filePath.slice(app.length + 1).split('\\').join('/')} ${String(message.ruleId)}`))
      .sort();
    expect(found).toEqual([
      'src/lobby.ts vonage-video/no-hardcoded-session-credentials',
      'src/room.js vonage-video/no-hardcoded-session-credentials',
      'src/token-server.js vonage-video/require-token-role',
    ]);
  });
});
