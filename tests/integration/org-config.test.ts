/**
 * Shared organisation configs (issue 8, item 5). `@acme/eslint-config-video` (fixtures/org-config) re-exports
 * `vonage-video/recommended` with the organisation's choices through `defineConfig` + `extends`; the app
 * (fixtures/org-app) only lists it. The test lays them out as npm would, in a temporary directory:
 *
 *   <tmp>/org-app/                                   a copy of fixtures/org-app
 *   <tmp>/org-app/node_modules/@acme/eslint-config-video/   a copy of fixtures/org-config (an installed package)
 *   <tmp>/org-app/node_modules/eslint-plugin-vonage-video   -> this repository (the built plugin)
 *   <tmp>/org-app/node_modules/eslint                       -> node_modules/eslint or node_modules/eslint9
 *
 * and lints the app with real ESLint (config found by ESLint's own lookup), for both majors, and with the CLI.
 * The type test compiles a user's typed config against dist/index.d.ts under strict + exactOptionalPropertyTypes.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

import type { Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { at } from '../helpers/locate';
import { DIR_LINK, ESLINT_PACKAGES, FAKE, FIXTURES, REPO, binOf, findingsOf, loadBuiltPlugin, loadESLint, makeTempDir, ourFindings, runNode } from './helpers';
import type { ESLintPackage, Finding } from './helpers';

const plugin = loadBuiltPlugin();
const appSource = (file: string) => readFileSync(join(FIXTURES, 'org-app', file), 'utf8');

let temp = '';
beforeAll(() => {
  temp = makeTempDir('org');
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Lays the app out with its node_modules for `pkg` and returns its directory. */
function installApp(pkg: ESLintPackage, label: string = pkg): string {
  const app = join(temp, label, 'org-app');
  cpSync(join(FIXTURES, 'org-app'), app, { recursive: true });
  const modules = join(app, 'node_modules');
  mkdirSync(join(modules, '@acme'), { recursive: true });
  cpSync(join(FIXTURES, 'org-config'), join(modules, '@acme', 'eslint-config-video'), { recursive: true });
  symlinkSync(REPO, join(modules, 'eslint-plugin-vonage-video'), DIR_LINK);
  symlinkSync(join(REPO, 'node_modules', pkg), join(modules, 'eslint'), DIR_LINK);
  return app;
}

describe.each(ESLINT_PACKAGES)('@acme/eslint-config-video in an app, with %s', pkg => {
  let app = '';
  let findings: Finding[] = [];

  beforeAll(async () => {
    app = installApp(pkg);
    const { ESLint } = loadESLint(pkg);
    findings = findingsOf(await new ESLint({ cwd: app }).lintFiles(['.']), app);
  });

  it('the shared config carries the organisation\'s rule options on top of recommended', async () => {
    const { ESLint } = loadESLint(pkg);
    const config = (await new ESLint({ cwd: app }).calculateConfigForFile(join(app, 'src', 'token-server.js'))) as Linter.Config;
    const rules = config.rules ?? {};
    expect(rules['vonage-video/require-token-expiry']).toEqual([2, expect.objectContaining({ maxSeconds: 3600 })]);
    expect(rules['vonage-video/require-token-role']).toEqual([2]);
    expect(rules['vonage-video/no-shared-session']).toEqual([0]);
    for (const ruleId of Object.keys(plugin.configs.recommended.rules ?? {})) expect(rules[ruleId]).toBeDefined();
  });

  it('reports what the organisation asked for, where it is', () => {
    const server = appSource('src/token-server.js');
    const room = appSource('src/room.js');
    expect(findings.filter(finding => finding.fatal || finding.ruleId === null)).toEqual([]);
    expect(ourFindings(findings)).toEqual([
      { file: 'src/room.js', ruleId: 'vonage-video/no-hardcoded-session-credentials', messageId: 'hardcodedSessionId', ...at(room, `'${FAKE.sessionId}'`) },
      // 2 hours: over the organisation's 1 hour (the plugin's default limit is 2 hours).
      { file: 'src/token-server.js', ruleId: 'vonage-video/require-token-expiry', messageId: 'tooLong', ...at(server, 'Math.floor(Date.now() / 1000) + 2 * 60 * 60') },
      // No role: require-token-role is a strict rule the organisation turned on.
      { file: 'src/token-server.js', ruleId: 'vonage-video/require-token-role', messageId: 'missingRole', ...at(server, '{ expireTime: Math.floor(Date.now() / 1000) + 30 * 60 }') },
    ]);
    expect(findings.find(finding => finding.ruleId === 'vonage-video/require-token-expiry')?.message).toContain('1 hour');
  });

  it('differs from plain recommended exactly by the organisation\'s choices', async () => {
    const { ESLint } = loadESLint(pkg);
    const plain = findingsOf(await new ESLint({ cwd: app, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended] }).lintFiles(['src']), app);
    const ruleIds = (list: Finding[]) => [...new Set(list.map(finding => finding.ruleId))].sort();
    // recommended reports the module-scope lobby token, which ACME reviews by hand...
    expect(ruleIds(plain)).toContain('vonage-video/no-shared-session');
    expect(ruleIds(findings)).not.toContain('vonage-video/no-shared-session');
    // ...and neither the missing role nor the 2-hour token, which ACME forbids.
    expect(plain.filter(finding => finding.ruleId === 'vonage-video/require-token-role' || finding.ruleId === 'vonage-video/require-token-expiry')).toEqual([]);
  });
});

describe('the org app through the CLI, as its developers run it', () => {
  it('`eslint .` in the app finds the config, the shared package and the plugin through node_modules', () => {
    const app = installApp('eslint', 'cli');
    const result = runNode([join(app, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--format', 'json', '.'], { cwd: app });
    expect(result.status, result.stderr).toBe(1);
    const reported = (JSON.parse(result.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>).flatMap(file =>
      file.messages.map(message => `${file.filePath.slice(app.length + 1)} ${message.ruleId}`),
    );
    expect(reported.sort()).toEqual([
      'src/room.js vonage-video/no-hardcoded-session-credentials',
      'src/token-server.js vonage-video/require-token-expiry',
      'src/token-server.js vonage-video/require-token-role',
    ]);
  });
});

describe('types: a user\'s typed eslint.config.mts / .cts against dist/index.d.ts', () => {
  it('compiles with strict, exactOptionalPropertyTypes and noUncheckedIndexedAccess (tsc, skipLibCheck)', () => {
    const result = runNode([binOf('typescript', 'bin/tsc'), '-p', join(FIXTURES, 'types', 'tsconfig.json')], { cwd: REPO });
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
  });
});
