/**
 * URLs in code: what a URL expression evaluates to as far as the source shows (literals, templates, concatenation,
 * constants, `new URL()`), and what its text means: scheme, host, whether the host is a loopback, private or
 * development name that never leaves the machine or network, whether it is an identifier URI (an XML namespace, a
 * JSON-schema ID) rather than an address, and the secure scheme it upgrades to.
 *
 * Every function reads at most `MAX_URL_LENGTH` characters of a string and uses no regular expression, so a megabyte
 * string literal costs no more than a short one.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, skipValueWrappers } from '../ast';
import { findProperty, resolveConstant, resolveObject } from './values';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;

/** The longest prefix of a string that is read. Longer text is treated as continuing with unknown content. */
export const MAX_URL_LENGTH = 4096;
const MAX_SCHEME_LENGTH = 32;
const MAX_DEPTH = 8;
const MAX_PIECES = 64;
const MAX_ALTERNATIVES = 8;

/** Insecure schemes and the encrypted scheme each one upgrades to. */
export const SECURE_SCHEME: Readonly<Record<string, string>> = { http: 'https', ws: 'wss', rtmp: 'rtmps' };

// --- parsing text --------------------------------------------------------------------------------------------------

export interface UrlHead {
  /** Lower-case scheme without the colon (`http`). */
  scheme: string;
  /** `//` follows the scheme. */
  hasAuthority: boolean;
  /** Lower-case host (IPv6 without brackets, no trailing dot), or `null` when unknown (cut by a dynamic part). */
  host: string | null;
  /** The port text written after the host (`''` when a dynamic part follows the colon), or `null` without one. */
  port: string | null;
  /** Where the path starts in the text (the text's length when the authority runs to the end). */
  pathStart: number;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAlphanumeric(code: number): boolean {
  return isLetter(code) || isDigit(code);
}

/** The scheme at the start of `text` (lower case, no colon), or `null`. */
export function parseScheme(text: string): string | null {
  if (text.length === 0 || !isLetter(text.charCodeAt(0))) return null;
  const limit = Math.min(text.length, MAX_SCHEME_LENGTH);
  for (let index = 1; index < limit; index++) {
    const code = text.charCodeAt(index);
    if (code === 58 /* : */) return text.slice(0, index).toLowerCase();
    if (!isAlphanumeric(code) && code !== 43 /* + */ && code !== 45 /* - */ && code !== 46 /* . */) return null;
  }
  return null;
}

/**
 * Parses the start of a URL. `complete` says whether `text` is the whole value. When it is not, the host is what is
 * written of it (`'http://localhost' + path` is `localhost`, `` `http://localhost:${port}` `` too), and unknown only
 * when nothing is (`` `http://${host}/token` ``).
 */
export function parseUrlHead(text: string, complete: boolean): UrlHead | null {
  const scheme = parseScheme(text);
  if (scheme === null) return null;
  const afterScheme = scheme.length + 1;
  if (!text.startsWith('//', afterScheme)) return { scheme, hasAuthority: false, host: null, port: null, pathStart: afterScheme };
  const start = afterScheme + 2;
  const limit = Math.min(text.length, MAX_URL_LENGTH);
  let end = start;
  while (end < limit) {
    const code = text.charCodeAt(end);
    if (code === 47 /* / */ || code === 63 /* ? */ || code === 35 /* # */ || code === 92 /* \ */) break;
    end++;
  }
  const terminated = end < text.length || complete;
  const authority = text.slice(start, end);
  const at = authority.lastIndexOf('@');
  const hostPort = at === -1 ? authority : authority.slice(at + 1);
  if (!terminated && hostPort.length === 0) return { scheme, hasAuthority: true, host: null, port: null, pathStart: end };
  let host: string;
  let port: string | null = null;
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    host = close === -1 ? hostPort.slice(1) : hostPort.slice(1, close);
    const rest = close === -1 ? '' : hostPort.slice(close + 1);
    if (rest.startsWith(':')) port = rest.slice(1);
  } else {
    const colon = hostPort.indexOf(':');
    host = colon === -1 ? hostPort : hostPort.slice(0, colon);
    if (colon !== -1) port = hostPort.slice(colon + 1);
  }
  let hostEnd = host.length;
  while (hostEnd > 0 && host.charCodeAt(hostEnd - 1) === 46 /* . */) hostEnd--;
  return { scheme, hasAuthority: true, host: host.slice(0, hostEnd).toLowerCase(), port, pathStart: end };
}

