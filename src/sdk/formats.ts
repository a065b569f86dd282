/**
 * String formats of Vonage Video credentials (shared/sdk-reference.md section 5), and the names under which code keeps
 * them. Every matcher here is linear in the input: a cheap `indexOf` pre-check, then anchored, bounded patterns, so a
 * megabyte-long string literal costs one scan.
 */

/** What every session ID (after its version digit), T1 token and client JWT holds at its start: where scans begin. */
export const SESSION_ID_MARKER = '_MX';
export const T1_TOKEN_PREFIX = 'T1==';
export const JWT_PREFIX = 'eyJ';
/** Text a file must contain to hold a session ID or client token (`findSessionCredential` starts from these). */
export const SESSION_CREDENTIAL_PREFIXES = [SESSION_ID_MARKER, T1_TOKEN_PREFIX, JWT_PREFIX] as const;
/** A PEM header, and the base64 of `-----BEGIN` that every base64-encoded PEM key starts with. */
export const PEM_HEADER_PREFIX = '-----BEGIN ';
export const BASE64_PEM_HEADER_PREFIX = 'LS0tLS1CRUdJTi';
/** Text a file must contain to hold a private key (`findPrivateKey` starts from these). */
export const PRIVATE_KEY_PREFIXES = [PEM_HEADER_PREFIX, BASE64_PEM_HEADER_PREFIX] as const;

export type CredentialFormat = 'session-id' | 't1-token' | 'jwt-token';

export interface FoundCredential {
  format: CredentialFormat;
  /** Offset of the match in the searched string. */
  index: number;
  length: number;
}

/** A credential starts at a word boundary (`\b` in the documented regexes): `room-1_MX4…` and `?t=eyJ…` count, `x1_MX4…` does not. */
const WORD_CHAR = /\w/;
const SESSION_ID_BODY = /^[0-9A-Za-z_-]{30,250}/;
const T1_TOKEN = /^T1==cGFydG5lcl9pZD[0-9A-Za-z+/]{40,}={0,2}/;
const JWT = /^eyJ[0-9A-Za-z_-]{10,}\.(eyJ[0-9A-Za-z_-]{10,})\.[0-9A-Za-z_-]{20,}/;

/** Decodes base64 or base64url text; returns '' for input that is not base64. */
export function decodeBase64(text: string): string {
  const normalised = text.replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[0-9A-Za-z+/]*={0,2}$/.test(normalised)) return '';
  return Buffer.from(normalised, 'base64').toString('latin1');
}

/**
 * A Vonage Video session ID: `1_` or `2_` followed by base64url of `1~<apiKey or app id>~<location>~<date>~…`.
 * Checking the decoded structure (not only the `MX4` prefix) keeps look-alikes out.
 */
export function isSessionIdAt(text: string, start: number): number {
  const version = text.charCodeAt(start);
  if ((version !== 0x31 && version !== 0x32) || text[start + 1] !== '_' || text[start + 2] !== 'M' || text[start + 3] !== 'X') {
    return 0;
  }
  if (start > 0 && WORD_CHAR.test(text[start - 1] ?? '')) return 0;
  const body = SESSION_ID_BODY.exec(text.slice(start + 2, start + 2 + 251));
  if (!body) return 0;
  const decoded = decodeBase64(body[0].slice(0, body[0].length - (body[0].length % 4)));
  // `1~<key>~<location>~<creation date>~…`: the key is digits or an application UUID.
  if (!/^1~(?:\d{6,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})~[^~]*~[^~]+~/i.test(decoded)) return 0;
  return 2 + body[0].length;
}

function isT1TokenAt(text: string, start: number): number {
  const match = T1_TOKEN.exec(text.slice(start, start + 2048));
  if (!match) return 0;
  const body = match[0].slice(4, 4 + 400).replace(/=+$/, '');
  const decoded = decodeBase64(body.slice(0, body.length - (body.length % 4)));
  return decoded.startsWith('partner_id=') && decoded.includes('sig=') ? match[0].length : 0;
}

function isVideoJwtAt(text: string, start: number): number {
  const match = JWT.exec(text.slice(start, start + 8192));
  if (!match?.[1]) return 0;
  const payload = decodeBase64(match[1]);
  // Most JWT-shaped text is some other JWT: skip the (throwing, slow) JSON.parse unless the scope value is there.
  if (!payload.includes('session.connect')) return 0;
  let claims: unknown;
  try {
    claims = JSON.parse(payload);
  } catch {
    return 0;
  }
  return typeof claims === 'object' && claims !== null && (claims as { scope?: unknown }).scope === 'session.connect' ? match[0].length : 0;
}

/**
 * Finds the first session ID or client token in `text`. Other JWTs, git SHAs and base64 blobs do not match.
 */
