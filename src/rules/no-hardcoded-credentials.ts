import path from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, getValueParent, skipValueWrappers, toConstantCase } from '../ast';
import { matchProjectJwt } from '../analysis/project-jwt';
import { mayUseVonage } from '../analysis/file-markers';
import { getSdkFile } from '../analysis/sdk-calls';
import { environmentVariableName } from '../analysis/secrets';
import { findLiteralOrigin, findProperty, isStringSource, resolveObject, stringSourceText } from '../analysis/values';
import type { LiteralOrigin, StringSource } from '../analysis/values';
import { isTestFile } from '../analysis/test-files';
import { replaceWithExpression } from '../fix';
import { GENERIC_SECRET_NAME, REST_AUTH_HEADERS, VONAGE_SECRET_NAME, findPrivateKey, isPlaceholderSecret, isWellKnownFakeSecret, looksLikeFilePath, PRIVATE_KEY_PREFIXES } from '../sdk';
import { createRule } from '../util/create-rule';
import { quote } from '../util/quote';
import { scopeOf } from '../analysis/scope';

type CredentialKind = 'apiSecret' | 'privateKey' | 'encryptionSecret';
type MessageIds = 'hardcodedApiSecret' | 'hardcodedPrivateKey' | 'hardcodedEncryptionSecret' | 'useEnvironment';
type Context = Readonly<TSESLint.RuleContext<MessageIds, []>>;

const MESSAGE_OF: Record<CredentialKind, MessageIds> = {
  apiSecret: 'hardcodedApiSecret',
  privateKey: 'hardcodedPrivateKey',
  encryptionSecret: 'hardcodedEncryptionSecret',
};

const DEFAULT_ENV_NAME: Record<CredentialKind, string> = {
  apiSecret: 'VONAGE_API_SECRET',
  privateKey: 'VONAGE_PRIVATE_KEY',
  encryptionSecret: 'VONAGE_ENCRYPTION_SECRET',
};

/** Credential properties of `new Video({…})`, `new Vonage({…})`, `new Auth({…})` (`@vonage/auth` AuthParams). */
const CREDENTIAL_PROPERTIES: Readonly<Record<string, CredentialKind>> = { apiSecret: 'apiSecret', privateKey: 'privateKey' };
const MIN_NAMED_SECRET_LENGTH = 8;
/** The environment variable the suggestion reads a whole `X-TB-PARTNER-AUTH` value from. */
const PARTNER_AUTH_ENV = 'VONAGE_PARTNER_AUTH';
const ENV_VAR_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
/** Objects whose `get(key, default)` reads configuration: `config`, `this.configService`, `nconf`, `settings`. */
const CONFIG_RECEIVER = /config|settings|secrets?$|^env$|nconf|convict/i;

export default createRule<[], MessageIds>({
  name: 'no-hardcoded-credentials',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Vonage Video API secrets, private keys and encryption secrets written into source code',
      recommended: 'recommended',
      guideSection: 'Keep the API key and secret private and secure',
    },
    hasSuggestions: true,
    messages: {
      hardcodedApiSecret:
        'Hard-coded Vonage Video API secret {{where}}: anyone who can read this code can create tokens and administer the project. Load it from the environment or a secret manager.',
      hardcodedPrivateKey:
        'Hard-coded Vonage application private key {{where}}: anyone who can read this code can sign API requests and tokens. Load it from the environment or a secret manager.',
      hardcodedEncryptionSecret:
        "Hard-coded end-to-end encryption secret {{where}}: anyone with this code can decrypt the call's media. Hand the secret to participants at run time from your server, per session.",
      useEnvironment: 'Read it from `process.env.{{name}}` instead.',
    },
    schema: [],
  },
  create(context) {
    const scan = startScan(context);
    // A file that cannot show Vonage usage can still hold a private key; everything else needs the SDK or its names.
    if (!mayUseVonage(context.sourceCode)) {
      return {
        ...listenForKeyMaterial(scan),
        'Program:exit': () => reportKeyLiterals(scan),
      };
    }
    return {
      ...listenForKeyMaterial(scan),
      ...listenForNamedSecrets(scan),
      CallExpression: node => checkCall(scan, node),
      JSXAttribute: node => checkJsxAttribute(scan, node),
      'Program:exit'() {
        checkConstructions(scan);
        reportNamedSecrets(scan);
        reportKeyLiterals(scan);
      },
    };
  },
});

