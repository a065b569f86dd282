/**
 * `settings['vonage-video']` is checked (ESLint has no schema for settings): through the real ESLint Node API, an
 * unknown key or value stops the run with an error naming the setting and what it accepts; valid settings lint.
 */
import type { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

import { ESLINT_PACKAGES, isInstalled, loadBuiltPlugin, loadESLint } from './helpers';

const CODE = `import OpenTok from 'opentok';\nconst ot = new OpenTok(process.env.K, process.env.S);\nexport const token = ot.generateToken(process.env.SESSION_ID);\n`;

describe.each(ESLINT_PACKAGES.filter(isInstalled))('settings through %s', name => {
  const { ESLint: ESLintClass } = loadESLint(name);
  const plugin = loadBuiltPlugin();

  async function lintWith(settings: unknown): Promise<ESLint.LintResult[]> {
    const eslint = new ESLintClass({
      overrideConfigFile: true,
      overrideConfig: [{ ...plugin.configs.recommended, settings: { 'vonage-video': settings } }] as never,
    });
    return eslint.lintText(CODE, { filePath: 'server.js' });
  }

  it.each([
    [{ detection: 'Tracked' }, "settings['vonage-video'].detection accepts 'all' or 'tracked'; got 'Tracked'."],
    [{ detection: 42 }, "settings['vonage-video'].detection accepts 'all' or 'tracked'; got 42."],
    [{ project: 'yes' }, "settings['vonage-video'].project accepts true, false or { tsconfig: '<path>' }; got 'yes'."],
    [{ project: { tsconfig: 42 } }, "settings['vonage-video'].project accepts true, false or { tsconfig: '<path>' }; got an object."],
    [{ detecton: 'tracked' }, "unknown setting settings['vonage-video'].detecton. Known settings: detection ('all' or 'tracked'), project (true, false or { tsconfig: '<path>' })."],
    ['tracked', "settings['vonage-video'] must be an object with these settings: detection ('all' or 'tracked'), project (true, false or { tsconfig: '<path>' }); got 'tracked'."],
  ])('%j stops the run with a clear error', async (settings, message) => {
    await expect(lintWith(settings)).rejects.toThrow(message);
  });

  it.each([{ detection: 'tracked' }, { detection: 'all', project: false }, { project: { tsconfig: 'tsconfig.json' } }, {}])('%j is accepted', async settings => {
    const [result] = await lintWith(settings);
    expect(result?.messages.filter(message => message.fatal)).toEqual([]);
  });
});
