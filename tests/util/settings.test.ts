import { describe, expect, it } from 'vitest';

import { KNOWN_SETTINGS, readSettings } from '../../src/util/settings';

describe('readSettings', () => {
  it('returns the plugin settings, or none', () => {
    expect(readSettings(undefined)).toEqual({});
    expect(readSettings({ other: 1 })).toEqual({});
    const settings = { 'vonage-video': { detection: 'tracked', project: true } };
    expect(readSettings(settings)).toBe(settings['vonage-video']);
    // Checked once: the same object is returned again without a second check.
    expect(readSettings(settings)).toBe(settings['vonage-video']);
    const named = { 'vonage-video': { project: { tsconfig: 'tsconfig.app.json' } } };
    expect(readSettings(named)).toBe(named['vonage-video']);
    expect(readSettings({ 'vonage-video': { project: false } })).toEqual({ project: false });
  });

  it('names the setting and what it accepts', () => {
    expect(() => readSettings({ 'vonage-video': { detection: 'Tracked' } })).toThrow("settings['vonage-video'].detection accepts 'all' or 'tracked'; got 'Tracked'.");
    expect(() => readSettings({ 'vonage-video': { detection: 'x'.repeat(100) } })).toThrow(`got '${'x'.repeat(39)}…'.`);
    expect(() => readSettings({ 'vonage-video': { project: null } })).toThrow("settings['vonage-video'].project accepts true, false or { tsconfig: '<path>' }; got null.");
    expect(() => readSettings({ 'vonage-video': { detection: ['all'] } })).toThrow('got an array.');
    for (const project of [{ tsconfig: '' }, { tsconfig: 1 }, { tsconfig: 'tsconfig.json', extra: true }, {}, ['tsconfig.json'], 'true']) {
      expect(() => readSettings({ 'vonage-video': { project } })).toThrow("settings['vonage-video'].project accepts true, false or { tsconfig: '<path>' }; got ");
    }
    expect(() => readSettings({ 'vonage-video': { detection: { value: 'all' } } })).toThrow('got an object.');
    expect(() => readSettings({ 'vonage-video': { typo: 1 } })).toThrow("unknown setting settings['vonage-video'].typo. Known settings: detection ('all' or 'tracked'), project (true, false or { tsconfig: '<path>' }).");
    expect(() => readSettings({ 'vonage-video': null })).toThrow("settings['vonage-video'] must be an object");
    expect(() => readSettings({ 'vonage-video': [] })).toThrow('got an array.');
  });

  it('is a table that is easy to extend', () => {
    expect(Object.keys(KNOWN_SETTINGS)).toEqual(['detection', 'project']);
  });
});
