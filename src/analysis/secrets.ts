/**
 * Is this expression the Vonage Video API secret or the application private key, or an SDK object that holds it?
 *
 * A value is the secret when it comes, through variables, destructuring, fallbacks and transformations that keep the
 * whole value (`key.replace(/\\n/g, '\n')`, `` `${secret}` ``, `Buffer.from(key)`, `'Basic ' + secret`), from:
 * - an environment variable whose name says so (`process.env.OPENTOK_API_SECRET`, `process.env['X']`,
 *   `import.meta.env.X`, `const { VONAGE_PRIVATE_KEY } = process.env`);
 * - an SDK credential position in this file: the second argument of `new OpenTok(key, secret)`, the `apiSecret` /
 *   `privateKey` of the credentials of `new Video/Vonage/Auth({…})`: whatever variable, member path or environment
 *   variable is passed there is the secret, and so is whatever it was read from;
 * - a variable, parameter, member or config key (`config.get('opentok.secret')`) named after it: names that say
 *   opentok/vonage/tokbox (`VONAGE_SECRET_NAME`) anywhere, generic names (`apiSecret`, `privateKey`) only in files
 *   that show Vonage usage or under a Vonage-named object (`config.opentok.secret`).
 *
 * SDK objects that hold the secret are reported too: the variable or member a client is constructed into
 * (`const opentok = new OpenTok(…)`: `util.inspect` and `JSON.stringify` print its `apiSecret`), and the `Session`
 * handed to opentok's `createSession` callback (its `ot` property is the client).
 *
 * Values derived from the secret without carrying it are not the secret: `secret.length`, `Boolean(secret)`,
 * `!!secret`, `secret === x`, `secret.slice(0, 4)`, a hash or a signed client token. A JWT signed for the REST API (a
 * project JWT with `ist: 'project'`, an application JWT with `application_id`: see `project-jwt.ts`) is reported as
 * a credential of its own, since it calls the API as the project until it expires. Neither are names that describe the
 * secret rather than hold it (`OPENTOK_SECRET_NAME`, `privateKeyPath`, `hasVonageSecret`) or end-to-end encryption
 * secrets (participants are meant to receive those).
 *
 * One analysis per file, shared through a WeakMap; variables are resolved once and memoised.
 */
import path from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { GENERIC_SECRET_NAME, KEY_PATH_NAME, SERVER_CONSTRUCTORS, VONAGE_NAME_PATTERN, VONAGE_SECRET_NAME, findPrivateKey, isPlaceholderSecret, looksLikeFilePath } from '../sdk';
import { publicEnvPrefix } from '../sdk';
import { getPropertyName, getValueParent, skipValueWrappers, staticName } from '../ast';
import { matchProjectJwt } from './project-jwt';
import { getSdkFile } from './sdk-calls';
import { findProperty, isStringSource, resolveConstant, resolveObject, stringSourceText } from './values';
import { resolveVariable, scopeOf } from './scope';
import { quote } from '../util/quote';
import type { ValueSummary } from '../project/summary';

type Node = TSESTree.Node;
type Variable = TSESLint.Scope.Variable;
type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export type SecretKind =
  /** The OpenTok API secret (or a Vonage API secret). */
  | 'api-secret'
  /** A Vonage application's private key. */
  | 'private-key'
  /** An SDK client object, which keeps the credentials in its own properties. */
  | 'sdk-client'
  /** opentok's `Session` (from `createSession`'s callback): its `ot` property is the client. */
  | 'opentok-session'
  /** A JWT signed for the Video REST API: it authenticates as the project until it expires. */
  | 'rest-jwt';

export type Secret =
  | {
      kind: Exclude<SecretKind, 'sdk-client'>;
      /** How the code names it (`process.env.OPENTOK_API_SECRET`, `config.apiSecret`, `opentok`); never its value. */
      name: string;
      /** The app's own module it is imported from (`./config.js`, relative to the linted file), when it is. */
      from?: string;
    }
  | {
      kind: 'sdk-client';
      name: string;
      /** The SDK class (`OpenTok`, `Video`, `Vonage`, `Auth`). */
      sdkClass: string;
    };

