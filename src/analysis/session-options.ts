/**
 * The options of a `createSession` call, read once into a normalised form that `valid-session-options` and
 * `require-media-mode` share: the media mode and archive mode the session gets (explicit, or the SDK's default), how
 * each was spelled (valid, wrong case, the other SDK's spelling, misspelled, unknown), `e2ee` and `location`, each
 * with the property node that sets it.
 *
 * Also here: how to write a `@vonage/video` enum member at a given place (`MediaMode.ROUTED`, adding `MediaMode` to an
 * existing import when needed), and which session, created in this file, a session ID argument belongs to.
 */
import { findVariable, getStaticValue, isClosingBraceToken } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { OperationOptions } from './operation-options';
import { getOperationOptions, getOption, insertOption } from './operation-options';
import { appendListElement, insertProperty, replacePropertyValue } from '../fix';
import type { SdkCall, SdkFile } from './sdk-calls';
import { getCalleeMember, getPropertyName, receiverNames, requiredModule, skipValueWrappers } from '../ast';
import { findLiteralOrigin } from './values';
import type { LiteralOrigin, StringSource } from './values';
import {
  ARCHIVE_MODES,
  ARCHIVE_MODE_ENUM,
  MEDIA_MODES,
  MEDIA_MODE_ENUM,
  OPENTOK_CLIENT_NAME,
  SESSION_ENUM_MODULE,
  SESSION_ID_PROPERTY,
  SESSION_OPTION,
  SESSION_OPTION_NAMES,
  SESSION_SDKS,
  VONAGE_VIDEO_CLIENT_NAME,
} from '../sdk';
import type { ArchiveMode, MediaMode, SessionEnum, SessionSdk, SessionSdkFacts } from '../sdk';
import { resolveVariable, scopeOf } from './scope';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

const MAX_DEPTH = 8;
/** Longer strings are not compared for misspellings (keeps the edit distance cheap). */
const MAX_SPELLING_LENGTH = 24;
const MAX_EDIT_DISTANCE = 2;

/** How a mode option's value is written, compared with what the SDK accepts. */
export type Spelling<Mode extends string> =
  /** One of the SDK's own values (a string, or an enum member it accepts). */
  | { kind: 'valid'; mode: Mode; text: string }
  /** One of the SDK's values in the wrong case (`'ROUTED'`, `'Always'`). */
  | { kind: 'wrong-case'; mode: Mode; text: string }
  /** The other SDK's spelling of a mode (`'routed'` for `@vonage/video`, `MediaMode.ROUTED` for `opentok`). */
  | { kind: 'other-sdk'; mode: Mode; text: string }
  /** Close to one value (`'routd'`, `'alway'`). */
  | { kind: 'misspelled'; mode: Mode; text: string }
  /** A string that means no mode. */
  | { kind: 'unknown'; text: string };

export interface ModeOption<Mode extends string> {
  /** The property that sets the option, if one is written and visible. */
  property: TSESTree.Property | null;
  /**
   * `default`: not set (and every option is known), so the SDK default applies; `valid`/`invalid`: set to a value
   * known statically; `unknown`: set at run time, or hidden behind a spread of unknown content.
   */
  state: 'default' | 'valid' | 'invalid' | 'unknown';
  /** How the value is written (`valid` and `invalid` states only). */
  spelling: Spelling<Mode> | null;
  /** The string literal holding the value, when the value is one (directly or through constants). */
  literal: StringSource | null;
  /** The mode the session gets at run time, or `null` when that cannot be known. */
  mode: Mode | null;
}

export interface SessionOptions {
  call: SdkCall;
  sdk: SessionSdk;
  facts: SessionSdkFacts;
  options: OperationOptions;
  mediaMode: ModeOption<MediaMode>;
  archiveMode: ModeOption<ArchiveMode>;
  /** `value`: `true`/`false` when known (absent counts as `false`), `null` when set at run time. */
  e2ee: { property: TSESTree.Property | null; value: boolean | null };
  /** `text`: the location string when it is one, `null` otherwise. */
  location: { property: TSESTree.Property | null; text: string | null; literal: StringSource | null };
}

const cache = new WeakMap<TSESTree.CallExpression, SessionOptions | null>();

