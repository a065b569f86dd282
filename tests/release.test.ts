/**
 * Release readiness (issue 18): one home for the project (package.json `repository`, which `homepage`, `bugs` and every
 * rule's versioned docs URL follow), the release-please setup and the changelog agree on the version, the GitHub
 * workflows (which cannot run here) say what the README says, and the security policy and the README's Limitations
 * section exist. What `npm publish` would ship is checked in tests/integration/publish.test.ts.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

import plugin from '../src/index';
import { rules } from '../src/rules';
import { REPOSITORY_URL, ruleDocsUrl } from '../src/util/create-rule';
import { repositoryWebUrl, versionedTreeUrl } from '../src/util/package-info';

const root = join(__dirname, '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const readJson = <T>(path: string): T => JSON.parse(read(path)) as T;

interface PackageJson {
  name: string;
  version: string;
  engines: { node: string };
  homepage: string;
  bugs: { url: string };
  repository: { type: string; url: string };
  files: string[];
}
const pkg = readJson<PackageJson>('package.json');
const readme = read('README.md');

describe('one home for the project: package.json `repository`', () => {
  const home = repositoryWebUrl(pkg.repository);

  it('is a GitHub repository that `homepage` and `bugs` follow', () => {
    expect(pkg.repository.type).toBe('git');
    expect(home).toMatch(/^https:\/\/github\.com\/[\w.-]+\/eslint-plugin-vonage-video$/);
    expect(pkg.repository.url).toBe(`git+${home}.git`);
    expect(pkg.homepage).toBe(`${home}#readme`);
    expect(pkg.bugs).toEqual({ url: `${home}/issues` });
    expect(REPOSITORY_URL).toBe(home);
  });

  it.each(Object.keys(rules))('%s links to its docs page at the tag of this version', name => {
    const url = rules[name as keyof typeof rules].meta.docs?.url;
    expect(url).toBe(`${home}/blob/v${pkg.version}/docs/rules/${name}.md`);
    expect(url).toBe(ruleDocsUrl(name));
    expect(plugin.rules?.[name]?.meta?.docs?.url).toBe(url);
    expect(existsSync(join(root, 'docs', 'rules', `${name}.md`))).toBe(true);
  });

  it('gives the plugin meta the package name and version', () => {
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'vonage-video' });
  });

  it('is the only GitHub address of this project anywhere in the repository (set once, in package.json)', () => {
    const files = ['README.md', 'CHANGELOG.md', 'SECURITY.md', 'package.json', ...walk('docs'), ...walk('src'), ...walk('.github')];
    const offenders: string[] = [];
    for (const file of files) {
      for (const match of read(file).matchAll(/github\.com\/[\w.-]+\/eslint-plugin-vonage-video\b/g)) {
        if (!home.endsWith(match[0])) offenders.push(`${file}: ${match[0]}`);
      }
      if (/vonage-community/i.test(read(file))) offenders.push(`${file}: vonage-community`);
    }
    expect(offenders).toEqual([]);
    // The README's own links are relative (GitHub and npmjs.com resolve them against the repository).
    expect(readme).not.toMatch(/https:\/\/github\.com\/[\w.-]+\/eslint-plugin-vonage-video/);
  });
});

describe('repositoryWebUrl and versionedTreeUrl', () => {
  it.each([
    ['git+https://github.com/o/r.git'],
    ['https://github.com/o/r'],
    ['https://github.com/o/r/'],
    ['git://github.com/o/r.git'],
    ['git+ssh://git@github.com/o/r.git'],
    ['git@github.com:o/r.git'],
    ['github:o/r'],
    ['o/r'],
  ])('reads %s as https://github.com/o/r', url => {
    expect(repositoryWebUrl(url)).toBe('https://github.com/o/r');
    expect(repositoryWebUrl({ type: 'git', url })).toBe('https://github.com/o/r');
  });

  it.each([[undefined], [{ type: 'git' }], ['https://gitlab.com/o/r.git'], ['gitlab:o/r'], ['not a url'], ['https://github.com/o']])(
    'refuses %j (a docs link that cannot be built must fail the tests, not ship)',
    repository => {
      expect(() => repositoryWebUrl(repository as never)).toThrow(/must name a GitHub repository/);
    },
  );

  it('builds the versioned root, with the monorepo directory when there is one', () => {
    expect(versionedTreeUrl({ name: 'x', version: '1.2.3', repository: 'o/r' })).toBe('https://github.com/o/r/blob/v1.2.3');
    expect(versionedTreeUrl({ name: 'x', version: '1.2.3', repository: { url: 'o/r', directory: '/packages/x/' } })).toBe(
      'https://github.com/o/r/blob/v1.2.3/packages/x',
    );
  });
});

describe('release-please and the changelog', () => {
  const config = readJson<{ 'release-type': string; 'include-component-in-tag': boolean; 'changelog-path': string; packages: Record<string, { 'package-name'?: string }> }>(
    'release-please-config.json',
  );
  const manifest = readJson<Record<string, string>>('.release-please-manifest.json');
  const changelog = read('CHANGELOG.md');
  const versions = [...changelog.matchAll(/^## \[?(\d+\.\d+\.\d+(?:-[\w.]+)?)\]?/gm)].map(match => match[1]);

  it('releases the root package as a node package, tagged v<version> (the tag the docs URLs point at)', () => {
    expect(config['release-type']).toBe('node');
    expect(config['include-component-in-tag']).toBe(false);
    expect(Object.keys(config.packages)).toEqual(['.']);
    expect(config.packages['.']?.['package-name']).toBe(pkg.name);
    expect(config['changelog-path']).toBe('CHANGELOG.md');
    expect(manifest).toEqual({ '.': pkg.version });
  });

  it('has a changelog whose newest section is this version and whose oldest is 0.1.0, and npm ships it', () => {
    expect(changelog.startsWith('# Changelog\n')).toBe(true);
    expect(versions[0]).toBe(pkg.version);
    expect(versions.at(-1)).toBe('0.1.0');
    expect(new Set(versions).size).toBe(versions.length);
    expect(pkg.files).toContain('CHANGELOG.md');
  });

  it('lists every rule in the 0.1.0 section', () => {
    const first = changelog.slice(changelog.search(/^## \[?0\.1\.0\b/m));
    for (const name of Object.keys(rules)) expect(first).toContain(`\`${name}\``);
  });
});

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string;
  if?: string;
  permissions?: Record<string, string>;
  strategy?: { matrix: { node: number[] } };
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = (name: string): Workflow => load(read(`.github/workflows/${name}`)) as Workflow;
const runs = (job: Job | undefined): string[] => (job?.steps ?? []).flatMap(step => (step.run === undefined ? [] : [step.run.trim()]));
const uses = (job: Job | undefined, action: string): Step | undefined => job?.steps.find(step => step.uses?.startsWith(`${action}@`));

/** The command the README calls the one test command. */
function readmeTestCommand(): string {
  const match = /The one test command \(what CI runs after `npm ci`\):\n\n```sh\n([^\n]+)\n```/.exec(readme);
  if (!match?.[1]) throw new Error('README: "The one test command" block not found');
  return match[1].trim();
}

