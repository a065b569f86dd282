/**
 * `npm run new-rule`: the scaffolder refuses bad names and existing rules, and what it writes into a temporary copy of
 * the repository type-checks, lints, passes its own RuleTester suite and the docs test.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'new-rule.mjs');
const NAME = 'no-example-scaffold';

function run(args: string[]): { status: number; output: string } {
  try {
    return { status: 0, output: execFileSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const failed = error as { status: number; stderr: string };
    return { status: failed.status, output: failed.stderr };
  }
}

describe('npm run new-rule', () => {
  let copy = '';

  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'new-rule-'));
    for (const path of ['src', 'docs', 'tests/helpers', 'tests/setup.ts', 'tests/docs.test.ts', 'tsconfig.json', 'eslint.config.mjs', 'vitest.config.mts', 'package.json']) {
      cpSync(join(ROOT, path), join(copy, path), { recursive: true });
    }
    mkdirSync(join(copy, 'tests', 'rules'));
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  });

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it.each([['Bad_Name'], ['no'], ['noThing'], ['disallow-thing'], ['no-thing-'], ['no--thing'], ['']])('refuses the name %j', name => {
    const result = run([name, '--root', copy]);
    expect(result.status).toBe(1);
    expect(result.output).toContain('is not a rule name');
  });

  it('refuses an existing rule', () => {
    const result = run(['no-secret-exposure', '--root', copy]);
    expect(result.status).toBe(1);
    expect(result.output).toContain('rule no-secret-exposure exists already');
  });

  it('refuses a guide section that is not in src/sdk/guide.ts', () => {
    const result = run([NAME, '--root', copy, '--guide-section', 'Use strong passwords']);
    expect(result.status).toBe(1);
    expect(result.output).toContain('is not a section of src/sdk/guide.ts');
  });

  it('writes a rule that type-checks, lints and passes its tests and the docs test', () => {
    const result = run([NAME, '--root', copy, '--guide-section', 'Manage archive deletion', '--description', "Disallow the example's string"]);
    expect(result.status, result.output).toBe(0);
    const registry = readFileSync(join(copy, 'src', 'rules', 'index.ts'), 'utf8');
    expect(registry).toContain("import noExampleScaffold from './no-example-scaffold';\nimport noHardcodedCredentials");
    expect(registry).toContain("  'no-example-scaffold': noExampleScaffold,\n  'no-hardcoded-credentials'");
    expect(readFileSync(join(copy, 'src', 'rules', `${NAME}.ts`), 'utf8')).toContain("description: 'Disallow the example\\'s string',");
    expect(run([NAME, '--root', copy]).output).toContain('exists already');

    const files = ['src/rules/index.ts', `src/rules/${NAME}.ts`, `tests/rules/${NAME}.test.ts`];
    writeFileSync(join(copy, 'tsconfig.check.json'), JSON.stringify({ extends: './tsconfig.json', include: files }));
    const bin = (path: string) => join(ROOT, 'node_modules', path);
    const exec = (args: string[]) => execFileSync(process.execPath, args, { cwd: copy, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    exec([bin('typescript/bin/tsc'), '-p', 'tsconfig.check.json', '--noEmit']);
    exec([bin('eslint/bin/eslint.js'), ...files]);
    const tests = exec([bin('vitest/vitest.mjs'), 'run', `tests/rules/${NAME}.test.ts`, 'tests/docs.test.ts', '-t', NAME, '--coverage.enabled=false']);
    expect(tests.replace(/\u001b\[[0-9;]*m/g, '')).toMatch(/Test Files\s+2 passed/);
  });
});
