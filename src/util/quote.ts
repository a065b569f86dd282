/**
 * The one way source text enters a message, a suggestion description or report `data`.
 *
 * Reports end up in CI logs, SARIF files and editor hovers, so text quoted from the code is made safe first:
 * 1. whitespace runs become one space (a message is one line);
 * 2. anything credential-shaped is replaced by a marker naming what it was: private keys (PEM, from the header to the
 *    footer or the end), session IDs (`1_MX…`/`2_MX…`), `T1==` tokens, JWTs, 32+ hexadecimal digits (the OpenTok API
 *    secret is 40) and other high-entropy strings (a Vonage API secret is 16 random letters and digits);
 * 3. control characters (C0, C1), bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), direction
 *    marks (U+200E, U+200F, U+061C) and invisible characters (U+200B–U+200D, U+FEFF) are written as `\uXXXX`;
 * 4. the result is cut to `QUOTE_MAX_LENGTH` characters, ending in `…` when cut.
 *
 * Every step is one linear scan, so a megabyte of source text costs milliseconds. Quoting is idempotent: quoting a
 * quoted text returns it unchanged, so a value may pass through more than once (a rule quotes it, and `createRule`
 * quotes every `data` value again on its way out).
 */

import { BASE64_PEM_HEADER_PREFIX, JWT_PREFIX, PEM_HEADER_PREFIX, SESSION_ID_MARKER, T1_TOKEN_PREFIX } from '../sdk/formats';

/** The longest quoted text, ellipsis included. */
export const QUOTE_MAX_LENGTH = 80;

export const REDACTED = {
  privateKey: '‹private key›',
  sessionId: '‹session ID›',
  token: '‹token›',
  jwt: '‹JWT›',
  secret: '‹secret›',
} as const;

/** Characters of base64, base64url, hex and dotted JWTs: the alphabet every credential format here is written in. */
const CREDENTIAL_RUN = /[A-Za-z0-9_\-+/=.~]{16,}/g;
const UNSAFE_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Run past this many characters, and stop looking: the message shows `QUOTE_MAX_LENGTH` of them at most. */
const SCAN_LIMIT = 4096;
/** How much of one run of credential-alphabet characters is looked at: far more than a message shows. */
const MAX_RUN = 2048;
const RUN_CONTINUES = /[A-Za-z0-9_\-+/=.~]*/y;
const MIN_HEX_SECRET = 32;
const MIN_ENTROPY_SECRET = 16;

function isWordCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}
function isHexCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}
/** 0 other (not counted: `_` and `-` separate words), 1 digit, 2 upper, 3 lower. */
function classOf(code: number): number {
  if (code >= 0x30 && code <= 0x39) return 1;
  if (code >= 0x41 && code <= 0x5a) return 2;
  if (code >= 0x61 && code <= 0x7a) return 3;
  return 0;
}

/** The end of the longest stretch from `start` whose characters pass `accept`. */
function extent(text: string, start: number, accept: (code: number) => boolean): number {
  let end = start;
  while (end < text.length && accept(text.charCodeAt(end))) end++;
  return end;
}

const isSessionIdCode = (code: number): boolean => isWordCode(code) || code === 0x2d;
const isBase64Code = (code: number): boolean => isWordCode(code) || code === 0x2b || code === 0x2f || code === 0x3d;
const isJwtCode = (code: number): boolean => isWordCode(code) || code === 0x2d || code === 0x2e;
const isSegmentCode = (code: number): boolean => isWordCode(code) || code === 0x2d || code === 0x2b || code === 0x3d;

/**
 * A random-looking string: letters and digits that switch between lower case, upper case and digits at least every
 * fourth character, not counting the start of a camel-case hump (`Ab`). Identifiers (`getSessionTokenForUser123`,
 * `OPENTOK_API_SECRET`) switch every fifth character or less; random letters and digits, nearly every other one.
 */
function looksRandom(text: string, start: number, end: number): boolean {
  if (end - start < MIN_ENTROPY_SECRET) return false;
  let switches = 0;
  let digits = 0;
  let letters = 0;
  let previous = -1;
  for (let index = start; index < end; index++) {
    const kind = classOf(text.charCodeAt(index));
    if (kind === 0) continue;
    if (kind === 1) digits++;
    else letters++;
    if (previous !== -1 && kind !== previous && !(previous === 2 && kind === 3)) switches++;
    previous = kind;
  }
  return digits > 0 && letters > 0 && switches * 4 >= end - start;
}

interface Span {
  start: number;
  end: number;
  marker: string;
}

/**
 * The credential starting at `index` of a run, if any (the run is `text.slice(runStart, runEnd)`). `scanned` keeps
 * where the last JWT-like stretch without a dot ended: every `eyJ` inside it fails the same way, so it is skipped.
 */
function credentialAt(text: string, index: number, runStart: number, runEnd: number, scanned: { jwt: number }): Span | null {
  const code = text.charCodeAt(index);
  const before = index > runStart ? text.charCodeAt(index - 1) : -1;
  if ((code === 0x31 || code === 0x32) && text.startsWith(SESSION_ID_MARKER, index + 1) && !isWordCode(before)) {
    const end = Math.min(runEnd, extent(text, index, isSessionIdCode));
    if (end - index >= 20) return { start: index, end, marker: REDACTED.sessionId };
  }
  if (code === 0x54 && text.startsWith(T1_TOKEN_PREFIX, index) && !isWordCode(before)) {
    const end = Math.min(runEnd, extent(text, index + 4, isBase64Code));
    if (end - index >= 24) return { start: index, end, marker: REDACTED.token };
  }
  if (code === 0x65 && index >= scanned.jwt && text.startsWith(JWT_PREFIX, index) && !isWordCode(before) && before !== 0x2d) {
    const end = Math.min(runEnd, extent(text, index, isJwtCode));
    if (end - index >= 24 && extent(text, index, isSessionIdCode) < end) return { start: index, end, marker: REDACTED.jwt };
    scanned.jwt = end;
  }
  return null;
}