/** The options of a server SDK `createSession` call, or `null` when `call` is not one. Cached per call. */
export function readSessionOptions(call: SdkCall, sourceCode: SourceCode): SessionOptions | null {
  if (cache.has(call.node)) return cache.get(call.node) as SessionOptions | null;
  // Only the server SDKs have a `session.create` operation; a REST request's form body is not an SDK options object.
  const result = call.operation.kind === 'session.create' && call.via !== 'rest' ? read(call, sourceCode) : null;
  cache.set(call.node, result);
  return result;
}

function read(call: SdkCall, sourceCode: SourceCode): SessionOptions | null {
  const scope = scopeOf(sourceCode, call.node);
  const options = getOperationOptions(call, scope);
  const sdk = sessionSdkOf(call, options, scope);
  if (!sdk) return null;
  const facts = SESSION_SDKS[sdk];
  const option = (name: string) => getOption(options, name, scope);

  const mediaModeCandidates: Candidate<MediaMode>[] = MEDIA_MODES.flatMap(mode => [
    { spelling: facts.mediaModeValues[mode], mode, own: true },
    ...otherSdks(sdk).map(other => ({ spelling: SESSION_SDKS[other].mediaModeValues[mode], mode, own: false })),
  ]);
  const archiveModeCandidates: Candidate<ArchiveMode>[] = ARCHIVE_MODES.map(mode => ({ spelling: facts.archiveModeValues[mode], mode, own: true }));

  const mediaMode = readMode(option(SESSION_OPTION.mediaMode), options.complete, facts.defaultMediaMode, facts, {
    candidates: mediaModeCandidates,
    enumeration: MEDIA_MODE_ENUM,
    enumIsOwn: facts.mediaModeEnum !== null,
    sdk,
    scope,
  });
  const archiveMode = readMode(option(SESSION_OPTION.archiveMode), options.complete, facts.defaultArchiveMode, facts, {
    candidates: archiveModeCandidates,
    enumeration: ARCHIVE_MODE_ENUM,
    enumIsOwn: true,
    sdk,
    scope,
  });

  const e2eeProperty = option(SESSION_OPTION.e2ee);
  let e2ee: boolean | null = options.complete ? false : null;
  if (e2eeProperty) {
    const evaluated = getStaticValue(e2eeProperty.value as never, scope as never);
    e2ee = evaluated && typeof evaluated.value === 'boolean' ? evaluated.value : null;
  }

  const locationProperty = option(SESSION_OPTION.location);
  const locationOrigin = locationProperty ? staticString(locationProperty.value, scope) : null;

  return {
    call,
    sdk,
    facts,
    options,
    mediaMode,
    archiveMode,
    e2ee: { property: e2eeProperty, value: e2ee },
    location: { property: locationProperty, text: locationOrigin?.text ?? null, literal: locationOrigin?.literal ?? null },
  };
}

/**
 * The server SDK a `createSession` call belongs to, or `null` when it is not known to be one. A call matched by name
 * (the client came from another module) counts only when its options hold session options alone and either name some
 * or its receiver is named like a Vonage client (`db.createSession({ userId })`, `videoService.createSession()` do not
 * count). Its SDK must then be evident, so that a spelling or a default is never judged against the wrong SDK: a
 * Node-style callback or an `opentok`-like receiver mean `opentok` (which throws without a callback); a media mode
 * spelled one SDK's way means that SDK; a `video`-like receiver means `@vonage/video`.
 */
function sessionSdkOf(call: SdkCall, options: OperationOptions, scope: Scope): SessionSdk | null {
  if (call.confidence === 'tracked') return call.sdk as SessionSdk;
  const names = options.object?.properties.map(property => (property.type === 'Property' ? getPropertyName(property, scope) : null)) ?? [];
  if (names.some(name => name === null || !SESSION_OPTION_NAMES.includes(name))) return null;
  // Matched by name, so the callee is a member expression.
  const receiver = receiverNames((getCalleeMember(call.node) as TSESTree.MemberExpression).object).pop() ?? '';
  const opentokNamed = OPENTOK_CLIENT_NAME.test(receiver);
  const videoNamed = VONAGE_VIDEO_CLIENT_NAME.test(receiver);
  if (names.length === 0 && !opentokNamed && !videoNamed) return null;
  const last = call.node.arguments[call.node.arguments.length - 1];
  if (last?.type === 'ArrowFunctionExpression' || last?.type === 'FunctionExpression' || opentokNamed) return 'opentok';
  const spelled = spelledSdk(getOption(options, SESSION_OPTION.mediaMode, scope), scope);
  return spelled ?? (videoNamed ? '@vonage/video' : null);
}

