import path from 'node:path';

import { getStaticValue } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getCalleeMember, getPropertyName, skipValueWrappers } from '../ast';
import { getOperationOptions, insertOption } from '../analysis/operation-options';
import { replacePropertyValue } from '../fix';
import type { OperationOptions } from '../analysis/operation-options';
import { mayUseVonage } from '../analysis/file-markers';
import { getSdkFile } from '../analysis/sdk-calls';
import type { SdkCall } from '../analysis/sdk-calls';
import { MAX_URL_LENGTH, compileAllowList, findInsecureUrl, isDevelopmentHost, parseSipUri, resolveUrlValues, urlWords } from '../analysis/urls';
import type { AllowList, InsecureUrl, UrlLiteral, UrlValue } from '../analysis/urls';
import { findProperty, resolveConstant, resolveObject } from '../analysis/values';
import { BROWSER_SDK_MODULES, REACT_COMPONENT_MODULES } from '../sdk';
import {
  CLIENT_SCRIPT_CARRIES,
  CLIENT_SCRIPT_FILES,
  CLIENT_SCRIPT_URL_OPTION,
  COMPONENT_URLS,
  CONSTRUCTOR_URLS,
  EACH_ELEMENT,
  OPERATION_URLS,
  PACKAGE_CDN_HOSTS,
  REST_REQUEST_URL,
  SIP_CALLS,
  SIP_SECURE_OPTION,
  VONAGE_SERVICE_HOSTS,
} from '../sdk';
import type { SipCallSlots } from '../sdk';
import { createRule } from '../util/create-rule';
import { quote } from '../util/quote';
import { scopeOf } from '../analysis/scope';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;
type SourceCode = Readonly<TSESLint.SourceCode>;
type Options = [{ allow?: string[]; autofix?: boolean }];
type UrlMessageIds = 'insecureUrl' | 'insecureRequest' | 'insecureTokenRequest';
type MessageIds = UrlMessageIds | 'sipSecureMissing' | 'sipSecureOff' | 'sipSignalling' | 'upgradeScheme' | 'addSecure' | 'setSecure' | 'useTls';

/** One insecure URL, reported at the literal that holds its scheme (once, however many places use it). */
interface Finding {
  node: Node;
  messageId: UrlMessageIds;
  data: Record<string, string>;
  literal: UrlLiteral | null;
  insecure: InsecureUrl;
  /** The literal is written at the place that uses it (the call, the element, the property). */
  inline: boolean;
}

/** What every check in a file needs: where to report, which URLs may stay unencrypted, whether to autofix. */
interface UrlCheck {
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>;
  allow: AllowList;
  autofix: boolean;
}

/** Words in a request's path or query that show it fetches session credentials. */
const CREDENTIAL_WORDS = new Set(['token', 'tokens', 'session', 'sessions', 'room', 'rooms', 'credential', 'credentials', 'join', 'meeting', 'meetings', 'opentok']);

const STREAM_API = /WebSocket|EventSource/;
const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self']);
const AXIOS_METHODS = new Set(['get', 'delete', 'head', 'options', 'post', 'put', 'patch', 'postForm', 'putForm', 'patchForm']);
const KY_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head']);
const JQUERY_METHODS = new Set(['ajax', 'get', 'post', 'getJSON', 'getScript']);
const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const STREAMING_CONSTRUCTORS = new Set(['WebSocket', 'EventSource']);
const COMPONENT_NAMES = new Set(Object.values(REACT_COMPONENT_MODULES).flat());
/** First characters of `http:`, `ws:` and `rtmp:` in either case: a cheap test before parsing a literal. */
const SCHEME_STARTS = new Set([104, 72, 119, 87, 114, 82]);

/** A request API call: its name for messages and the expressions that are its URL (or an object holding it). */
interface Request {
  api: string;
  argument: Node | undefined;
  /** Properties of a config-object argument that hold URLs; empty when the argument can only be a URL. */
  configKeys: readonly string[];
}

function identifierName(node: Node): string | null {
  const value = skipValueWrappers(node);
  return value.type === 'Identifier' ? value.name : null;
}

