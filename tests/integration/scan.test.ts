/**
 * The zero-config scan, `npx eslint-plugin-vonage-video [paths…]` (issue 15): the built bin run as a process on a
 * copy of a fixture repository that has its own `eslint.config.js` (which throws if loaded), `eslint-disable` and
 * `/* eslint … *\/` comments for plugins the scan does not have, a `.gitignore`, build output and a minified bundle.
 * Every file type gets its parser; other plugins' directives are neither reported nor removed; nothing is written
 * without `--fix`. A few process runs only; the option parsing and the `.gitignore` conversion are unit-tested.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { gitignoreLineToPattern } from '../../src/cli/scan-config';
import { parseOptions, summary } from '../../src/cli/scan';
import { at } from '../helpers/locate';
import { FAKE, FIXTURES, REPO, docsUrlOf, makeTempDir, requireFromRepo, runNode } from './helpers';

const APP = join(FIXTURES, 'first-contact');
const BIN = join(REPO, 'dist', 'cli', 'scan.js');
const source = (file: string) => readFileSync(join(APP, file), 'utf8');
const SESSION_ID = `'${FAKE.sessionId}'`;
const SECRET = `'${FAKE.apiSecret}'`;

let temp = '';
let repo = '';

/** Every file under `dir` with its text, to prove a run wrote nothing. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

function scan(args: readonly string[], cwd = repo) {
  const result = runNode([BIN, ...args], { cwd });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; messageId?: string; line: number; column: number; endLine?: number; endColumn?: number; fatal?: boolean }>;
}

function findings(stdout: string) {
  return (JSON.parse(stdout) as JsonResult[])
    .flatMap(result =>
      result.messages.map(({ ruleId, messageId, line, column, endLine, endColumn }) => ({
        file: relative(repo, result.filePath).split(sep).join('/'),
        ruleId,
        messageId,
        line,
        column,
        endLine,
        endColumn,
      })),
    )
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

beforeAll(() => {
  temp = makeTempDir('scan');
  repo = join(temp, 'repo');
  cpSync(APP, repo, { recursive: true });
  // Ignored by the repository's .gitignore, and by the scan's defaults (build output, minified bundles): each one
  // would be reported if it were linted.
  const secretFile = source('generated/client.js');
  writeFileSync(join(repo, '.gitignore'), '# generated clients\n/generated/\n*.local.js\n');
  writeFileSync(join(repo, 'web', 'src', 'settings.local.js'), secretFile);
  for (const dir of ['dist', 'vendor', join('web', '.next')]) {
    mkdirSync(join(repo, dir), { recursive: true });
    writeFileSync(join(repo, dir, 'bundle.js'), secretFile);
  }
  writeFileSync(join(repo, 'web', 'public', 'opentok.min.js'), secretFile);
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('npx eslint-plugin-vonage-video (the zero-config scan, as a process)', () => {
  it('finds the problems in every file type with its parser, without loading the repository config, and writes nothing', () => {
    const before = snapshot(repo);
    const { status, stdout, stderr } = scan(['--format', 'json']);
    expect(status).toBe(1);
    const f = (file: string, ruleId: string, messageId: string, snippet: string) => ({ file, ruleId: `vonage-video/${ruleId}`, messageId, ...at(source(file), snippet) });
    expect(findings(stdout)).toEqual([
      f('server/rooms.ts', 'require-token-expiry', 'missingExpiry', "{ role: 'publisher' }"),
      f('server/token-server.js', 'no-hardcoded-credentials', 'hardcodedApiSecret', SECRET),
      f('server/token-server.js', 'require-token-expiry', 'missingExpiry', 'generateToken'),
      f('server/token-server.js', 'valid-session-options', 'invalidValueReplaced', "'ROUTED'"),
      f('tests/token-server.test.js', 'no-hardcoded-credentials', 'hardcodedApiSecret', SECRET),
      f('web/public/index.html', 'no-hardcoded-session-credentials', 'hardcodedSessionId', SESSION_ID),
      f('web/src/Lobby.jsx', 'no-hardcoded-session-credentials', 'hardcodedSessionId', `"${FAKE.sessionId}"`),
      f('web/src/Room.vue', 'no-hardcoded-session-credentials', 'hardcodedSessionId', SESSION_ID),
      f('web/src/Stage.tsx', 'no-hardcoded-session-credentials', 'hardcodedSessionId', `"${FAKE.sessionId}"`),
    ]);
    // The summary goes to stderr when stdout is machine-readable; no progress line without a terminal.
    expect(stderr).toBe(
      [
        'Findings by rule:',
        `     4  vonage-video/no-hardcoded-session-credentials  ${docsUrlOf('no-hardcoded-session-credentials')}`,
        `     2  vonage-video/no-hardcoded-credentials          ${docsUrlOf('no-hardcoded-credentials')}`,
        `     2  vonage-video/require-token-expiry              ${docsUrlOf('require-token-expiry')}`,
        `     1  vonage-video/valid-session-options             ${docsUrlOf('valid-session-options')}`,
        '',
      ].join('\n'),
    );
    expect(snapshot(repo)).toEqual(before);
  });

  it('stylish output ends with the per-rule summary and docs links; --format sarif gives SARIF with help URIs', () => {
    const stylish = scan(['web/src', 'server/rooms.ts']);
    expect(stylish.status).toBe(1);
    expect(stylish.stdout).toContain('✖ 4 problems (4 errors, 0 warnings)');
    expect(stylish.stdout).toContain(`Findings by rule:\n     3  vonage-video/no-hardcoded-session-credentials  ${docsUrlOf('no-hardcoded-session-credentials')}\n`);
    expect(stylish.stderr).toBe('');

    const sarif = scan(['--format', 'sarif', 'server']);
    expect(sarif.status).toBe(1);
    const log = JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ ruleId: string }>; tool: { driver: { rules: Array<{ id: string; helpUri: string }> } } }> };
    expect(log.runs[0]?.results.map(result => result.ruleId).sort()).toEqual(['vonage-video/no-hardcoded-credentials', 'vonage-video/require-token-expiry', 'vonage-video/require-token-expiry', 'vonage-video/valid-session-options']);
    expect(log.runs[0]?.tool.driver.rules.map(rule => rule.helpUri)).toContain(docsUrlOf('require-token-expiry'));
  });

  it('prints no source text: the session ID in the HTML page is in neither the JSON nor the SARIF output (issue 16)', () => {
    for (const format of ['json', 'sarif']) {
      const { status, stdout } = scan(['--format', format, 'web/public']);
      expect(status).toBe(1);
      expect(stdout).toContain('vonage-video/no-hardcoded-session-credentials');
      expect(stdout).not.toContain(FAKE.sessionId.slice(0, 20));
    }
  });

  it('--fix --config strict applies the safe fixes and keeps every other plugin\'s directive', () => {
    const { status, stdout } = scan(['--fix', '--config', 'strict', '--format', 'json', 'server/token-server.js']);
    expect(status).toBe(1);
    expect(findings(stdout).map(finding => finding.messageId)).toEqual(['hardcodedApiSecret', 'missingExpiry']);
    const original = source('server/token-server.js');
    expect(readFileSync(join(repo, 'server', 'token-server.js'), 'utf8')).toBe(
      original.replace("mediaMode: 'ROUTED'", "mediaMode: 'routed'"),
    );
    expect(original).toMatch(/eslint-disable unicorn\/prefer-module[\s\S]*eslint n\/no-process-env[\s\S]*eslint-disable-next-line security[\s\S]*eslint-disable-line sonarjs/);
  });

  it('exit 0 and a clear line when there is nothing to report; exit 2 on a missing path or a bad option', () => {
    const clean = join(temp, 'clean');
    mkdirSync(clean);
    writeFileSync(join(clean, 'index.js'), 'export const answer = 42;\n');
    expect(scan([], clean)).toEqual({ status: 0, stdout: 'No Vonage Video security findings.\n', stderr: '' });

    const missing = scan(['server', 'no-such-dir']);
    expect(missing).toEqual({ status: 2, stdout: '', stderr: 'eslint-plugin-vonage-video: no such file or directory: no-such-dir\n' });
    const usage = scan(['--format', 'xml']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^eslint-plugin-vonage-video: --format must be one of stylish, json, sarif \(got "xml"\)\n\nUsage: npx eslint-plugin-vonage-video/);
  });

  it('a file that cannot be read (a dangling symlink inside a scanned directory) is exit 2 with its path', () => {
    const broken = join(temp, 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, 'ok.js'), 'export {};\n');
    try {
      symlinkSync(join(broken, 'gone.js'), join(broken, 'link.js'));
    } catch {
      return; // no symlinks without privileges (Windows): nothing to test
    }
    const { status, stderr } = scan(['.'], broken);
    expect(status).toBe(2);
    expect(stderr).toContain(`eslint-plugin-vonage-video: cannot read ${join(broken, 'link.js')}`);
  });
});

describe('the progress line', () => {
  it('on a terminal, stderr gets only a progress line that is cleared at the end; the results go to stdout', async () => {
    const { scan: run } = requireFromRepo(join(REPO, 'dist', 'cli', 'scan.js')) as typeof import('../../src/cli/scan');
    let stdout = '';
    let stderr = '';
    const code = await run(['web/src'], { cwd: repo, isTTY: true, stdout: text => (stdout += text), stderr: text => (stderr += text) });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^(\rScanning… \d+ files)*\r\x1b\[K$/);
    expect(stdout).toContain('Findings by rule:\n     3  vonage-video/no-hardcoded-session-credentials');
  });
});

describe('scan options and .gitignore patterns', () => {
  it('parses options with defaults, and rejects unknown ones as usage errors', () => {
    expect(parseOptions([])).toEqual({ paths: ['.'], config: 'recommended', format: 'stylish', fix: false, help: false, version: false });
    expect(parseOptions(['src', '-c', 'all', '-f', 'json', '--fix'])).toMatchObject({ paths: ['src'], config: 'all', format: 'json', fix: true });
    expect(() => parseOptions(['--config', 'loose'])).toThrow('--config must be one of recommended, strict, all (got "loose")');
    expect(() => parseOptions(['--quiet'])).toThrow(/Unknown option '--quiet'/);
  });

  it.each([
    ['', undefined],
    ['# comment', undefined],
    ['/', undefined],
    ['node_modules/', '**/node_modules{,/**}'],
    ['*.log', '**/*.log{,/**}'],
    ['/generated/', 'generated{,/**}'],
    ['web/out', 'web/out{,/**}'],
    ['!keep.js', '!**/keep.js{,/**}'],
    ['\\#hash.js', '**/#hash.js{,/**}'],
    ['build/**', 'build/**'],
    ['trailing.js   ', '**/trailing.js{,/**}'],
  ])('.gitignore line %j is the ignore pattern %j', (line, pattern) => {
    expect(gitignoreLineToPattern(line)).toBe(pattern);
  });

  it('the summary counts parsing errors too', () => {
    const message = (ruleId: string | null) => ({ ruleId, message: '', severity: 2 as const, line: 1, column: 1 });
    const results = [{ messages: [message('vonage-video/no-shared-session'), message(null)] }] as never;
    expect(summary(results, () => undefined)).toBe('Findings by rule:\n     1  parsing error\n     1  vonage-video/no-shared-session');
  });
});
