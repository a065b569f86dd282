/**
 * JWTs signed by hand to authenticate Video REST API calls: `jsonwebtoken`'s `jwt.sign(claims, secret, options)`,
 * `jose`'s `new SignJWT(claims)….setExpirationTime(t).sign(key)` and `@vonage/jwt`'s `tokenGenerate(appId, key, opts)`.
 *
 * A JWT counts when its claims say it is a Vonage project or application JWT: `ist: 'project'` (opentok's REST auth,
 * `{ iss: apiKey, ist: 'project', iat, exp }`) or `application_id`; `tokenGenerate` makes application JWTs unless its
 * claims are those of a client token (`scope`, `session_id`, `sub`, `acl`: a Video or Client SDK login token). A JWT for
 * any other service (a session cookie, an API of your own) has neither claim and is never one.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { PROJECT_JWT_CLAIMS, REST_AUTH_HEADERS } from '../sdk/rest';
import { getPropertyName, getValueParent, skipValueWrappers } from '../ast';
import { resolveVariable } from './scope';
import { findLiteralOrigin, findProperty, resolveObject } from './values';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;

export type JwtLibrary = 'jsonwebtoken' | 'jose' | '@vonage/jwt';

/** Where a signing says when the JWT expires. */
export type JwtExpiry =
  /** `exp` in the claims (or `@vonage/jwt`'s `exp` option): an absolute time in seconds since the epoch. */
  | { form: 'exp'; property: TSESTree.Property }
  /** `jsonwebtoken`'s `expiresIn` or `@vonage/jwt`'s `ttl`: a duration (seconds, or a string such as `'5m'`). */
  | { form: 'duration'; value: Node; property: TSESTree.Property | null }
  /** `jose`'s `setExpirationTime(t)`: a duration string, or a number meaning an absolute time. */
  | { form: 'jose'; value: Node };

export interface ProjectJwtSigning {
  library: JwtLibrary;
  /** The call that returns the JWT (the `sign()` at the end of a `jose` chain). */
  node: TSESTree.CallExpression;
  /** The signing secret or private key argument. */
  secret: Node | null;
  /** `null` when the JWT has no expiry that can be seen, and `complete` says whether that is certain. */
  expiry: JwtExpiry | null;
  /** The claims and options are fully known (no spread or value from elsewhere could add an expiry). */
  complete: boolean;
  /** Where to report a missing expiry. */
  reportNode: Node;
  /** Where to insert one: the options object (`jsonwebtoken`, `@vonage/jwt`), or `null`. */
  options: TSESTree.ObjectExpression | null;
  /** The library's own lifetime when none is set (`@vonage/jwt`: 900 s), or `null` when the JWT never expires. */
  defaultLifetime: number | null;
}

/** `@vonage/jwt` `tokenGenerate`'s default `ttl`. */
export const VONAGE_JWT_DEFAULT_TTL = 900;
/** Claims of a client (login) token rather than a REST API JWT. */
const CLIENT_TOKEN_CLAIMS = ['scope', 'session_id', 'sub', 'acl'];

/** The module an identifier is imported or required from, with the imported name (`default` for a default import). */
function importOf(identifier: TSESTree.Identifier, scope: Scope): { module: string; name: string } | null {
  const variable = resolveVariable(scope, identifier);
  const definition = variable?.defs[0];
  if (!definition || variable?.defs.length !== 1) return null;
  if (definition.type === 'ImportBinding') {
    const specifier = definition.node;
    const declaration = definition.parent;
    if (declaration?.type !== 'ImportDeclaration') return null;
    const name = specifier.type === 'ImportSpecifier' ? (specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value) : 'default';
    return { module: declaration.source.value, name };
  }
  if (definition.type !== 'Variable' || !definition.node.init) return null;
  const init = skipValueWrappers(definition.node.init);
  const required = init.type === 'CallExpression' && init.callee.type === 'Identifier' && init.callee.name === 'require' ? init.arguments[0] : undefined;
  if (required?.type !== 'Literal' || typeof required.value !== 'string') return null;
  const pattern = definition.node.id;
  if (pattern.type === 'Identifier') return { module: required.value, name: 'default' };
  if (pattern.type !== 'ObjectPattern') return null;
  // `const { sign } = require('jsonwebtoken')`, `const { SignJWT: Sign } = require('jose')`.
  const declared = variable?.identifiers[0];
  const bound = pattern.properties.find((candidate): candidate is TSESTree.Property => {
    if (candidate.type !== 'Property') return false;
    const value = candidate.value.type === 'AssignmentPattern' ? candidate.value.left : candidate.value;
    return value === declared;
  });
  const name = bound ? getPropertyName(bound) : null;
  return name === null ? null : { module: required.value, name };
}