/** `fetch(url)`, `axios.get(url)`, `$.ajax({ url })`, `xhr.open('GET', url)`… */
function requestOfCall(node: TSESTree.CallExpression): Request | null {
  const [first, second] = node.arguments;
  const callee = skipValueWrappers(node.callee);
  if (callee.type === 'Identifier') {
    if (callee.name === 'fetch' || callee.name === 'ky') return { api: callee.name, argument: first, configKeys: [] };
    if (callee.name === 'axios') return { api: 'axios', argument: first, configKeys: ['url', 'baseURL'] };
    return null;
  }
  const member = getCalleeMember(node);
  if (!member) return null;
  const method = getPropertyName(member);
  const owner = identifierName(member.object);
  if (owner !== null && GLOBAL_OBJECTS.has(owner) && method === 'fetch') return { api: 'fetch', argument: first, configKeys: [] };
  const api = `${owner}.${method}`;
  if (owner === 'axios') {
    if (method !== null && AXIOS_METHODS.has(method)) return { api, argument: first, configKeys: [] };
    if (method === 'request') return { api, argument: first, configKeys: ['url', 'baseURL'] };
    if (method === 'create') return { api, argument: first, configKeys: ['baseURL'] };
  } else if (owner === 'ky') {
    if (method !== null && KY_METHODS.has(method)) return { api, argument: first, configKeys: [] };
    if (method === 'create' || method === 'extend') return { api, argument: first, configKeys: ['prefixUrl'] };
  } else if (owner === '$' || owner === 'jQuery') {
    if (method !== null && JQUERY_METHODS.has(method)) return { api, argument: first, configKeys: ['url'] };
  } else if (method === 'open' && first?.type === 'Literal' && typeof first.value === 'string' && HTTP_METHODS.has(first.value.toUpperCase())) {
    return { api: 'XMLHttpRequest.open', argument: second, configKeys: [] };
  }
  return null;
}

/** `new WebSocket(url)`, `new EventSource(url)`. */
function requestOfNew(node: TSESTree.NewExpression): Request | null {
  const callee = skipValueWrappers(node.callee);
  let name: string | null = null;
  if (callee.type === 'Identifier') name = callee.name;
  else if (callee.type === 'MemberExpression' && GLOBAL_OBJECTS.has(identifierName(callee.object) ?? '')) name = getPropertyName(callee);
  return name !== null && STREAMING_CONSTRUCTORS.has(name) ? { api: `new ${name}`, argument: node.arguments[0], configKeys: [] } : null;
}

function contains(outer: Node, inner: Node): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
}

function isComplete(object: TSESTree.ObjectExpression, scope: Scope): boolean {
  return object.properties.every(property => property.type === 'Property' || resolveObject(property.argument, scope) !== null);
}

/** The array literal `node` stands for: itself or a constant holding one. */
function resolveArray(node: Node, scope: Scope): TSESTree.ArrayExpression | null {
  const value = skipValueWrappers(node);
  if (value.type === 'ArrayExpression') return value;
  const init = value.type === 'Identifier' ? resolveConstant(value, scope) : null;
  const inner = init ? skipValueWrappers(init) : null;
  return inner?.type === 'ArrayExpression' ? inner : null;
}

/** The expressions at `path` below `root`: property names through object literals and constants; `EACH_ELEMENT` walks arrays. */
function valuesAt(root: Node | undefined, path: readonly string[], scope: Scope): Node[] {
  let nodes: Node[] = root && root.type !== 'SpreadElement' ? [root] : [];
  for (const step of path) {
    const next: Node[] = [];
    for (const node of nodes) {
      if (step === EACH_ELEMENT) {
        const array = resolveArray(node, scope);
        if (!array) {
          next.push(node);
          continue;
        }
        for (const element of array.elements) if (element && element.type !== 'SpreadElement') next.push(element);
        continue;
      }
      const object = resolveObject(node, scope);
      const property = object ? findProperty(object, step, scope) : null;
      if (property) next.push(property.value);
    }
    nodes = next;
  }
  return nodes;
}