/** The SDK whose media-mode spelling a `mediaMode` property uses (`'routed'`: `opentok`; `MediaMode.ROUTED`: `@vonage/video`). */
function spelledSdk(property: TSESTree.Property | null, scope: Scope): SessionSdk | null {
  if (!property) return null;
  const value = skipValueWrappers(property.value);
  if (value.type === 'MemberExpression') {
    const object = skipValueWrappers(value.object);
    const objectName = object.type === 'Identifier' ? object.name : object.type === 'MemberExpression' ? getPropertyName(object, scope) : null;
    return objectName === MEDIA_MODE_ENUM.name ? '@vonage/video' : null;
  }
  const text = findLiteralOrigin(value, scope)?.text.toLowerCase();
  return (Object.keys(SESSION_SDKS) as SessionSdk[]).find(sdk => Object.values(SESSION_SDKS[sdk].mediaModeValues).includes(text as string)) ?? null;
}

function otherSdks(sdk: SessionSdk): SessionSdk[] {
  return (Object.keys(SESSION_SDKS) as SessionSdk[]).filter(other => other !== sdk);
}

// --- reading one mode option -----------------------------------------------------------------------------------------

interface Candidate<Mode extends string> {
  spelling: string;
  mode: Mode;
  /** The SDK's own spelling (otherwise the other SDK's). */
  own: boolean;
}

interface ModeReader<Mode extends string> {
  candidates: readonly Candidate<Mode>[];
  enumeration: SessionEnum<Mode>;
  /** The SDK accepts this enum's members (`@vonage/video` takes `MediaMode.*`, both take `ArchiveMode.*`). */
  enumIsOwn: boolean;
  sdk: SessionSdk;
  scope: Scope;
}

function readMode<Mode extends string>(
  property: TSESTree.Property | null,
  complete: boolean,
  defaultMode: Mode,
  facts: SessionSdkFacts,
  reader: ModeReader<Mode>,
): ModeOption<Mode> {
  if (!property) {
    return complete
      ? { property, state: 'default', spelling: null, literal: null, mode: defaultMode }
      : { property, state: 'unknown', spelling: null, literal: null, mode: null };
  }
  const member = readEnumMember(property.value, reader.enumeration, reader.sdk, reader.scope);
  let spelling: Spelling<Mode> | null = null;
  let literal: StringSource | null = null;
  if (member) {
    const text = `${reader.enumeration.name}.${reader.enumeration.members[member].member}`;
    spelling = reader.enumIsOwn ? { kind: 'valid', mode: member, text } : { kind: 'other-sdk', mode: member, text };
  } else {
    const origin = staticString(property.value, reader.scope);
    if (origin) {
      literal = origin.literal;
      spelling = classify(origin.text, reader.candidates);
    }
  }
  if (!spelling) return { property, state: 'unknown', spelling: null, literal: null, mode: null };
  if (spelling.kind === 'valid') return { property, state: 'valid', spelling, literal, mode: spelling.mode };
  // `opentok` replaces a value it does not know with its default; `@vonage/video` sends it, with no known outcome.
  return { property, state: 'invalid', spelling, literal, mode: facts.unknownValue === 'uses-default' ? defaultMode : null };
}

/**
 * The string literal a value always is, through constants: `findLiteralOrigin`, confirmed by evaluation, so that a
 * fallback (`process.env.MODE || 'routed'`) does not count as the value.
 */
function staticString(node: Node, scope: Scope): LiteralOrigin | null {
  const origin = findLiteralOrigin(node, scope);
  return origin && getStaticValue(node as never, scope as never)?.value === origin.text ? origin : null;
}

function classify<Mode extends string>(text: string, candidates: readonly Candidate<Mode>[]): Spelling<Mode> {
  const exact = candidates.find(candidate => candidate.spelling === text);
  if (exact) return { kind: exact.own ? 'valid' : 'other-sdk', mode: exact.mode, text };
  const lower = text.toLowerCase();
  const folded = candidates.find(candidate => candidate.spelling === lower);
  if (folded) return { kind: folded.own ? 'wrong-case' : 'other-sdk', mode: folded.mode, text };
  if (lower.length <= MAX_SPELLING_LENGTH) {
    let best: Candidate<Mode> | null = null;
    let bestDistance = MAX_EDIT_DISTANCE + 1;
    let tie = false;
    for (const candidate of candidates) {
      const distance = editDistance(lower, candidate.spelling);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
        tie = false;
      } else if (distance === bestDistance && best?.mode !== candidate.mode) {
        tie = true;
      }
    }
    if (best && !tie) return { kind: 'misspelled', mode: best.mode, text };
  }
  return { kind: 'unknown', text };
}

