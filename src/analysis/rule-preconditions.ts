/**
 * What each rule needs in a file to be able to report anything there (issue 17). `createRule` reads this table: a rule
 * whose precondition fails returns no listeners, before its options, settings-dependent helpers or per-file state are
 * set up, so a file with nothing to find costs a rule one cached lookup. Every precondition is implied by what the rule
 * body itself checks first (its own `mayUseVonage`/`mayReachVonage` gate, or the matchers its "anywhere" checks run on
 * every literal), so nothing the rule reported is lost.
 */
import type { TSESLint } from '@typescript-eslint/utils';

import { mayHoldPrivateKey, mayHoldSessionCredential, mayUseVonage } from './file-markers';
import { mayReachVonage } from './sdk-calls';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export type RulePrecondition = (context: Context) => boolean;

const usesVonage: RulePrecondition = context => mayUseVonage(context.sourceCode);

/**
 * Per rule, what it needs in a file. A rule missing from the table always runs.
 * Rules that follow the app's own wrappers (the project model) need `mayReachVonage`; the "anywhere" checks (private
 * keys, session IDs and tokens in any file) need their text; everything else needs Vonage usage in the file itself.
 */
export const RULE_PRECONDITIONS: Readonly<Record<string, RulePrecondition>> = {
  'no-client-controlled-role': mayReachVonage,
  'no-hardcoded-credentials': context => mayUseVonage(context.sourceCode) || mayHoldPrivateKey(context.sourceCode),
  'no-hardcoded-session-credentials': context => mayUseVonage(context.sourceCode) || mayHoldSessionCredential(context.sourceCode),
  'no-insecure-url': usesVonage,
  'no-pii-in-token-data': mayReachVonage,
  'no-secret-exposure': usesVonage,
  'no-shared-session': mayReachVonage,
  'no-verbose-client-logging': usesVonage,
  'require-authenticated-endpoint': mayReachVonage,
  'require-capability-check': usesVonage,
  'require-media-mode': usesVonage,
  'require-token-expiry': usesVonage,
  'require-token-role': usesVonage,
  'valid-session-options': usesVonage,
};