export default createRule<Options, MessageIds>({
  name: 'no-insecure-url',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow unencrypted `http:`, `ws:`, `rtmp:` and SIP connections in Vonage Video code',
      recommended: 'recommended',
      guideSection: 'Serve content using HTTPS URLs',
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      insecureUrl: 'Unencrypted `{{scheme}}` URL for {{where}}: anyone on the network path can read or alter {{carries}}. Use `{{secure}}`.',
      insecureTokenRequest:
        'Unencrypted `{{scheme}}` request for session credentials ({{api}}) from a Vonage Video page: anyone on the network path can read the token and join. Use `{{secure}}`.',
      insecureRequest:
        'Unencrypted `{{scheme}}` request ({{api}}) from a Vonage Video page: HTTPS pages block it as mixed content, and anyone on the network path can read it. Use `{{secure}}`.',
      sipSecureMissing:
        'SIP call without `secure: true`: by default its audio and video travel unencrypted between Vonage and the SIP endpoint. Set `secure: true`.',
      sipSecureOff: 'SIP call with `secure` turned off: its audio and video travel unencrypted between Vonage and the SIP endpoint. Set `secure: true`.',
      sipSignalling:
        'SIP URI to {{host}} without TLS: the call set-up, with its credentials and the media keys, travels unencrypted. Use a `sips:` URI or add `;transport=tls`.',
      upgradeScheme: 'Use `{{secure}}` instead of `{{scheme}}`.',
      addSecure: 'Add `secure: true`.',
      setSecure: 'Set `secure` to `true`.',
      useTls: 'Use `;transport=tls`.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allow: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              'URLs and hosts that may stay unencrypted, on top of the built-in loopback, private-network and development hosts. An entry with `://` (or a `sip:` entry) is a URL prefix, matched at a boundary; any other entry is a host name, `*.example.com` for its subdomains. Case-insensitive.',
          },
          autofix: {
            type: 'boolean',
            description:
              'Apply the scheme upgrade (`https:`, `wss:`, `rtmps:`) and SIP `secure: true` with `--fix` instead of offering them as suggestions, where the value is written at the place that uses it and names no explicit port.',
          },
        },
      },
    ],
    defaultOptions: [{ allow: [], autofix: false }],
  },
  create(context, [options]) {
    if (!mayUseVonage(context.sourceCode)) return {};
    const sourceCode = context.sourceCode;
    // `defaultOptions` fill in both options.
    const check: UrlCheck = { context, allow: compileAllowList(options.allow as string[]), autofix: options.autofix === true };
    const sdkFindings = new Map<Node, Finding>();
    const requestFindings = new Map<Node, Finding>();
    const scanFindings = new Map<Node, Finding>();
    let sawComponent = false;

    const sdkFile = () => getSdkFile(context);

    // --- URLs -----------------------------------------------------------------------------------------------------

    function checkUrl(node: Node, sink: Node, slot: { label: string; carries: string }): void {
      for (const finding of findingsOf(check, node, sink, (_value, insecure) => ({
        messageId: 'insecureUrl',
        data: { where: slot.label, carries: slot.carries, ...schemeData(insecure) },
      }))) {
        if (!sdkFindings.has(finding.node)) sdkFindings.set(finding.node, finding);
      }
    }

    function checkSlots(node: TSESTree.CallExpression | TSESTree.NewExpression, slots: readonly { arg: number; path: readonly string[]; label: string; carries: string }[]): void {
      const scope = scopeOf(sourceCode, node);
      for (const slot of slots) {
        for (const value of valuesAt(node.arguments[slot.arg], slot.path, scope)) checkUrl(value, node, slot);
      }
    }

    function checkRequest(request: Request, sink: Node): void {
      const { argument, configKeys } = request;
      if (!argument || argument.type === 'SpreadElement') return;
      const scope = scopeOf(sourceCode, argument);
      const object = configKeys.length > 0 ? resolveObject(argument, scope) : null;
      const urls = object ? configKeys.flatMap(key => valuesAt(object, [key], scope)) : [argument];
      for (const url of urls) {
        checkImportedUrl(url, request);
        for (const finding of findingsOf(check, url, sink, (value, insecure) => ({
          // A socket or event stream carries whatever the app sends (chat, presence), not session credentials.
          messageId:
            !STREAM_API.test(request.api) && urlWords(value.staticText.slice(insecure.pathStart)).some(word => CREDENTIAL_WORDS.has(word))
              ? 'insecureTokenRequest'
              : 'insecureRequest',
          data: { api: quote(request.api), ...schemeData(insecure) },
        }))) {
          if (!requestFindings.has(finding.node)) requestFindings.set(finding.node, finding);
        }
      }
    }

    /**
     * A URL imported from the app's own module (`import { TOKEN_URL } from './config'`, `config.tokenUrl`): the project
     * model read the string written there. Reported at the use, naming the constant; the edit belongs in that module.
     */
    function checkImportedUrl(url: Node, request: Request): void {
      const value = skipValueWrappers(url);
      const imported = value.type === 'Identifier' || value.type === 'MemberExpression' ? sdkFile().appValueAt(value) : null;
      if (imported?.type !== 'string') return;
      const insecure = findInsecureUrl(imported.value, true, check.allow);
      if (!insecure) return;
      const relative = path.relative(path.dirname(context.filename), imported.file).split(path.sep).join('/');
      const file = relative.startsWith('.') ? relative : `./${relative}`;
      requestFindings.set(url, {
        node: url,
        literal: null,
        insecure,
        inline: false,
        messageId: !STREAM_API.test(request.api) && urlWords(imported.value.slice(insecure.pathStart)).some(word => CREDENTIAL_WORDS.has(word)) ? 'insecureTokenRequest' : 'insecureRequest',
        data: { api: `${quote(request.api)} of \`${quote(imported.name)}\`, written in \`${quote(file)}\``, ...schemeData(insecure) },
      });
    }

    // --- visitors ---------------------------------------------------------------------------------------------------

    return {
      CallExpression(node) {
        const sdk = sdkFile();
        if (sdk.showsVonageUsage) {
          const request = requestOfCall(node);
          if (request) {
            checkRequest(request, node);
            return;
          }
        }
        const call = sdk.matchCall(node);
        if (!call) return;
        if (call.rest?.url) checkUrl(call.rest.url, node, REST_REQUEST_URL);
        const key = `${call.operation.receiver}.${call.operation.method}`;
        const sip = SIP_CALLS[key];
        if (sip) checkSip(check, call, sip);
        const slots = OPERATION_URLS[key];
        if (slots) checkSlots(node, slots);
      },
      NewExpression(node) {
        const request = sdkFile().showsVonageUsage ? requestOfNew(node) : null;
        if (request) checkRequest(request, node);
      },
      JSXOpeningElement(node) {
        if (node.name.type !== 'JSXIdentifier' || !COMPONENT_NAMES.has(node.name.name)) return;
        const component = sdkFile().matchComponent(node);
        if (!component) return;
        sawComponent = true;
        const scope = scopeOf(sourceCode, node);
        for (const slot of COMPONENT_URLS[component.component] ?? []) {
          for (const attribute of node.attributes) {
            if (attribute.type !== 'JSXAttribute' || attribute.name.type !== 'JSXIdentifier' || attribute.name.name !== slot.prop) continue;
            if (attribute.value?.type !== 'JSXExpressionContainer' || attribute.value.expression.type === 'JSXEmptyExpression') continue;
            for (const value of valuesAt(attribute.value.expression, slot.path, scope)) checkUrl(value, node, slot);
          }
        }
      },
      JSXAttribute(node) {
        if (node.name.type !== 'JSXIdentifier' || node.name.name !== CLIENT_SCRIPT_URL_OPTION.name || !node.value) return;
        const value = node.value.type === 'JSXExpressionContainer' ? node.value.expression : node.value;
        if (value.type === 'JSXEmptyExpression') return;
        checkUrl(value, node, { label: CLIENT_SCRIPT_URL_OPTION.label, carries: CLIENT_SCRIPT_CARRIES });
      },
      Property(node) {
        if (node.parent.type !== 'ObjectExpression' || getPropertyName(node) !== CLIENT_SCRIPT_URL_OPTION.name) return;
        checkUrl(node.value, node, { label: CLIENT_SCRIPT_URL_OPTION.label, carries: CLIENT_SCRIPT_CARRIES });
      },
      Literal(node) {
        if (typeof node.value === 'string') scan(check, scanFindings, node as TSESTree.StringLiteral, node.value, true, node.value);
      },
      TemplateLiteral(node) {
        if (node.parent.type === 'TaggedTemplateExpression') return;
        const first = node.quasis[0]?.value.cooked;
        const last = node.quasis[node.quasis.length - 1]?.value.cooked;
        if (typeof first === 'string' && typeof last === 'string') scan(check, scanFindings, node, first, node.expressions.length === 0, last);
      },
      'Program:exit'() {
        const sdk = sdkFile();
        for (const { node, sdkConstructor } of sdk.constructions) {
          const slots = CONSTRUCTOR_URLS[sdkConstructor.module];
          if (slots) checkSlots(node, slots);
        }
        const usesBrowserSdk = sdk.showsVonageUsage && (sawComponent || sdk.trackedCalls.some(call => call.sdk === 'browser'));
        for (const finding of sdkFindings.values()) emit(check, finding);
        if (usesBrowserSdk) {
          for (const [node, finding] of requestFindings) if (!sdkFindings.has(node)) emit(check, finding);
        }
        for (const [node, finding] of scanFindings) {
          if (!sdkFindings.has(node) && !(usesBrowserSdk && requestFindings.has(node))) emit(check, finding);
        }
      },
    };
  },
});

