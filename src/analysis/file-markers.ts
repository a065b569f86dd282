/**
 * What a file's text can possibly hold, decided before any rule registers a listener (issue 17): Vonage usage, session
 * IDs and client tokens (`1_MX…`/`2_MX…`, `T1==…`, `eyJ…`), private keys (a PEM header, or base64 of one), calls of the
 * Video REST API. `rule-preconditions.ts` says which of these facts each rule needs to be able to report at all.
 *
 * A file with none of them (most files of most codebases) costs one regular-expression pass over its text, shared by
 * every rule, plus `indexOf` passes over `.` and `[` for the receiver name `ot`. The pass is fast because every
 * alternative starts at a rare character of its word and checks the rest around it (`k(?<=opentok)`, `V(?:onage)`):
 * V8 then tries the pattern only where one of a dozen rare characters occurs, instead of trying some forty words at
 * every position (measured on the benchmark corpus, 3.5 MB: 11.8 ms for the plain word list, 3.5 ms anchored, 1.1 ms
 * for the cheapest possible character-class scan). Each fact is then computed on first use, and only in files where
 * the pass found something. The words are SDK facts (`src/sdk`); only their anchoring lives here.
 *
 * Every pattern is linear: a candidate is one character, its look-behind a fixed word (or, for the `ist` claim,
 * whitespace runs that belong to that candidate alone). What the probes cannot see is a marker written with escape
 * sequences (`'\x31_MX…'`, `'op\u0065ntok'`); no matcher is meant for those either.
 */
import type { TSESLint } from '@typescript-eslint/utils';

import { OPERATIONS, PRIVATE_KEY_PREFIXES, PRODUCT_NAME_SPELLINGS, PROJECT_JWT_CLAIMS, REST_PROJECT_PREFIX, SESSION_CREDENTIAL_PREFIXES } from '../sdk';
import { isIdentifierCode, isSpaceCode } from '../util/characters';

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

function anchoredWord(word: string): Anchored {
  const anchor = anchorIndex(word);
  const after = escape(word.slice(anchor + 1));
  return [word[anchor] as string, anchor === 0 ? after : `(?<=${escape(word.slice(0, anchor + 1))})${after}`];
}

/**
 * A pattern that matches wherever one of `words` (or of the hand-anchored `shapes`) occurs, written so that each match
 * attempt starts at a rare character of the word: `k(?<=opentok)` rather than `opentok`. Alternatives anchored on the
 * same character share one branch.
 */