export type HostKind =
  /** `localhost`, `*.localhost`, 127.0.0.0/8, `0.0.0.0`, `::1`, `::`. */
  | 'loopback'
  /** RFC 1918, link-local, carrier-grade NAT, IPv6 unique-local and link-local addresses. */
  | 'private'
  /** Special-use names that do not resolve on the public internet: `.local` (mDNS), `.internal`, `.test`, `.onion`… */
  | 'reserved'
  /** A name without a dot: a docker-compose service, a Kubernetes service, a LAN machine. */
  | 'single-label'
  /** Not a valid public name (`10.0.0`, an empty label). */
  | 'invalid'
  | 'public';

/**
 * Top-level names that never resolve on the public internet: IANA special-use names (`local` for mDNS, `test`,
 * `example`, `invalid`, `onion`), ICANN's reserved `internal`, the never-delegated `corp` and `home`, and the common
 * LAN names `lan` and `intranet`.
 */
const RESERVED_TOP_LEVEL = new Set(['local', 'internal', 'test', 'example', 'invalid', 'onion', 'lan', 'intranet', 'corp', 'home']);

function parseIpv4(host: string): number[] | null {
  const parts = host.split('.');
  if (parts.length !== 4) return null;
  const octets: number[] = [];
  for (const part of parts) {
    if (part.length === 0 || part.length > 3) return null;
    for (let index = 0; index < part.length; index++) if (!isDigit(part.charCodeAt(index))) return null;
    const value = Number(part);
    if (value > 255) return null;
    octets.push(value);
  }
  return octets;
}

function classifyIpv4([a, b]: number[]): HostKind {
  if (a === 127 || a === 0) return 'loopback';
  if (a === 10 || (a === 172 && b! >= 16 && b! <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b! >= 64 && b! <= 127)) {
    return 'private';
  }
  return 'public';
}

function classifyIpv6(host: string): HostKind {
  if (host === '::1' || host === '::' || host === '0:0:0:0:0:0:0:1' || host === '0:0:0:0:0:0:0:0') return 'loopback';
  if (host.startsWith('::ffff:')) {
    const mapped = parseIpv4(host.slice(7));
    if (mapped) return classifyIpv4(mapped);
  }
  const first = host.slice(0, host.indexOf(':'));
  if (first.length === 4 && (first.startsWith('fc') || first.startsWith('fd'))) return 'private';
  if (first.length === 4 && first.startsWith('fe') && '89ab'.includes(first.charAt(2))) return 'private';
  return 'public';
}

/** What kind of host a (lower-case) host name or address is. */
export function classifyHost(host: string): HostKind {
  if (host.includes(':')) return classifyIpv6(host);
  const ipv4 = parseIpv4(host);
  if (ipv4) return classifyIpv4(ipv4);
  const lastDot = host.lastIndexOf('.');
  if (lastDot === -1) return host === 'localhost' ? 'loopback' : host.length === 0 ? 'invalid' : 'single-label';
  const topLevel = host.slice(lastDot + 1);
  if (topLevel === 'localhost') return 'loopback';
  if (RESERVED_TOP_LEVEL.has(topLevel) || host.endsWith('.home.arpa')) return 'reserved';
  if (topLevel.length === 0 || host.includes('..') || host.startsWith('.')) return 'invalid';
  for (let index = 0; index < topLevel.length; index++) if (isLetter(topLevel.charCodeAt(index))) return 'public';
  return 'invalid';
}

