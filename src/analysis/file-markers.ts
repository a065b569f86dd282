/**
 * What a file's text can possibly hold, decided before any rule registers a listener (issue 17): Vonage usage, session
 * IDs and client tokens (`1_MX…`/`2_MX…`, `T1==…`, `eyJ…`), private keys (a PEM header, or base64 of one), calls of the
 * Video REST API. `rule-preconditions.ts` says which of these facts each rule needs to be able to report at all.
 *
 * A file with none of them (most files of most codebases) costs one regular-expression pass over its text, shared by
 * every rule. The pass is fast because every alternative starts at a rare character of its word and checks the rest
 * around it (`box(?<=tokbox)`, `V(?:onage)`), the member reads on `ot` at their `.` or `[`: V8 then tries the pattern
 * only where one of sixteen characters occurs, instead of trying some forty words at every position (measured on the
 * benchmark corpus, 3.5 MB: 11.8 ms for the plain word list, 3.1 ms anchored, 1.1 ms for the cheapest possible
 * character-class scan; the `ot` reads, once two `indexOf` loops of their own, add 0.7 ms inside it against 1.3 ms
 * apart). The facts are then computed together, and only in files where the pass found something. The words are SDK
 * facts (`src/sdk`); only their anchoring lives here.
 *
 * Every pattern is linear: a candidate is one character, its look-behind a fixed word or, for the `ist` claim and the
 * `ot` reads, a run of white space that belongs to that one candidate (a run holds no anchor). What the probes cannot
 * see is a marker written with escape sequences (`'\x31_MX…'`, `'op\u0065ntok'`); no matcher is meant for those either.
 */
import type { TSESLint } from '@typescript-eslint/utils';

import { OPERATIONS, PRIVATE_KEY_PREFIXES, PRODUCT_NAME_SPELLINGS, PROJECT_JWT_CLAIMS, REST_PROJECT_PREFIX, SESSION_CREDENTIAL_PREFIXES } from '../sdk';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The characters a match attempt may start at, in order of preference: rare in JavaScript and TypeScript source
 * (character counts of eslint/lib and rxjs/src: `J` 0.015 %, `K` 0.026 %, `V` 0.058 %, `_` 0.06 %, … `v` 0.57 %) and
 * few, so that words share them (`k` serves `opentok`, `tokbox` and `websocketConnect`). Few matters as much as rare:
 * V8 skips ahead to the next candidate only while the first character of every alternative is one of at most 16
 * (`BoyerMooreLookahead`, regexp-compiler.cc); with more, it tries every alternative at every position, four times
 * slower on the corpus. A test keeps the patterns under that limit.
 */
const ANCHOR_PREFERENCE = 'JKVjkv_1BMUPEO2Xx';

function anchorIndex(word: string): number {
  for (const char of ANCHOR_PREFERENCE) {
    const index = word.indexOf(char);
    if (index !== -1) return index;
  }
  return 0;
}

const escape = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** One alternative, already written to start at its anchor character: `[anchor, rest]`. */
type Anchored = readonly [string, string];

/**
 * The words as alternatives anchored on their rare character. Spellings that differ only in the case of some letters
 * and together are every combination of those cases (`opentok`, `Opentok`, `OpenTok`, `openTok`) become one
 * alternative with classes (`(?<=[oO]pen[tT]ok)`): one look-behind walked per candidate instead of four.
 */
function anchoredWords(words: readonly string[]): Anchored[] {
  const spellings = new Map<string, string[]>();
  for (const word of new Set(words)) {
    const anchor = anchorIndex(word);
    const key = `${anchor}:${word[anchor] as string}:${word.toLowerCase()}`;
    spellings.set(key, [...(spellings.get(key) ?? []), word]);
  }
  return [...spellings.values()].flatMap(group => {
    const classes = [...(group[0] as string)].map((_, index) => [...new Set(group.map(word => word[index] as string))]);
    const combinations = classes.reduce((count, chars) => count * chars.length, 1);
    return combinations === group.length ? [anchoredSpelling(classes)] : group.map(word => anchoredSpelling([...word].map(char => [char])));
  });
}

/** One word, each position a set of characters, anchored: `[anchor, rest]` with the look-behind after what follows. */
function anchoredSpelling(classes: readonly (readonly string[])[]): Anchored {
  const source = (chars: readonly string[]): string => (chars.length === 1 ? escape(chars[0] as string) : `[${chars.map(escape).join('')}]`);
  const word = classes.map(chars => chars[0]).join('');
  const anchor = anchorIndex(word);
  const after = classes.slice(anchor + 1).map(source).join('');
  return [word[anchor] as string, anchor === 0 ? after : `${after}(?<=${classes.map(source).join('')})`];
}

