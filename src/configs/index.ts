/**
 * Flat configs, derived from rule metadata (`meta.docs.recommended`), never hand-listed:
 * - `recommended`: the high-precision rules every Vonage Video app should pass;
 * - `strict`: `recommended` plus the rules that ask for explicit, policy-level choices;
 * - `all`: every rule.
 */
import type { ESLint, Linter } from 'eslint';

import type { VonageRuleDocs } from '../util/create-rule';

export const NAMESPACE = 'vonage-video';
export const CONFIG_NAMES = ['recommended', 'strict', 'all'] as const;
export type ConfigName = (typeof CONFIG_NAMES)[number];

interface RuleWithDocs {
  meta: { docs?: Partial<VonageRuleDocs>; deprecated?: unknown };
}

const LEVELS: Record<ConfigName, ReadonlyArray<VonageRuleDocs['recommended'] | undefined>> = {
  recommended: ['recommended'],
  strict: ['recommended', 'strict'],
  all: ['recommended', 'strict', undefined],
};

export function rulesOfConfig(rules: Readonly<Record<string, RuleWithDocs>>, config: ConfigName): Linter.RulesRecord {
  const record: Linter.RulesRecord = {};
  for (const [name, rule] of Object.entries(rules)) {
    if (rule.meta.deprecated) continue;
    if (LEVELS[config].includes(rule.meta.docs?.recommended)) record[`${NAMESPACE}/${name}`] = 'error';
  }
  return record;
}

export function buildConfigs(plugin: ESLint.Plugin, rules: Readonly<Record<string, RuleWithDocs>>): Record<ConfigName, Linter.Config> {
  const configs = {} as Record<ConfigName, Linter.Config>;
  for (const config of CONFIG_NAMES) {
    configs[config] = {
      name: `${NAMESPACE}/${config}`,
      plugins: { [NAMESPACE]: plugin },
      rules: rulesOfConfig(rules, config),
    };
  }
  return configs;
}
