import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { enclosingFunction, getPropertyName, importedModuleOf, requiredModule, skipValueWrappers, staticName } from '../ast';
import type { FunctionNode } from '../ast';
import { developmentOnly, isGuarded } from '../analysis/condition-guards';
import { mayUseVonage } from '../analysis/file-markers';
import { getSdkFile } from '../analysis/sdk-calls';
import { environmentVariableName, getSecrets, isEnvironmentObject, secretKindOfName, shorten } from '../analysis/secrets';
import type { Secret, SecretAnalysis } from '../analysis/secrets';
import type { ConditionTest } from '../analysis/condition-guards';
import { getSinks } from '../analysis/sinks';
import type { Sink } from '../analysis/sinks';
import { findLiteralOrigin, resolveObject } from '../analysis/values';
import { removeListElement, removeProperty, removeStatement } from '../fix';
import { BROWSER_SDK_GLOBALS, BROWSER_SDK_MODULES, REACT_COMPONENT_MODULES } from '../sdk';
import {
  BROWSER_PUBLIC_ENV_PREFIXES,
  BROWSER_STUB_MODULES,
  CLIENT_DIRECTIVE,
  COMPONENT_FILE_EXTENSION,
  DEBUG_MODULE,
  DEBUG_VARIABLE,
  PUBLIC_ENV_MODULES,
  PUBLIC_ENV_OBJECT,
  SERVER_COMPONENT_DIRECTORIES,
  SERVER_DIRECTIVE,
  SERVER_DIRECTORIES,
  SERVER_FILE_SUFFIX,
  SERVER_ONLY_EXPORTS,
  isServerOnlyModule,
  publicEnvPrefix,
  secretDebugNamespaceEnabledBy,
  secretRequiringModule,
} from '../sdk';
import { createRule } from '../util/create-rule';
import { quote } from '../util/quote';
import { resolveVariable, scopeOf } from '../analysis/scope';

type Node = TSESTree.Node;
type Context = Readonly<TSESLint.RuleContext<MessageIds, []>>;
type MessageIds =
  | 'secretInResponse'
  | 'secretInTemplate'
  | 'secretLogged'
  | 'publicSecretVariable'
  | 'serverSdkInBrowser'
  | 'debugLogsSecrets'
  | 'removeProperty'
  | 'removeArgument'
  | 'removeStatement';

const MESSAGE_OF_SINK: Record<Sink['kind'], MessageIds> = { response: 'secretInResponse', template: 'secretInTemplate', log: 'secretLogged' };
/** Payload objects are searched this deep: the object sent, and objects nested in it one level. */
const MAX_OBJECT_DEPTH = 2;
const MAX_VALUE_LENGTH = 40;
/** Calls that turn their arguments into the text or JSON that is sent or logged. */
const SERIALISERS = new Set(['JSON.stringify', 'String', 'util.format', 'util.inspect', 'format', 'inspect']);
const STATEMENT_LISTS = new Set(['Program', 'BlockStatement', 'StaticBlock', 'SwitchCase', 'TSModuleBlock']);

/** Where a secret is in a payload, for a suggestion that drops it. */
type Removal = { type: 'property'; property: TSESTree.Property } | { type: 'argument'; node: Node; list: readonly Node[] } | null;

type ClientReason = 'use-client' | 'browser-sdk' | 'component';

/** Text a file must contain for each part of the rule to have anything to look at. */
const PUBLIC_ENV_TEXT: readonly string[] = [...BROWSER_PUBLIC_ENV_PREFIXES, '$env/'];
const SECRET_MODULE_TEXT: readonly string[] = ['opentok', '@vonage/'];
const DEBUG_TEXT: readonly string[] = [DEBUG_VARIABLE, '.enable('];

type Listener = (node: never) => void;

/** Listeners of several parts of the rule, merged per selector. */
class ListenerSet {
  private readonly bySelector = new Map<string, Listener[]>();

  on<Selector extends keyof TSESLint.RuleListener>(selector: Selector, listener: NonNullable<TSESLint.RuleListener[Selector]>): void {
    const listeners = this.bySelector.get(selector) ?? [];
    listeners.push(listener as Listener);
    this.bySelector.set(selector, listeners);
  }

  toListener(): TSESLint.RuleListener {
    const result: Record<string, Listener> = {};
    for (const [selector, listeners] of this.bySelector) {
      result[selector] =
        listeners.length === 1
          ? (listeners[0] as Listener)
          : (node: never) => {
              for (const listener of listeners) listener(node);
            };
    }
    return result as TSESLint.RuleListener;
  }
}

