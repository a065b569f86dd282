/**
 * What a file's text can possibly hold, decided once per file before any rule registers a listener (issue 17): Vonage
 * usage (the SDK marker scan of `sdk-calls.ts`), session IDs and client tokens (`1_MX…`/`2_MX…`, `T1==…`, `eyJ…`), and
 * private keys (a PEM header, or base64 of one). Each fact is computed on first use and kept per `SourceCode`, so a
 * file pays for each scan at most once whatever the number of rules asking.
 *
 * `RULE_PRECONDITIONS` says, per rule, which facts it needs to be able to report at all; `createRule` reads it and a
 * rule whose precondition fails returns no listeners, before its options, settings-dependent helpers or per-file state
 * are set up. Every precondition is a superset of what the rule body checks itself, so nothing it reported is lost:
 * the text probes look for the same fixed prefixes the matchers of `src/sdk/formats.ts` start from (`indexOf`, linear,
 * no allocation). What they cannot see is a prefix written with escape sequences (`'\x31_MX…'`); no matcher is meant
 * for those either.
 */
import type { TSESLint } from '@typescript-eslint/utils';

import { mayReachVonage, mayUseVonage } from './sdk-calls';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** The prefixes `findSessionCredential` starts from: a session ID (`_MX` after its version digit), a T1 token, a JWT. */
const SESSION_CREDENTIAL_PREFIXES = ['_MX', 'T1==', 'eyJ'] as const;
/** The prefixes `findPrivateKey` starts from: a PEM header, and the base64 of `-----BEGIN`. */
const PRIVATE_KEY_PREFIXES = ['-----BEGIN ', 'LS0tLS1CRUdJTi'] as const;

const enum Fact {
  SessionCredential = 1,
  PrivateKey = 2,
}

/** Per file: the facts computed so far (bit set) and their values (bit set). */
const facts = new WeakMap<object, { known: number; value: number }>();

function containsAny(text: string, prefixes: readonly string[]): boolean {
  for (const prefix of prefixes) if (text.includes(prefix)) return true;
  return false;
}

function fact(sourceCode: SourceCode, which: Fact, prefixes: readonly string[]): boolean {
  let entry = facts.get(sourceCode);
  if (!entry) {
    entry = { known: 0, value: 0 };
    facts.set(sourceCode, entry);
  }
  if ((entry.known & which) === 0) {
    entry.known |= which;
    if (containsAny(sourceCode.text, prefixes)) entry.value |= which;
  }
  return (entry.value & which) !== 0;
}

/** Whether the text may hold a Vonage Video session ID or client token (a prefix `findSessionCredential` starts from). */
export function mayHoldSessionCredential(sourceCode: SourceCode): boolean {
  return fact(sourceCode, Fact.SessionCredential, SESSION_CREDENTIAL_PREFIXES);
}

/** Whether the text may hold a private key (a prefix `findPrivateKey` starts from). */
export function mayHoldPrivateKey(sourceCode: SourceCode): boolean {
  return fact(sourceCode, Fact.PrivateKey, PRIVATE_KEY_PREFIXES);
}

export type RulePrecondition = (context: Context) => boolean;

const usesVonage: RulePrecondition = context => mayUseVonage(context.sourceCode);

/**
 * What each rule needs in a file to be able to report anything there. A rule missing from the table always runs.
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