describe('.github/workflows/ci.yml', () => {
  const ci = workflow('ci.yml');
  const job = ci.jobs['test'];

  it('runs on every push and pull request (forks included), read-only', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(ci.on['push']).toBeNull();
    expect(ci.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(ci.jobs)).toEqual(['test']);
  });

  it('tests on Node 20, 22 and 24, every major the engines range allows', () => {
    const matrix = job?.strategy?.matrix.node ?? [];
    expect(matrix).toEqual([20, 22, 24]);
    const majors = [...pkg.engines.node.matchAll(/(?:\^|>=)(\d+)/g)].map(match => Number(match[1]));
    expect(majors).toEqual(matrix);
    expect(uses(job, 'actions/setup-node')?.with?.['node-version']).toBe('${{ matrix.node }}');
    expect(uses(job, 'actions/checkout')).toBeDefined();
  });

  it('runs `npm ci` and then the README\'s test command, like .ci/run', () => {
    expect(runs(job)).toEqual(['npm ci', readmeTestCommand()]);
    expect(readmeTestCommand()).toBe('npm test');
    const script = read('.ci/run').split('\n').filter(line => /^npm (?!--version)/.test(line));
    expect(script.map(line => line.replace(/ --no-audit --no-fund$/, ''))).toEqual(runs(job));
  });
});