/** An `import`, `export … from`, `require()`, `import()` or `import x = require()`, and the node to report. */
interface ModuleLoad {
  node: Node;
  specifier: string;
  typeOnly: boolean;
}

export default createRule<[], MessageIds>({
  name: 'no-secret-exposure',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow sending, logging or bundling the Vonage Video API secret or application private key',
      recommended: 'recommended',
      guideSection: 'Keep the API key and secret private and secure',
    },
    hasSuggestions: true,
    messages: {
      secretInResponse:
        '{{secret}} is sent in an HTTP response ({{sink}}): whoever receives it can act as your project. Send only the API key or application ID, the session ID and a token.',
      secretInTemplate:
        '{{secret}} is passed to a template ({{sink}}), which can render it into a page. Pass only the API key or application ID, the session ID and a token.',
      secretLogged:
        '{{secret}} is written to a log ({{sink}}): anyone who reads the logs can act as your project. Log whether it is set, never its value.',
      publicSecretVariable:
        '`{{name}}` has the browser-public prefix `{{prefix}}`, so the bundler ships the {{kind}} to every visitor. Drop the prefix and read it only in server code.',
      serverSdkInBrowser:
        'Server SDK `{{module}}` imported into browser code ({{reason}}): it needs the API secret, which would ship to every visitor{{stub}}. Fetch tokens from your server.',
      debugLogsSecrets:
        '`DEBUG` is set to `{{value}}`, which makes the `{{namespace}}` debug log print {{prints}} to every log collector. Remove it; turn SDK debug logs on only on a developer machine.',
      removeProperty: 'Remove the `{{name}}` property.',
      removeArgument: 'Remove this argument from the log call.',
      removeStatement: 'Remove this statement.',
    },
    schema: [],
  },
  create(context) {
    if (!mayUseVonage(context.sourceCode)) return {};
    /** What holds a secret in this file; `possible` is false for most files, which then get no sink listeners. */
    const secrets = getSecrets(context);
    // Each part listens only in files whose text can hold what it looks for: most files register nothing.
    const text = context.sourceCode.text;
    const listeners = new ListenerSet();
    if (secrets.possible) listenForSecretsInSinks(context, secrets, listeners);
    if (PUBLIC_ENV_TEXT.some(marker => text.includes(marker))) listenForPublicSecretNames(context, listeners);
    if (SECRET_MODULE_TEXT.some(marker => text.includes(marker))) listenForServerSdkImports(context, listeners);
    if (DEBUG_TEXT.some(marker => text.includes(marker))) listenForDebugSettings(context, listeners);
    return listeners.toListener();
  },
});