/** What one file's scan keeps until it ends. */
interface Scan {
  context: Context;
  reported: Set<TSESTree.Node>;
  /** Literals holding key material, found while traversing; reported at the end unless already reported with more context. */
  keyLiterals: Array<{ literal: StringSource; name: string | null }>;
  /** Literals kept under a secret-looking name; whether they count depends on the whole file. */
  namedSecrets: Array<{ literal: StringSource; name: string; where?: string }>;
  /** Tests, fixtures and mocks hard-code well-known fake secrets (`'0123456789abcdef'`, `'aaaaaaaa'`): not reported there. */
  inTest: boolean;
}

function startScan(context: Context): Scan {
  return { context, reported: new Set(), keyLiterals: [], namedSecrets: [], inTest: isTestFile(context) };
}

function report(scan: Scan, literal: StringSource, kind: CredentialKind, where: string, name: string | null): void {
  if (scan.reported.has(literal) || (scan.inTest && isWellKnownFakeSecret(stringSourceText(literal)))) return;
  scan.reported.add(literal);
  const fallback = environmentFallback(scan.context.sourceCode, valueNodeOf(literal));
  const envName = fallback?.name ?? environmentName(name, kind);
  const target = fallback?.expression ?? valueNodeOf(literal);
  scan.context.report({
    node: literal,
    messageId: MESSAGE_OF[kind],
    data: { where },
    suggest: isExpressionPosition(target)
      ? [
          {
            messageId: 'useEnvironment',
            data: { name: quote(envName) },
            fix: fixer => replaceWithExpression(fixer, target, `process.env.${envName}`),
          },
        ]
      : [],
  });
}

/** `process.env.NAME || '…'` (or `??`): the suggestion drops the fallback and keeps the environment variable. */
function environmentFallback(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): { expression: TSESTree.LogicalExpression; name: string } | null {
  const parent = node.parent;
  if (parent?.type !== 'LogicalExpression') return null;
  const left = parent.left;
  const name = left.type === 'MemberExpression' && sourceCode.getText(left.object) === 'process.env' ? getPropertyName(left) : null;
  return name === null ? null : { expression: parent, name };
}

/**
 * A credential imported from the app's own module (`config.apiSecret` with `config = require('./config')`): the
 * project model read the string there. Reported here, where it reaches the SDK; the edit belongs in that module.
 */
function checkImportedCredential(context: Context, value: TSESTree.Node, kind: CredentialKind, where: string): boolean {
  const imported = getSdkFile(context).appValueAt(skipValueWrappers(value));
  if (imported?.type !== 'string') return false;
  const text = imported.value;
  const actualKind = kind === 'apiSecret' && findPrivateKey(text) ? 'privateKey' : kind;
  if (isPlaceholderSecret(text) || (!findPrivateKey(text) && !looksLikeSecretValue(text, actualKind))) return true;
  const relative = path.relative(path.dirname(context.filename), imported.file).split(path.sep).join('/');
  const file = relative.startsWith('.') ? relative : `./${relative}`;
  context.report({ node: value, messageId: MESSAGE_OF[actualKind], data: { where: `${where}, written in \`${quote(file)}\` as \`${quote(imported.name)}\`` } });
  return true;
}

/** A value in an SDK credential position: report the literal it comes from, wherever that is written. */
function checkCredentialValue(scan: Scan, value: TSESTree.Node, kind: CredentialKind, where: string): void {
  if (checkImportedCredential(scan.context, value, kind, where)) return;
  const origin = findLiteralOrigin(value, scopeOf(scan.context.sourceCode, value));
  if (!origin || isPlaceholderSecret(origin.text)) return;
  const actualKind = kind === 'apiSecret' && findPrivateKey(origin.text) ? 'privateKey' : kind;
  if (actualKind === 'privateKey' && looksLikeFilePath(origin.text)) return;
  report(scan, origin.literal, actualKind, where, nameOf(origin));
}

