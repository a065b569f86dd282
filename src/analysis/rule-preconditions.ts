/**
 * What each rule needs in a file to be able to report anything there (issue 17). `createRule` reads this table: a rule
 * whose precondition fails returns no listeners, before its options, settings-dependent helpers or per-file state are
 * set up, so a file with nothing to find costs a rule one cached lookup. Every precondition is implied by what the rule
 * body itself checks first (its own `mayUseVonage`/`mayReachVonage` gate, or the matchers its "anywhere" checks run on
 * every literal), so nothing the rule reported is lost.
 */
import type { TSESLint } from '@typescript-eslint/utils';

import { FILE_FACT } from './file-markers';

/** What the preconditions read of the file being linted: the rule context's file-level properties. */
export type LintedFile = Readonly<Pick<TSESLint.RuleContext<string, readonly unknown[]>, 'sourceCode' | 'settings' | 'cwd' | 'filename'>>;

export interface RulePrecondition {
  /** Facts of the file's text (`FILE_FACT` bits), any one of which lets the rule report. */
  readonly textFacts: number;
  /** Whether the rule also follows the app's own wrappers: a file importing one (`mayReachVonage`) lets it report too. */
  readonly throughImports: boolean;
}

const USES_VONAGE: RulePrecondition = { textFacts: FILE_FACT.vonage, throughImports: false };
const REACHES_VONAGE: RulePrecondition = { textFacts: FILE_FACT.vonage, throughImports: true };

/**
 * Per rule, what it needs in a file. A rule missing from the table always runs.
 * Rules that follow the app's own wrappers (the project model) need `mayReachVonage`; the "anywhere" checks (private
 * keys, session IDs and tokens in any file) need their text; everything else needs Vonage usage in the file itself.
 */
export const RULE_PRECONDITIONS: Readonly<Record<string, RulePrecondition>> = {
  'no-client-controlled-role': REACHES_VONAGE,
  'no-hardcoded-credentials': { textFacts: FILE_FACT.vonage | FILE_FACT.privateKey, throughImports: false },
  'no-hardcoded-session-credentials': { textFacts: FILE_FACT.vonage | FILE_FACT.sessionCredential, throughImports: false },
  'no-insecure-url': USES_VONAGE,
  'no-pii-in-token-data': REACHES_VONAGE,
  'no-secret-exposure': USES_VONAGE,
  'no-shared-session': REACHES_VONAGE,
  'no-verbose-client-logging': USES_VONAGE,
  'require-authenticated-endpoint': REACHES_VONAGE,
  'require-capability-check': USES_VONAGE,
  'require-media-mode': USES_VONAGE,
  'require-token-expiry': USES_VONAGE,
  'require-token-role': USES_VONAGE,
  'valid-session-options': USES_VONAGE,
};