/** Levenshtein distance of two short strings (both at most `MAX_SPELLING_LENGTH`-ish characters). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

// --- @vonage/video enums -------------------------------------------------------------------------------------------

/** What a variable is bound to in `SESSION_ENUM_MODULE`: one export (`import { MediaMode as MM }`) or the module itself. */
type ModuleBinding = { kind: 'export'; name: string } | { kind: 'module' };

/**
 * The export of `SESSION_ENUM_MODULE` a variable holds: `import { MediaMode } from '@vonage/video'` (any alias),
 * `import * as video`, `import video = require()`, `const { MediaMode } = require()`, `const video = require()`,
 * `const MediaMode = require().MediaMode`. `null` for anything else.
 */
function moduleBinding(variable: Variable): ModuleBinding | null {
  if (variable.defs.length !== 1) return null;
  const definition = variable.defs[0] as Definition;
  if (definition.type === 'ImportBinding') {
    const node = definition.node as Node;
    if (node.type === 'TSImportEqualsDeclaration') {
      const reference = node.moduleReference;
      return reference.type === 'TSExternalModuleReference' && isModuleName(reference.expression) ? { kind: 'module' } : null;
    }
    const declaration = node.parent;
    if (declaration?.type !== 'ImportDeclaration' || declaration.source.value !== SESSION_ENUM_MODULE || declaration.importKind === 'type') return null;
    if (node.type !== 'ImportSpecifier') return { kind: 'module' };
    if (node.importKind === 'type') return null;
    const imported = node.imported;
    return { kind: 'export', name: imported.type === 'Identifier' ? imported.name : imported.value };
  }
  if (definition.type !== 'Variable' || !definition.node.init) return null;
  const init = skipValueWrappers(definition.node.init);
  const id = definition.node.id;
  if (isModuleRequire(init)) {
    if (id.type === 'Identifier') return { kind: 'module' };
    // `const { MediaMode: MM } = require(…)`; a computed key gives no name, which matches no export.
    const property = (id as TSESTree.ObjectPattern).properties.find(candidate => candidate.type === 'Property' && candidate.value === definition.name);
    return property ? { kind: 'export', name: getPropertyName(property as TSESTree.Property) as string } : null;
  }
  if (init.type === 'MemberExpression' && isModuleRequire(skipValueWrappers(init.object))) {
    // `const MediaMode = require('@vonage/video').MediaMode`.
    return { kind: 'export', name: getPropertyName(init) as string };
  }
  return null;
}

function isModuleName(node: Node): boolean {
  return node.type === 'Literal' && node.value === SESSION_ENUM_MODULE;
}

function isModuleRequire(node: Node): node is TSESTree.CallExpression {
  return node.type === 'CallExpression' && node.arguments.length === 1 && requiredModule(node) === SESSION_ENUM_MODULE;
}

/**
 * The mode an enum member expression names (`MediaMode.ROUTED`, an alias `MM.ROUTED`, `video.MediaMode.ROUTED`), or
 * `null`. An identifier named like the enum but imported from elsewhere counts only for `@vonage/video` calls (a
 * project re-exporting the enum); one declared in this file is read for its value like any constant.
 */
function readEnumMember<Mode extends string>(node: Node, enumeration: SessionEnum<Mode>, sdk: SessionSdk, scope: Scope): Mode | null {
  const value = skipValueWrappers(node);
  if (value.type !== 'MemberExpression') return null;
  const memberName = getPropertyName(value, scope);
  const mode = (Object.keys(enumeration.members) as Mode[]).find(candidate => enumeration.members[candidate].member === memberName);
  if (!mode || !namesEnum(skipValueWrappers(value.object), enumeration.name, sdk, scope)) return null;
  return mode;
}

