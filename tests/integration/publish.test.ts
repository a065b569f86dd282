/**
 * What `npm publish` would upload (issue 18): `npm publish --dry-run --json`, offline and against an unreachable
 * registry so that nothing can be published by accident, lists the tarball's files. It ships the built plugin without
 * source maps, the docs, README, LICENSE and CHANGELOG, and nothing from tests or sources; and every rule's docs URL,
 * mapped back to its path, names a docs page inside that tarball (at the tag of the tarball's version).
 * Needs `dist/` (`npm test` builds first).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { REPO, loadBuiltPlugin, npmCli, npmEnv, requireFromRepo, ruleNames, runNode } from './helpers';

interface PublishJson {
  name: string;
  version: string;
  files: Array<{ path: string }>;
}

const packageJson = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { name: string; version: string; repository: { url: string } };

let published: PublishJson;
let files: string[] = [];

beforeAll(() => {
  const result = runNode([npmCli(), 'publish', '--dry-run', '--json', '--offline', '--ignore-scripts', '--registry', 'http://127.0.0.1:9/'], {
    cwd: REPO,
    env: npmEnv(),
  });
  if (result.status !== 0) throw new Error(`npm publish --dry-run failed:\n${result.stderr}`);
  const json = JSON.parse(result.stdout) as PublishJson | Record<string, PublishJson>;
  // npm 11 keys the result by package name; npm 10 prints the package itself.
  published = 'files' in json ? (json as PublishJson) : (json as Record<string, PublishJson>)[packageJson.name]!;
  files = published.files.map(file => file.path).sort();
});

describe('npm publish --dry-run', () => {
  it('would publish this package at this version', () => {
    expect(published.name).toBe(packageJson.name);
    expect(published.version).toBe(packageJson.version);
  });

  it('ships dist, docs, README, LICENSE, CHANGELOG and package.json', () => {
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'README.md', 'LICENSE', 'CHANGELOG.md', 'package.json']));
    expect(files.some(file => file.startsWith('docs/rules/'))).toBe(true);
    const expected = /^(dist\/.+\.(js|d\.ts)|docs\/.+\.md|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/;
    expect(files.filter(file => !expected.test(file))).toEqual([]);
  });

  it('ships no tests, sources, source maps, fixtures or repository tooling', () => {
    const unwanted = /(^|\/)(src|tests?|fixtures|coverage|scripts|node_modules|\.github|\.ci)\/|\.map$|\.tsbuildinfo$|\.test\.|^(SECURITY\.md|release-please-config\.json|\.release-please-manifest\.json)$/;
    expect(files.filter(file => unwanted.test(file))).toEqual([]);
  });

  it('contains the docs page every rule links to, at the tag of the published version', () => {
    const plugin = loadBuiltPlugin();
    expect(plugin.meta.version).toBe(published.version);
    const home = packageJson.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    const base = `${home}/blob/v${published.version}/`;
    const names = ruleNames(plugin);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const url = plugin.rules[name]?.meta.docs?.url ?? '';
      expect(url.startsWith(base), url).toBe(true);
      const path = url.slice(base.length);
      expect(path).toBe(`docs/rules/${name}.md`);
      expect(files).toContain(path);
    }
  });

  it('gives SARIF the same link: the formatter writes `meta.docs.url` as each rule\'s helpUri', () => {
    const plugin = loadBuiltPlugin();
    const format = requireFromRepo('@microsoft/eslint-formatter-sarif') as (results: unknown[], data: unknown) => string;
    const names = ruleNames(plugin);
    const results = [
      {
        filePath: join(REPO, 'app.js'),
        messages: names.map((name, index) => ({ ruleId: `vonage-video/${name}`, severity: 2, message: 'm', line: index + 1, column: 1 })),
      },
    ];
    const rulesMeta = Object.fromEntries(names.map(name => [`vonage-video/${name}`, plugin.rules[name]?.meta]));
    const sarif = JSON.parse(format(results, { rulesMeta })) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri: string }> } } }> };
    const helpUris = Object.fromEntries((sarif.runs[0]?.tool.driver.rules ?? []).map(rule => [rule.id, rule.helpUri]));
    expect(helpUris).toEqual(Object.fromEntries(names.map(name => [`vonage-video/${name}`, plugin.rules[name]?.meta.docs?.url])));
    for (const uri of Object.values(helpUris)) expect(uri).toContain(`/blob/v${published.version}/docs/rules/`);
  });
});
