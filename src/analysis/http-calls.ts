/**
 * The Video REST API reached through any HTTP client: `fetch` (and `node-fetch`, `cross-fetch`, `undici`), `axios`
 * (also `axios({ url, method })` and instances from `axios.create({ baseURL })`), `got`, `ky`, `request`, `superagent`
 * and Node's `https.request`/`http.request`. The URL may be a literal, a template literal, a concatenation, a constant
 * or a base URL kept elsewhere (`baseURL`, `prefixUrl`, `baseUrl`, `new URL(path, base)`).
 *
 * A call counts when its URL goes to a Video REST host (*tracked*), or when the host is not known statically but the
 * path is a `/v2/project/<key>/…` operation or the request carries a Video-only auth header (*by name*). The result
 * has the shape of an SDK operation call (`src/analysis/sdk-calls.ts` hands it out through `matchCall`), so rules see
 * REST calls with no special case. A call to any other host is never one.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { REST_OPERATIONS, REST_PROJECT_PREFIX, UNKNOWN_PART, VIDEO_ONLY_AUTH_HEADERS, restHostOf } from '../sdk/rest';
import type { HttpMethod, RestOperationSpec } from '../sdk/rest';
import type { OperationSpec, SdkName } from '../sdk';
import { getPropertyName, skipValueWrappers } from '../ast';
import { resolveVariable } from './scope';
import { findProperty, resolveConstant, resolveObject } from './values';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;

const MAX_DEPTH = 8;
/** Longest URL text built from the source: longer ones are not API URLs. */
const MAX_URL_LENGTH = 2048;

/** A header a request sends, by lower-case name. */
export interface RequestHeader {
  name: string;
  value: Node;
}

/** What a REST call is, beyond the operation it performs. */
export interface RestCall {
  spec: RestOperationSpec;
  /** The host when known statically (`api.opentok.com`), else `null`. */
  host: string | null;
  /** `http:` or `https:` when known. */
  scheme: string | null;
  headers: readonly RequestHeader[];
  /** The expression the URL is written in (the argument or the `url` option), when there is one. */
  url: Node | null;
}

export interface MatchedRestCall {
  operation: OperationSpec;
  sdk: Extract<SdkName, 'opentok' | '@vonage/video'>;
  confidence: 'tracked' | 'by-name';
  rest: RestCall;
}

// --- clients --------------------------------------------------------------------------------------------------------

type ClientFamily = 'fetch' | 'axios' | 'got' | 'request' | 'superagent' | 'http';