function namesEnum(object: Node, enumName: string, sdk: SessionSdk, scope: Scope): boolean {
  if (object.type === 'MemberExpression') {
    const inner = skipValueWrappers(object.object);
    if (getPropertyName(object, scope) !== enumName || inner.type !== 'Identifier') return false;
    const variable = resolveVariable(scope, inner);
    return variable !== null && moduleBinding(variable)?.kind === 'module';
  }
  if (object.type !== 'Identifier') return false;
  const variable = resolveVariable(scope, object);
  const binding = variable ? moduleBinding(variable) : null;
  if (binding) return binding.kind === 'export' && binding.name === enumName;
  if (object.name !== enumName) return false;
  // Undeclared (a global), or imported from another module: trusted by name only where the SDK takes the enum.
  if (!variable || variable.defs.length === 0) return true;
  return variable.defs[0]?.type === 'ImportBinding' && sdk === '@vonage/video';
}

/** How to write an enum member at a place: the text, and an edit that makes the name available, if one is needed. */
export interface EnumReference {
  text: string;
  /** Adds the enum to an existing import or `require` destructuring of `@vonage/video`; `null` when it is in scope. */
  addImport: ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | null;
}

/**
 * How to write `enumeration`'s member for `mode` at `node`: through a binding of `@vonage/video` already visible there
 * (`MediaMode.ROUTED`, `MM.ROUTED`, `video.MediaMode.ROUTED`), or by adding the enum to a top-level
 * `import { … } from '@vonage/video'` / `const { … } = require('@vonage/video')` when its name is free. `null` when the
 * file has neither (the caller then writes the raw value).
 */
export function enumReference<Mode extends string>(
  sourceCode: SourceCode,
  node: Node,
  enumeration: SessionEnum<Mode>,
  mode: Mode,
): EnumReference | null {
  const member = enumeration.members[mode].member;
  const scope = scopeOf(sourceCode, node);
  const program = sourceCode.ast as TSESTree.Program;
  let extendable: TSESTree.ImportDeclaration | TSESTree.ObjectPattern | null = null;
  for (const statement of program.body) {
    for (const variable of sourceCode.getDeclaredVariables(statement) as Variable[]) {
      const binding = moduleBinding(variable);
      if (!binding || findVariable(scope as never, variable.name) !== (variable as never)) continue;
      if (binding.kind === 'module') return { text: `${variable.name}.${enumeration.name}.${member}`, addImport: null };
      if (binding.name === enumeration.name) return { text: `${variable.name}.${member}`, addImport: null };
    }
    extendable ??= extendableImport(statement);
  }
  if (!extendable || !isFreeName(sourceCode, scope, enumeration.name)) return null;
  const target = extendable;
  return {
    text: `${enumeration.name}.${member}`,
    addImport: fixer =>
      target.type === 'ObjectPattern'
        ? insertProperty(fixer, sourceCode, target, enumeration.name)
        : appendListElement(fixer, sourceCode, target.specifiers.filter(specifier => specifier.type === 'ImportSpecifier'), sourceCode.getTokenBefore(target.source, isClosingBraceToken) as TSESTree.Token, enumeration.name, ' '),
  };
}

/** `import { Video } from '@vonage/video'` (a value import with named specifiers) or `const { Video } = require(…)`. */
function extendableImport(statement: TSESTree.ProgramStatement): TSESTree.ImportDeclaration | TSESTree.ObjectPattern | null {
  if (statement.type === 'ImportDeclaration') {
    const named = statement.specifiers.length > 0 && statement.specifiers.every(specifier => specifier.type === 'ImportSpecifier');
    const valueImport = statement.importKind !== 'type' && statement.specifiers.every(specifier => (specifier as TSESTree.ImportSpecifier).importKind !== 'type');
    return statement.source.value === SESSION_ENUM_MODULE && named && valueImport ? statement : null;
  }
  if (statement.type !== 'VariableDeclaration') return null;
  for (const declarator of statement.declarations) {
    const pattern = declarator.id;
    if (
      pattern.type === 'ObjectPattern' &&
      declarator.init &&
      isModuleRequire(skipValueWrappers(declarator.init)) &&
      pattern.properties.length > 0 &&
      pattern.properties.every(property => property.type === 'Property')
    ) {
      return pattern;
    }
  }
  return null;
}

/** No binding of `name` is visible at `scope`, and no undeclared use of it would start resolving to a new import. */
function isFreeName(sourceCode: SourceCode, scope: Scope, name: string): boolean {
  if (findVariable(scope as never, name)) return false;
  const globalScope = sourceCode.scopeManager?.globalScope as Scope;
  return !globalScope.through.some(reference => reference.identifier.name === name);
}