/** 1. Secrets in responses, templates and logs. */
function listenForSecretsInSinks(context: Context, secrets: SecretAnalysis, listeners: ListenerSet): void {
  const sourceCode = context.sourceCode;

    function checkSink(sink: Sink | null): void {
      if (!sink) return;
      for (const value of sink.values) {
        const removal: Removal = sink.separateArguments ? { type: 'argument', node: value, list: sink.values } : null;
        inspect(value, sink, 0, removal, false);
      }
    }

    /** Looks for secrets in a payload: the value itself, properties of objects (one level nested), template literals, concatenations. */
    function inspect(node: Node, sink: Sink, objectDepth: number, removal: Removal, asText: boolean): void {
      const value = skipValueWrappers(node);
      switch (value.type) {
        case 'ObjectExpression':
          if (objectDepth >= MAX_OBJECT_DEPTH) return;
          for (const property of value.properties) {
            if (property.type === 'SpreadElement') inspectReferencedObject(property.argument, sink);
            else inspect(property.value, sink, objectDepth + 1, { type: 'property', property }, false);
          }
          return;
        case 'ArrayExpression':
          if (objectDepth >= MAX_OBJECT_DEPTH) return;
          for (const element of value.elements) {
            if (element && element.type !== 'SpreadElement') inspect(element, sink, objectDepth + 1, null, false);
          }
          return;
        case 'TemplateLiteral':
          for (const expression of value.expressions) inspect(expression, sink, objectDepth, null, true);
          return;
        case 'BinaryExpression':
          if (value.operator !== '+') return;
          inspect(value.left, sink, objectDepth, null, true);
          inspect(value.right, sink, objectDepth, null, true);
          return;
        case 'ConditionalExpression':
          inspect(value.consequent, sink, objectDepth, null, asText);
          inspect(value.alternate, sink, objectDepth, null, asText);
          return;
        case 'LogicalExpression':
          if (value.operator !== '&&') inspect(value.left, sink, objectDepth, null, asText);
          inspect(value.right, sink, objectDepth, null, asText);
          return;
        case 'CallExpression': {
          const name = staticName(value.callee);
          if (name !== null && SERIALISERS.has(name)) {
            for (const argument of value.arguments) inspect(argument, sink, objectDepth, null, name === 'String');
            return;
          }
          break;
        }
        default:
          break;
      }
      const secret = secrets.secretOf(value);
      if (secret && isExposedBy(secret, sink, asText)) {
        reportSecret(value, secret, sink, removal);
      } else if (!secret && !asText && (value.type === 'Identifier' || value.type === 'MemberExpression')) {
        inspectReferencedObject(value, sink);
      }
    }

    /** `res.json(credentials)` / `{ ...credentials }` with `const credentials = { apiKey, apiSecret }`: report at the reference. */
    function inspectReferencedObject(node: Node, sink: Sink): void {
      const object = resolveObject(node, scopeOf(sourceCode, node));
      if (!object) {
        // `res.json(cfg.opentok)` with `opentok: { apiKey, apiSecret }` in the app's config module.
        const imported = secrets.importedMemberSecret(skipValueWrappers(node), MAX_OBJECT_DEPTH);
        if (imported) reportSecret(node, imported, sink, null);
        return;
      }
      if (object === skipValueWrappers(node)) return;
      for (const property of object.properties) {
        if (property.type !== 'Property') continue;
        const secret = secrets.secretOf(property.value);
        const key = getPropertyName(property);
        if (secret && key !== null && isExposedBy(secret, sink, false)) {
          reportSecret(node, { ...secret, name: shorten(`${sourceCode.getText(node)}.${key}`) }, sink, null);
          return;
        }
      }
    }

    /** Client objects leak through serialisation (responses, logs), not through string conversion or template locals. */
    function isExposedBy(secret: Secret, sink: Sink, asText: boolean): boolean {
      const isString = secret.kind === 'api-secret' || secret.kind === 'private-key' || secret.kind === 'rest-jwt';
      return isString || (!asText && sink.kind !== 'template');
    }

    function reportSecret(node: Node, secret: Secret, sink: Sink, removal: Removal): void {
      const suggest: Array<TSESLint.SuggestionReportDescriptor<MessageIds>> = [];
      if (removal?.type === 'property' && skipValueWrappers(removal.property.value) === node) {
      suggest.push(removePropertySuggestion(sourceCode, removal.property));
      } else if (removal?.type === 'argument' && skipValueWrappers(removal.node) === node) {
        const { node: argument, list } = removal;
        suggest.push({ messageId: 'removeArgument', fix: fixer => removeListElement(fixer, sourceCode, argument, list) });
      }
      context.report({ node, messageId: MESSAGE_OF_SINK[sink.kind], data: { secret: describeSecret(secret), sink: quote(sink.label) }, suggest });
    }

  const sinks = getSinks(context);
  const checkReturn = (value: Node, fn: FunctionNode | null): void => {
    if (fn) checkSink(sinks.ofReturn(value, fn));
      };
  listeners.on('CallExpression', node => checkSink(sinks.ofCall(node)));
  listeners.on('NewExpression', node => checkSink(sinks.ofNew(node)));
  listeners.on('AssignmentExpression', node => checkSink(sinks.ofAssignment(node)));
  listeners.on('ReturnStatement', node => {
    if (node.argument) checkReturn(node.argument, enclosingFunction(node));
  });
  listeners.on('ArrowFunctionExpression', node => {
    if (node.expression) checkReturn(node.body, node);
  });
}

