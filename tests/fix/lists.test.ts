import type { TSESTree } from '@typescript-eslint/utils';
import { isClosingBraceToken } from '@eslint-community/eslint-utils';
import { describe, expect, it } from 'vitest';

import { appendListElement, insertArgument, insertProperty, removeArgument, removeListElement, removeProperty } from '../../src/fix';
import { applyFix } from './apply';
import type { Build, Target } from './apply';

const identifier = (text: string): Target => ({ type: 'Identifier', text });

const removePropertyFix: Build = (fixer, sourceCode, node) => removeProperty(fixer, sourceCode, node as TSESTree.Property);
/** Removes the identifier argument (or array element) the target names. */
const removeArgumentFix: Build = (fixer, sourceCode, node) => {
  const call = node.parent as TSESTree.CallExpression;
  return removeArgument(fixer, sourceCode, call, node as TSESTree.Identifier);
};
const removeElementFix: Build = (fixer, sourceCode, node) => removeListElement(fixer, sourceCode, node, (node.parent as TSESTree.ArrayExpression).elements);

describe('removeListElement: arguments', () => {
  const cases: Array<[string, string, string]> = [
    ['first', 'f(secret, a, b);', 'f(a, b);'],
    ['middle', 'f(a, secret, b);', 'f(a, b);'],
    ['last', 'f(a, b, secret);', 'f(a, b);'],
    ['only', 'f(secret);', 'f();'],
    ['only, with a trailing comma', 'f(secret,);', 'f();'],
    ['last, before a trailing comma', 'f(a, secret,);', 'f(a,);'],
    // The regression: `console.log((secret), 'x')` became `console.log(('x');`.
    ['parenthesized first', "console.log((secret), 'x');", "console.log('x');"],
    ['parenthesized last', "console.log('x', (secret));", "console.log('x');"],
    ['twice parenthesized middle', 'f(a, ((secret)), b);', 'f(a, b);'],
    ['parenthesized only', 'f(((secret)));', 'f();'],
    ['comment before it is kept', 'f(a, /* why */ secret);', 'f(a /* why */);'],
    ['comment after its comma is kept', 'f(secret, /* b */ b);', 'f(/* b */ b);'],
    ['comment inside the only argument list is kept', 'f(/* none */ secret);', 'f(/* none */ );'],
    ['comment between it and its comma goes with it', 'f(secret /* it */, b);', 'f(b);'],
    ['multi-line first', 'f(\n  secret,\n  b,\n);', 'f(\n  b,\n);'],
    ['multi-line last with trailing comma', 'f(\n  a,\n  secret,\n);', 'f(\n  a,\n);'],
    ['multi-line last', 'f(\n  a,\n  secret\n);', 'f(\n  a\n);'],
    ['multi-line last with a line comment before it', 'f(\n  a, // about a\n  secret\n);', 'f(\n  a // about a\n);'],
    ['multi-line first with a line comment after it', 'f(\n  secret, // about it\n  b\n);', 'f(\n  // about it\n  b\n);'],
    ['optional call', 'f?.(a, secret);', 'f?.(a);'],
    ['last, with its trailing comma on the next line', 'f(a, secret\n,\n);', 'f(a, \n);'],
  ];
  for (const [name, code, output] of cases) {
    it(name, () => {
      expect(applyFix(code, identifier('secret'), removeArgumentFix)).toBe(output);
    });
  }
});

describe('removeListElement: properties', () => {
  // [name, code, the property to remove, output]
  const cases: Array<[string, string, string, string]> = [
    ['first', 'x = { secret: 1, a, b };', 'secret: 1', 'x = { a, b };'],
    ['middle', 'x = { a, secret: 1, b };', 'secret: 1', 'x = { a, b };'],
    ['last', 'x = { a, b, secret: 1 };', 'secret: 1', 'x = { a, b };'],
    ['only', 'x = { secret: 1 };', 'secret: 1', 'x = {};'],
    ['only, shorthand, trailing comma', 'x = { secret, };', 'secret', 'x = {};'],
    ['last before a trailing comma', 'x = { a, secret: 1, };', 'secret: 1', 'x = { a, };'],
    ['parenthesized value', 'x = { a, secret: (1), b };', 'secret: (1)', 'x = { a, b };'],
    ['multi-line middle', 'x = {\n  a,\n  secret: 1,\n  b,\n};', 'secret: 1', 'x = {\n  a,\n  b,\n};'],
    ['multi-line last', 'x = {\n  a,\n  secret: 1\n};', 'secret: 1', 'x = {\n  a\n};'],
    ['multi-line value', 'x = {\n  a,\n  secret: [\n    1,\n  ],\n  b,\n};', 'secret: [\n    1,\n  ]', 'x = {\n  a,\n  b,\n};'],
    ['comment line before it is kept', 'x = {\n  a,\n  // the secret\n  secret: 1,\n};', 'secret: 1', 'x = {\n  a,\n  // the secret\n};'],
    ['spread element', 'x = { a, ...secret };', '...secret', 'x = { a };'],
    ['object pattern', 'const { a, secret } = x;', 'secret', 'const { a } = x;'],
  ];
  for (const [name, code, target, output] of cases) {
    it(name, () => {
      const type = target.startsWith('...') ? 'SpreadElement' : 'Property';
      expect(applyFix(code, { type, text: target }, removePropertyFix)).toBe(output);
    });
  }
});

