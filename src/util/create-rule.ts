import { ESLintUtils } from '@typescript-eslint/utils';

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

export const createRule = ESLintUtils.RuleCreator<VonageRuleDocs>(ruleDocsUrl);