/**
 * Hosts whose `http:` URLs are identifiers, not addresses: XML, SVG, SOAP and Android namespaces, JSON-schema `$schema`
 * and `$id` values, JSON-LD contexts, RDF vocabularies. Never rewritten, never reported.
 */
export const IDENTIFIER_HOSTS: ReadonlySet<string> = new Set([
  'www.w3.org',
  'w3.org',
  'json-schema.org',
  'schema.org',
  'schemas.xmlsoap.org',
  'schemas.android.com',
  'schemas.microsoft.com',
  'schemas.openxmlformats.org',
  'purl.org',
  'xmlns.com',
  'ns.adobe.com',
  'www.sitemaps.org',
  'ogp.me',
  'maven.apache.org',
  'www.springframework.org',
  'docs.oasis-open.org',
  'www.opengis.net',
  'relaxng.org',
]);

// --- the allow list ----------------------------------------------------------------------------------------------

/** User-configured URLs and hosts that may stay unencrypted, on top of the built-in exemptions. */
export interface AllowList {
  /** `known` is the URL text as far as it is known; `complete` whether that is all of it. */
  allows(known: string, complete: boolean, host: string | null): boolean;
}

function isUrlPrefixEntry(entry: string): boolean {
  return entry.includes('://') || entry.startsWith('sip:') || entry.startsWith('sips:');
}

function isBoundary(code: number): boolean {
  return code === 47 /* / */ || code === 63 /* ? */ || code === 35 /* # */ || code === 58 /* : */ || code === 59 /* ; */;
}

/**
 * Compiles `allow` entries once. An entry with `://` (or a `sip:`/`sips:` entry) is a URL prefix: it allows every URL
 * that starts with it at a boundary (`http://api.corp` allows `http://api.corp/x` and `http://api.corp:8080`, not
 * `http://api.corporate.com`). Any other entry is a host name, matched exactly; `*.corp.example` matches its
 * subdomains. Matching ignores case.
 */
export function compileAllowList(entries: readonly string[]): AllowList {
  const prefixes: string[] = [];
  const hosts = new Set<string>();
  const suffixes: string[] = [];
  for (const raw of entries) {
    const entry = raw.trim().toLowerCase();
    if (entry.length === 0) continue;
    if (isUrlPrefixEntry(entry)) prefixes.push(entry);
    else if (entry.startsWith('*.')) suffixes.push(entry.slice(1));
    else hosts.add(entry.startsWith('[') && entry.endsWith(']') ? entry.slice(1, -1) : entry);
  }
  return {
    allows(known, complete, host) {
      if (host !== null && (hosts.has(host) || suffixes.some(suffix => host.endsWith(suffix)))) return true;
      if (prefixes.length === 0) return false;
      const text = known.slice(0, MAX_URL_LENGTH).toLowerCase();
      return prefixes.some(prefix => {
        if (!text.startsWith(prefix)) return false;
        if (!isAlphanumeric(prefix.charCodeAt(prefix.length - 1))) return true;
        if (text.length === prefix.length) return complete;
        return isBoundary(text.charCodeAt(prefix.length));
      });
    },
  };
}

// --- verdicts ----------------------------------------------------------------------------------------------------

export interface InsecureUrl {
  /** The insecure scheme (`http`). */
  scheme: string;
  /** The scheme to use instead (`https`). */
  secure: string;
  /** The host, or `null` when a dynamic part decides it. */
  host: string | null;
  /** The port written in the URL, if any. */
  port: string | null;
  /** Where the path starts in the known text. */
  pathStart: number;
}

/** The host is not a public internet name or address: loopback, private, reserved, single-label or invalid. */
export function isDevelopmentHost(host: string): boolean {
  return classifyHost(host) !== 'public';
}

/**
 * The insecure URL `known` starts with, or `null` when it is secure, not an absolute URL with an authority, to a
 * loopback/private/development host, an identifier URI, or allowed. A literal `http://` with a dynamic host is
 * insecure: the scheme is plain whatever the host.
 */
