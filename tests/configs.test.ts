import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../src/index';
import { rules } from '../src/rules';

const packageJson = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { name: string; version: string };
const SESSION_ID = '1_MX40NjAwMDAwMH5-VHVlIE5vdiAyNCAxMDowMDowMCBQU1QgMjAyNn5kZW1vRGVtb0RlbW9EZW1vRGVtb35NWDR-';

describe('plugin object', () => {
  it('has meta read from package.json and the vonage-video namespace', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version, namespace: 'vonage-video' });
  });

  it('exposes every rule of the registry', () => {
    expect(Object.keys(plugin.rules ?? {}).sort()).toEqual(Object.keys(rules).sort());
  });
});

describe('configs', () => {
  const configNames = ['recommended', 'strict', 'all'] as const;

  it.each(configNames)('%s is a named flat config that references the plugin itself', name => {
    const config = plugin.configs[name];
    expect(config.name).toBe(`vonage-video/${name}`);
    expect(config.plugins?.['vonage-video']).toBe(plugin);
    expect(JSON.parse(JSON.stringify(config.rules))).toEqual(config.rules);
  });

  it('derives each config from rule metadata', () => {
    const expected = (levels: Array<string | undefined>) =>
      Object.entries(rules)
        .filter(([, rule]) => levels.includes(rule.meta.docs?.recommended))
        .map(([name]) => `vonage-video/${name}`)
        .sort();
    expect(Object.keys(plugin.configs.recommended.rules ?? {}).sort()).toEqual(expected(['recommended']));
    expect(Object.keys(plugin.configs.strict.rules ?? {}).sort()).toEqual(expected(['recommended', 'strict']));
    expect(Object.keys(plugin.configs.all.rules ?? {}).sort()).toEqual(Object.keys(rules).map(name => `vonage-video/${name}`).sort());
    expect(Object.values(plugin.configs.all.rules ?? {}).every(severity => severity === 'error')).toBe(true);
  });

  it.each(configNames)('%s loads in a real ESLint instance and reports on a vulnerable file', async name => {
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [plugin.configs[name]] });
    const [result] = await eslint.lintText(`const OT = require('@opentok/client');\nexport const sessionId = '${SESSION_ID}';\n`, { filePath: 'app.js' });
    expect(result?.messages.map(message => message.ruleId)).toContain('vonage-video/no-hardcoded-session-credentials');
    expect(result?.messages.every(message => !message.fatal)).toBe(true);
  });
});
