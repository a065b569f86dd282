/**
 * eslint-plugin-vonage-video: the plugin object.
 *
 * ```js
 * // eslint.config.js
 * import vonageVideo from 'eslint-plugin-vonage-video';
 * export default [vonageVideo.configs.recommended];
 * ```
 */
import type { ESLint, Linter } from 'eslint';

import { NAMESPACE, buildConfigs } from './configs';
import type { ConfigName } from './configs';
import { rules } from './rules';
import { packageInfo as packageJson } from './util/package-info';

type Plugin = ESLint.Plugin & {
  meta: { name: string; version: string; namespace: string };
  configs: Record<ConfigName, Linter.Config>;
};

const plugin: Plugin = {
  meta: { name: packageJson.name, version: packageJson.version, namespace: NAMESPACE },
  // RuleCreator's rule type is not assignable to ESLint's own (typescript-eslint#11543): one cast, here at the boundary.
  rules: rules as unknown as NonNullable<ESLint.Plugin['rules']>,
  configs: {} as Record<ConfigName, Linter.Config>,
};
plugin.configs = buildConfigs(plugin, rules);

export = plugin;