/** Credentials in one run of credential-alphabet characters, left to right, not overlapping. */
function spansInRun(text: string, runStart: number, runEnd: number, spans: Span[]): void {
  let index = runStart;
  let hexStart = -1;
  /** Digits and letters in the current hex stretch: a secret has both (`aaaa…` or `2024…` is not one). */
  let hexDigits = 0;
  let hexLetters = 0;
  let segmentStart = runStart;
  const scanned = { jwt: runStart };
  const closeHex = (at: number): void => {
    if (hexStart !== -1 && at - hexStart >= MIN_HEX_SECRET && hexDigits > 0 && hexLetters > 0) spans.push({ start: hexStart, end: at, marker: REDACTED.secret });
    hexStart = -1;
    hexDigits = 0;
    hexLetters = 0;
  };
  const closeSegment = (at: number): void => {
    const last = spans[spans.length - 1];
    const from = last && last.end > segmentStart ? last.end : segmentStart;
    if (looksRandom(text, from, at)) spans.push({ start: from, end: at, marker: REDACTED.secret });
  };
  while (index < runEnd) {
    const found = credentialAt(text, index, runStart, runEnd, scanned);
    if (found) {
      closeHex(index);
      closeSegment(index);
      spans.push(found);
      index = found.end;
      segmentStart = index;
      continue;
    }
    const code = text.charCodeAt(index);
    if (isHexCode(code)) {
      if (hexStart === -1) hexStart = index;
      if (code <= 0x39) hexDigits++;
      else hexLetters++;
    } else {
      closeHex(index);
    }
    if (!isSegmentCode(code)) {
      closeSegment(index);
      segmentStart = index + 1;
    }
    index++;
  }
  closeHex(runEnd);
  closeSegment(runEnd);
}

/** Replaces private keys: from a `-----BEGIN … PRIVATE KEY-----` header (or its base64) to the footer, else to the end. */
function redactPrivateKeys(text: string): string {
  let result = '';
  let from = 0;
  for (;;) {
    const pem = text.indexOf(PEM_HEADER_PREFIX.trimEnd(), from);
    const base64 = text.indexOf(BASE64_PEM_HEADER_PREFIX, from);
    const start = pem === -1 ? base64 : base64 === -1 ? pem : Math.min(pem, base64);
    if (start === -1) return from === 0 ? text : result + text.slice(from);
    let end: number;
    if (start === pem) {
      const footer = text.indexOf('-----END', start);
      const close = footer === -1 ? -1 : text.indexOf('-----', footer + 8);
      end = close === -1 ? text.length : close + 5;
    } else {
      end = extent(text, start, isBase64Code);
    }
    result += text.slice(from, start) + REDACTED.privateKey;
    from = end;
  }
}

/** Replaces every credential-shaped string in `text` by a marker. */
export function redactCredentials(text: string): string {
  const withoutKeys = redactPrivateKeys(text);
  const spans: Span[] = [];
  CREDENTIAL_RUN.lastIndex = 0;
  for (let run = CREDENTIAL_RUN.exec(withoutKeys); run; run = CREDENTIAL_RUN.exec(withoutKeys)) {
    const end = run.index + run[0].length;
    // A run too long to show is looked at up to `MAX_RUN` (format checks recognise a credential by its start, so one
    // cut there is still caught) and the rest left out.
    const cut = Math.min(end, run.index + MAX_RUN);
    spansInRun(withoutKeys, run.index, cut, spans);
    if (cut < end) spans.push({ start: cut, end, marker: '…' });
  }
  if (spans.length === 0) return withoutKeys;
  let result = '';
  let from = 0;
  for (const span of spans) {
    if (span.start < from) continue;
    result += withoutKeys.slice(from, span.start) + span.marker;
    from = span.end;
  }
  return result + withoutKeys.slice(from);
}

/** Writes control, bidirectional and invisible characters as `\uXXXX`, so they cannot reorder or hide log text. */
export function escapeUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE_CHARACTER, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Cuts `text` to `max` characters with a final `…`, never inside an escape sequence or a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const escape = text.lastIndexOf('\\u', end);
  if (escape !== -1 && escape + 6 > end) end = escape;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

export interface QuoteOptions {
  /** The longest result (default `QUOTE_MAX_LENGTH`). */
  maxLength?: number;
}

/**
 * Source text made safe to print in a message: on one line, credentials replaced by a marker (`‹session ID›`),
 * control and bidirectional characters escaped, at most `QUOTE_MAX_LENGTH` characters.
 */
export function quote(text: string, options: QuoteOptions = {}): string {
  const max = options.maxLength ?? QUOTE_MAX_LENGTH;
  // Only the start can be shown: look at the first `SCAN_LIMIT` characters, and to the end of a run they cut through
  // (a credential is recognised whole, never as the piece before a cut).
  let head = text;
  if (text.length > SCAN_LIMIT) {
    RUN_CONTINUES.lastIndex = SCAN_LIMIT;
    RUN_CONTINUES.exec(text);
    head = text.slice(0, Math.min(RUN_CONTINUES.lastIndex, SCAN_LIMIT + MAX_RUN));
  }
  const safe = escapeUnsafeCharacters(redactCredentials(head.replace(/\s+/g, ' ')));
  return truncate(head.length === text.length || safe.endsWith('…') ? safe : `${safe}…`, max);
}
