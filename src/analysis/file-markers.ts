/**
 * What a file's text can possibly hold, decided once per file before any rule registers a listener (issue 17): Vonage
 * usage (the SDK marker scan of `sdk-calls.ts`), session IDs and client tokens (`1_MX…`/`2_MX…`, `T1==…`, `eyJ…`), and
 * private keys (a PEM header, or base64 of one). Each fact is computed on first use and kept per `SourceCode`, so a
 * file pays for each scan at most once whatever the number of rules asking.
 *
 * `rule-preconditions.ts` says, per rule, which facts it needs to be able to report at all. The text probes look for
 * the same fixed prefixes the matchers of `src/sdk/formats.ts` and `http-calls.ts` start from (`indexOf` or one short
 * regex, linear, no allocation). What they cannot see is a prefix written with escape sequences (`'\x31_MX…'`); no
 * matcher is meant for those either.
 */
import type { TSESLint } from '@typescript-eslint/utils';

import { PRIVATE_KEY_PREFIXES, SESSION_CREDENTIAL_PREFIXES } from '../sdk';

type SourceCode = Readonly<TSESLint.SourceCode>;


/**
 * What a call to the Video REST API needs in the file (`matchRestCall`): a REST host (`api.opentok.com`,
 * `video.api.vonage.com`), a `/v2/project/…` path (the `project` segment is always written out: an unknown host counts
 * only with it), or a Video-only auth header (`X-OPENTOK-AUTH`, `X-TB-PARTNER-AUTH`).
 */
const REST_MARKER = /project|opentok|vonage|tb-partner/i;

const enum Fact {
  SessionCredential = 1,
  PrivateKey = 2,
  RestCall = 4,
}

/** Per file: the facts computed so far (bit set) and their values (bit set). */
const facts = new WeakMap<object, { known: number; value: number }>();

function containsAny(text: string, prefixes: readonly string[]): boolean {
  for (const prefix of prefixes) if (text.includes(prefix)) return true;
  return false;
}

function fact(sourceCode: SourceCode, which: Fact, test: (text: string) => boolean): boolean {
  let entry = facts.get(sourceCode);
  if (!entry) {
    entry = { known: 0, value: 0 };
    facts.set(sourceCode, entry);
  }
  if ((entry.known & which) === 0) {
    entry.known |= which;
    if (test(sourceCode.text)) entry.value |= which;
  }
  return (entry.value & which) !== 0;
}

/** Whether the text may hold a Vonage Video session ID or client token (a prefix `findSessionCredential` starts from). */
export function mayHoldSessionCredential(sourceCode: SourceCode): boolean {
  return fact(sourceCode, Fact.SessionCredential, text => containsAny(text, SESSION_CREDENTIAL_PREFIXES));
}

/** Whether the text may hold a private key (a prefix `findPrivateKey` starts from). */
export function mayHoldPrivateKey(sourceCode: SourceCode): boolean {
  return fact(sourceCode, Fact.PrivateKey, text => containsAny(text, PRIVATE_KEY_PREFIXES));
}

/** Whether the text may hold a call to the Video REST API (a host, a `/v2/project/` path or a Video auth header). */
export function mayHoldRestCall(sourceCode: SourceCode): boolean {
  return fact(sourceCode, Fact.RestCall, text => REST_MARKER.test(text));
}

