import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { rules } from '../src/rules';
import { ruleDocsUrl } from '../src/util/create-rule';

const root = join(__dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const ruleNames = Object.keys(rules);

describe('every rule is complete', () => {
  it.each(ruleNames)('%s has its source file, docs page, tests, README row and docs URL', name => {
    expect(existsSync(join(root, 'src', 'rules', `${name}.ts`))).toBe(true);
    expect(existsSync(join(root, 'docs', 'rules', `${name}.md`))).toBe(true);
    expect(existsSync(join(root, 'tests', 'rules', `${name}.test.ts`))).toBe(true);
    expect(readme).toContain(`[${name}](docs/rules/${name}.md)`);
    const rule = rules[name as keyof typeof rules];
    expect(rule.meta.docs?.url).toBe(ruleDocsUrl(name));
    expect(rule.meta.docs?.description).toMatch(/^(Enforce|Require|Disallow) /);
  });

  it('has no docs page or test file without a rule', () => {
    const docs = readdirSync(join(root, 'docs', 'rules')).map(file => file.replace(/\.md$/, ''));
    const tests = readdirSync(join(root, 'tests', 'rules')).filter(file => file.endsWith('.test.ts')).map(file => file.replace(/\.test\.ts$/, ''));
    expect(docs.sort()).toEqual([...ruleNames].sort());
    expect(tests.sort()).toEqual([...ruleNames].sort());
  });

  it('lists the registry in alphabetical order', () => {
    expect(ruleNames).toEqual([...ruleNames].sort());
  });
});