/** The legacy `X-TB-PARTNER-AUTH: <apiKey>:<apiSecret>` REST header, with the secret written into the code. */
function checkPartnerHeader(scan: Scan, value: TSESTree.Node): void {
  const where = 'in the `X-TB-PARTNER-AUTH` header of a REST API request';
  const scope = scopeOf(scan.context.sourceCode, value);
  const origin = findLiteralOrigin(value, scope);
  if (origin) {
    const secret = origin.text.slice(origin.text.lastIndexOf(':') + 1);
    if (origin.text.includes(':') && looksLikeSecretValue(secret, 'apiSecret')) report(scan, origin.literal, 'apiSecret', where, PARTNER_AUTH_ENV);
    return;
  }
  const template = skipValueWrappers(value);
  if (template.type !== 'TemplateLiteral' || template.expressions.length === 0) return;
  const last = template.quasis[template.quasis.length - 1] as TSESTree.TemplateElement;
  const before = template.quasis[template.quasis.length - 2] as TSESTree.TemplateElement;
  const tail = last.value.cooked ?? '';
  // `${KEY}:s3cr3t…` holds the secret itself; `${KEY}:${SECRET}` holds it when SECRET is a literal.
  if (tail.startsWith(':') && looksLikeSecretValue(tail.slice(1), 'apiSecret')) report(scan, template, 'apiSecret', where, PARTNER_AUTH_ENV);
  else if (tail === '' && (before.value.cooked ?? '').endsWith(':')) {
    checkCredentialValue(scan, template.expressions[template.expressions.length - 1] as TSESTree.Expression, 'apiSecret', where);
  }
}

/** The credentials given to every SDK client constructed in the file: `new Video({ apiSecret })`, `OpenTok(key, secret)`. */
function checkConstructions(scan: Scan): void {
  for (const { node, sdkConstructor } of getSdkFile(scan.context).constructions) checkConstruction(scan, node, sdkConstructor.displayName, sdkConstructor.credentials);
}

function checkConstruction(scan: Scan, node: TSESTree.NewExpression | TSESTree.CallExpression, displayName: string, style: 'positional-key-secret' | 'object'): void {
  const sourceCode = scan.context.sourceCode;
  const call = `\`${node.type === 'NewExpression' ? 'new ' : ''}${displayName}()\``;
  if (style === 'positional-key-secret') {
    const secret = node.arguments[1];
    if (secret) checkCredentialValue(scan, secret, 'apiSecret', `passed to ${call}`);
    return;
  }
  const credentials = node.arguments[0] && resolveObject(node.arguments[0], scopeOf(sourceCode, node));
  if (!credentials) return;
  for (const [property, kind] of Object.entries(CREDENTIAL_PROPERTIES)) {
    const found = findProperty(credentials, property, scopeOf(sourceCode, node));
    if (found) checkCredentialValue(scan, found.value, kind, `in the \`${property}\` credential of ${call}`);
  }
}

/** SDK calls that take a secret (`setEncryptionSecret`, a REST JWT signed with it, the partner header), and config defaults. */
function checkCall(scan: Scan, node: TSESTree.CallExpression): void {
  const context = scan.context;
  checkConfigDefault(scan, node);
  const call = getSdkFile(context).matchCall(node);
  const secret = node.arguments[0];
  if (call?.operation.kind === 'client.set-encryption-secret' && secret) {
    checkCredentialValue(scan, secret, 'encryptionSecret', `passed to \`${call.operation.method}()\``);
  }
  const signing = matchProjectJwt(node, scopeOf(context.sourceCode, node));
  if (signing?.secret) {
    checkCredentialValue(scan, encodedValue(signing.secret), signing.library === '@vonage/jwt' ? 'privateKey' : 'apiSecret', 'used to sign a Video REST API JWT');
  }
  for (const header of call?.rest?.headers ?? []) {
    if (header.name === REST_AUTH_HEADERS.legacyPartner) checkPartnerHeader(scan, header.value);
  }
}

function checkJsxAttribute(scan: Scan, node: TSESTree.JSXAttribute): void {
  if (node.name.type !== 'JSXIdentifier' || !node.value) return;
  const value = node.value.type === 'JSXExpressionContainer' ? node.value.expression : node.value;
  if (value.type === 'JSXEmptyExpression') return;
  if (node.name.name === 'encryptionSecret' && getSdkFile(scan.context).matchComponent(node.parent)?.component === 'OTSession') {
    checkCredentialValue(scan, value, 'encryptionSecret', 'in the `encryptionSecret` prop of `<OTSession>`');
  } else {
    // A prop is a property too: `<VideoRoom apiSecret="…">` passes the secret on to the SDK.
    collectNamed(scan, node.name.name, value);
  }
}