/** `sign` of `jsonwebtoken`, `SignJWT` of `jose`, `tokenGenerate` of `@vonage/jwt`, as `callee` names it. */
function libraryFunction(callee: Node, scope: Scope): { module: string; name: string } | null {
  const value = skipValueWrappers(callee);
  if (value.type === 'Identifier') return importOf(value, scope);
  if (value.type !== 'MemberExpression' || value.object.type !== 'Identifier') return null;
  const object = importOf(value.object, scope);
  const name = getPropertyName(value);
  return object && name !== null ? { module: object.module, name } : null;
}

/** The project or application JWT `call` signs, or `null`. */
export function matchProjectJwt(call: TSESTree.CallExpression, scope: Scope): ProjectJwtSigning | null {
  const callee = skipValueWrappers(call.callee);
  // jose: `new SignJWT(claims).setProtectedHeader(h).setExpirationTime('5m').sign(key)`.
  if (callee.type === 'MemberExpression' && getPropertyName(callee) === 'sign') {
    const jose = joseChain(callee.object, scope);
    if (jose) return joseSigning(call, jose, scope);
  }
  const target = libraryFunction(callee, scope);
  if (!target) return null;
  if (target.module === 'jsonwebtoken' && target.name === 'sign') return jsonwebtokenSigning(call, scope);
  if (target.module === '@vonage/jwt' && target.name === 'tokenGenerate') return vonageJwtSigning(call, scope);
  return null;
}

function objectArgument(call: TSESTree.CallExpression, index: number, scope: Scope): { object: TSESTree.ObjectExpression | null; present: boolean } {
  const argument = call.arguments[index];
  if (!argument) return { object: null, present: false };
  return { object: argument.type === 'SpreadElement' ? null : resolveObject(argument, scope), present: true };
}

/** Whether the claims say this is a Vonage project (`ist: 'project'`) or application (`application_id`) JWT. */
function hasProjectClaims(claims: TSESTree.ObjectExpression, scope: Scope): boolean {
  if (findProperty(claims, PROJECT_JWT_CLAIMS.applicationId, scope)) return true;
  const ist = findProperty(claims, PROJECT_JWT_CLAIMS.issuerType, scope);
  return !!ist && findLiteralOrigin(ist.value, scope)?.text === PROJECT_JWT_CLAIMS.issuerTypeValue;
}

/** Every property is a plain one: no spread whose content is unknown could hide an `exp`. */
function isComplete(object: TSESTree.ObjectExpression | null, present: boolean): boolean {
  return present ? !!object && object.properties.every(property => property.type === 'Property') : true;
}

/** `{ 'X-OPENTOK-AUTH': value }`: a property that sends a project JWT to the REST API. */
function isProjectAuthHeader(node: Node | undefined): boolean {
  if (node?.type !== 'Property') return false;
  const name = getPropertyName(node);
  return name !== null && name.toLowerCase() === REST_AUTH_HEADERS.projectJwt;
}

/**
 * The JWT is sent as `X-OPENTOK-AUTH` (so it is a project JWT whatever its claims say): directly
 * (`{ 'X-OPENTOK-AUTH': jwt.sign(…) }`) or through a variable (`const auth = jwt.sign(…); … { 'X-OPENTOK-AUTH': auth }`).
 */
function sentAsProjectAuth(call: TSESTree.CallExpression, scope: Scope): boolean {
  const { parent, child } = getValueParent(call);
  if (isProjectAuthHeader(parent) && (parent as TSESTree.Property).value === child) return true;
  if (parent?.type !== 'VariableDeclarator' || parent.id.type !== 'Identifier') return false;
  const variable = resolveVariable(scope, parent.id);
  return !!variable?.references.some(reference => {
    const holder = (reference.identifier as Node).parent;
    return reference.isRead() && isProjectAuthHeader(holder) && (holder as TSESTree.Property).value === reference.identifier;
  });
}

