import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { removeStatement, replacePropertyValue, replaceWithExpression } from '../../src/fix';
import { applyFix } from './apply';
import type { Build } from './apply';

describe('replaceWithExpression', () => {
  const build: Build = (fixer, _sourceCode, node) => replaceWithExpression(fixer, node, 'process.env.TOKEN');
  it('replaces an expression', () => {
    expect(applyFix("f('T1==abc');", { type: 'Literal' }, build)).toBe('f(process.env.TOKEN);');
  });
  it('keeps parentheses around the node', () => {
    expect(applyFix("f(('T1==abc'));", { type: 'Literal' }, build)).toBe('f((process.env.TOKEN));');
  });
  it('puts a JSX attribute value in braces', () => {
    expect(applyFix('x = <OTSession token="T1==abc" />;', { type: 'Literal' }, build)).toBe('x = <OTSession token={process.env.TOKEN} />;');
  });
});

describe('replacePropertyValue', () => {
  const build: Build = (fixer, _sourceCode, node) => replacePropertyValue(fixer, node as TSESTree.Property, "'subscriber'");
  it('replaces the value', () => {
    expect(applyFix('f({ role: (req.body.role) });', { type: 'Property' }, build)).toBe("f({ role: ('subscriber') });");
  });
  it('writes a shorthand property out', () => {
    expect(applyFix('f({ role });', { type: 'Property' }, build)).toBe("f({ role: 'subscriber' });");
  });
});

describe('removeStatement', () => {
  const build: Build = (fixer, sourceCode, node) => removeStatement(fixer, sourceCode, node as TSESTree.Statement);
  const target = { type: 'ExpressionStatement', text: 'OT.setLogLevel(OT.DEBUG);' };
  it('takes a statement alone on its line with the line', () => {
    expect(applyFix('a();\nOT.setLogLevel(OT.DEBUG);\nb();\n', target, build)).toBe('a();\nb();\n');
  });
  it('the last line of a file without a newline', () => {
    expect(applyFix('a();\nOT.setLogLevel(OT.DEBUG);', target, build)).toBe('a();\n');
  });
  it('keeps the rest of a shared line', () => {
    expect(applyFix('a(); OT.setLogLevel(OT.DEBUG); b();', target, build)).toBe('a();  b();');
  });
  it('keeps a comment after it on its line', () => {
    expect(applyFix('OT.setLogLevel(OT.DEBUG); // debug\nb();', target, build)).toBe(' // debug\nb();');
  });
  it('leaves `;` where removing it would join its neighbours', () => {
    expect(applyFix('a()\nOT.setLogLevel(OT.DEBUG);\n(b)()', target, build)).toBe('a()\n;\n(b)()');
  });
});