/** 2. Secrets under a browser-public environment variable name. */
function listenForPublicSecretNames(context: Context, listeners: ListenerSet): void {
  const sourceCode = context.sourceCode;

    function checkPublicName(node: Node, name: string): void {
      const prefix = publicEnvPrefix(name);
      if (prefix === null) return;
      const kind = secretKindOfName(name, getSdkFile(context).showsVonageUsage);
      if (!kind) return;
      context.report({
        node,
        messageId: 'publicSecretVariable',
        data: { name: quote(name), prefix, kind: kind === 'private-key' ? 'application private key' : 'API secret' },
      });
    }

    /** SvelteKit: `import { PUBLIC_OPENTOK_SECRET } from '$env/static/public'`, `import { env } from '$env/dynamic/public'`. */
    function checkPublicEnvImport(node: TSESTree.ImportDeclaration): void {
      for (const specifier of node.specifiers) {
        if (specifier.type !== 'ImportSpecifier' || specifier.imported.type !== 'Identifier') continue;
        checkPublicName(specifier, specifier.imported.name);
        if (specifier.imported.name !== PUBLIC_ENV_OBJECT) continue;
        // Each `env.PUBLIC_X`, whatever the local name.
        for (const variable of sourceCode.getDeclaredVariables(specifier)) {
          for (const reference of variable.references) {
            const member = reference.identifier.parent;
            const name = member?.type === 'MemberExpression' && member.object === reference.identifier ? getPropertyName(member) : null;
            if (name !== null) checkPublicName(member as TSESTree.MemberExpression, name);
          }
        }
      }
    }

  listeners.on('MemberExpression', node => {
    const name = environmentVariableName(node);
    if (name !== null) checkPublicName(node, name);
  });
  listeners.on('VariableDeclarator', node => {
    // `const { NEXT_PUBLIC_OPENTOK_SECRET } = process.env`.
    if (node.id.type !== 'ObjectPattern' || !node.init || !isEnvironmentObject(node.init)) return;
    for (const property of node.id.properties) {
      const name = property.type === 'Property' ? getPropertyName(property) : null;
      if (name !== null) checkPublicName(property, name);
    }
  });
  listeners.on('ImportDeclaration', node => {
    if (PUBLIC_ENV_MODULES.includes(node.source.value)) checkPublicEnvImport(node);
  });
}