/**
 * A pattern that matches wherever one of `words` (or of the hand-anchored `shapes`) occurs, written so that each match
 * attempt starts at a rare character of the word and checks the characters after it first: `box(?<=tokbox)` on `k`,
 * `(?<=opentok)` on `k`. Alternatives anchored on the same character share one branch.
 */
export function anchoredAlternation(words: readonly string[], shapes: readonly Anchored[] = []): string {
  const branches = new Map<string, string[]>();
  for (const [char, rest] of anchoredWords(words).concat(shapes)) {
    const list = branches.get(char) ?? [];
    list.push(rest);
    branches.set(char, list);
  }
  // Alternatives that read on from the anchor come first: V8 rejects most candidates on them with one comparison of the
  // next characters, while a look-behind is walked character by character.
  const ordered = (rests: string[]): string[] => [...rests.filter(rest => !rest.startsWith('(?<=')), ...rests.filter(rest => rest.startsWith('(?<='))];
  return [...branches].map(([char, rests]) => `${escape(char)}${rests.length === 1 ? rests[0] : `(?:${ordered(rests).join('|')})`}`).join('|');
}

/** The characters the alternatives of `pattern` (from `anchoredAlternation`) start at (tests: at most 16). */
export function anchorCharacters(words: readonly string[], shapes: readonly Anchored[] = []): string[] {
  return [...new Set([...words.map(word => word[anchorIndex(word)] as string), ...shapes.map(([char]) => char)])];
}

/** Method names distinctive enough to be matched by name anywhere (`forceMuteStream`, `startExperienceComposerRender`). */
const DISTINCTIVE_METHODS = OPERATIONS.filter(operation => operation.distinctiveName).map(operation => operation.method);
/** The REST API's project path and the application JWT's claim (`/v2/project/{apiKey}/…`, `application_id`). */
const REST_AND_JWT_WORDS = [`${REST_PROJECT_PREFIX.join('/')}/`, PROJECT_JWT_CLAIMS.applicationId];

/** The project JWT's `ist: 'project'` claim, key and value in any quoting, anchored on the value's rare character. */
function projectClaimShape(): Anchored {
  const value = PROJECT_JWT_CLAIMS.issuerTypeValue;
  const anchor = anchorIndex(value);
  const before = `\\b${escape(PROJECT_JWT_CLAIMS.issuerType)}['"]?\\s*:\\s*['"]${escape(value.slice(0, anchor + 1))}`;
  return [value[anchor] as string, `(?<=${before})${escape(value.slice(anchor + 1))}`];
}

/**
 * A member read on the name `ot`, the SDK client under its short name (`ot.generateToken()`, `this.ot.createSession()`,
 * `ot?.dial()`, `ot!.x`, `ot\n  .signal()`, `ot['forceDisconnect']()`, `ot?.['x']`), which the by-name matcher
 * recognises as a receiver; not `root.x`, `snapshot.x` or `got.post()` (an identifier character before `ot`, as
 * JavaScript counts them: ASCII letters, digits, `_`, `$` and anything beyond ASCII). Anchored on the `.` or `[` of the
 * access and checked backwards: a two-letter word as common as `ot` costs far more to find directly. Names merely
 * built on it (`otClient`, `ot_secret`) are no receiver and matter to no rule.
 */
const OT_RECEIVER = '(?<![\\w$\\u0080-\\uffff])ot[?!]?\\s*';
const OT_MEMBER_SHAPES: readonly Anchored[] = [
  ['.', `(?<=${OT_RECEIVER}\\.)`],
  ['[', `(?<=${OT_RECEIVER}\\.?\\[)`],
];

/**
 * Vonage markers that are not plain words, anchored by hand: the browser globals `OT` and `TB` and the names built on
 * them (`OT_API_SECRET`, `OTSESSION`, `<OTSession>`, `X-TB-PARTNER-AUTH`, but not `OTHER` or `NOT`), and the project
 * JWT's `ist: 'project'` claim.
 */
const VONAGE_SHAPES: readonly Anchored[] = [
  ['O', '(?<=\\bO)T(?:\\b|_|[A-Z][a-z]|TOKEN|SESSION|VIDEO|API|SECRET|PRIVATE)'],
  ['O', 'T(?:Session|Publisher|Subscriber|Streams)'],
  ['B', '(?<=\\bTB)\\b'],
  projectClaimShape(),
  ...OT_MEMBER_SHAPES,
];
const VONAGE_WORDS = [...PRODUCT_NAME_SPELLINGS, ...DISTINCTIVE_METHODS, ...REST_AND_JWT_WORDS];