export function findSessionCredential(text: string): FoundCredential | null {
  for (let index = text.indexOf(SESSION_ID_MARKER); index !== -1; index = text.indexOf(SESSION_ID_MARKER, index + 1)) {
    const length = isSessionIdAt(text, index - 1);
    if (length > 0) return { format: 'session-id', index: index - 1, length };
  }
  for (let index = text.indexOf(T1_TOKEN_PREFIX); index !== -1; index = text.indexOf(T1_TOKEN_PREFIX, index + 1)) {
    const length = isT1TokenAt(text, index);
    if (length > 0) return { format: 't1-token', index, length };
  }
  for (let index = text.indexOf(JWT_PREFIX); index !== -1; index = text.indexOf(JWT_PREFIX, index + 1)) {
    if (index > 0 && WORD_CHAR.test(text[index - 1] ?? '')) continue;
    const length = isVideoJwtAt(text, index);
    if (length > 0) return { format: 'jwt-token', index, length };
    // Skip past this JWT-like run so a long base64 blob is scanned once, not once per `eyJ` inside it.
    const run = /^[0-9A-Za-z_.-]*/.exec(text.slice(index, index + 8192));
    index += Math.max(0, (run?.[0].length ?? 1) - 1);
  }
  return null;
}

/** What a fake credential says about itself once decoded: `fake`, `test`, `mock`, `dummy`, `example`, `sample`. */
const FAKE_MARKER = /fake|test|mock|dummy|example|sample|placeholder/i;
/** A trivial API key / partner ID: one digit repeated, or the start of `123456789`. */
const TRIVIAL_NUMBER = /^(?:(\d)\1{5,}|1234567\d*)$/;

/**
 * A session ID or client token that is a well-known fake: its decoded text says so (`fake`, `test`, `mock`…), or it
 * belongs to a trivial API key (`12345678`, `00000000`). Real credentials decode to a real key and random parts.
 */
export function isWellKnownFakeCredential(text: string, found: FoundCredential): boolean {
  const credential = text.slice(found.index, found.index + found.length);
  let decoded: string;
  if (found.format === 'session-id') decoded = decodeBase64(credential.slice(2, 2 + (found.length - 2) - ((found.length - 2) % 4)));
  else if (found.format === 't1-token') decoded = decodeBase64(credential.slice(4));
  else decoded = credential.split('.').slice(1).map(part => decodeBase64(part.slice(0, part.length - (part.length % 4)))).join('\n');
  if (FAKE_MARKER.test(decoded)) return true;
  const key = /^1~(\d+)~/.exec(decoded)?.[1] ?? /partner_id=(\d+)/.exec(decoded)?.[1] ?? /"iss":"(\d+)"/.exec(decoded)?.[1];
  return key !== undefined && TRIVIAL_NUMBER.test(key);
}

/**
 * A secret that is a well-known fake in a test: a placeholder, or a trivial pattern (one character repeated,
 * `0123456789abcdef…`, `abcdef…`). A random-looking secret or a PEM key is never one.
 */
export function isWellKnownFakeSecret(text: string): boolean {
  if (isPlaceholderSecret(text)) return true;
  if (text.length > 200) return false;
  if (/^(.)\1+$/.test(text)) return true;
  const sequence = '0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz';
  const lower = text.toLowerCase();
  return lower.length >= 8 && (sequence.includes(lower) || /^(?:0123456789abcdef|abcdef0123456789)+$/.test(lower));
}

const PEM_HEADER = /^-----BEGIN ((?:RSA |EC |DSA |ENCRYPTED |OPENSSH )?PRIVATE KEY)-----/;
/** base64 of `-----BEGIN PRIVATE KEY-----` (PKCS#8), `… RSA …`, `… EC …` and `… ENCRYPTED …` (alignment fixed by the prefix). */
const BASE64_PEM_PREFIXES = ['LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t', 'LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tL', 'LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0t', 'LS0tLS1CRUdJTiBFTkNSWVBURUQgUFJJVkFURSBLRVktLS0tL'];
const KEY_BODY_MIN_CHARS = 64;
const KEY_BODY_SCAN_LIMIT = 512;

export type PrivateKeyFormat = 'pem' | 'base64-pem';

/**
 * A private key in PEM form (real newlines or escaped `\n`) or base64-encoded PEM. A header with no key material after
 * it (`startsWith('-----BEGIN PRIVATE KEY')` checks, docs) is not a key.
 */
export function findPrivateKey(text: string): PrivateKeyFormat | null {
  for (let index = text.indexOf(PEM_HEADER_PREFIX); index !== -1; index = text.indexOf(PEM_HEADER_PREFIX, index + 1)) {
    const header = PEM_HEADER.exec(text.slice(index, index + 64));
    if (!header) continue;
    let bodyChars = 0;
    const end = Math.min(text.length, index + header[0].length + KEY_BODY_SCAN_LIMIT);
    for (let cursor = index + header[0].length; cursor < end && bodyChars < KEY_BODY_MIN_CHARS; cursor++) {
      const char = text[cursor] ?? '';
      if (/[0-9A-Za-z+/=]/.test(char)) bodyChars++;
      else if (char === '-') break;
    }
    if (bodyChars >= KEY_BODY_MIN_CHARS) return 'pem';
  }
  for (let index = text.indexOf(BASE64_PEM_HEADER_PREFIX); index !== -1; index = text.indexOf(BASE64_PEM_HEADER_PREFIX, index + 1)) {
    if (BASE64_PEM_PREFIXES.some(prefix => text.startsWith(prefix, index)) && /^[0-9A-Za-z+/=]{120}/.test(text.slice(index, index + 120))) {
      return 'base64-pem';
    }
  }
  return null;
}