/** 3. Server SDKs in browser code: every module load and export is noted, and judged at the end of the file. */
function listenForServerSdkImports(context: Context, listeners: ListenerSet): void {
  const sourceCode = context.sourceCode;
  const moduleLoads: ModuleLoad[] = [];
  const serverOnlyExports: TSESTree.ExportNamedDeclaration[] = [];
  let hasJsx = false;

  function isGlobalRequire(identifier: TSESTree.Identifier): boolean {
    const variable = resolveVariable(scopeOf(sourceCode, identifier), identifier);
    return !variable || variable.defs.length === 0;
  }

    function reportServerSdkImports(): void {
      const secretModuleImports = moduleLoads.flatMap(load => {
        const module = load.typeOnly ? null : secretRequiringModule(load.specifier);
        return module !== null && isBundled(load) ? [{ node: load.node, module }] : [];
      });
      if (secretModuleImports.length === 0) return;
      const reason = clientReason();
      if (reason === null) return;
      for (const { node, module } of secretModuleImports) {
        const stub = BROWSER_STUB_MODULES.includes(module) ? ', and its browser build is only an "unsupported browser" stub' : '';
        context.report({ node, messageId: 'serverSdkInBrowser', data: { module, reason: describeReason(reason), stub } });
      }
    }

    /** A module load that ends up in the bundle: not type-only, not a `require` that is a local function. */
    function isBundled(load: ModuleLoad): boolean {
      if (load.node.type === 'CallExpression') return isGlobalRequire(load.node.callee as TSESTree.Identifier);
      if (load.node.type !== 'Literal' || load.node.parent.type !== 'ImportDeclaration') return true;
      // TypeScript drops imports whose bindings are used only as types, or not at all.
      const declaration = load.node.parent;
      if (declaration.specifiers.length === 0 || !/\.[cm]?tsx?$/.test(context.filename)) return true;
      return sourceCode.getDeclaredVariables(declaration).some(variable => variable.references.some(reference => (reference as { isValueReference?: boolean }).isValueReference !== false));
    }

    function clientReason(): ClientReason | null {
      const program = sourceCode.ast;
      const directives = leadingDirectives(program);
      if (directives.includes(CLIENT_DIRECTIVE)) return 'use-client';
      const segments = context.filename.replace(/\\/g, '/').split('/');
      const basename = segments.pop() as string;
      const serverPath = SERVER_FILE_SUFFIX.test(basename) || segments.some(segment => SERVER_DIRECTORIES.has(segment));
      const serverExport = serverOnlyExports.some(node => exportedNames(node).some(name => SERVER_ONLY_EXPORTS.has(name)));
      const importsServerOnly = moduleLoads.some(load => isServerOnlyModule(load.specifier));
      if (directives.includes(SERVER_DIRECTIVE) || serverPath || serverExport || importsServerOnly) return null;
      const sdk = getSdkFile(context);
      const importsBrowserSdk = moduleLoads.some(({ specifier }) => BROWSER_SDK_MODULES.includes(specifier) || Object.hasOwn(REACT_COMPONENT_MODULES, specifier));
      if (importsBrowserSdk || sdk.trackedCalls.some(call => call.sdk === 'browser') || usesBrowserGlobal()) return 'browser-sdk';
      const component = COMPONENT_FILE_EXTENSION.test(basename) && (basename.endsWith('.vue') || hasJsx);
      return component && !segments.some(segment => SERVER_COMPONENT_DIRECTORIES.has(segment)) ? 'component' : null;
    }

    /** `OT` / `TB` / `window.OT` from a script tag. */
    function usesBrowserGlobal(): boolean {
      const globalScope = scopeOf(sourceCode, sourceCode.ast);
      for (const reference of globalScope.through) {
        const identifier = reference.identifier;
        if (BROWSER_SDK_GLOBALS.includes(identifier.name)) return true;
        const parent = identifier.parent;
        if (identifier.name === 'window' && parent?.type === 'MemberExpression' && parent.object === identifier && BROWSER_SDK_GLOBALS.includes(getPropertyName(parent) ?? '')) return true;
      }
      return BROWSER_SDK_GLOBALS.some(name => {
        const variable = globalScope.set.get(name);
        return variable !== undefined && variable.defs.length === 0 && variable.references.length > 0;
      });
    }

    function describeReason(reason: ClientReason): string {
      if (reason === 'use-client') return "a `'use client'` module";
      if (reason === 'browser-sdk') return 'a module that uses the Vonage Video browser SDK';
      const extension = context.filename.slice(context.filename.lastIndexOf('.'));
      return `a \`${quote(extension)}\` UI component with no server-only marker`;
    }

      listeners.on('ImportDeclaration', node => {
        const typeOnly = node.importKind === 'type' || (node.specifiers.length > 0 && node.specifiers.every(specifier => specifier.type === 'ImportSpecifier' && specifier.importKind === 'type'));
        moduleLoads.push({ node: node.source, specifier: node.source.value, typeOnly });
      });
      listeners.on('CallExpression', node => {
        const specifier = node.callee.type === 'Identifier' && node.callee.name === 'require' ? requiredModule(node) : null;
        if (specifier !== null) moduleLoads.push({ node, specifier, typeOnly: false });
      });
      listeners.on('ImportExpression', node => {
        const source = node.source;
        if (source.type === 'Literal' && typeof source.value === 'string') moduleLoads.push({ node, specifier: source.value, typeOnly: false });
      });
      listeners.on('ExportNamedDeclaration', node => {
        if (node.source) moduleLoads.push({ node: node.source, specifier: node.source.value, typeOnly: node.exportKind === 'type' });
        serverOnlyExports.push(node);
      });
      listeners.on('ExportAllDeclaration', node => {
        moduleLoads.push({ node: node.source, specifier: node.source.value, typeOnly: node.exportKind === 'type' });
      });
      listeners.on('TSImportEqualsDeclaration', node => {
        const reference = node.moduleReference;
        if (reference.type === 'TSExternalModuleReference') moduleLoads.push({ node: reference, specifier: reference.expression.value, typeOnly: node.importKind === 'type' });
      });
      const sawJsx = (): void => {
        hasJsx = true;
      };
      listeners.on('JSXElement', sawJsx);
      listeners.on('JSXFragment', sawJsx);
      listeners.on('Program:exit', reportServerSdkImports);
}