// --- URLs ---------------------------------------------------------------------------------------------------------

function findingsOf(check: UrlCheck, node: Node, sink: Node, messageFor: (value: UrlValue, insecure: InsecureUrl) => Pick<Finding, 'messageId' | 'data'>): Finding[] {
  const { context, allow } = check;
  const findings: Finding[] = [];
  for (const value of resolveUrlValues(node, scopeOf(context.sourceCode, node))) {
    const insecure = findInsecureUrl(value.head, value.complete, allow);
    if (!insecure) continue;
    findings.push({
      node: value.literal ?? node,
      literal: value.literal,
      insecure,
      inline: value.literal === null || contains(sink, value.literal),
      ...messageFor(value, insecure),
    });
  }
  return findings;
}

function schemeData(insecure: InsecureUrl): Record<string, string> {
  return { scheme: `${insecure.scheme}:`, secure: `${insecure.secure}:` };
}

/** A literal that is itself a Vonage service URL or the client SDK script, wherever it is written. */
function scan(check: UrlCheck, scanFindings: Map<Node, Finding>, node: UrlLiteral, text: string, complete: boolean, last: string): void {
  if (text.length === 0 || text.length > MAX_URL_LENGTH || !SCHEME_STARTS.has(text.charCodeAt(0))) return;
  const insecure = findInsecureUrl(text, complete, check.allow);
  if (!insecure) return;
  const host = insecure.host;
  let path = last;
  for (const end of ['?', '#']) if (path.includes(end)) path = path.slice(0, path.indexOf(end));
  const script =
    CLIENT_SCRIPT_FILES.some(file => path.endsWith(`/${file}`)) ||
    (host !== null && PACKAGE_CDN_HOSTS.includes(host) && BROWSER_SDK_MODULES.some(module => text.includes(module)));
  const service = host !== null && VONAGE_SERVICE_HOSTS.some(service => host === service || host.endsWith(`.${service}`));
  if (!script && !service) return;
  scanFindings.set(node, {
    node,
    literal: node,
    insecure,
    inline: true,
    messageId: 'insecureUrl',
    data: script
      ? { where: 'the Vonage Video client SDK script', carries: CLIENT_SCRIPT_CARRIES, ...schemeData(insecure) }
      : { where: 'a Vonage Video API URL', carries: 'the requests sent to it', ...schemeData(insecure) },
  });
}