export function findInsecureUrl(known: string, complete: boolean, allow: AllowList): InsecureUrl | null {
  const head = parseUrlHead(known, complete);
  if (!head || !head.hasAuthority) return null;
  const secure = SECURE_SCHEME[head.scheme];
  if (secure === undefined) return null;
  if (head.host !== null) {
    if (isDevelopmentHost(head.host)) return null;
    if (head.scheme === 'http' && IDENTIFIER_HOSTS.has(head.host)) return null;
  }
  if (allow.allows(known, complete, head.host)) return null;
  return { scheme: head.scheme, secure, host: head.host, port: head.port, pathStart: head.pathStart };
}

export interface SipUri {
  /** `sips:` (TLS required end to end). */
  sips: boolean;
  /** Lower-case host, or `null` when a dynamic part decides it (then the parameters are unknown too). */
  host: string | null;
  /** The `transport` parameter (lower case), or `null` when absent or unknown. */
  transport: string | null;
}

/**
 * Reads a SIP URI (`sip:user@host:5060;transport=tls?X-Header=v`). `head` is the static text up to the first
 * dynamic part; `tail` the static text after the last one (`null` when the value is complete). With a dynamic part,
 * the host and parameters are known when the tail holds the `@` that starts them (`` `sip:${phone}@pbx.example.com` ``).
 */
export function parseSipUri(head: string, tail: string | null): SipUri | null {
  const scheme = parseScheme(head);
  if (scheme !== 'sip' && scheme !== 'sips') return null;
  const sips = scheme === 'sips';
  let hostAndParams: string;
  if (tail === null) {
    const rest = head.slice(scheme.length + 1, MAX_URL_LENGTH);
    const at = rest.indexOf('@');
    hostAndParams = at === -1 ? rest : rest.slice(at + 1);
  } else {
    const at = tail.indexOf('@');
    if (at === -1) return { sips, host: null, transport: null };
    hostAndParams = tail.slice(at + 1, at + 1 + MAX_URL_LENGTH);
  }
  const question = hostAndParams.indexOf('?');
  const [hostPort = '', ...params] = (question === -1 ? hostAndParams : hostAndParams.slice(0, question)).split(';');
  let host: string;
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    host = hostPort.slice(1, close === -1 ? undefined : close);
  } else {
    const colon = hostPort.indexOf(':');
    host = colon === -1 ? hostPort : hostPort.slice(0, colon);
  }
  let transport: string | null = null;
  for (const param of params) {
    if (param.toLowerCase().startsWith('transport=')) transport = param.slice('transport='.length).toLowerCase();
  }
  return { sips, host: host.length === 0 ? null : host.toLowerCase(), transport };
}

/** Lower-case words of a URL path or query (`/api/getToken?room=1` gives `api`, `get`, `token`, `room`, `1`). */
export function urlWords(text: string): string[] {
  const words: string[] = [];
  const limit = Math.min(text.length, MAX_URL_LENGTH);
  let start = -1;
  for (let index = 0; index <= limit; index++) {
    const code = index < limit ? text.charCodeAt(index) : 32;
    const upper = code >= 65 && code <= 90;
    const previous = index > 0 ? text.charCodeAt(index - 1) : 32;
    const camelBoundary = upper && previous >= 97 && previous <= 122;
    if (!isAlphanumeric(code) || camelBoundary) {
      if (start !== -1) words.push(text.slice(start, index).toLowerCase());
      start = isAlphanumeric(code) ? index : -1;
    } else if (start === -1) {
      start = index;
    }
  }
  return words;
}

// --- URL values in code ------------------------------------------------------------------------------------------

/** A literal whose text a URL starts with. */
export type UrlLiteral = TSESTree.StringLiteral | TSESTree.TemplateLiteral;

