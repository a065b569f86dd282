import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { appSpecifiersIn } from '../../src/project/reach';
import { clearResolverCache, isFencedOff, mayNameAppModule, resolveAppImport, resolveFileDirectly, resolveSync } from '../../src/project/resolve';

const projects = path.join(__dirname, '../fixtures/projects');
const resolution = path.join(projects, 'resolution');
const from = path.join(resolution, 'src/main.js');

function resolve(specifier: string, options: { file?: string; cwd?: string; tsconfig?: string } = {}): string | null {
  const cwd = options.cwd ?? resolution;
  const found = resolveAppImport(specifier, options.file ?? from, { cwd, tsconfig: options.tsconfig });
  return found === null ? null : path.relative(fs.realpathSync(cwd), found).split(path.sep).join('/');
}

describe('resolveAppImport', () => {
  it('resolves relative paths with every module extension', () => {
    expect(resolve('./legacy')).toBe('src/legacy.cjs');
    expect(resolve('./typed')).toBe('src/typed.mts');
    expect(resolve('./common')).toBe('src/common.cts');
    expect(resolve('./components/View')).toBe('src/components/View.jsx');
    expect(resolve('./components/Typed')).toBe('src/components/Typed.tsx');
    expect(resolve('./components/Panel.vue')).toBe('src/components/Panel.vue');
    expect(resolve('./components/Panel')).toBe('src/components/Panel.vue');
    expect(resolve('../src/main.js')).toBe('src/main.js');
  });

  it('resolves index files', () => {
    expect(resolve('./util')).toBe('src/util/index.mjs');
  });

  it("maps TypeScript's .js specifiers to the .ts file", () => {
    expect(resolve('./mapped.js')).toBe('src/mapped.ts');
    expect(resolve('./typed.mjs')).toBe('src/typed.mts');
    expect(resolve('./common.cjs')).toBe('src/common.cts');
  });

  it('resolves jsconfig/tsconfig paths aliases and package.json imports', () => {
    expect(resolve('~/util')).toBe('src/util/index.mjs');
    expect(resolve('#lib/helper')).toBe('lib/helper.js');
    const next = path.join(projects, 'next-alias');
    expect(resolve('@/lib/vonage', { file: path.join(next, 'src/app/api/token/route.ts'), cwd: next })).toBe('src/lib/vonage.ts');
  });

  it('uses the tsconfig the setting names', () => {
    const next = path.join(projects, 'next-alias');
    const file = path.join(next, 'src/app/api/token/route.ts');
    expect(resolve('@/lib/vonage', { file, cwd: next, tsconfig: 'tsconfig.json' })).toBe('src/lib/vonage.ts');
    expect(resolve('@/lib/vonage', { file, cwd: next, tsconfig: 'missing.json' })).toBeNull();
    expect(resolve('@/lib/vonage', { file, cwd: next, tsconfig: '../resolution/jsconfig.json' })).toBeNull();
  });

  it('never resolves packages, built-ins, missing files or odd specifiers', () => {
    expect(resolve('express')).toBeNull();
    expect(resolve('@vonage/video')).toBeNull();
    expect(resolve('node:fs')).toBeNull();
    expect(resolve('fs')).toBeNull();
    expect(resolve('./missing')).toBeNull();
    expect(resolve('')).toBeNull();
    expect(resolve('./a\0b')).toBeNull();
  });

  describe('on a temporary project', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vonage-resolve-'));
    const app = path.join(root, 'app');
    fs.mkdirSync(path.join(app, 'src'), { recursive: true });
    fs.mkdirSync(path.join(app, 'node_modules/pkg'), { recursive: true });
    fs.writeFileSync(path.join(app, 'src/main.js'), '');
    fs.writeFileSync(path.join(app, 'src/real.js'), '');
    fs.writeFileSync(path.join(app, 'node_modules/pkg/index.js'), '');
    fs.writeFileSync(path.join(root, 'outside.js'), '');
    fs.symlinkSync(path.join(app, 'src/real.js'), path.join(app, 'src/link.js'));
    fs.symlinkSync(path.join(root, 'outside.js'), path.join(app, 'src/escape.js'));
    fs.writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { 'vendored/*': ['node_modules/*'] } } }));
    const main = path.join(app, 'src/main.js');
    afterAll(() => {
      fs.rmSync(root, { recursive: true, force: true });
      clearResolverCache();
    });

    it('follows symlinks inside cwd to the real file', () => {
      expect(resolve('./link', { file: main, cwd: app })).toBe('src/real.js');
    });

    it('never reads outside cwd, through a relative path or a symlink', () => {
      expect(resolve('../../outside', { file: main, cwd: app })).toBeNull();
      expect(resolve('./escape', { file: main, cwd: app })).toBeNull();
    });

    it('never resolves into node_modules, even through an alias or a relative path', () => {
      expect(resolve('vendored/pkg', { file: main, cwd: app })).toBeNull();
      expect(resolve('../node_modules/pkg', { file: main, cwd: app })).toBeNull();
    });

    it('resolves nothing at all when cwd itself lies in node_modules (a package linted in place)', () => {
      const inPackage = path.join(app, 'node_modules/pkg');
      fs.writeFileSync(path.join(inPackage, 'helper.js'), '');
      expect(isFencedOff(inPackage)).toBe(true);
      expect(isFencedOff(app)).toBe(false);
      expect(resolve('./helper', { file: path.join(inPackage, 'index.js'), cwd: inPackage })).toBeNull();
      expect(mayNameAppModule('./helper', path.join(inPackage, 'index.js'), { cwd: inPackage })).toBe(false);
    });
  });
});