function upgradeFix(sourceCode: SourceCode, finding: Finding): TSESLint.ReportFixFunction | null {
  const literal = finding.literal;
  if (!literal) return null;
  const { scheme, secure } = finding.insecure;
  const start = literal.range[0] + 1;
  if (sourceCode.text.slice(start, start + scheme.length + 1).toLowerCase() !== `${scheme}:`) return null;
  return fixer => fixer.replaceTextRange([start, start + scheme.length], secure);
}

function emit(check: UrlCheck, finding: Finding): void {
  const { context } = check;
  const fix = upgradeFix(context.sourceCode, finding);
  const auto = fix !== null && check.autofix && finding.inline && finding.insecure.port === null;
  context.report({
    node: finding.node,
    messageId: finding.messageId,
    data: finding.data,
    fix: auto ? fix : null,
    suggest: fix && !auto ? [{ messageId: 'upgradeScheme', data: schemeData(finding.insecure), fix }] : [],
  });
}

// --- SIP ----------------------------------------------------------------------------------------------------------

/** Edits a SIP URI so it asks for TLS: replaces its `transport` parameter or adds one before the headers. */
function tlsFix(sourceCode: SourceCode, value: UrlValue): TSESLint.ReportFixFunction | null {
  const text = value.complete ? value.head : (value.tail as string);
  const last = value.last;
  if (!last || text.length >= MAX_URL_LENGTH) return null;
  const rawEnd = last.literal.range[1] - 1;
  if (sourceCode.text.slice(rawEnd - last.text.length, rawEnd) !== last.text) return null;
  const question = text.indexOf('?');
  const paramsEnd = question === -1 ? text.length : question;
  const lower = text.slice(0, paramsEnd).toLowerCase();
  const transport = lower.lastIndexOf(';transport=');
  let from = paramsEnd;
  let to = paramsEnd;
  if (transport !== -1) {
    const next = lower.indexOf(';', transport + 1);
    from = transport;
    to = next === -1 ? paramsEnd : next;
  }
  const fromEnd = text.length - from;
  if (fromEnd > last.text.length) return null;
  return fixer => fixer.replaceTextRange([rawEnd - fromEnd, rawEnd - (text.length - to)], ';transport=tls');
}