const CLIENT_MODULES: Readonly<Record<string, ClientFamily>> = {
  'node-fetch': 'fetch',
  'cross-fetch': 'fetch',
  'isomorphic-fetch': 'fetch',
  undici: 'fetch',
  axios: 'axios',
  got: 'got',
  ky: 'got',
  'ky-universal': 'got',
  request: 'request',
  'request-promise': 'request',
  'request-promise-native': 'request',
  superagent: 'superagent',
  https: 'http',
  http: 'http',
  'node:https': 'http',
  'node:http': 'http',
};
/** Clients reached with no import (a global, or a file linted with no module information). */
const GLOBAL_CLIENTS: Readonly<Record<string, ClientFamily>> = { fetch: 'fetch', axios: 'axios', got: 'got', ky: 'got', superagent: 'superagent' };
/** Methods that make an instance with defaults, and the option naming its base URL. */
const INSTANCE_FACTORIES = new Set(['create', 'extend', 'defaults']);
const BASE_URL_OPTIONS = ['baseURL', 'prefixUrl', 'baseUrl'];
const VERBS: Readonly<Record<string, HttpMethod>> = { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', del: 'DELETE' };

interface Client {
  family: ClientFamily;
  /** The module, for `http`/`https` (its default scheme). */
  module: string;
  base: string | null;
  headers: TSESTree.ObjectExpression | null;
}

/** The HTTP client `node` (a callee's root) stands for, following imports, `require` and instance factories. */
function clientOf(node: Node, scope: Scope, depth = 0): Client | null {
  if (depth > MAX_DEPTH) return null;
  const value = skipValueWrappers(node);
  if (value.type === 'CallExpression') {
    const module = requiredModule(value);
    if (module !== null) return clientOfModule(module);
    // `axios.create({ baseURL })`, `got.extend({ prefixUrl })`, `request.defaults({ baseUrl })`.
    const callee = skipValueWrappers(value.callee);
    if (callee.type !== 'MemberExpression') return null;
    const factory = getPropertyName(callee);
    if (factory === null || !INSTANCE_FACTORIES.has(factory)) return null;
    const parent = clientOf(callee.object, scope, depth + 1);
    if (!parent) return null;
    const options = value.arguments[0] ? resolveObject(value.arguments[0], scope) : null;
    const baseProperty = options && BASE_URL_OPTIONS.map(name => findProperty(options, name, scope)).find(Boolean);
    const headers = options && findProperty(options, 'headers', scope);
    return {
      ...parent,
      base: baseProperty ? urlText(baseProperty.value, scope, depth + 1) : parent.base,
      headers: (headers && resolveObject(headers.value, scope)) ?? parent.headers,
    };
  }
  if (value.type === 'MemberExpression') {
    // `require('undici').fetch`, `(await import('node-fetch')).default`.
    const object = clientOf(value.object, scope, depth + 1);
    return object && (object.family === 'fetch' || getPropertyName(value) === 'default') ? object : null;
  }
  if (value.type !== 'Identifier') return null;
  const variable = resolveVariable(scope, value);
  if (!variable) return Object.hasOwn(GLOBAL_CLIENTS, value.name) ? clientOfModule(value.name, GLOBAL_CLIENTS[value.name]) : null;
  const definition = variable.defs[0];
  if (variable.defs.length !== 1 || !definition) return null;
  if (definition.type === 'ImportBinding') {
    const declaration = definition.parent;
    return declaration?.type === 'ImportDeclaration' ? clientOfModule(declaration.source.value) : null;
  }
  if (definition.type !== 'Variable' || !definition.node.init) return null;
  const initValue = skipValueWrappers(definition.node.init);
  // Only a call (`require()`, a factory), an alias or a member can hold a client: skip the write scan for anything else.
  if (initValue.type !== 'CallExpression' && initValue.type !== 'Identifier' && initValue.type !== 'MemberExpression') return null;
  // `const { fetch } = require('undici')`, `const https = require('https')`, `const api = axios.create({…})`.
  if (definition.node.id.type === 'ObjectPattern') {
    const init = skipValueWrappers(definition.node.init);
    return init.type === 'CallExpression' && requiredModule(init) !== null ? clientOfModule(requiredModule(init) as string) : null;
  }
  const init = resolveConstant(value, scope);
  return init ? clientOf(init, scope, depth + 1) : null;
}

function clientOfModule(module: string, family: ClientFamily | undefined = CLIENT_MODULES[module]): Client | null {
  return family ? { family, module, base: null, headers: null } : null;
}

function requiredModule(call: TSESTree.CallExpression): string | null {
  const callee = skipValueWrappers(call.callee);
  if (callee.type !== 'Identifier' || callee.name !== 'require') return null;
  const argument = call.arguments[0];
  return argument?.type === 'Literal' && typeof argument.value === 'string' ? argument.value : null;
}

// --- requests -------------------------------------------------------------------------------------------------------

interface Request {
  url: string;
  urlNode: Node | null;
  /** `null` when the method is chosen at run time; `OTHER` for one no operation uses (`HEAD`, `OPTIONS`). */
  method: HttpMethod | 'OTHER' | null;
  headers: RequestHeader[];
}

/** The URL, method and headers of an HTTP client call, or `null` when it is not one. */
function requestOf(call: TSESTree.CallExpression, scope: Scope): Request | null {
  const callee = skipValueWrappers(call.callee);
  const verbName = callee.type === 'MemberExpression' ? getPropertyName(callee) : null;
  const direct = clientOf(callee, scope);
  const client = direct ?? (callee.type === 'MemberExpression' ? clientOf(callee.object, scope) : null);
  if (!client) return null;
  const verb = direct ? null : verbName;
  if (!direct && verb !== 'request' && verb !== 'fetch' && (verb === null || !Object.hasOwn(VERBS, verb))) return null;
  const verbMethod = verb !== null && Object.hasOwn(VERBS, verb) ? VERBS[verb] : undefined;
  const args = call.arguments;
  const first = args[0];
  if (!first || first.type === 'SpreadElement') return null;
  switch (client.family) {
    case 'http':
      return httpModuleRequest(call, client, verbMethod ?? null, scope);
    case 'superagent':
      return superagentRequest(call, client, verbMethod ?? null, scope);
    default:
      break;
  }
  // `axios(config)`, `axios.request(config)`, `got({ url })`, `request({ uri })`: the URL is in the options.
  const firstObject = resolveObject(first, scope);
  const options = firstObject ?? optionsArgument(args, client.family, verbMethod, scope);
  const urlNode = firstObject ? (findProperty(firstObject, 'url', scope) ?? findProperty(firstObject, 'uri', scope))?.value : first;
  if (!urlNode) return null;
  const ownBase = options && BASE_URL_OPTIONS.map(name => findProperty(options, name, scope)).find(Boolean);
  const base = ownBase ? urlText(ownBase.value, scope) : client.base;
  const url = joinBase(base, urlText(urlNode, scope));
  const methodProperty = options && findProperty(options, 'method', scope);
  const method = methodProperty ? methodOf(methodProperty.value, scope) : (verbMethod ?? 'GET');
  return { url, urlNode, method, headers: [...headersOf(client.headers, scope), ...headersOf(options && objectOfProperty(options, 'headers', scope), scope)] };
}

/** Where a client takes its options when the URL comes first: `axios.post(url, data, config)` takes them third. */
function optionsArgument(args: TSESTree.CallExpressionArgument[], family: ClientFamily, verb: HttpMethod | undefined, scope: Scope): TSESTree.ObjectExpression | null {
  const index = family === 'axios' && (verb === 'POST' || verb === 'PUT' || verb === 'PATCH') ? 2 : 1;
  const argument = args[index];
  return argument && argument.type !== 'SpreadElement' ? resolveObject(argument, scope) : null;
}

/** `https.request(url, options?, cb)` or `https.request({ protocol, hostname, path, method, headers }, cb)`. */
function httpModuleRequest(call: TSESTree.CallExpression, client: Client, verb: HttpMethod | null, scope: Scope): Request | null {
  const [first, second] = call.arguments;
  const defaultScheme = client.module.endsWith('https') ? 'https:' : 'http:';
  const firstObject = first && first.type !== 'SpreadElement' ? resolveObject(first, scope) : null;
  const options = firstObject ?? (second && second.type !== 'SpreadElement' ? resolveObject(second, scope) : null);
  let url: string;
  let urlNode: Node | null = null;
  if (firstObject) {
    const host = findProperty(firstObject, 'hostname', scope) ?? findProperty(firstObject, 'host', scope);
    const path = findProperty(firstObject, 'path', scope);
    const protocol = findProperty(firstObject, 'protocol', scope);
    if (!host) return null;
    url = `${protocol ? urlText(protocol.value, scope) : defaultScheme}//${urlText(host.value, scope)}${path ? urlText(path.value, scope) : '/'}`;
  } else {
    urlNode = first as Node;
    url = urlText(urlNode, scope);
  }
  const methodProperty = options && findProperty(options, 'method', scope);
  // `https.get` is always a GET.
  const method = verb ?? (methodProperty ? methodOf(methodProperty.value, scope) : 'GET');
  return { url, urlNode, method, headers: headersOf(options && objectOfProperty(options, 'headers', scope), scope) };
}

/** `superagent.post(url).set('X-OPENTOK-AUTH', jwt)` (also `superagent('POST', url)`): headers come from `.set()` calls after it. */
function superagentRequest(call: TSESTree.CallExpression, client: Client, verb: HttpMethod | null, scope: Scope): Request | null {
  const [first, second] = call.arguments;
  const url = verb ? first : second;
  if (!url || url.type === 'SpreadElement') return null;
  const method = verb ?? methodOf(first as Node, scope);
  const headers = headersOf(client.headers, scope);
  let current: Node = call;
  for (let depth = 0; depth < MAX_DEPTH * 2; depth++) {
    const member: Node | undefined = current.parent;
    if (member?.type !== 'MemberExpression' || member.object !== current || member.parent.type !== 'CallExpression' || member.parent.callee !== member) break;
    if (getPropertyName(member) === 'set') {
      const [name, value] = member.parent.arguments;
      const object = name && name.type !== 'SpreadElement' ? resolveObject(name, scope) : null;
      if (object) headers.push(...headersOf(object, scope));
      else if (name && value && name.type !== 'SpreadElement' && value.type !== 'SpreadElement') {
        const text = urlText(name, scope);
        if (!text.includes(UNKNOWN_PART)) headers.push({ name: text.toLowerCase(), value });
      }
    }
    current = member.parent;
  }
  return { url: urlText(url, scope), urlNode: url, method, headers };
}

function objectOfProperty(object: TSESTree.ObjectExpression, name: string, scope: Scope): TSESTree.ObjectExpression | null {
  const property = findProperty(object, name, scope);
  return property ? resolveObject(property.value, scope) : null;
}

function headersOf(object: TSESTree.ObjectExpression | null, scope: Scope): RequestHeader[] {
  const headers: RequestHeader[] = [];
  for (const property of object?.properties ?? []) {
    if (property.type !== 'Property') continue;
    const name = getPropertyName(property, scope);
    if (name !== null) headers.push({ name: name.toLowerCase(), value: property.value });
  }
  return headers;
}

function methodOf(node: Node, scope: Scope): HttpMethod | 'OTHER' | null {
  const text = urlText(node, scope).toUpperCase();
  if (text.includes(UNKNOWN_PART)) return null;
  return Object.values(VERBS).includes(text as HttpMethod) ? (text as HttpMethod) : 'OTHER';
}

// --- URL text -------------------------------------------------------------------------------------------------------

/**
 * The text a URL expression evaluates to, with `UNKNOWN_PART` standing for each part that is not known statically.
 * Follows constants, `+`, template literals, `a || 'default'` and `new URL(path, base)`.
 */
export function urlText(node: Node, scope: Scope, depth = 0): string {
  if (depth > MAX_DEPTH) return UNKNOWN_PART;
  const value = skipValueWrappers(node);
  let text: string;
  switch (value.type) {
    case 'Literal':
      text = typeof value.value === 'string' ? value.value : UNKNOWN_PART;
      break;
    case 'TemplateLiteral':
      text = value.quasis.map((quasi, index) => (quasi.value.cooked ?? '') + (value.expressions[index] ? urlText(value.expressions[index], scope, depth + 1) : '')).join('');
      break;
    case 'BinaryExpression':
      text = value.operator === '+' ? urlText(value.left, scope, depth + 1) + urlText(value.right, scope, depth + 1) : UNKNOWN_PART;
      break;
    case 'LogicalExpression': {
      // `process.env.OPENTOK_API_URL || 'https://api.opentok.com'`: the default says where it goes.
      const left = urlText(value.left, scope, depth + 1);
      text = left === UNKNOWN_PART ? urlText(value.right, scope, depth + 1) : left;
      break;
    }
    case 'Identifier': {
      const init = resolveConstant(value, scope);
      text = init ? urlText(init, scope, depth + 1) : UNKNOWN_PART;
      break;
    }
    case 'MemberExpression': {
      const name = getPropertyName(value, scope);
      const object = name === null ? null : resolveObject(value.object, scope);
      const property = object && findProperty(object, name as string, scope);
      text = property ? urlText(property.value, scope, depth + 1) : UNKNOWN_PART;
      break;
    }
    case 'NewExpression': {
      // `new URL('/v2/project/…', BASE)`.
      const [path, base] = value.arguments;
      const isUrl = value.callee.type === 'Identifier' && value.callee.name === 'URL';
      text = isUrl && path && path.type !== 'SpreadElement' ? joinBase(base && base.type !== 'SpreadElement' ? urlText(base, scope, depth + 1) : null, urlText(path, scope, depth + 1)) : UNKNOWN_PART;
      break;
    }
    default:
      text = UNKNOWN_PART;
  }
  return text.length > MAX_URL_LENGTH ? UNKNOWN_PART : text;
}

/** A URL resolved against a base (`axios`'s `baseURL`, `got`'s `prefixUrl`), as the clients do for relative URLs. */
function joinBase(base: string | null, url: string): string {
  if (base === null || /^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  return base.endsWith('/') && url.startsWith('/') ? base + url.slice(1) : !base.endsWith('/') && !url.startsWith('/') ? `${base}/${url}` : base + url;
}

// --- matching -------------------------------------------------------------------------------------------------------

const operationSpecs = new Map<string, OperationSpec>();

/** The SDK-shaped operation a REST operation is, per SDK (its `method` is the label messages show). */
function operationSpecOf(spec: RestOperationSpec, sdk: MatchedRestCall['sdk']): OperationSpec {
  const key = `${sdk} ${spec.label}`;
  let operation = operationSpecs.get(key);
  if (!operation) {
    operation = { method: spec.label, receiver: sdk === 'opentok' ? 'opentok' : 'vonage-video', kind: spec.kind, privileged: spec.privileged, trackedOnly: true, shape: { min: 0, max: 0 } };
    operationSpecs.set(key, operation);
  }
  return operation;
}

/** The REST operation a path performs with a method (`null`: chosen at run time, so the privileged reading wins). */
function restOperationOf(segments: readonly string[], method: HttpMethod | 'OTHER' | null): RestOperationSpec | null {
  const project = segments[0] === REST_PROJECT_PREFIX[0] && segments[1] === REST_PROJECT_PREFIX[1] && segments.length > 2;
  const rest = project ? segments.slice(3) : segments;
  const candidates = REST_OPERATIONS.filter(
    spec => spec.project === project && spec.path.length === rest.length && spec.path.every((part, index) => part === '*' || part === rest[index] || rest[index] === UNKNOWN_PART),
  );
  if (method === null) return candidates.find(spec => spec.privileged) ?? candidates[0] ?? null;
  return candidates.find(spec => spec.method === method) ?? null;
}

/** Splits a URL text into scheme, host (without port, `null` when unknown or absent) and path segments. */
function parseUrl(url: string): { scheme: string | null; host: string | null; relative: boolean; segments: string[] } {
  const match = /^([a-z][a-z0-9+.-]*:)\/\/([^/?#]*)(.*)$/is.exec(url);
  let path: string;
  let scheme: string | null = null;
  let host: string | null = null;
  let relative = false;
  if (match) {
    scheme = (match[1] as string).toLowerCase();
    const authority = (match[2] as string).replace(/^.*@/s, '').replace(/:[^:]*$/, '');
    host = authority.includes(UNKNOWN_PART) || authority === '' ? null : authority;
    path = match[3] as string;
  } else if (url.startsWith(UNKNOWN_PART)) {
    // `${API_URL}/v2/project/…`: a base kept elsewhere.
    path = url.slice(url.indexOf('/') === -1 ? url.length : url.indexOf('/'));
  } else {
    relative = true;
    path = url;
  }
  const end = path.search(/[?#]/);
  const segments = (end === -1 ? path : path.slice(0, end)).split('/').filter(segment => segment !== '');
  return { scheme, host, relative, segments };
}

/** The REST operation an HTTP client call performs, or `null` when it is no call to the Video REST API. */
export function matchRestCall(call: TSESTree.CallExpression, scope: Scope): MatchedRestCall | null {
  const request = requestOf(call, scope);
  if (!request) return null;
  const { scheme, host, relative, segments } = parseUrl(request.url);
  const known = host === null ? null : restHostOf(host);
  if (host !== null && !known) return null;
  const videoHeader = request.headers.find(header => VIDEO_ONLY_AUTH_HEADERS.includes(header.name));
  if (!known && (relative || segments[0] !== REST_PROJECT_PREFIX[0]) && !videoHeader) return null;
  const spec = restOperationOf(segments, request.method);
  if (!spec) return null;
  const sdk = known?.sdk ?? (request.headers.some(header => header.name === 'authorization') && !videoHeader ? '@vonage/video' : 'opentok');
  return {
    operation: operationSpecOf(spec, sdk),
    sdk,
    confidence: known ? 'tracked' : 'by-name',
    rest: { spec, host, scheme, headers: request.headers, url: request.urlNode },
  };
}