/** Literals written under a secret's name: variables, defaults, fallbacks, properties, assignments. */
function listenForNamedSecrets(scan: Scan): TSESLint.RuleListener {
  return {
    VariableDeclarator(node) {
      if (node.id.type === 'Identifier') collectNamed(scan, node.id.name, node.init);
    },
    // A default is a fallback written into the code, like `opts.apiSecret || '…'`: `{ apiSecret = '…' } = opts`,
    // `function connect(apiSecret = '…')`.
    AssignmentPattern(node) {
      if (node.left.type === 'Identifier') collectNamed(scan, node.left.name, node.right);
      // `const { apiSecret: secret = '…' } = options`: the key names it.
      if (node.parent.type === 'Property' && node.parent.value === node) collectNamed(scan, getPropertyName(node.parent), node.right);
    },
    LogicalExpression: node => checkFallback(scan, node),
    Property(node) {
      if (node.parent.type === 'ObjectExpression') collectNamed(scan, getPropertyName(node), node.value);
    },
    PropertyDefinition(node) {
      collectNamed(scan, getPropertyName(node), node.value);
    },
    AssignmentExpression(node) {
      const left = node.left;
      if (left.type === 'Identifier') collectNamed(scan, left.name, node.right);
      else if (left.type === 'MemberExpression') collectNamed(scan, getPropertyName(left), node.right);
    },
  };
}

/** Keeps the literal `value` is (or falls back to) when `name` is a secret's name; `where` words the report. */
function collectNamed(scan: Scan, name: string | null, value: TSESTree.Node | null | undefined, where?: string): boolean {
  if (name === null || !value) return false;
  const literal = fallbackLiteral(value);
  if (!literal || !(VONAGE_SECRET_NAME.test(name) || GENERIC_SECRET_NAME.test(name))) return false;
  scan.namedSecrets.push({ literal, name, ...(where === undefined ? {} : { where }) });
  return true;
}

/**
 * A default written into the code for a secret read from configuration: `config.get('apiSecret', '…')`,
 * `nconf.get('opentok:secret', '…')`. The key names it, whole (`opentok.apiSecret`) or by its last segment.
 */
function checkConfigDefault(scan: Scan, node: TSESTree.CallExpression): void {
  const callee = skipValueWrappers(node.callee);
  const [key, fallback] = node.arguments;
  if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'get' || key?.type !== 'Literal' || typeof key.value !== 'string' || !fallback) return;
  const receiver = skipValueWrappers(callee.object);
  const receiverName = receiver.type === 'Identifier' ? receiver.name : receiver.type === 'MemberExpression' ? getPropertyName(receiver) : null;
  if (receiverName === null || !CONFIG_RECEIVER.test(receiverName)) return;
  const where = `as the default of \`${quote(scan.context.sourceCode.text.slice(node.range[0], key.range[1]))})\``;
  const last = key.value.split(/[.:/]/).pop() as string;
  if (!collectNamed(scan, key.value, fallback, where)) collectNamed(scan, last, fallback, where);
}

/**
 * `process.env.OPENTOK_API_SECRET ?? '…'`, `options.apiSecret || '…'`, `apiSecret ?? '…'`, wherever it is written:
 * the fallback of a value named as a secret is a hard-coded secret.
 */
function checkFallback(scan: Scan, node: TSESTree.LogicalExpression): void {
  if (node.operator !== '||' && node.operator !== '??') return;
  const left = skipValueWrappers(node.left);
  const name = environmentVariableName(left) ?? (left.type === 'Identifier' ? left.name : left.type === 'MemberExpression' ? getPropertyName(left) : null);
  if (name !== null) collectNamed(scan, name, node.right, `as the fallback for \`${quote(scan.context.sourceCode.getText(node.left))}\``);
}

/** The named literals that hold a secret: a Vonage name anywhere, a generic one only in files that use Vonage. */
function reportNamedSecrets(scan: Scan): void {
  const sdk = getSdkFile(scan.context);
  for (const { literal, name, where } of scan.namedSecrets) {
    const text = stringSourceText(literal);
    const kind = secretKindOfName(name);
    const specific = /opentok|tokbox|vonage/i.test(name);
    if (!specific && !sdk.showsVonageUsage) continue;
    if (!looksLikeSecretValue(text, kind) && !findPrivateKey(text)) continue;
    report(scan, literal, findPrivateKey(text) ? 'privateKey' : kind, where ?? `in \`${quote(name)}\``, name);
  }
}

/** String literals and templates holding key material, in any file. */
function listenForKeyMaterial(scan: Scan): TSESLint.RuleListener {
  return {
    Literal(node) {
      if (typeof node.value === 'string' && node.value.length >= MIN_NAMED_SECRET_LENGTH) checkKeyMaterial(scan, node as TSESTree.StringLiteral, node.value);
    },
    TemplateLiteral(node) {
      // Most templates hold no key material: look for a header in each part before joining them.
      if (node.quasis.some(quasi => PRIVATE_KEY_PREFIXES.some(prefix => quasi.value.raw.includes(prefix)))) {
        checkKeyMaterial(scan, node, node.quasis.map(quasi => quasi.value.cooked ?? quasi.value.raw).join(''));
      }
    },
  };
}