export interface SecretAnalysis {
  /** `false` when no secret can appear in this file (no secret-like word, no SDK constructor): callers can skip work. */
  readonly possible: boolean;
  /** The secret `node` evaluates to, or contains whole, or `null`. */
  secretOf(node: Node): Secret | null;
  /**
   * A credential held by an object imported from the app's own module (`cfg.opentok` with `opentok: { apiSecret }`
   * in `./config.js`), searched `depth` levels deep, named by its path from `node`; or `null`.
   */
  importedMemberSecret(node: Node, depth: number): Secret | null;
}

const MAX_DEPTH = 10;
const MAX_NAME_LENGTH = 60;
const ENV_VAR_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
/** A name that ends with what it holds: the secret or key itself, maybe in an encoding (`VONAGE_PRIVATE_KEY64`, `privateKeyPem`). */
const HOLDS_SECRET = /(?:secret|private_?key)_?(?:contents?|pem|text|string|str|value|b64|base64|64|raw|data|buffer|buf)?$/i;
/** Names of flags and derived values: `hasVonageSecret`, `isOpentokSecretSet`, `maskedVonageSecret`. */
const DESCRIBES_SECRET = /^(?:has|is|should|can|use|uses|needs?|with|without|missing|no|masked|redacted|hashed|hidden|obfuscated|truncated|partial|short)(?:[A-Z_]|$)/;
/** End-to-end encryption secrets are handed to participants by design. */
const ENCRYPTION_SECRET = /encryption|e2ee/i;
/** Methods whose result still holds the whole value of the string they are called on. */
const PRESERVING_METHODS = new Set(['trim', 'trimStart', 'trimEnd', 'toString', 'replace', 'replaceAll', 'normalize', 'toLowerCase', 'toUpperCase', 'valueOf', 'concat', 'padStart', 'padEnd']);
/** Functions whose result holds the whole value of their first argument. */
const PRESERVING_FUNCTIONS = new Set(['String', 'encodeURIComponent', 'encodeURI', 'escape', 'btoa', 'Buffer.from', 'JSON.stringify']);
/** Functions whose result is not the value (a flag, a number). */
const NON_VALUE_FUNCTIONS = new Set(['Boolean', 'Number', 'parseInt', 'parseFloat', 'isNaN']);
/** Receivers of `get('KEY')` that read configuration (`config.get`, `this.configService.get`, `nconf.get`). */
const CONFIG_RECEIVER = /config|settings|secrets?$|^env$|nconf|convict/i;
const CONFIG_READERS = new Set(['get', 'getOrThrow']);

/**
 * Which secret a name says it holds. Names that say opentok/vonage/tokbox/video count anywhere; generic names
 * (`apiSecret`, `API_SECRET`, `privateKey`, `secret`) only when `vonageContext` (the file shows Vonage usage, or the
 * name sits under a Vonage-named object). A browser-public prefix (`NEXT_PUBLIC_`) is ignored.
 */
export function secretKindOfName(name: string, vonageContext: boolean): 'api-secret' | 'private-key' | null {
  if (ENCRYPTION_SECRET.test(name) || DESCRIBES_SECRET.test(name) || !HOLDS_SECRET.test(name)) return null;
  const prefix = publicEnvPrefix(name);
  const bare = prefix === null ? name : name.slice(prefix.length);
  // A bare `secret` counts here too: leaking any secret into a response or a log is worth a report.
  if (!VONAGE_SECRET_NAME.test(bare) && !(vonageContext && (GENERIC_SECRET_NAME.test(bare) || /^secret$/i.test(bare)))) return null;
  return /private_?key/i.test(bare) ? 'private-key' : 'api-secret';
}

/** `process.env` or `import.meta.env`. */
export function isEnvironmentObject(node: Node): boolean {
  const value = skipValueWrappers(node);
  if (value.type !== 'MemberExpression' || getPropertyName(value) !== 'env') return false;
  const object = value.object;
  return (object.type === 'Identifier' && object.name === 'process') || (object.type === 'MetaProperty' && object.meta.name === 'import');
}

/** The variable name of `process.env.NAME`, `process.env['NAME']`, `import.meta.env.NAME`, or `null`. */
export function environmentVariableName(node: Node): string | null {
  const value = skipValueWrappers(node);
  return value.type === 'MemberExpression' && isEnvironmentObject(value.object) ? getPropertyName(value) : null;
}