/** Reports a SIP URI without TLS; returns false when the URI goes to an allowed or development host. */
function checkSipUri(check: UrlCheck, node: Node): boolean {
  const { context, allow } = check;
  let reportable = true;
  for (const value of resolveUrlValues(node, scopeOf(context.sourceCode, node))) {
    const sip = parseSipUri(value.head, value.tail);
    if (!sip || sip.host === null) continue;
    if (isDevelopmentHost(sip.host) || allow.allows(value.head, value.complete, sip.host)) {
      reportable = false;
      continue;
    }
    if (sip.sips || sip.transport === 'tls') continue;
    const fix = tlsFix(context.sourceCode, value);
    context.report({
      node,
      messageId: 'sipSignalling',
      data: { host: quote(sip.host) },
      suggest: fix ? [{ messageId: 'useTls', fix }] : [],
    });
  }
  return reportable;
}

function checkSip(check: UrlCheck, call: SdkCall, slots: SipCallSlots): void {
  const { context, autofix } = check;
  const sourceCode = context.sourceCode;
  const node = call.node;
  const scope = scopeOf(sourceCode, node);
  let reportable = true;
  for (const uri of valuesAt(node.arguments[slots.uri.arg], slots.uri.path, scope)) reportable = checkSipUri(check, uri) && reportable;
  if (!reportable) return;
  let holder: OperationOptions = getOperationOptions(call, scope);
  for (const step of slots.secureHolder) {
    const property = holder.object ? findProperty(holder.object, step, scope) : null;
    const object = property ? resolveObject(property.value, scope) : null;
    if (!object) return;
    holder = { call, argument: object, object, editable: contains(node, object), complete: isComplete(object, scope) };
  }
  if (!holder.complete) return;
  const secure = holder.object ? findProperty(holder.object, SIP_SECURE_OPTION, scope) : null;
  if (!secure) {
    const edited = holder;
    const fix: TSESLint.ReportFixFunction = fixer => insertOption(fixer, sourceCode, edited, `${SIP_SECURE_OPTION}: true`);
    const auto = autofix && holder.editable;
    context.report({
      node: holder.argument ?? getCalleeMember(node)?.property ?? node.callee,
      messageId: 'sipSecureMissing',
      fix: auto ? fix : null,
      suggest: holder.editable && !auto ? [{ messageId: 'addSecure', fix }] : [],
    });
    return;
  }
  const value = getStaticValue(secure.value as never, scope as never);
  if (!value || value.value) return;
  const fix: TSESLint.ReportFixFunction = fixer => replacePropertyValue(fixer, secure, 'true');
  const auto = autofix && contains(node, secure);
  context.report({ node: secure.value, messageId: 'sipSecureOff', fix: auto ? fix : null, suggest: auto ? [] : [{ messageId: 'setSecure', fix }] });
}