function checkKeyMaterial(scan: Scan, literal: StringSource, text: string): void {
  if (findPrivateKey(text)) scan.keyLiterals.push({ literal, name: nameHolding(literal) });
}

/** Key material found anywhere, unless a more specific report already named it. */
function reportKeyLiterals(scan: Scan): void {
  for (const { literal, name } of scan.keyLiterals) report(scan, literal, 'privateKey', name === null ? 'in a string' : `in \`${quote(name)}\``, name);
}

/** The string a key is made from: `new TextEncoder().encode('…')` (`jose`), `Buffer.from('…')`. */
function encodedValue(node: TSESTree.Node): TSESTree.Node {
  const value = skipValueWrappers(node);
  if (value.type !== 'CallExpression' || value.callee.type !== 'MemberExpression') return node;
  const method = getPropertyName(value.callee);
  const argument = value.arguments[0];
  return (method === 'encode' || method === 'from') && argument && argument.type !== 'SpreadElement' ? argument : node;
}

function looksLikeSecretValue(text: string, kind: CredentialKind): boolean {
  if (text.length < MIN_NAMED_SECRET_LENGTH || /\s/.test(text) || isPlaceholderSecret(text) || ENV_VAR_NAME.test(text)) return false;
  if (kind === 'privateKey' && looksLikeFilePath(text)) return false;
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(text);
}

function secretKindOfName(name: string): CredentialKind {
  if (/encryption|e2ee/i.test(name)) return 'encryptionSecret';
  if (/private_?key/i.test(name)) return 'privateKey';
  return 'apiSecret';
}

/** The string literal `value` is, or falls back to (`process.env.X || '…'`). */
function fallbackLiteral(value: TSESTree.Node): StringSource | null {
  const inner = skipValueWrappers(value);
  if (isStringSource(inner)) return inner;
  if (inner.type === 'LogicalExpression' && (inner.operator === '||' || inner.operator === '??')) return fallbackLiteral(inner.right);
  return null;
}

/** Parents in which a string cannot be swapped for an expression: types, enum members, module specifiers. */
const NOT_AN_EXPRESSION = new Set<string>([
  'TSLiteralType',
  'TSEnumMember',
  'ImportDeclaration',
  'ExportAllDeclaration',
  'ExportNamedDeclaration',
  'TSExternalModuleReference',
  'ImportAttribute',
]);

/** Where replacing `node` with `process.env.X` gives valid code: not a type, an enum member, a module name or a key. */
function isExpressionPosition(node: TSESTree.Node): boolean {
  const parent = node.parent as TSESTree.Node & { key?: unknown };
  return !NOT_AN_EXPRESSION.has(parent.type) && parent.key !== node;
}

/** The whole value a literal is written as: the literal, or the tagged template it is the text of (String.raw`…`, dedent`…`). */
function valueNodeOf(literal: StringSource): TSESTree.Node {
  return literal.parent.type === 'TaggedTemplateExpression' ? literal.parent : literal;
}

/**
 * The variable or property a literal is written into, if any, through fallbacks (`x || '…'`) and calls that take it
 * as their first argument (`Buffer.from('…', 'base64')`, `crypto.createPrivateKey('…')`), not through other calls: in
 * `const opentok = OpenTok(key, '…')` the secret is not called `opentok`.
 */
function nameHolding(literal: StringSource): string | null {
  let { parent, child } = getValueParent(valueNodeOf(literal));
  while (parent?.type === 'LogicalExpression' || (parent?.type === 'CallExpression' && parent.arguments[0] === child)) {
    ({ parent, child } = getValueParent(parent));
  }
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id.name;
  if ((parent?.type === 'Property' || parent?.type === 'PropertyDefinition') && parent.value === child) return getPropertyName(parent);
  return null;
}

function nameOf(origin: LiteralOrigin): string | null {
  return origin.names[0] ?? nameHolding(origin.literal);
}

/** `process.env.<NAME>` for the suggestion: the project's own constant name when it has one, else a Vonage default. */
function environmentName(name: string | null, kind: CredentialKind): string {
  if (name !== null && ENV_VAR_NAME.test(name)) return name;
  if (name !== null && /opentok|tokbox|vonage/i.test(name)) return toConstantCase(name);
  return DEFAULT_ENV_NAME[kind];
}