/** 4. DEBUG settings that print secrets. */
function listenForDebugSettings(context: Context, listeners: ListenerSet): void {
  const sourceCode = context.sourceCode;
  let inDevelopmentOnly: ConditionTest | null = null;

  function checkDebugValue(node: Node, value: Node, removable: TSESTree.Property | null): void {
    const origin = findLiteralOrigin(value, scopeOf(sourceCode, value));
    if (!origin) return;
    const namespace = secretDebugNamespaceEnabledBy(origin.text);
    inDevelopmentOnly ??= developmentOnly(sourceCode);
    if (!namespace || isGuarded(node, inDevelopmentOnly, sourceCode)) return;
    const suggest: Array<TSESLint.SuggestionReportDescriptor<MessageIds>> = [];
    const statement = node.parent;
    if (removable) {
      suggest.push(removePropertySuggestion(sourceCode, removable));
    } else if (statement?.type === 'ExpressionStatement' && STATEMENT_LISTS.has(statement.parent.type)) {
      suggest.push({ messageId: 'removeStatement', fix: fixer => removeStatement(fixer, sourceCode, statement) });
    }
    const text = origin.text.length > MAX_VALUE_LENGTH ? `${origin.text.slice(0, MAX_VALUE_LENGTH - 1)}…` : origin.text;
    context.report({ node, messageId: 'debugLogsSecrets', data: { value: quote(text), namespace: quote(namespace.namespace), prints: namespace.prints }, suggest });
  }

  function checkDebugCall(node: TSESTree.CallExpression, callee: TSESTree.MemberExpression, method: string): void {
    const argument = node.arguments[0];
    if (!argument || argument.type === 'SpreadElement') return;
    const object = skipValueWrappers(callee.object);
    if (method === 'enable') {
      const module = object.type === 'Identifier' ? importedModuleOf(object, sourceCode) : requiredModule(object);
      if (module === DEBUG_MODULE) checkDebugValue(node, argument, null);
    } else if (method === 'assign' && object.type === 'Identifier' && object.name === 'Object' && isEnvironmentObject(argument)) {
      for (const source of node.arguments.slice(1)) {
        const assigned = skipValueWrappers(source);
        if (assigned.type !== 'ObjectExpression') continue;
        const property = assigned.properties.find((candidate): candidate is TSESTree.Property => candidate.type === 'Property' && getPropertyName(candidate) === DEBUG_VARIABLE);
        if (property) checkDebugValue(node, property.value, assigned.properties.length > 1 ? property : null);
      }
    }
  }

      listeners.on('CallExpression', node => {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
        const method = callee.property.name;
        if (method === 'enable' || method === 'assign') checkDebugCall(node, callee, method);
      });
      listeners.on('AssignmentExpression', node => {
        if (node.operator !== '=' && node.operator !== '||=' && node.operator !== '??=') return;
        if (environmentVariableName(node.left) === DEBUG_VARIABLE) checkDebugValue(node, node.right, null);
      });
}

function removePropertySuggestion(sourceCode: Context['sourceCode'], property: TSESTree.Property): TSESLint.SuggestionReportDescriptor<MessageIds> {
    const name = property.computed ? `[${sourceCode.getText(property.key)}]` : sourceCode.getText(property.key);
    return {
      messageId: 'removeProperty',
      data: { name: quote(name) },
      fix: fixer => removeProperty(fixer, sourceCode, property),
    };
    }

function describeSecret(secret: Secret): string {
  const from = secret.kind !== 'sdk-client' && secret.from !== undefined ? ` (imported from \`${quote(secret.from)}\`)` : '';
  switch (secret.kind) {
    case 'api-secret':
      return `The API secret \`${quote(secret.name)}\`${from}`;
    case 'private-key':
      return `The application private key \`${quote(secret.name)}\`${from}`;
    case 'sdk-client':
      return `The \`${secret.sdkClass}\` instance \`${quote(secret.name)}\`, which keeps the credentials in its properties,`;
    case 'rest-jwt':
      return `The Video REST API JWT \`${quote(secret.name)}\`, which lets its holder call the API as your project until it expires,`;
    case 'opentok-session':
      return `The opentok \`Session\` \`${quote(secret.name)}\`, whose \`ot\` property keeps the API secret,`;
  }
}

/** The directive prologue of a module (`'use client'`, `'use strict'`). */
function leadingDirectives(program: TSESTree.Program): string[] {
  const directives: string[] = [];
  for (const statement of program.body) {
    if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'Literal' || typeof statement.expression.value !== 'string') break;
    directives.push(statement.expression.value);
  }
  return directives;
}

/** Names an `export` declaration exports: `export function getServerSideProps`, `export const loader = …`, `export { loader }`. */
function exportedNames(node: TSESTree.ExportNamedDeclaration): string[] {
  const declaration = node.declaration;
  if (declaration?.type === 'FunctionDeclaration') return [declaration.id!.name];
  if (declaration?.type === 'VariableDeclaration') return declaration.declarations.flatMap(declarator => (declarator.id.type === 'Identifier' ? [declarator.id.name] : []));
  return node.specifiers.map(specifier => (specifier.exported.type === 'Identifier' ? specifier.exported.name : String(specifier.exported.value)));
}