/** One value a URL expression can take, as far as the source shows. */
export interface UrlValue {
  /** The static text up to the first dynamic part (at most `MAX_URL_LENGTH` characters). */
  head: string;
  /** No dynamic part: `head` is the whole value. */
  complete: boolean;
  /** The static text after the last dynamic part, or `null` when the value is complete. */
  tail: string | null;
  /** All static text, joined (dynamic parts become a space). */
  staticText: string;
  /** The literal whose text the value starts with, when it starts with static text: where a scheme can be edited. */
  literal: UrlLiteral | null;
  /** The static text the value ends with and the literal whose text ends with it: where a suffix can be edited. */
  last: { literal: UrlLiteral; text: string } | null;
}

interface Collected {
  pieces: Array<string | null>;
  literal: UrlLiteral | null;
  last: { literal: UrlLiteral; text: string } | null;
}

function emptyCollected(): Collected {
  return { pieces: [], literal: null, last: null };
}

const URL_CONSTRUCTOR_OWNERS = new Set(['window', 'globalThis', 'self']);

function isUrlConstructor(node: TSESTree.NewExpression): boolean {
  const callee = node.callee;
  if (callee.type === 'Identifier') return callee.name === 'URL';
  return (
    callee.type === 'MemberExpression' &&
    callee.object.type === 'Identifier' &&
    URL_CONSTRUCTOR_OWNERS.has(callee.object.name) &&
    getPropertyName(callee) === 'URL'
  );
}

function pushDynamic(out: Collected): void {
  out.pieces.push(null);
  out.last = null;
}

/** Adds static text; `starts`/`ends` is the literal whose text it starts/ends, when it does. */
function pushText(out: Collected, text: string, starts: UrlLiteral | null, ends: UrlLiteral | null): void {
  if (text.length === 0) return;
  if (out.pieces.length === 0) out.literal = starts;
  if (text.length > MAX_URL_LENGTH) {
    out.pieces.push(text.slice(0, MAX_URL_LENGTH));
    pushDynamic(out);
  } else {
    out.pieces.push(text);
    out.last = ends ? { literal: ends, text } : null;
  }
}

/** `new URL(input, base)`: the base decides scheme and host when the input is relative. */
function collectUrlConstructor(node: TSESTree.NewExpression, scope: Scope, depth: number, out: Collected): void {
  const [input, base] = node.arguments;
  if (!input || input.type === 'SpreadElement') {
    pushDynamic(out);
    return;
  }
  const inputValue = emptyCollected();
  collect(input, scope, depth + 1, inputValue);
  const first = inputValue.pieces[0];
  if (base && base.type !== 'SpreadElement' && (typeof first !== 'string' || parseScheme(first) === null)) {
    collect(base, scope, depth + 1, out);
  }
  if (inputValue.pieces.length === 0) return;
  if (out.pieces.length === 0) out.literal = inputValue.literal;
  out.pieces.push(...inputValue.pieces);
  out.last = inputValue.last;
}

function collectMember(node: TSESTree.MemberExpression, scope: Scope, depth: number, out: Collected): void {
  const name = getPropertyName(node, scope);
  const object = skipValueWrappers(node.object);
  if (name === 'href' && object.type === 'NewExpression' && isUrlConstructor(object)) {
    collectUrlConstructor(object, scope, depth, out);
    return;
  }
  const holder = name === null ? null : resolveObject(object, scope);
  const property = holder && name !== null ? findProperty(holder, name, scope) : null;
  if (property) collect(property.value, scope, depth + 1, out);
  else pushDynamic(out);
}

