import { ESLintUtils } from '@typescript-eslint/utils';
import type { TSESLint } from '@typescript-eslint/utils';

export const REPOSITORY_URL = 'https://github.com/vonage-community/eslint-plugin-vonage-video';

/** Where each rule's documentation lives; `meta.docs.url` is built from it so it can never be wrong. */
export function ruleDocsUrl(name: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`;
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
