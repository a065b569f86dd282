import { describe, expect, it } from 'vitest';

import { isEmbeddedScriptFile } from '../../src/util/embedded-scripts';

describe('isEmbeddedScriptFile', () => {
  it.each(['page.html', 'a/b/page.htm', 'view.php', 'layout.hbs', 'page.xhtml', 'feed.xml', 'x.erb'])('%s: a page eslint-plugin-html lints by default', filename => {
    expect(isEmbeddedScriptFile({ filename })).toBe(true);
  });

  it.each(['app.js', 'room.tsx', 'component.vue', 'page.html.js', 'server.mjs'])('%s: a script', filename => {
    expect(isEmbeddedScriptFile({ filename, physicalFilename: filename })).toBe(false);
  });

  it('follows eslint-plugin-html settings: custom extensions replace the defaults, one list removes its entries from the other', () => {
    const settings = { 'html/html-extensions': ['.page', 'tpl'], 'html/xml-extensions': ['.html'] };
    expect(isEmbeddedScriptFile({ filename: 'a.page', settings })).toBe(true);
    expect(isEmbeddedScriptFile({ filename: 'a.tpl', settings })).toBe(true);
    expect(isEmbeddedScriptFile({ filename: 'a.htm', settings })).toBe(false);
    expect(isEmbeddedScriptFile({ filename: 'a.html', settings })).toBe(true);
    expect(isEmbeddedScriptFile({ filename: 'a.xhtml', settings })).toBe(false);
    expect(isEmbeddedScriptFile({ filename: 'a.xhtml', settings: { 'html/html-extensions': ['.xhtml'] } })).toBe(true);
    expect(isEmbeddedScriptFile({ filename: 'a.xml', settings: { 'html/html-extensions': ['.xml'] } })).toBe(true);
    expect(isEmbeddedScriptFile({ filename: 'a.htm', settings: { 'html/xml-extensions': 'bad' } })).toBe(true);
  });

  it('looks at the physical file under a processor', () => {
    expect(isEmbeddedScriptFile({ filename: 'page.html/0_0.js', physicalFilename: 'page.html' })).toBe(true);
  });
});
