#!/usr/bin/env node
// Scaffolds a rule: `npm run new-rule -- <name> [--description "Disallow …"] [--guide-section "<title>"]`.
// Writes src/rules/<name>.ts, tests/rules/<name>.test.ts and docs/rules/<name>.md from scripts/templates/, and adds the
// rule to the registry (src/rules/index.ts), in name order. Refuses names that break the conventions and existing
// rules. `--root <dir>` scaffolds into another copy of the repository (the scaffolder's own test uses it).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPTS = dirname(fileURLToPath(import.meta.url));
const NAME = /^(?:no|require|valid|prefer)(?:-[a-z][a-z0-9]*)+$/;
const VERB = { no: 'Disallow', require: 'Require', valid: 'Enforce valid', prefer: 'Enforce' };

/** The guide section titles a rule may name (`sections: [...]` in src/sdk/guide.ts). */
export function guideSections(root) {
  const source = readFileSync(join(root, 'src', 'sdk', 'guide.ts'), 'utf8');
  const titles = [];
  for (const [, list] of source.matchAll(/sections: \[([^\]]*)\]/g)) {
    for (const [, single, double] of list.matchAll(/'((?:[^'\\]|\\.)*)'|"([^"]*)"/g)) titles.push(single ?? double);
  }
  return titles;
}

const camelCase = name => name.replace(/-([a-z0-9])/g, (_, char) => char.toUpperCase());

/** Adds `name` to src/rules/index.ts: its import and its entry in `rules`, each in name order. */
export function addToRegistry(registry, name) {
  const identifier = camelCase(name);
  const lines = registry.split('\n');
  const importLine = `import ${identifier} from './${name}';`;
  const imports = lines.flatMap((line, index) => (/^import \w+ from '\.\/[\w-]+';$/.test(line) ? [index] : []));
  const importAt = imports.find(index => lines[index].localeCompare(importLine) > 0) ?? (imports.at(-1) ?? -1) + 1;
  lines.splice(importAt, 0, importLine);
  const open = lines.findIndex(line => line.startsWith('export const rules = {'));
  if (open === -1) throw new Error('src/rules/index.ts has no `export const rules = {`');
  let close = open + 1;
  while (close < lines.length && lines[close] !== '};') close++;
  const entry = `  '${name}': ${identifier},`;
  let entryAt = open + 1;
  while (entryAt < close && lines[entryAt].localeCompare(entry) < 0) entryAt++;
  lines.splice(entryAt, 0, entry);
  return lines.join('\n');
}

/** Checks the request and writes the files; returns the paths written. Throws with a reason on a refused request. */
export function scaffold({ root, name, description, guideSection }) {
  if (!NAME.test(name ?? '')) {
    throw new Error(`"${name ?? ''}" is not a rule name: use kebab-case starting with no-, require-, valid- or prefer- (e.g. no-public-archive)`);
  }
  const files = {
    rule: join(root, 'src', 'rules', `${name}.ts`),
    test: join(root, 'tests', 'rules', `${name}.test.ts`),
    docs: join(root, 'docs', 'rules', `${name}.md`),
  };
  const registryPath = join(root, 'src', 'rules', 'index.ts');
  const registry = readFileSync(registryPath, 'utf8');
  if (Object.values(files).some(existsSync) || registry.includes(`'${name}'`)) throw new Error(`rule ${name} exists already`);
  const sections = guideSections(root);
  const section = guideSection ?? sections[0];
  if (!sections.includes(section)) throw new Error(`"${section}" is not a section of src/sdk/guide.ts: one of\n  ${sections.join('\n  ')}`);
  const words = name.slice(name.indexOf('-') + 1).replace(/-/g, ' ');
  const text = (description ?? `${VERB[name.slice(0, name.indexOf('-'))]} ${words}`).replace(/\.$/, '');
  if (!/^(?:Enforce|Require|Disallow) /.test(text)) throw new Error('the description must start with Enforce, Require or Disallow');
  const fill = template =>
    readFileSync(join(SCRIPTS, 'templates', template), 'utf8')
      .replaceAll('__NAME__', name)
      .replaceAll('__DESCRIPTION__', text.replace(/'/g, "\\'"))
      .replaceAll('__GUIDE_SECTION__', section.replace(/'/g, "\\'"));
  writeFileSync(files.rule, fill('rule.ts.tmpl'));
  writeFileSync(files.test, fill('rule.test.ts.tmpl'));
  writeFileSync(files.docs, fill('rule.md.tmpl').replaceAll("\\'", "'"));
  writeFileSync(registryPath, addToRegistry(registry, name));
  return [...Object.values(files), registryPath];
}

function parseArguments(argv) {
  const options = { root: join(SCRIPTS, '..') };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--root') options.root = argv[++index];
    else if (argument === '--description') options.description = argv[++index];
    else if (argument === '--guide-section') options.guideSection = argv[++index];
    else if (argument.startsWith('--')) throw new Error(`unknown option ${argument}`);
    else if (options.name === undefined) options.name = argument;
    else throw new Error(`one rule name at a time (got ${options.name} and ${argument})`);
  }
  return options;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const options = parseArguments(process.argv.slice(2));
    const written = scaffold(options);
    console.log(`Created ${options.name}:\n${written.map(path => `  ${relative(process.cwd(), path)}`).join('\n')}`);
    console.log(
      [
        'Next:',
        `  1. write the rule in src/rules/${options.name}.ts (check its guideSection) and its cases in tests/rules/${options.name}.test.ts`,
        `     npx vitest run tests/rules/${options.name}.test.ts --coverage.enabled=false`,
        `  2. write docs/rules/${options.name}.md (why, ❌/✅ examples, options, what it does not report, When Not To Use It)`,
        '  3. set meta.docs.recommended when it belongs in a config, then `npm run docs` (README tables, docs header)',
      ].join('\n'),
    );
  } catch (error) {
    console.error(`new-rule: ${error.message}`);
    process.exit(1);
  }
}