/** Text a string literal holds that could be a secret: not a placeholder, a path, a URL, an environment variable name. */
function looksLikeSecretText(text: string): boolean {
  if (findPrivateKey(text)) return true;
  if (text.length < 8 || /\s/.test(text) || isPlaceholderSecret(text) || ENV_VAR_NAME.test(text) || looksLikeFilePath(text)) return false;
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(text);
}

/** A value that is evidently not a secret string (a flag, a number, an object…), whatever its variable is called. */
function isEvidentlyNotSecret(node: Node): boolean {
  const value = skipValueWrappers(node);
  if (isStringSource(value)) return !looksLikeSecretText(stringSourceText(value));
  switch (value.type) {
    case 'BinaryExpression':
      return value.operator !== '+';
    case 'CallExpression':
      return value.callee.type === 'Identifier' && NON_VALUE_FUNCTIONS.has(value.callee.name);
    case 'MemberExpression':
      return getPropertyName(value) === 'length';
    case 'Literal':
    case 'UnaryExpression':
    case 'UpdateExpression':
    case 'ObjectExpression':
    case 'ArrayExpression':
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
    case 'ClassExpression':
    case 'NewExpression':
    case 'JSXElement':
    case 'JSXFragment':
      return true;
    default:
      return false;
  }
}

/** `a.b['c'].d` / `this.x.y` as text, or `null` when a part is not static. */
export function staticPath(node: Node): string | null {
  const parts: string[] = [];
  let current = skipValueWrappers(node);
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    if (current.type === 'Identifier') return [current.name, ...parts].join('.');
    if (current.type === 'ThisExpression') return ['this', ...parts].join('.');
    if (current.type !== 'MemberExpression') return null;
    const name = current.property.type === 'PrivateIdentifier' ? `#${current.property.name}` : getPropertyName(current);
    if (name === null) return null;
    parts.unshift(name);
    current = skipValueWrappers(current.object);
  }
  return null;
}

/** `this.<name>` for a class field (`ot = new OpenTok()`, `#ot = …`), or `null` for a computed key. */
function thisPath(field: TSESTree.PropertyDefinition): string | null {
  if (field.computed) return null;
  return `this.${field.key.type === 'PrivateIdentifier' ? `#${field.key.name}` : getPropertyName(field)}`;
}

/** Source text for a message: on one line, short, credentials redacted before it is cut (see `quote`). */
export function shorten(text: string): string {
  return quote(text, { maxLength: MAX_NAME_LENGTH });
}