describe('mayNameAppModule (before any resolution)', () => {
  const options = { cwd: resolution };
  it('lets relative, absolute and #imports specifiers through, and bare ones only under a paths mapping', () => {
    expect(mayNameAppModule('./video', from, options)).toBe(true);
    expect(mayNameAppModule('#lib/video', from, options)).toBe(true);
    expect(mayNameAppModule('/srv/app/video', from, options)).toBe(true);
    expect(mayNameAppModule('node:fs', from, options)).toBe(false);
    expect(mayNameAppModule('', from, options)).toBe(false);
  });

  it('asks the tsconfig or jsconfig that applies to the file for bare specifiers', () => {
    const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'vonage-alias-')));
    try {
      fs.mkdirSync(path.join(root, 'aliased/src'), { recursive: true });
      fs.mkdirSync(path.join(root, 'plain/src'), { recursive: true });
      fs.writeFileSync(path.join(root, 'aliased/jsconfig.json'), JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } }));
      fs.writeFileSync(path.join(root, 'plain/tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true } }));
      expect(mayNameAppModule('@/video', path.join(root, 'aliased/src/a.js'), { cwd: path.join(root, 'aliased') })).toBe(true);
      expect(mayNameAppModule('express', path.join(root, 'plain/src/a.js'), { cwd: path.join(root, 'plain') })).toBe(false);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
      clearResolverCache();
    }
  });
});

describe('resolveFileDirectly (the fast path)', () => {
  it('answers as enhanced-resolve does wherever it answers, over every import of the fixture apps and the corpus', () => {
    const fixtures = path.join(__dirname, '../fixtures');
    const roots = [fixtures, path.join(__dirname, '../../node_modules/eslint/lib'), path.join(__dirname, '../../node_modules/rxjs/src')];
    const files = roots.flatMap(root =>
      (fs.readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
        .map(file => path.join(root, file))
        .filter(file => /\.(?:[cm]?[jt]sx?|vue)$/.test(file) && !file.endsWith('.d.ts') && fs.statSync(file).isFile()),
    );
    let compared = 0;
    for (const file of files) {
      const directory = path.dirname(file);
      const written = appSpecifiersIn(fs.readFileSync(file, 'utf8')).filter(specifier => specifier.startsWith('.'));
      for (const specifier of [...written, './index', '.', '..', './missing.js']) {
        const direct = resolveFileDirectly(directory, specifier);
        if (direct === undefined) continue;
        compared++;
        expect(fs.realpathSync(direct), `${specifier} from ${file}`).toBe(resolveSync(directory, specifier));
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('leaves queries, fragments, trailing slashes, packages and missing files to enhanced-resolve', () => {
    for (const request of ['./main.js?raw', './main#x', './src/', 'express', '#lib/video', './nothing-here']) {
      expect(resolveFileDirectly(resolution, request), request).toBeUndefined();
    }
  });
});
