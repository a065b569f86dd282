/**
 * Packaging (issue 8, item 6, fast part): `npm pack` ships only what users need, and `publint` and
 * `@arethetypeswrong/cli` are clean on that very tarball. Installing the tarball into fresh projects is in
 * tests/integration/slow/install.test.ts.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { REPO, binOf, loadBuiltPlugin, makeTempDir, npmCli, npmEnv, ruleNames, runNode } from './helpers';

interface PackJson {
  name: string;
  version: string;
  filename: string;
  files: Array<{ path: string; size: number }>;
}

const packageJson = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
  name: string;
  main: string;
  types: string;
  files: string[];
  exports: Record<string, unknown>;
  peerDependencies: Record<string, string>;
  scripts: Record<string, string>;
  bin: Record<string, string>;
  license?: string;
};

let temp = '';
let pack: PackJson;
let tarball = '';
let files: string[] = [];

beforeAll(() => {
  temp = makeTempDir('pack');
  // The real `npm pack` (what `npm publish` uploads), into a temporary directory; `--json` lists the files.
  // `--ignore-scripts`: `prepare` would rebuild dist/ under the other test files that read it (`npm test` has just
  // built it); the slow install test packs a fresh clone with the scripts.
  const result = runNode([npmCli(), 'pack', '--json', '--ignore-scripts', '--pack-destination', temp], { cwd: REPO, env: npmEnv() });
  if (result.status !== 0) throw new Error(`npm pack failed:\n${result.stderr}`);
  [pack] = JSON.parse(result.stdout) as [PackJson];
  tarball = join(temp, pack.filename);
  files = pack.files.map(file => file.path).sort();
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('npm pack', () => {
  it('contains only built JS, declarations, docs, README, CHANGELOG, package.json (and LICENSE if there is one)', () => {
    const allowed = [/^dist\/.+\.js$/, /^dist\/.+\.d\.ts$/, /^docs\/.+\.md$/, /^README\.md$/, /^CHANGELOG\.md$/, /^package\.json$/, /^LICEN[CS]E(\.md|\.txt)?$/];
    expect(files.filter(file => !allowed.some(pattern => pattern.test(file)))).toEqual([]);
    expect(files.filter(file => /(^|\/)(src|tests?|fixtures|coverage|scripts|node_modules)\//.test(file) || /\.(map|ts\.map|tsbuildinfo|tgz)$/.test(file))).toEqual([]);
  });

  it('contains the entry points, every rule and every rule\'s docs page', () => {
    const entries = [packageJson.main, packageJson.types].map(path => path.replace(/^\.\//, ''));
    expect(files).toEqual(expect.arrayContaining([...entries, 'package.json', 'README.md']));
    for (const rule of ruleNames(loadBuiltPlugin())) {
      expect(files).toContain(`dist/rules/${rule}.js`);
      expect(files).toContain(`dist/rules/${rule}.d.ts`);
      expect(files).toContain(`docs/rules/${rule}.md`);
    }
  });

  it('ships a declaration for every module, and no stale build output (every dist file has its source)', () => {
    const js = files.filter(file => file.endsWith('.js'));
    expect(js.filter(file => !files.includes(file.replace(/\.js$/, '.d.ts')))).toEqual([]);
    expect(js.filter(file => !existsSync(join(REPO, file.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'))))).toEqual([]);
  });

  it('has an exports map with types, default and ./package.json, a minimal `files`, and the ESLint 9/10 peer range', () => {
    expect(packageJson.exports).toEqual({ '.': { types: './dist/index.d.ts', default: './dist/index.js' }, './package.json': './package.json' });
    expect(packageJson.files).toEqual(['dist', 'docs', 'CHANGELOG.md', '!dist/**/*.map']);
    expect(packageJson.peerDependencies['eslint']).toBe('^9.0.0 || ^10.0.0');
  });

  it('builds on `npm pack`, `npm publish` and git installs (`prepare`), and ships the scan command as its bin', () => {
    // npm runs `prepare` on pack and publish (after `prepack`) and when it installs a git dependency; one build.
    expect(packageJson.scripts['prepare']).toBe('npm run build');
    expect(packageJson.bin).toEqual({ 'eslint-plugin-vonage-video': './dist/cli/scan.js' });
    expect(files).toContain('dist/cli/scan.js');
    expect(readFileSync(join(REPO, 'dist', 'cli', 'scan.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });
});

describe('linters of the packed tarball', () => {
  it('publint (0.3) reports nothing, suggestions included', async () => {
    const { publint } = await import('publint');
    const { messages } = await publint({ level: 'suggestion', strict: true, pack: { tarball: new Uint8Array(readFileSync(tarball)).buffer } });
    expect(messages).toEqual([]);
  });

  it('publint CLI exits 0 in --strict mode', () => {
    const result = runNode([binOf('publint', 'src/cli.js'), 'run', '--strict', '--level', 'suggestion', tarball], { cwd: REPO, env: npmEnv() });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('All good!');
  });

  it('@arethetypeswrong/cli (0.18, strict profile: node10, node16 CJS and ESM, bundler) finds no problem', () => {
    const result = runNode([binOf('@arethetypeswrong/cli', 'dist/index.js'), tarball, '--format', 'json'], { cwd: REPO });
    const report = JSON.parse(result.stdout) as { analysis: { types: { kind: string } }; problems: Record<string, unknown> | unknown[] };
    expect(report.problems).toEqual({});
    expect(report.analysis.types.kind).toBe('included');
    expect(result.status, result.stderr).toBe(0);
  });
});