describe('.github/workflows/release.yml', () => {
  const release = workflow('release.yml');
  const please = release.jobs['release-please'];
  const publish = release.jobs['publish'];

  it('runs release-please on the default branch with the config and manifest in this repository', () => {
    expect(release.on['push']).toEqual({ branches: ['main'] });
    expect(release.permissions).toEqual({ contents: 'read' });
    expect(please?.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    const action = uses(please, 'googleapis/release-please-action');
    expect(action?.with).toEqual({ 'config-file': 'release-please-config.json', 'manifest-file': '.release-please-manifest.json' });
    for (const file of Object.values(action?.with ?? {})) expect(existsSync(join(root, String(file)))).toBe(true);
  });

  it('publishes with npm provenance, only for a release, after the full test command', () => {
    expect(publish?.needs).toBe('release-please');
    expect(publish?.if).toContain("needs.release-please.outputs.release_created == 'true'");
    expect(publish?.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(uses(publish, 'actions/setup-node')?.with?.['registry-url']).toBe('https://registry.npmjs.org');
    const commands = runs(publish);
    const publishCommand = commands.find(command => command.startsWith('npm publish'));
    expect(publishCommand?.split(/\s+/)).toEqual(expect.arrayContaining(['--provenance', '--access', 'public']));
    expect(commands.indexOf('npm ci')).toBeGreaterThanOrEqual(0);
    expect(commands.indexOf(readmeTestCommand())).toBeGreaterThan(commands.indexOf('npm ci'));
    expect(commands.indexOf(publishCommand ?? '')).toBeGreaterThan(commands.indexOf(readmeTestCommand()));
    // The docs URLs point at v<version>: publishing refuses a commit whose tag is not that.
    expect(commands.some(command => command.includes('require(\'./package.json\').version') && command.includes('$TAG'))).toBe(true);
  });
});

describe('SECURITY.md and the README', () => {
  const security = read('SECURITY.md');

  it('SECURITY.md says how to report privately, which versions are supported, and what is and is not in scope', () => {
    for (const heading of ['Reporting a vulnerability', 'Supported versions', 'In scope', 'Out of scope']) {
      expect(security).toMatch(new RegExp(`^## ${heading}$`, 'm'));
    }
    expect(security).toMatch(/Report a vulnerability/);
    expect(security).toMatch(/do \*\*not\*\* open a public issue/);
    for (const topic of [/crash/i, /SARIF/, /silence/i, /fix/i]) expect(security).toMatch(topic);
  });

  it('the README has a Limitations section with a reviewer\'s checklist, and points at the policy, changelog and release command', () => {
    const limitations = /^## Limitations\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
    expect(limitations).toMatch(/archive storage fallback/i);
    expect(limitations).toMatch(/S3|IAM|permissions/);
    expect(limitations).toMatch(/delete/i);
    expect(limitations.match(/^- \[ \] /gm)?.length ?? 0).toBeGreaterThanOrEqual(5);
    expect(readme).toContain('](SECURITY.md)');
    expect(readme).toContain('](CHANGELOG.md)');
    expect(readme).toMatch(/^## Releasing$/m);
  });
});

function walk(dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir)).flatMap(entry => {
    const path = `${dir}/${entry}`;
    return statSync(join(root, path)).isDirectory() ? walk(path) : [path];
  });
}