const PENDING: unique symbol = Symbol('pending');
const WORDS = /secret|private_?key|application_id|tokenGenerate|ist['"]?\s*:\s*['"]project/i;

/** Text every module whose constructor takes credentials starts with: a file must contain one to construct a client. */
const CONSTRUCTOR_MODULE_PREFIXES = [...new Set(SERVER_CONSTRUCTORS.map(constructor => constructor.module.replace(/\/.*/, '/')))];

class FileSecrets implements SecretAnalysis {
  private readonly sourceCode: Readonly<TSESLint.SourceCode>;
  private vonageUsage: boolean | undefined;
  readonly possible: boolean;
  private readonly seededVariables = new Map<Variable, Secret>();
  private readonly seededPaths = new Map<string, Secret>();
  private readonly seededEnvironment = new Map<string, 'api-secret' | 'private-key'>();
  private readonly variables = new Map<Variable, Secret | null | typeof PENDING>();

  constructor(private readonly context: Context) {
    this.sourceCode = context.sourceCode;
    const text = this.sourceCode.text;
    // Most files name no SDK module: they need no SDK analysis to know that they construct no client.
    const sdk = CONSTRUCTOR_MODULE_PREFIXES.some(prefix => text.includes(prefix)) ? getSdkFile(context) : null;
    this.possible = (sdk !== null && sdk.constructions.length > 0) || WORDS.test(text) || this.importsAppValues();
    if (!this.possible || !sdk) return;
    for (const { node, sdkConstructor } of sdk.constructions) {
      if (sdkConstructor.credentials === 'positional-key-secret') {
        const secret = node.arguments[1];
        if (secret) this.seed(secret, 'api-secret', 0);
      } else {
        const credentials = node.arguments[0] && resolveObject(node.arguments[0], scopeOf(this.sourceCode, node));
        for (const [property, kind] of [['apiSecret', 'api-secret'], ['privateKey', 'private-key']] as const) {
          const found = credentials ? findProperty(credentials, property, scopeOf(this.sourceCode, node)) : null;
          if (found) this.seed(found.value, kind, 0);
        }
      }
      this.seedHolder(node, sdkConstructor.displayName);
    }
    for (const call of sdk.trackedCalls) {
      if (call.operation.receiver !== 'opentok' || call.operation.kind !== 'session.create') continue;
      const callback = call.node.arguments[call.node.arguments.length - 1];
      if (callback?.type !== 'ArrowFunctionExpression' && callback?.type !== 'FunctionExpression') continue;
      const session = callback.params[1];
      const variable = session?.type === 'Identifier' ? this.variableOf(session) : null;
      if (variable) this.seededVariables.set(variable, { kind: 'opentok-session', name: variable.name });
    }
  }

  secretOf(node: Node): Secret | null {
    return this.possible ? this.evaluate(node, 0) : null;
  }

  importedMemberSecret(node: Node, depth: number): Secret | null {
    const value = this.possible ? getSdkFile(this.context).appValueAt(node) : null;
    return value ? this.memberCredential(value, shorten(this.sourceCode.getText(node)), depth) : null;
  }

  private memberCredential(value: ValueSummary, text: string, depth: number): Secret | null {
    if (value.type !== 'object' || depth <= 0) return null;
    for (const [key, member] of value.members) {
      const secret = this.importedCredential(member, `${text}.${key}`) ?? this.memberCredential(member, `${text}.${key}`, depth - 1);
      if (secret) return secret;
    }
    return null;
  }

  /** The file imports values from the app's own modules (project model): one of them may be a credential. */
  private importsAppValues(): boolean {
    return /\bimport\b|\brequire\s*\(/.test(this.sourceCode.text) && getSdkFile(this.context).hasAppValues;
  }

  /** `key` imported from a config module whose summary says the export is a credential: the secret, named with its module. */
  private importedSecret(node: Node): Secret | null {
    const value = getSdkFile(this.context).appValueAt(node);
    return value ? this.importedCredential(value, this.sourceCode.getText(node)) : null;
  }

  /** The secret an imported value is, named `text` and by the module (relative to the linted file) that exports it. */
  private importedCredential(value: ValueSummary, text: string): Secret | null {
    if (value.type !== 'string' && value.type !== 'environment') return null;
    const kind = importedCredentialKind(value);
    if (!kind) return null;
    const relative = path.relative(path.dirname(this.context.filename), value.file).split(path.sep).join('/');
    return { kind, name: shorten(text), from: relative.startsWith('.') ? relative : `./${relative}` };
  }

  private get showsVonageUsage(): boolean {
    this.vonageUsage ??= getSdkFile(this.context).showsVonageUsage;
    return this.vonageUsage;
  }

  // --- seeds: what the SDK constructors of this file receive as credentials ---

  /** Marks `value` (passed in a credential position) and whatever it was read from as the secret. */
  private seed(value: Node, kind: 'api-secret' | 'private-key', depth: number): void {
    if (depth > MAX_DEPTH) return;
    const node = skipValueWrappers(value);
    // `privateKey: process.env.VONAGE_PRIVATE_KEY_PATH`: the SDK reads the key from that path; the path is no secret.
    if (kind === 'private-key' && saysKeyPath(node)) return;
    if (node.type === 'Identifier') {
      const variable = this.variableOf(node);
      if (!variable || this.seededVariables.has(variable)) return;
      this.seededVariables.set(variable, { kind, name: variable.name });
      const init = resolveConstant(node, scopeOf(this.sourceCode, node));
      if (init) this.seed(init, kind, depth + 1);
    } else if (node.type === 'MemberExpression') {
      const environmentName = environmentVariableName(node);
      if (environmentName !== null) this.seededEnvironment.set(environmentName, kind);
      const path = staticPath(node);
      if (path !== null) this.seededPaths.set(path, { kind, name: shorten(this.sourceCode.getText(node)) });
    } else if (node.type === 'LogicalExpression') {
      this.seed(node.left, kind, depth + 1);
      this.seed(node.right, kind, depth + 1);
    } else if (node.type === 'CallExpression') {
      const inner = this.preservedArgument(node);
      if (inner) this.seed(inner, kind, depth + 1);
    }
  }

  /** The variable or member an SDK client is constructed into. */
  private seedHolder(construction: Node, sdkClass: string): void {
    const { parent, child } = getValueParent(construction);
    let target: Node | null = null;
    if (parent?.type === 'VariableDeclarator' && parent.init === child) target = parent.id;
    else if (parent?.type === 'AssignmentExpression' && parent.right === child) target = parent.left;
    const variable = target?.type === 'Identifier' ? this.variableOf(target) : null;
    const path = target ? staticPath(target) : parent?.type === 'PropertyDefinition' && parent.value === child ? thisPath(parent) : null;
    if (variable) this.seededVariables.set(variable, { kind: 'sdk-client', name: variable.name, sdkClass });
    else if (path !== null) this.seededPaths.set(path, { kind: 'sdk-client', name: path, sdkClass });
  }

  // --- evaluation ---

  private evaluate(node: Node, depth: number): Secret | null {
    if (depth > MAX_DEPTH) return null;
    const value = skipValueWrappers(node);
    switch (value.type) {
      case 'Identifier':
        return this.importedSecret(value) ?? this.identifierSecret(value, depth);
      case 'MemberExpression':
        return this.importedSecret(value) ?? this.memberSecret(value);
      case 'CallExpression':
        return this.callSecret(value, depth);
      case 'TemplateLiteral':
        return asString(this.first(value.expressions, depth));
      case 'BinaryExpression':
        return value.operator === '+' ? asString(this.first([value.left, value.right], depth)) : null;
      case 'LogicalExpression':
        return this.first(value.operator === '&&' ? [value.right] : [value.left, value.right], depth);
      case 'ConditionalExpression':
        return this.first([value.consequent, value.alternate], depth);
      case 'AssignmentExpression':
        return value.operator === '=' ? this.evaluate(value.right, depth + 1) : null;
      case 'SequenceExpression':
        return this.evaluate(value.expressions[value.expressions.length - 1] as Node, depth + 1);
      default:
        return null;
    }
  }

  private first(nodes: readonly Node[], depth: number): Secret | null {
    for (const node of nodes) {
      const secret = this.evaluate(node, depth + 1);
      if (secret) return secret;
    }
    return null;
  }

  private variableOf(identifier: TSESTree.Identifier): Variable | null {
    return resolveVariable(scopeOf(this.sourceCode, identifier), identifier);
  }

  private identifierSecret(identifier: TSESTree.Identifier, depth: number): Secret | null {
    const variable = this.variableOf(identifier);
    if (!variable || variable.defs.length === 0) return this.byName(identifier.name, identifier.name, this.showsVonageUsage);
    const known = this.variables.get(variable);
    if (known === PENDING) return null;
    if (known !== undefined) return known;
    this.variables.set(variable, PENDING);
    const secret = this.variableSecret(variable, depth);
    this.variables.set(variable, secret);
    return secret;
  }

  private variableSecret(variable: Variable, depth: number): Secret | null {
    const seeded = this.seededVariables.get(variable);
    if (seeded) return seeded;
    let nameToCheck = variable.name;
    let opaque = true;
    for (const definition of variable.defs) {
      if (definition.type === 'Variable') {
        const declarator = definition.node;
        if (declarator.id === definition.name) {
          if (!declarator.init) continue;
          const secret = this.evaluate(declarator.init, depth + 1);
          if (secret) return { ...secret, name: variable.name };
          if (isEvidentlyNotSecret(declarator.init)) opaque = false;
          continue;
        }
        // `const { OPENTOK_SECRET } = process.env`, `const { apiSecret: secret } = config`.
        const key = destructuredKey(declarator.id, definition.name as TSESTree.Identifier);
        if (key === null) continue;
        if (declarator.init && isEnvironmentObject(declarator.init)) {
          return this.environmentSecret(key, variable.name);
        }
        nameToCheck = key;
      } else if (definition.type === 'ImportBinding' && definition.node.type === 'ImportSpecifier' && definition.node.imported.type === 'Identifier') {
        nameToCheck = definition.node.imported.name;
      } else if (definition.type !== 'Parameter' && definition.type !== 'ImportBinding') {
        // Functions, classes, enums, catch clause parameters…: not a string.
        opaque = false;
      }
    }
    for (const reference of variable.references) {
      const written = reference.writeExpr as Node | null | undefined;
      if (!written || reference.init) continue;
      const secret = this.evaluate(written, depth + 1);
      if (secret) return { ...secret, name: variable.name };
    }
    return opaque ? this.byName(nameToCheck, variable.name, this.showsVonageUsage) : null;
  }

  private memberSecret(member: TSESTree.MemberExpression): Secret | null {
    const environmentName = environmentVariableName(member);
    if (environmentName !== null) return this.environmentSecret(environmentName, shorten(this.sourceCode.getText(member)));
    const path = staticPath(member);
    const seeded = path === null ? undefined : this.seededPaths.get(path);
    if (seeded) return seeded;
    const name = getPropertyName(member);
    if (name === null) return null;
    const underVonageName = path !== null && path.split('.').slice(0, -1).some(part => VONAGE_NAME_PATTERN.test(part));
    return this.byName(name, shorten(this.sourceCode.getText(member)), this.showsVonageUsage || underVonageName);
  }

  private environmentSecret(name: string, text: string): Secret | null {
    const seeded = this.seededEnvironment.get(name);
    if (seeded) return { kind: seeded, name: text };
    return this.byName(name, text, this.showsVonageUsage);
  }

  private callSecret(call: TSESTree.CallExpression, depth: number): Secret | null {
    if (matchProjectJwt(call, scopeOf(this.sourceCode, call))) return { kind: 'rest-jwt', name: shorten(this.sourceCode.getText(call.callee)) };
    const returned = this.restJwtReturnedBy(call, depth);
    if (returned) return returned;
    const preserved = this.preservedArgument(call);
    if (preserved) {
      const secret = this.evaluate(preserved, depth + 1);
      // `JSON.stringify(opentok)` prints the client's own properties; `String(opentok)` is '[object Object]'.
      return staticName(call.callee) === 'JSON.stringify' ? secret : asString(secret);
    }
    // `config.get('opentok.apiSecret')`, `this.configService.get<string>('VONAGE_PRIVATE_KEY')`.
    const callee = skipValueWrappers(call.callee);
    const key = call.arguments[0];
    if (callee.type !== 'MemberExpression' || key?.type !== 'Literal' || typeof key.value !== 'string') return null;
    const method = getPropertyName(callee);
    const receiver = staticPath(callee.object);
    if (method === null || !CONFIG_READERS.has(method) || receiver === null || !CONFIG_RECEIVER.test(receiver.slice(receiver.lastIndexOf('.') + 1))) return null;
    const segments = key.value.split(/[.:/]/);
    const last = segments[segments.length - 1] as string;
    const underVonageName = segments.slice(0, -1).some(part => VONAGE_NAME_PATTERN.test(part));
    // Named by the call with its key only: a default after the key (`config.get('apiSecret', '…')`) is the secret itself.
    const named = `${this.sourceCode.text.slice(call.range[0], key.range[1])}${call.arguments.length > 1 ? ', …' : ''})`;
    return this.byName(last, shorten(named), this.showsVonageUsage || underVonageName);
  }

  /** `projectJwt()` where a same-file function returns a REST API JWT (`const projectJwt = () => jwt.sign({ ist: 'project', … })`). */
  private restJwtReturnedBy(call: TSESTree.CallExpression, depth: number): Secret | null {
    const callee = skipValueWrappers(call.callee);
    if (callee.type !== 'Identifier') return null;
    const variable = this.variableOf(callee);
    if (!variable) return null;
    let fn = functionsOfVariables.get(variable);
    if (fn === undefined) {
      const definition = variable.defs.length === 1 ? variable.defs[0] : undefined;
      let value: Node | null | undefined = null;
      if (definition?.type === 'FunctionName') value = definition.node;
      else if (definition?.type === 'Variable' && variable.references.every(reference => !reference.isWrite() || reference.init)) value = definition.node.init;
      fn = value && (value.type === 'ArrowFunctionExpression' || value.type === 'FunctionExpression' || value.type === 'FunctionDeclaration') ? value : null;
      functionsOfVariables.set(variable, fn);
    }
    if (!fn) return null;
    let body: Node | null = fn.body;
    if (body.type === 'BlockStatement') {
      const last = body.body[body.body.length - 1];
      body = last?.type === 'ReturnStatement' ? last.argument : null;
    }
    const secret = body ? this.evaluate(body, depth + 1) : null;
    return secret?.kind === 'rest-jwt' ? secret : null;
  }

  /** The argument or receiver whose whole value a call returns (`x.trim()`, `String(x)`, `Buffer.from(x)`). */
  private preservedArgument(call: TSESTree.CallExpression): Node | null {
    const callee = skipValueWrappers(call.callee);
    if (callee.type === 'MemberExpression') {
      const method = getPropertyName(callee);
      if (method !== null && PRESERVING_METHODS.has(method)) return callee.object;
    }
    const name = staticName(callee);
    const argument = call.arguments[0];
    return name !== null && PRESERVING_FUNCTIONS.has(name) && argument && argument.type !== 'SpreadElement' ? argument : null;
  }

  private byName(name: string, text: string, vonageContext: boolean): Secret | null {
    const kind = secretKindOfName(name, vonageContext);
    return kind ? { kind, name: shorten(text) } : null;
  }
}

/**
 * Whether an export of the app's own module (its summary) is a credential: a private key written into it, a string
 * exported under a secret's name (`apiSecret`, `OPENTOK_API_SECRET`; not a placeholder or a key file's path), or an
 * environment variable whose name or export name says it is the secret. Public values (API key, application ID),
 * key paths and a bare `secret` (a cookie's or a JWT's as likely) are not.
 */
function importedCredentialKind(value: Extract<ValueSummary, { type: 'string' | 'environment' }>): 'api-secret' | 'private-key' | null {
  if (value.type === 'environment') return exportedSecretKind(value.variable) ?? exportedSecretKind(value.name);
  if (findPrivateKey(value.value)) return 'private-key';
  const kind = value.value === '' || isPlaceholderSecret(value.value) ? null : exportedSecretKind(value.name);
  return kind === 'private-key' && looksLikeFilePath(value.value) ? null : kind;
}

function exportedSecretKind(name: string): 'api-secret' | 'private-key' | null {
  return /^secret$/i.test(name) ? null : secretKindOfName(name, true);
}

/** A variable, member or environment variable whose name says it holds a path or file name (`PRIVATE_KEY_PATH`). */
function saysKeyPath(node: Node): boolean {
  const name = node.type === 'Identifier' ? node.name : node.type === 'MemberExpression' ? getPropertyName(node) : null;
  return name !== null && KEY_PATH_NAME.test(name);
}

/** A secret that survives conversion to a string: the secret itself, not an object holding it. */
/** The function a variable names (`function f() {}`, `const f = () => …` never reassigned), memoised per variable. */
const functionsOfVariables = new WeakMap<Variable, TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration | null>();

function asString(secret: Secret | null): Secret | null {
  return secret && (secret.kind === 'api-secret' || secret.kind === 'private-key' || secret.kind === 'rest-jwt') ? secret : null;
}

/** The key of the property that binds `identifier` in a one-level object pattern (`{ key }`, `{ key: id }`, `{ key = 1 }`). */
function destructuredKey(pattern: Node, identifier: TSESTree.Identifier): string | null {
  if (pattern.type !== 'ObjectPattern') return null;
  for (const property of pattern.properties) {
    if (property.type !== 'Property') continue;
    const value = property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
    if (value === identifier) return getPropertyName(property);
  }
  return null;
}

const analyses = new WeakMap<object, FileSecrets>();

/** The secrets of the file being linted; computed once per file and shared by every rule. */
export function getSecrets(context: Context): SecretAnalysis {
  let analysis = analyses.get(context.sourceCode);
  if (!analysis) {
    analysis = new FileSecrets(context);
    analyses.set(context.sourceCode, analysis);
  }
  return analysis;
}