// --- which session a session ID belongs to --------------------------------------------------------------------------

/**
 * The `createSession` call, in this file, whose session `node` (a session ID expression) is the ID of:
 * `session.sessionId` where `session` is `opentok`'s callback parameter or `await video.createSession()`, a destructured
 * `{ sessionId }`, `.then(session => …)`, and variables assigned once from those. `null` when in doubt.
 */
export function findCreatingSession(node: Node, sourceCode: SourceCode, sdkFile: SdkFile): SdkCall | null {
  return sessionIdSource(node, { sourceCode, sdkFile }, 0);
}

interface Tracing {
  sourceCode: SourceCode;
  sdkFile: SdkFile;
}

function sessionIdSource(node: Node, tracing: Tracing, depth: number): SdkCall | null {
  if (depth > MAX_DEPTH) return null;
  const value = skipValueWrappers(node);
  if (value.type === 'MemberExpression') {
    return getPropertyName(value) === SESSION_ID_PROPERTY ? sessionSource(value.object, tracing, depth + 1) : null;
  }
  const origin = originOf(value, tracing.sourceCode);
  if (origin?.type === 'variable') {
    if (!origin.init) return null;
    if (origin.id.type === 'Identifier') return sessionIdSource(origin.init, tracing, depth + 1);
    return bindsSessionId(origin.id, origin.name) ? sessionSource(origin.init, tracing, depth + 1) : null;
  }
  return origin ? parameterSession(origin, param => bindsSessionId(param, origin.name), tracing) : null;
}

/** The `createSession` call whose result (a session object) `node` is. */
function sessionSource(node: Node, tracing: Tracing, depth: number): SdkCall | null {
  if (depth > MAX_DEPTH) return null;
  const value = skipValueWrappers(node);
  if (value.type === 'CallExpression') {
    const call = tracing.sdkFile.matchCall(value);
    return call && readSessionOptions(call, tracing.sourceCode) ? call : null;
  }
  const origin = originOf(value, tracing.sourceCode);
  if (origin?.type === 'variable') return origin.id.type === 'Identifier' && origin.init ? sessionSource(origin.init, tracing, depth + 1) : null;
  return origin ? parameterSession(origin, param => param === origin.name, tracing) : null;
}

/** Where the one definition of an identifier takes its value: a variable declarator, or a function's parameter. */
type Origin =
  | { type: 'variable'; id: TSESTree.BindingName; init: Node | null; name: TSESTree.BindingName }
  | { type: 'parameter'; fn: TSESTree.FunctionLike; name: TSESTree.BindingName };

function originOf(value: Node, sourceCode: SourceCode): Origin | null {
  if (value.type !== 'Identifier') return null;
  const definition = singleDefinition(value, sourceCode)?.definition;
  if (definition?.type === 'Variable') return { type: 'variable', id: definition.node.id, init: definition.node.init, name: definition.name };
  if (definition?.type === 'Parameter') return { type: 'parameter', fn: definition.node as TSESTree.FunctionLike, name: definition.name };
  return null;
}

/** The session a parameter receives from its callers, when `binds` picks the parameter out of the function's list. */
function parameterSession(origin: Origin & { type: 'parameter' }, binds: (param: TSESTree.Parameter) => boolean, tracing: Tracing): SdkCall | null {
  const index = origin.fn.params.findIndex(binds);
  return index === -1 ? null : sessionFromParameter(origin.fn, index, tracing);
}

/**
 * A session handed to a function: the second parameter of `opentok`'s `createSession(opts, (err, session) => …)`
 * callback, or the first of `video.createSession(opts).then(session => …)`.
 */
function sessionFromParameter(fn: TSESTree.FunctionLike, index: number, tracing: Tracing): SdkCall | null {
  const parent = fn.parent;
  if (parent?.type !== 'CallExpression' || !parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) return null;
  if (index === 1 && parent.arguments[parent.arguments.length - 1] === fn) {
    const call = tracing.sdkFile.matchCall(parent);
    if (call && readSessionOptions(call, tracing.sourceCode)?.sdk === 'opentok') return call;
  }
  const callee = skipValueWrappers(parent.callee);
  if (index === 0 && parent.arguments[0] === fn && callee.type === 'MemberExpression' && getPropertyName(callee) === 'then') {
    const promised = skipValueWrappers(callee.object);
    if (promised.type === 'CallExpression') {
      const call = tracing.sdkFile.matchCall(promised);
      if (call && readSessionOptions(call, tracing.sourceCode)?.sdk === '@vonage/video') return call;
    }
  }
  return null;
}

