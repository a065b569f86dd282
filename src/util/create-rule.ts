import { ESLintUtils } from '@typescript-eslint/utils';
import type { TSESLint } from '@typescript-eslint/utils';

import { packageInfo, repositoryWebUrl, versionedTreeUrl } from './package-info';

/** The project's home, from package.json's `repository` (the one place a publisher sets it). */
export const REPOSITORY_URL = repositoryWebUrl(packageInfo.repository);

const DOCS_BASE_URL = versionedTreeUrl(packageInfo);

/**
 * Where each rule's documentation lives, for the installed version (`…/blob/v<version>/docs/rules/<rule>.md`, as
 * unicorn does); `meta.docs.url`, the editor's docs link and SARIF's `helpUri` are built from it.
 */
export function ruleDocsUrl(name: string): string {
  return `${DOCS_BASE_URL}/docs/rules/${name}.md`;
}

export interface VonageRuleDocs {
  /** The config that first enables the rule: `recommended` rules are also in `strict` and `all`. */
  recommended?: 'recommended' | 'strict';
  /** The section of Vonage's security guide that the rule enforces. */
  guideSection: string;
}

const createNamedRule = ESLintUtils.RuleCreator<VonageRuleDocs>(ruleDocsUrl);

/**
 * `RuleCreator` (docs URL from the name, typed options and messages), with the defaulted options computed once per
 * configured options rather than once per file: RuleCreator deep-clones `meta.defaultOptions` in every `create`,
 * which costs more than most of our rules spend on a file that does not use Vonage. The options are read-only.
 */
export const createRule: typeof createNamedRule = rule => {
  const created = createNamedRule(rule);
  const defaults: readonly unknown[] = rule.meta.defaultOptions ?? [];
  // ESLint hands each file a fresh copy of the configured options, so they are keyed by their JSON text (options are
  // plain JSON by schema); an empty configuration, the common case, skips even that.
  const resolved = new Map<string, readonly unknown[]>();
  return {
    ...created,
    create(context: Parameters<typeof created.create>[0]): TSESLint.RuleListener {
      const key = context.options.length === 0 ? '' : JSON.stringify(context.options);
      let options = resolved.get(key);
      if (!options) {
        options = ESLintUtils.applyDefault(defaults as unknown[], context.options as never) as readonly unknown[];
        resolved.set(key, options);
      }
      return rule.create(context, options as never);
    },
  };
};