describe('removeListElement: array elements', () => {
  const cases: Array<[string, string, string]> = [
    ['first', 'x = [secret, a];', 'x = [a];'],
    ['last', 'x = [a, secret];', 'x = [a];'],
    ['only', 'x = [secret];', 'x = [];'],
    // The hole before the last element goes with its comma.
    ['after a hole', 'x = [, secret];', 'x = [];'],
    ['before a hole', 'x = [secret, , a];', 'x = [, a];'],
    ['parenthesized', 'x = [a, (secret), b];', 'x = [a, b];'],
  ];
  for (const [name, code, output] of cases) {
    it(name, () => {
      expect(applyFix(code, identifier('secret'), removeElementFix)).toBe(output);
    });
  }
});

describe('insertProperty', () => {
  const insert: Build = (fixer, sourceCode, node) => insertProperty(fixer, sourceCode, node as TSESTree.ObjectExpression, "role: 'publisher'");
  const cases: Array<[string, string, string]> = [
    ['empty', 'f({});', "f({ role: 'publisher' });"],
    ['empty with a comment', 'f({ /* none */ });', "f({ /* none */ role: 'publisher' });"],
    ['after one', 'f({ a });', "f({ a, role: 'publisher' });"],
    ['after a trailing comma', 'f({ a, });', "f({ a, role: 'publisher', });"],
    ['after a parenthesized value', 'f({ a: (b) });', "f({ a: (b), role: 'publisher' });"],
    ['after a comment', 'f({ a /* a */ });', "f({ a, role: 'publisher' /* a */ });"],
    ['multi-line', 'f({\n  a: 1,\n});', "f({\n  a: 1, role: 'publisher',\n});"],
    ['after a spread', 'f({ ...a });', "f({ ...a, role: 'publisher' });"],
  ];
  for (const [name, code, output] of cases) {
    it(name, () => {
      expect(applyFix(code, { type: 'ObjectExpression' }, insert)).toBe(output);
    });
  }

  it('into an object pattern', () => {
    const build: Build = (fixer, sourceCode, node) => insertProperty(fixer, sourceCode, node as TSESTree.ObjectPattern, 'b');
    expect(applyFix('const { a } = x;', { type: 'ObjectPattern' }, build)).toBe('const { a, b } = x;');
  });

  it('before the rest element of an object pattern', () => {
    const build: Build = (fixer, sourceCode, node) => insertProperty(fixer, sourceCode, node as TSESTree.ObjectPattern, 'b');
    expect(applyFix('const { a, ...rest } = x;', { type: 'ObjectPattern' }, build)).toBe('const { a, b, ...rest } = x;');
  });
});

describe('insertArgument', () => {
  const at =
    (index: number): Build =>
    (fixer, sourceCode, node) =>
      insertArgument(fixer, sourceCode, node as TSESTree.CallExpression, index, '{ b }');
  const cases: Array<[string, string, number, string]> = [
    ['into an empty call', 'f();', 0, 'f({ b });'],
    ['into an empty call with a comment', 'f(/* none */);', 0, 'f(/* none */{ b });'],
    ['after the last', 'f(a);', 1, 'f(a, { b });'],
    ['after a parenthesized last', 'f((a));', 1, 'f((a), { b });'],
    ['after a trailing comma', 'f(a,);', 1, 'f(a, { b },);'],
    ['before a callback', 'f(a, (() => {}));', 1, 'f(a, { b }, (() => {}));'],
    ['first, before others', 'f(a);', 0, 'f({ b }, a);'],
    ['with type arguments', 'f<T>(a);', 1, 'f<T>(a, { b });'],
    ['optional call', 'f?.();', 0, 'f?.({ b });'],
    ['multi-line', 'f(\n  a,\n);', 1, 'f(\n  a, { b },\n);'],
  ];
  for (const [name, code, index, output] of cases) {
    it(name, () => {
      // Type arguments parse under the TypeScript parser only.
      const parsers = code.includes('<T>') ? (['typescript'] as const) : undefined;
      expect(applyFix(code, { type: 'CallExpression' }, at(index), parsers)).toBe(output);
    });
  }

  it('past the end of the arguments makes no edit', () => {
    expect(() => applyFix('f();', { type: 'CallExpression' }, at(2))).toThrow(/no edit/);
  });

  it('a `new` expression without an argument list gets one', () => {
    const build: Build = (fixer, sourceCode, node) => insertArgument(fixer, sourceCode, node as TSESTree.NewExpression, 0, '{ b }');
    expect(applyFix('x = new Session;', { type: 'NewExpression' }, build)).toBe('x = new Session({ b });');
  });
});

describe('appendListElement', () => {
  it('adds an import specifier', () => {
    const build: Build = (fixer, sourceCode, node) => {
      const declaration = node as TSESTree.ImportDeclaration;
      const closing = sourceCode.getTokenBefore(declaration.source, isClosingBraceToken)!;
      const named = declaration.specifiers.filter(specifier => specifier.type === 'ImportSpecifier');
      return appendListElement(fixer, sourceCode, named, closing, 'MediaMode', ' ');
    };
    expect(applyFix("import { Video } from '@vonage/video';", { type: 'ImportDeclaration' }, build)).toBe("import { Video, MediaMode } from '@vonage/video';");
    expect(applyFix("import Default, { Video as V, } from '@vonage/video';", { type: 'ImportDeclaration' }, build)).toBe(
      "import Default, { Video as V, MediaMode, } from '@vonage/video';",
    );
    expect(applyFix("import Default, {} from '@vonage/video';", { type: 'ImportDeclaration' }, build)).toBe("import Default, { MediaMode } from '@vonage/video';");
  });
});
