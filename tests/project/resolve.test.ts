import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { clearResolverCache, resolveAppImport } from '../../src/project/resolve';

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
  });
});