/** Words that, as a whole word of the value (`fake_private_key`, `exampleSecret`, `my-test-secret`), mark a stand-in. */
const PLACEHOLDER_WORDS = new Set([
  'dummy', 'fake', 'mock', 'mocked', 'example', 'sample', 'test', 'testing', 'placeholder', 'changeme', 'todo', 'fixme', 'tbd',
  'redacted', 'replaceme', 'foobar', 'lorem', 'ipsum', 'notasecret', 'none', 'null', 'undefined',
]);
/** A credential-like noun: a string that is only an identifier naming one (`'vonagePrivateKey'`, `'API_SECRET'`) is its name. */
const CREDENTIAL_NOUN = /secret|private[\s_.-]?key|api[\s_.-]?key|password|passwd|token|credential/i;
const MAX_PLACEHOLDER_LENGTH = 200;

/** The words of an identifier-like text: `vonagePrivateKey` → vonage, private, key; `YOUR_API_SECRET` → your, api, secret. */
function wordsOf(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(word => word.length > 0);
}

/**
 * Text that stands in for a secret in docs, templates, tests and examples rather than being one: empty, `<your secret>`,
 * `{{API_SECRET}}`, `${SECRET}`, `YOUR_API_SECRET`, `your_api_secret_here`, `xxxx`, `changeme`, `TODO`, `dummy`,
 * `fake_private_key`, `test-secret`, `example-secret`, and a string that is only the identifier-like name of a
 * credential (`'vonagePrivateKey'`, `'API_SECRET'`, `'opentok.apiSecret'`). Used by every secret and credential check.
 */
export function isPlaceholderSecret(value: string): boolean {
  const text = value.trim();
  if (text.length === 0) return true;
  if (text.length > MAX_PLACEHOLDER_LENGTH) return false;
  if (/^(?:<[^>]*>|\{\{[^}]*\}\}|\$\{[^}]*\}|\$[A-Z_][A-Z0-9_]*|%[^%]*%|\[[^\]]*\])$/.test(text)) return true;
  if (/^(?:x+|\*+|\.+|0+|-+|_+|#+|•+)$/i.test(text)) return true;
  if (/\byour[\s_-]|^your[A-Z_]|\b(?:changeme|change[\s_-]me|placeholder|replace[\s_-]?me|redacted|insert[\s_-]|fill[\s_-]?in|todo)\b/i.test(text)) return true;
  const words = wordsOf(text);
  if (words.some(word => PLACEHOLDER_WORDS.has(word) || /^x{3,}$/.test(word))) return true;
  // Only an identifier naming the credential: letters, `_` and `.`, with a credential noun.
  return /^[A-Za-z][A-Za-z_.]*$/.test(text) && CREDENTIAL_NOUN.test(text) && !/[A-Za-z]{25,}/.test(text);
}

/**
 * A name that says it holds where a key is, not the key (`VONAGE_PRIVATE_KEY_PATH`, `PRIVATE_KEY_FILE`, `keyPath`,
 * `privateKeyFilename`, `KEY_LOCATION`): for logging purposes such a value is not a secret.
 */
export const KEY_PATH_NAME = /(?:path|file|filename|file_?name|location|dir|directory|url|uri)$/i;

/** A string that is a file path, not key material: `privateKey: './private.key'` is how Vonage's docs do it. */
export function looksLikeFilePath(value: string): boolean {
  if (value.length > 1024 || /[\r\n]/.test(value) || value.includes('-----')) return false;
  return /^(?:\.{1,2}[/\\]|[/\\~]|[A-Za-z]:[/\\])/.test(value) || /\.(?:key|pem|p8|der)$/i.test(value) || /[/\\]/.test(value);
}

/**
 * Variable or property names that hold the Vonage Video API secret or the application private key. `OT`/`ot` counts only
 * as a whole prefix (`OT_API_SECRET`, `otSecret`), not inside `otpSecret` or `otherSecret`.
 */
export const VONAGE_SECRET_NAME =
  /(?:opentok|tokbox|vonage|video).*(?:secret|private_?key)|^ot_?(?:api_?)?(?:secret|private_?key)|(?:secret|private_?key).*(?:opentok|tokbox|vonage|video)/i;
/**
 * Generic secret names (`apiSecret`, `API_SECRET`, `privateKey`): they count in files that show Vonage usage. A bare
 * `secret` does not: in a Vonage app it is as likely the session cookie's or a JWT signing key.
 */
export const GENERIC_SECRET_NAME = /^(?:api_?secret|(?:app|application)?_?private_?key|private_?key_?(?:contents|content|pem|text|string)?|encryption_?secret|e2ee_?secret)$/i;