function collect(node: Node, scope: Scope, depth: number, out: Collected): void {
  if (depth > MAX_DEPTH || out.pieces.length > MAX_PIECES) {
    pushDynamic(out);
    return;
  }
  const value = skipValueWrappers(node);
  switch (value.type) {
    case 'Literal':
      if (typeof value.value === 'string') pushText(out, value.value, value as TSESTree.StringLiteral, value as TSESTree.StringLiteral);
      else if (typeof value.value === 'number') pushText(out, String(value.value), null, null);
      else pushDynamic(out);
      return;
    case 'TemplateLiteral':
      value.quasis.forEach((quasi, index) => {
        // `cooked` is null only in a tagged template (an invalid escape anywhere else is a syntax error).
        pushText(out, quasi.value.cooked as string, index === 0 ? value : null, index === value.quasis.length - 1 ? value : null);
        const expression = value.expressions[index];
        if (expression) collect(expression, scope, depth + 1, out);
      });
      return;
    case 'BinaryExpression':
      if (value.operator === '+') {
        collect(value.left, scope, depth + 1, out);
        collect(value.right, scope, depth + 1, out);
      } else {
        pushDynamic(out);
      }
      return;
    case 'Identifier': {
      const init = resolveConstant(value, scope);
      if (init) collect(init, scope, depth + 1, out);
      else pushDynamic(out);
      return;
    }
    case 'MemberExpression':
      collectMember(value, scope, depth, out);
      return;
    case 'NewExpression':
      if (isUrlConstructor(value)) collectUrlConstructor(value, scope, depth, out);
      else pushDynamic(out);
      return;
    case 'CallExpression': {
      // `new URL(…).toString()`
      const callee = skipValueWrappers(value.callee);
      if (callee.type === 'MemberExpression' && getPropertyName(callee) === 'toString' && value.arguments.length === 0) {
        const object = skipValueWrappers(callee.object);
        if (object.type === 'NewExpression' && isUrlConstructor(object)) {
          collectUrlConstructor(object, scope, depth, out);
          return;
        }
      }
      pushDynamic(out);
      return;
    }
    default:
      pushDynamic(out);
  }
}

/** The expressions a value may come from: both branches of `a ? b : c`, both sides of `a || b`, through constants. */
function alternatives(node: Node, scope: Scope, depth: number, out: Node[]): void {
  if (out.length >= MAX_ALTERNATIVES) return;
  const value = skipValueWrappers(node);
  if (depth <= MAX_DEPTH) {
    if (value.type === 'ConditionalExpression') {
      alternatives(value.consequent, scope, depth + 1, out);
      alternatives(value.alternate, scope, depth + 1, out);
      return;
    }
    if (value.type === 'LogicalExpression') {
      alternatives(value.left, scope, depth + 1, out);
      alternatives(value.right, scope, depth + 1, out);
      return;
    }
    if (value.type === 'Identifier') {
      const init = resolveConstant(value, scope);
      const inner = init ? skipValueWrappers(init) : null;
      if (inner && (inner.type === 'ConditionalExpression' || inner.type === 'LogicalExpression')) {
        alternatives(inner, scope, depth + 1, out);
        return;
      }
    }
  }
  out.push(value);
}

function join(pieces: ReadonlyArray<string | null>): string {
  let text = '';
  for (const piece of pieces) {
    text += piece ?? ' ';
    if (text.length >= MAX_URL_LENGTH) return text.slice(0, MAX_URL_LENGTH);
  }
  return text;
}

/**
 * The values a URL expression can take: string and template literals, `+` concatenation, constants and constant
 * object properties, `new URL(input, base)` (and its `.href`/`.toString()`), with `a ? b : c` and `a || b` giving
 * one value per branch. Anything else (a parameter, `process.env`, a call) is a dynamic part.
 */
export function resolveUrlValues(node: Node, scope: Scope): UrlValue[] {
  const nodes: Node[] = [];
  alternatives(node, scope, 0, nodes);
  return nodes.map(alternative => {
    const out = emptyCollected();
    collect(alternative, scope, 0, out);
    const firstDynamic = out.pieces.indexOf(null);
    const complete = firstDynamic === -1;
    const lastDynamic = out.pieces.lastIndexOf(null);
    return {
      head: join(complete ? out.pieces : out.pieces.slice(0, firstDynamic)),
      complete,
      tail: complete ? null : join(out.pieces.slice(lastDynamic + 1)),
      staticText: join(out.pieces),
      literal: out.literal,
      last: out.last,
    };
  });
}