function jsonwebtokenSigning(call: TSESTree.CallExpression, scope: Scope): ProjectJwtSigning | null {
  const claims = objectArgument(call, 0, scope).object;
  if (!claims || !(hasProjectClaims(claims, scope) || sentAsProjectAuth(call, scope))) return null;
  const options = objectArgument(call, 2, scope);
  const exp = findProperty(claims, 'exp', scope);
  const expiresIn = options.object && findProperty(options.object, 'expiresIn', scope);
  const inlineOptions = options.object && call.arguments[2] && skipValueWrappers(call.arguments[2]) === options.object ? options.object : null;
  return {
    library: 'jsonwebtoken',
    node: call,
    secret: (call.arguments[1] as Node | undefined) ?? null,
    expiry: exp ? { form: 'exp', property: exp } : expiresIn ? { form: 'duration', value: expiresIn.value, property: expiresIn } : null,
    complete: isComplete(claims, true) && isComplete(options.object, options.present),
    reportNode: call.callee,
    options: inlineOptions,
    defaultLifetime: null,
  };
}

function vonageJwtSigning(call: TSESTree.CallExpression, scope: Scope): ProjectJwtSigning | null {
  const options = objectArgument(call, 2, scope);
  if (options.object && CLIENT_TOKEN_CLAIMS.some(name => findProperty(options.object as TSESTree.ObjectExpression, name, scope))) return null;
  const exp = options.object && findProperty(options.object, 'exp', scope);
  const ttl = options.object && findProperty(options.object, 'ttl', scope);
  return {
    library: '@vonage/jwt',
    node: call,
    secret: (call.arguments[1] as Node | undefined) ?? null,
    expiry: exp ? { form: 'exp', property: exp } : ttl ? { form: 'duration', value: ttl.value, property: ttl } : null,
    complete: isComplete(options.object, options.present),
    reportNode: call.callee,
    options: options.object && call.arguments[2] && skipValueWrappers(call.arguments[2]) === options.object ? options.object : null,
    defaultLifetime: VONAGE_JWT_DEFAULT_TTL,
  };
}

interface JoseChain {
  claims: TSESTree.ObjectExpression | null;
  complete: boolean;
  expirationTime: Node | null;
  issuerTypeProject: boolean;
}

/** The `new SignJWT(claims).set…()` chain a `.sign()` is called on, or `null`. */
function joseChain(node: Node, scope: Scope): JoseChain | null {
  const chain: JoseChain = { claims: null, complete: true, expirationTime: null, issuerTypeProject: false };
  let current = skipValueWrappers(node);
  for (let depth = 0; depth < 16; depth++) {
    if (current.type === 'NewExpression') {
      const target = libraryFunction(current.callee, scope);
      if (target?.module !== 'jose' || target.name !== 'SignJWT') return null;
      const claims = current.arguments[0];
      chain.claims = claims && claims.type !== 'SpreadElement' ? resolveObject(claims, scope) : null;
      chain.complete &&= isComplete(chain.claims, !!claims);
      return chain;
    }
    if (current.type !== 'CallExpression' || current.callee.type !== 'MemberExpression') return null;
    const method = getPropertyName(current.callee);
    const argument = current.arguments[0];
    if (method === 'setExpirationTime' && argument && argument.type !== 'SpreadElement') chain.expirationTime ??= argument;
    current = skipValueWrappers(current.callee.object);
  }
  return null;
}

function joseSigning(call: TSESTree.CallExpression, chain: JoseChain, scope: Scope): ProjectJwtSigning | null {
  const claims = chain.claims;
  if (!claims || !hasProjectClaims(claims, scope)) return null;
  const exp = findProperty(claims, 'exp', scope);
  return {
    library: 'jose',
    node: call,
    secret: (call.arguments[0] as Node | undefined) ?? null,
    expiry: chain.expirationTime ? { form: 'jose', value: chain.expirationTime } : exp ? { form: 'exp', property: exp } : null,
    complete: chain.complete,
    reportNode: (call.callee as TSESTree.MemberExpression).property,
    options: null,
    defaultLifetime: null,
  };
}

/** A duration as `jsonwebtoken` (`ms`) and `jose` read it: `300`, `'300'`, `'5m'`, `'2 hours'`, `'1d'`; in seconds. */
export function parseDuration(text: string): number | null {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*(ms|msecs?|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|y|yrs?|years?)?\s*$/i.exec(text);
  if (!match) return null;
  const amount = Number(match[1]);
  const unit = (match[2] ?? '').toLowerCase();
  if (unit === '') return amount;
  const factor: Record<string, number> = { m: 1 / 1000, s: 1, i: 60, h: 3600, d: 86_400, w: 604_800, y: 31_557_600 };
  const key = unit.startsWith('ms') || unit.startsWith('msec') || unit.startsWith('milli') ? 'm' : unit.startsWith('mi') || unit === 'm' ? 'i' : (unit[0] as string);
  return amount * (factor[key] as number);
}