/** `{ sessionId }` or `{ sessionId: id }` binding `name`. */
function bindsSessionId(pattern: Node, name: Node): boolean {
  if (pattern.type !== 'ObjectPattern') return false;
  return pattern.properties.some(property => property.type === 'Property' && property.value === name && getPropertyName(property) === SESSION_ID_PROPERTY);
}

type Definition = Variable['defs'][number];

/** The only definition of the variable `identifier` refers to, when it is never assigned again. */
function singleDefinition(identifier: TSESTree.Identifier, sourceCode: SourceCode): { definition: Definition } | null {
  const variable = resolveVariable(scopeOf(sourceCode, identifier), identifier);
  const definition = variable?.defs[0];
  if (!variable || !definition || variable.defs.length !== 1) return null;
  if (variable.references.some(reference => reference.isWrite() && reference.identifier !== definition.name)) return null;
  return { definition };
}

// --- writing a mode -----------------------------------------------------------------------------------------------------

/** Source text for a mode option's value in one SDK's spelling, at a given place. */
export interface ModeText {
  /** `'routed'`, `MediaMode.ROUTED`, `video.MediaMode.ROUTED`, or the raw `'disabled'` when the enum is out of reach. */
  text: string;
  /** The edit that brings the enum into scope, if `text` needs one. */
  addImport: ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | null;
  /** When `text` is the raw value of an enum member the SDK's types ask for: that member (`MediaMode.ROUTED`). */
  rawValueOf: string | null;
}

/**
 * How to write `mode` for `option` in `sdk`'s spelling at `node`: `opentok` takes strings; `@vonage/video`'s types take
 * its enums, written through a binding in scope, or added to an existing import of `@vonage/video`, or else as the
 * raw value (valid JavaScript, but TypeScript wants the enum).
 */
export function writeMode(sourceCode: SourceCode, node: Node, sdk: SessionSdk, option: 'mediaMode' | 'archiveMode', mode: MediaMode | ArchiveMode): ModeText {
  const facts = SESSION_SDKS[sdk];
  const values: Readonly<Record<string, string>> = option === 'mediaMode' ? facts.mediaModeValues : facts.archiveModeValues;
  const raw = `'${values[mode] as string}'`;
  if (sdk === 'opentok') return { text: raw, addImport: null, rawValueOf: null };
  const enumeration = (option === 'mediaMode' ? MEDIA_MODE_ENUM : ARCHIVE_MODE_ENUM) as SessionEnum<string>;
  const reference = enumReference(sourceCode, node, enumeration, mode);
  if (reference) return { text: reference.text, addImport: reference.addImport, rawValueOf: null };
  return { text: raw, addImport: null, rawValueOf: `${enumeration.name}.${(enumeration.members[mode] as { member: string }).member}` };
}

/** A value to write for one option: source text, or a mode written by `writeMode`. */
export type OptionValue = string | ModeText;

/**
 * An edit that sets options of a `createSession` call: it replaces the value of each option that is written, inserts
 * the others into the call's own options (in one insertion), and adds any enum import they need. `null` when an option
 * must be inserted but the options cannot be edited at the call (a shared constant).
 */
export function setSessionOptions(
  sourceCode: SourceCode,
  session: SessionOptions,
  values: ReadonlyArray<readonly [name: 'mediaMode' | 'archiveMode' | 'e2ee', value: OptionValue]>,
): TSESLint.ReportFixFunction | null {
  const missing = values.filter(([name]) => !session[name].property);
  if (missing.length > 0 && !session.options.editable) return null;
  return fixer => {
    const fixes: TSESLint.RuleFix[] = [];
    for (const [name, value] of values) {
      const property = session[name].property;
      if (property) fixes.push(replacePropertyValue(fixer, property, textOf(value)));
      if (typeof value !== 'string' && value.addImport) fixes.push(value.addImport(fixer));
    }
    if (missing.length > 0) {
      fixes.push(insertOption(fixer, sourceCode, session.options, missing.map(([name, value]) => `${name}: ${textOf(value)}`).join(', ')) as TSESLint.RuleFix);
    }
    return fixes;
  };
}

function textOf(value: OptionValue): string {
  return typeof value === 'string' ? value : value.text;
}