const VONAGE_MARKER = new RegExp(anchoredAlternation(VONAGE_WORDS, VONAGE_SHAPES));
const SESSION_CREDENTIAL_MARKER = new RegExp(anchoredAlternation(SESSION_CREDENTIAL_PREFIXES));
const PRIVATE_KEY_MARKER = new RegExp(anchoredAlternation(PRIVATE_KEY_PREFIXES));
/** Any of the above: the one pass every file pays. */
const ALL_WORDS = [...VONAGE_WORDS, ...SESSION_CREDENTIAL_PREFIXES, ...PRIVATE_KEY_PREFIXES];
const ANY_MARKER = new RegExp(anchoredAlternation(ALL_WORDS, VONAGE_SHAPES));
/** The characters the one pass starts its match attempts at (tests). */
export const MARKER_ANCHORS: readonly string[] = anchorCharacters(ALL_WORDS, VONAGE_SHAPES);

/**
 * What a call to the Video REST API needs in the file (`matchRestCall`): a REST host (`api.opentok.com`,
 * `video.api.vonage.com`), a `/v2/project/…` path (the `project` segment is always written out: an unknown host counts
 * only with it), or a Video-only auth header (`X-OPENTOK-AUTH`, `X-TB-PARTNER-AUTH`). Asked only in files that show
 * Vonage usage.
 */
const REST_MARKER = /project|opentok|vonage|tb-partner/i;

/** Whether a text (a linted file, or a module the project model reads) could show Vonage usage at all. */
export function textShowsVonage(text: string): boolean {
  return VONAGE_MARKER.test(text);
}

/** What the one pass tells of a file's text (`fileFacts`): bits, any of which a rule's precondition may ask for. */
export const FILE_FACT = {
  /** The text could show Vonage usage (`mayUseVonage`). */
  vonage: 1,
  /** The text may hold a session ID or client token (`mayHoldSessionCredential`). */
  sessionCredential: 2,
  /** The text may hold a private key (`mayHoldPrivateKey`). */
  privateKey: 4,
} as const;

const REST_CALL_KNOWN = 8;
const REST_CALL = 16;

/** The facts of a text, in one pass when it holds no marker at all (most files of most codebases). */
function factsOfText(text: string): number {
  if (!ANY_MARKER.test(text)) return 0;
  let facts = 0;
  if (VONAGE_MARKER.test(text)) facts |= FILE_FACT.vonage;
  if (SESSION_CREDENTIAL_MARKER.test(text)) facts |= FILE_FACT.sessionCredential;
  if (PRIVATE_KEY_MARKER.test(text)) facts |= FILE_FACT.privateKey;
  return facts;
}

/**
 * The file asked about and its facts (`FILE_FACT` bits, plus whether a REST call is possible once asked). One slot,
 * compared by identity: ESLint lints one file at a time, and every rule asks about it before the next file starts, so
 * a pointer comparison answers all but the first question per file. A file asked about again after another (the
 * project model reading a module mid-lint) is scanned again, with the same result.
 */
let lastSourceCode: SourceCode | undefined;
let lastFacts = 0;

/** The `FILE_FACT` bits of a file's text; computed once per file and shared by every rule. */
export function fileFacts(sourceCode: SourceCode): number {
  if (sourceCode !== lastSourceCode) {
    lastFacts = factsOfText(sourceCode.text);
    lastSourceCode = sourceCode;
  }
  return lastFacts;
}

/** Whether the file's text could show Vonage usage at all; rules that need SDK usage return early when it cannot. */
export function mayUseVonage(sourceCode: SourceCode): boolean {
  return (fileFacts(sourceCode) & FILE_FACT.vonage) !== 0;
}

/** Whether the text may hold a Vonage Video session ID or client token (a prefix `findSessionCredential` starts from). */
export function mayHoldSessionCredential(sourceCode: SourceCode): boolean {
  return (fileFacts(sourceCode) & FILE_FACT.sessionCredential) !== 0;
}

/** Whether the text may hold a private key (a prefix `findPrivateKey` starts from). */
export function mayHoldPrivateKey(sourceCode: SourceCode): boolean {
  return (fileFacts(sourceCode) & FILE_FACT.privateKey) !== 0;
}

/** Whether the text may hold a call to the Video REST API (a host, a `/v2/project/` path or a Video auth header). */
export function mayHoldRestCall(sourceCode: SourceCode): boolean {
  let facts = fileFacts(sourceCode);
  if ((facts & REST_CALL_KNOWN) === 0) {
    facts |= REST_CALL_KNOWN | (REST_MARKER.test(sourceCode.text) ? REST_CALL : 0);
    lastFacts = facts;
  }
  return (facts & REST_CALL) !== 0;
}