export function anchoredAlternation(words: readonly string[], shapes: readonly Anchored[] = []): string {
  const branches = new Map<string, string[]>();
  for (const [char, rest] of [...new Set(words)].map(anchoredWord).concat(shapes)) {
    const list = branches.get(char) ?? [];
    list.push(rest);
    branches.set(char, list);
  }
  return [...branches].map(([char, rests]) => `${escape(char)}${rests.length === 1 ? rests[0] : `(?:${rests.join('|')})`}`).join('|');
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
 * Vonage markers that are not plain words, anchored by hand: the browser globals `OT` and `TB` and the names built on
 * them (`OT_API_SECRET`, `OTSESSION`, `<OTSession>`, `X-TB-PARTNER-AUTH`, but not `OTHER` or `NOT`), and the project
 * JWT's `ist: 'project'` claim.
 */
const VONAGE_SHAPES: readonly Anchored[] = [
  ['O', '(?<=\\bO)T(?:\\b|_|[A-Z][a-z]|TOKEN|SESSION|VIDEO|API|SECRET|PRIVATE)'],
  ['O', 'T(?:Session|Publisher|Subscriber|Streams)'],
  ['B', '(?<=\\bTB)\\b'],
  projectClaimShape(),
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

/** Whether a member access (`.`, `?.`, `!.`, `[`, `?.[`) starting at `index` is made on the name `ot`. */
function accessesOt(text: string, index: number): boolean {
  let at = index - 1;
  if (text.charCodeAt(index) === 91 && text.charCodeAt(at) === 46) at--; // `?.[`
  while (at >= 0 && isSpaceCode(text.charCodeAt(at))) at--;
  const code = text.charCodeAt(at);
  if (code === 63 || code === 33) at--; // `ot?.x`, `ot!.x`
  return text.charCodeAt(at) === 116 && text.charCodeAt(at - 1) === 111 && (at < 2 || !isIdentifierCode(text.charCodeAt(at - 2)));
}

/**
 * Whether the text reads a member of something named `ot`, the SDK client under its short name (`ot.generateToken()`,
 * `this.ot.createSession()`, `ot?.dial()`, `ot\n  .signal()`, `ot['forceDisconnect']()`), which the by-name matcher
 * recognises as a receiver; not `root.x`, `snapshot.x` or `got.post()`. Two `indexOf` loops, over `.` and `[`: a
 * two-letter word as common as `ot` costs more to find directly than the member accesses do (0.9 ms against 1.4 ms on
 * the corpus). Names merely built on it (`otClient`, `ot_secret`) are no receiver and matter to no rule.
 */
export function readsOtMember(text: string): boolean {
  for (let index = text.indexOf('.'); index !== -1; index = text.indexOf('.', index + 1)) if (accessesOt(text, index)) return true;
  for (let index = text.indexOf('['); index !== -1; index = text.indexOf('[', index + 1)) if (accessesOt(text, index)) return true;
  return false;
}

/** Whether a text (a linted file, or a module the project model reads) could show Vonage usage at all. */
export function textShowsVonage(text: string): boolean {
  return VONAGE_MARKER.test(text) || readsOtMember(text);
}

const enum Fact {
  Scanned = 1,
  AnyMarker = 2,
  Vonage = 4,
  SessionCredential = 8,
  PrivateKey = 16,
  RestCall = 32,
}

/**
 * The file asked about, and the facts computed so far (bit set) with their values (bit set). One slot, compared by
 * identity: ESLint lints one file at a time, and every rule asks about it before the next file starts, so a pointer
 * comparison answers all but the first question per file. A file asked about again after another (the project model
 * reading a module mid-lint) is scanned again, with the same result.
 */
let lastSourceCode: SourceCode | undefined;
let lastEntry = { known: 0, value: 0 };

function entryOf(sourceCode: SourceCode): { known: number; value: number } {
  if (sourceCode !== lastSourceCode) {
    const anyMarker = ANY_MARKER.test(sourceCode.text);
    lastSourceCode = sourceCode;
    lastEntry = { known: Fact.Scanned | Fact.AnyMarker, value: anyMarker ? Fact.AnyMarker : 0 };
  }
  return lastEntry;
}

function fact(sourceCode: SourceCode, which: Fact, test: (text: string, anyMarker: boolean) => boolean): boolean {
  const entry = entryOf(sourceCode);
  if ((entry.known & which) === 0) {
    entry.known |= which;
    if (test(sourceCode.text, (entry.value & Fact.AnyMarker) !== 0)) entry.value |= which;
  }
  return (entry.value & which) !== 0;
}

/** Whether the file's text could show Vonage usage at all; rules that need SDK usage return early when it cannot. */
export function mayUseVonage(sourceCode: SourceCode): boolean {
  return fact(sourceCode, Fact.Vonage, (text, anyMarker) => (anyMarker && VONAGE_MARKER.test(text)) || readsOtMember(text));
}

/** Whether the text may hold a Vonage Video session ID or client token (a prefix `findSessionCredential` starts from). */
export function mayHoldSessionCredential(sourceCode: SourceCode): boolean {
  return fact(sourceCode, Fact.SessionCredential, (text, anyMarker) => anyMarker && SESSION_CREDENTIAL_MARKER.test(text));
}

/** Whether the text may hold a private key (a prefix `findPrivateKey` starts from). */
export function mayHoldPrivateKey(sourceCode: SourceCode): boolean {
  return fact(sourceCode, Fact.PrivateKey, (text, anyMarker) => anyMarker && PRIVATE_KEY_MARKER.test(text));
}

/** Whether the text may hold a call to the Video REST API (a host, a `/v2/project/` path or a Video auth header). */
export function mayHoldRestCall(sourceCode: SourceCode): boolean {
  return fact(sourceCode, Fact.RestCall, text => REST_MARKER.test(text));
}
