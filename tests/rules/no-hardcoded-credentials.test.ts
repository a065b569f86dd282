import { generateKeyPairSync } from 'node:crypto';

import rule from '../../src/rules/no-hardcoded-credentials';
import { at } from '../helpers/locate';
import { commonjs, runRuleTester } from '../helpers/rule-tester';

// ---------------------------------------------------------------------------------------------------------------------
// Test values. All FAKE. The keys are throwaway keys generated right here, at load time, so no key material is ever
// committed; the API secrets are made-up hex/alphanumeric strings in the shapes of shared/sdk-reference.md section 5.4.
// ---------------------------------------------------------------------------------------------------------------------

const rsa = generateKeyPairSync('rsa', {
  modulusLength: 1024,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});
const ec = generateKeyPairSync('ec', {
  namedCurve: 'P-256',
  privateKeyEncoding: { type: 'sec1', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});

/** A PKCS#8 private key (`-----BEGIN PRIVATE KEY-----`, what the Vonage dashboard downloads), real newlines. */
const PEM = rsa.privateKey.trim();
/** The same key as it sits in a one-line string or `.env` file: `\n` escapes. */
const PEM_ESCAPED = PEM.replace(/\n/g, '\\n');
/** The same key base64-encoded (`VONAGE_PRIVATE_KEY64`, `Buffer.from(…, 'base64')`): starts `LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t`. */
const PEM_BASE64 = Buffer.from(`${PEM}\n`).toString('base64');
/** A SEC1 EC key (`-----BEGIN EC PRIVATE KEY-----`), escaped. */
const EC_PEM_ESCAPED = ec.privateKey.trim().replace(/\n/g, '\\n');
/** Public keys are meant to be shared (webhook signature checks): never reported. */
const PUBLIC_PEM_ESCAPED = rsa.publicKey.trim().replace(/\n/g, '\\n');
/** A certificate-shaped text: public too. */
const CERTIFICATE_ESCAPED = `-----BEGIN CERTIFICATE-----\\n${'MIIBszCCAVmgAwIBAgIUFakeFakeFakeFakeFakeFakeFakeFakeFakewCgYIKoZIzj0EAwIw'.repeat(3)}\\n-----END CERTIFICATE-----`;

/** An OpenTok API secret: 40 lowercase hex characters. */
const API_SECRET = '0123456789abcdef0123456789abcdef01234567';
/** A Vonage account API secret: 16 characters. */
const ACCOUNT_SECRET = '1234567890abcdef';
const APPLICATION_ID = 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab';

const FALLBACKS = `import OpenTok from 'opentok';
console.log(config.get('apiSecret', '${API_SECRET}'));
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET ?? '${ACCOUNT_SECRET}');
export const secretOf = () => nconf.get('opentok:secret', 'fallbackSecretValue42');
export function connect({ apiSecret: secret = 'abcdef0123456789' } = {}) {
  return secret;
}
log(process.env.VONAGE_API_SECRET || 'Zy9xW8vU7tS6rQ5p');
send(options.apiSecret ?? 'Pq4Rs5Tu6Vw7Xy8Z', apiSecret || 'Ab1Cd2Ef3Gh4Ij5K');`;

const useEnvironment = (name: string, output: string) => [{ messageId: 'useEnvironment' as const, data: { name }, output }];

// --- code builders: one template, the secret slotted in, so `output` is the same program with the edit applied --------

/** A Next.js API route (pages router) creating a `@vonage/video` client per request. */
const nextApiRoute = (privateKey: string): string => `import { Video } from '@vonage/video';

export default async function handler(req, res) {
  const video = new Video({
    applicationId: '${APPLICATION_ID}',
    privateKey: ${privateKey},
  });
  const session = await video.createSession({ mediaMode: 'routed' });
  res.status(200).json({ sessionId: session.sessionId });
}`;

/** A config module that keeps the key in a multi-line template literal, used through a nested object. */
const aliasedVideoClient = (key: string): string => `import { Video as VonageVideo } from '@vonage/video';

const PRIVATE_KEY = ${key};
const settings = { vonage: { applicationId: '${APPLICATION_ID}', privateKey: PRIVATE_KEY } };

export const video = new VonageVideo(settings.vonage);`;

/** A NestJS service: the client is built in the constructor and kept in a class field. */
const nestService = (privateKey: string): string => `import { Injectable } from '@nestjs/common';
import { Video } from '@vonage/video';

@Injectable()
export class VideoService {
  private readonly video: Video;

  constructor() {
    this.video = new Video({
      applicationId: '${APPLICATION_ID}',
      privateKey: ${privateKey},
    });
  }

  token(sessionId: string): string {
    return this.video.generateClientToken(sessionId, { role: 'subscriber' });
  }
}`;

/** opentok in "Vonage mode": application ID and the PEM key as the two positional arguments. */
const openTokVonageMode = (key: string): string => `import OpenTok from 'opentok';

export const opentok = new OpenTok('${APPLICATION_ID}', ${key});`;

const vonageKey64 = (value: string): string => `const { Vonage } = require('@vonage/server-sdk');

const VONAGE_PRIVATE_KEY64 = ${value};
module.exports = new Vonage({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: Buffer.from(VONAGE_PRIVATE_KEY64, 'base64') });`;

const jwtSigning = (key: string): string => `import jwt from 'jsonwebtoken';

export const sign = claims => jwt.sign(claims, ${key}, { algorithm: 'RS256' });`;

const pemDefaultExport = (key: string): string => `export default {
  port: 3000,
  key: ${key},
};`;

const rawTemplate = (value: string): string => `import { Video } from '@vonage/video';

const key = ${value};
export const video = new Video({ applicationId: '${APPLICATION_ID}', privateKey: key });`;

const namedPem = (value: string): string => `import OT from '@opentok/client';

export const vonagePrivateKey = ${value};`;

const jsxPemProp = (value: string): string => `export const KeyInfo = () => <KeyView label="signing key" pem=${value} />;`;

const pemTypeCode = `import type { Video } from '@vonage/video';

type DevKey = '${PEM_ESCAPED}';`;

const pemKeyCode = `const KNOWN_KEYS = {
  '${PEM_ESCAPED}': 'dev',
};`;

runRuleTester('no-hardcoded-credentials', rule, {
  valid: [
    // Tests and mocks: well-known fake secrets (placeholders, one character repeated, 0123456789abcdef…) are not reported.
    { code: `import OpenTok from 'opentok';\nconst opentok = new OpenTok('12345678', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');`, filename: '__tests__/client.test.js' },
    { code: `import OpenTok from 'opentok';\nconst opentok = new OpenTok('12345678', '0123456789abcdef0123456789abcdef');`, filename: 'test/client.ts' },
    { code: `import OpenTok from 'opentok';\nexport default new OpenTok('12345678', 'fake-api-secret-for-tests');`, filename: 'src/__mocks__/opentok.js' },
    // Placeholders anywhere: a placeholder word or only the identifier-like name of the secret.
    `import OpenTok from 'opentok';\nconst opentok = new OpenTok(process.env.OT_KEY, process.env.OT_SECRET || 'dummy');`,
    `import OpenTok from 'opentok';\nconst vonagePrivateKey = 'vonagePrivateKey';\nconst opentokApiSecret = 'API_SECRET';\nconst opentok = new OpenTok(k, s);`,
    `import { Auth } from '@vonage/auth';\nnew Auth({ applicationId: 'x', privateKey: 'YOUR_PRIVATE_KEY', apiSecret: '<your secret>' });`,
    // A bare `secret` in a Vonage app is as likely the session cookie's or a JWT signing key: not reported as Vonage's.
    `import OpenTok from 'opentok';\nimport session from 'express-session';\napp.use(session({ secret: 'sessionsecret123', resave: false }));\nconst secret = 'hs256-signing-key';\nexport const sign = (u) => jwt.sign({ sub: u.id }, secret);`,
    // The Vonage docs' way: `privateKey` is a path to the downloaded key file (named import, @vonage/video).
    `import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: './private.key' });`,
    // Absolute path and bare file name, in @vonage/server-sdk (destructured require, CommonJS) and @vonage/auth.
    {
      code: `const { Vonage } = require('@vonage/server-sdk');
const { Auth } = require('@vonage/auth');
const vonage = new Vonage({ applicationId: '${APPLICATION_ID}', privateKey: '/etc/keys/app.key' });
const auth = new Auth({ applicationId: '${APPLICATION_ID}', privateKey: 'private.key' });`,
      languageOptions: commonjs,
    },
    // Secrets from the environment (CommonJS opentok, Express server).
    {
      code: `const express = require('express');
const OpenTok = require('opentok');
const app = express();
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.get('/token', (req, res) => res.json({ token: opentok.generateToken(req.query.sessionId) }));`,
      languageOptions: commonjs,
    },
    // The key read from a file, and a path fallback for the environment variable.
    `import fs from 'node:fs';
import path from 'node:path';
import { Video } from '@vonage/video';
export const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: fs.readFileSync(path.join(import.meta.dirname, 'private.key')) });
export const fallback = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY || './private.key' });`,
    // Config lookups: a call, an imported constant, a nested property of an imported object, a computed key.
    `import OpenTok from 'opentok';
import config from 'config';
import { OPENTOK_SECRET } from './secrets';
import settings from './settings';
const a = new OpenTok(config.get('opentok.apiKey'), config.get('opentok.apiSecret'));
const b = new OpenTok(settings.opentok.apiKey, OPENTOK_SECRET);
const c = new OpenTok(settings.opentok.apiKey, settings.opentok.apiSecret);
const d = new OpenTok(settings.opentok.apiKey, settings[process.env.SECRET_KEY_NAME]);`,
    // Placeholders from docs and templates are not secrets, whatever the position.
    `import OpenTok from 'opentok';
import { Vonage } from '@vonage/server-sdk';
const opentok = new OpenTok('12345678', 'YOUR_API_SECRET');
const vonage = new Vonage({ apiKey: '<your api key>', apiSecret: '<your api secret>' });
const apiSecret = 'xxxxxxxxxxxxxxxx';
const API_SECRET = 'changeme';
const encryptionSecret = '{{E2EE_SECRET}}';`,
    // An empty secret (filled in at deploy time) in the credentials object.
    `import { Vonage } from '@vonage/server-sdk';
const vonage = new Vonage({ apiKey: process.env.VONAGE_API_KEY, apiSecret: '' });`,
    // A PEM header with no key material: format checks, and a template that assembles the key from the environment.
    `import { Video } from '@vonage/video';
const raw = process.env.VONAGE_PRIVATE_KEY;
const privateKey = raw.startsWith('-----BEGIN PRIVATE KEY') ? raw : \`-----BEGIN PRIVATE KEY-----\\n\${raw}\\n-----END PRIVATE KEY-----\`;
export const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey });`,
    // Public keys and certificates are public: a webhook signature check, an HTTPS server.
    `import { Vonage } from '@vonage/server-sdk';
export const VONAGE_PUBLIC_KEY = '${PUBLIC_PEM_ESCAPED}';
export const certificate = '${CERTIFICATE_ESCAPED}';`,
    // A generic secret name in a file with NO Vonage usage: some other service's settings, not this rule's business.
    `export const stripe = { apiKey: 'pk_test_1234', apiSecret: 'abcdef123456' };
export const API_SECRET = 'abcdef123456';`,
    // A 40-hex git SHA in a variable that is not named as a secret, in a file that uses Vonage.
    `import OpenTok from 'opentok';
export const COMMIT_SHA = '${API_SECRET}';
export const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);`,
    // The NAME of the environment variable is not the secret.
    `import OpenTok from 'opentok';
const secretName = 'OPENTOK_API_SECRET';
const OPENTOK_SECRET_ENV = 'OPENTOK_API_SECRET';
export const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env[OPENTOK_SECRET_ENV]);`,
    // Type positions hold no value: an interface member, a literal type, a declared constant, an annotation.
    {
      code: `import type { Video } from '@vonage/video';
interface VideoConfig { apiSecret: 'abcdef0123456789'; privateKey: string }
type Secret = 'abcdef0123456789';
declare const OPENTOK_API_SECRET: 'abcdef0123456789';
let apiSecret: 'abcdef0123456789' | undefined;`,
      parsers: ['typescript'],
    },
    // Destructuring defaults: too short to be a secret, or read from the environment (see the invalid `apiSecret = '…'`).
    `import OpenTok from 'opentok';
export function connect({ apiKey, apiSecret = 'x' } = {}) {
  const { encryptionSecret = process.env.E2EE_SECRET } = {};
  return new OpenTok(apiKey, apiSecret);
}`,
    // A URL under a secret name: where the secret is fetched from (a secret manager), not the secret.
    `const VONAGE_SECRET_URL = 'https://vault.example.com/v1/secret/data/vonage';
const vonageSecretPath = 'https://vault.example.com/v1/vonage/private_key';`,
    // Words with spaces are not secrets (express-session's sample value) even in a Vonage file.
    {
      code: `const session = require('express-session');
const OpenTok = require('opentok');
app.use(session({ secret: 'keyboard cat', resave: false }));`,
      languageOptions: commonjs,
    },
    // `otp…`/`other…` are not `OT_…`: a TOTP secret and a lookalike in a Vonage file.
    `import OpenTok from 'opentok';
const otpSecret = 'JBSWY3DPEHPK3PXP';
const otherPrivateKeyName = 'JBSWY3DPEHPK3PXP';`,
    // opentok-react-native: the e2ee secret comes from the token server; a bare prop; another element's namespaced prop.
    `import { OTSession } from 'opentok-react-native';
export const Call = ({ apiKey, sessionId, token, secret }) => (
  <OTSession apiKey={apiKey} sessionId={sessionId} token={token} encryptionSecret={secret}>
    <OTSession encryptionSecret />
    <svg xlink:href="#icon" />
    <Badge encryptionSecret="on" />
  </OTSession>
);`,
    // An empty JSX expression (TypeScript accepts it; espree does not parse it).
    { code: `import { OTSession } from 'opentok-react-native';\nexport const Call = () => <OTSession encryptionSecret={} />;`, parsers: ['typescript'] },
    // The e2ee secret fetched at run time; a call with no argument.
    `const session = OT.initSession(apiKey, sessionId);
const response = await fetch('/api/e2ee-secret');
session.setEncryptionSecret(await response.text());
session.setEncryptionSecret();`,
    // Cyclic constants and cyclic spreads end (depth limit), with no report and no crash.
    `import OpenTok from 'opentok';
import { Vonage } from '@vonage/server-sdk';
const a = b;
const b = a;
const c = { ...d };
const d = { ...c };
new OpenTok('12345678', a);
new Vonage(a);
new Vonage(c);`,
    // Constructions with nothing to check: no arguments, no secret, credentials from a call or an unknown spread.
    `import OpenTok from 'opentok';
import { Video } from '@vonage/video';
import { Vonage } from '@vonage/server-sdk';
new OpenTok();
new OpenTok(process.env.OPENTOK_API_KEY);
new Video();
new Video({ applicationId: process.env.VONAGE_APPLICATION_ID });
new Video(makeCredentials());
new Video(profiles[process.env.PROFILE]);
const base = { apiKey: process.env.VONAGE_API_KEY };
new Vonage({ ...base, ...overrides });
new Vonage({ apiKey: 'a1b2c3d4', apiSecret: 12345678 });`,
    // Values that are not constants: reassigned, declared twice, destructured, assigned after the declaration,
    // a parameter, an `&&` (not a fallback), a conditional.
    `import OpenTok from 'opentok';
let s1 = 'abcdef0123456789';
s1 = process.env.S1;
var s2 = 'abcdef0123456789';
var s2 = process.env.S2;
const { s3 } = { s3: 'abcdef0123456789' };
let s4;
s4 = 'abcdef0123456789';
const apiSecret = process.env.USE_ENV && process.env.OPENTOK_API_SECRET;
const ot = k => new OpenTok(k, k);
new OpenTok('12345678', s1);
new OpenTok('12345678', s2);
new OpenTok('12345678', s3);
new OpenTok('12345678', s4);
new OpenTok('12345678', process.env.USE_ENV && 'abcdef0123456789');
new OpenTok('12345678', process.env.DEV ? 'abcdef0123456789' : process.env.S5);`,
    // Secret-named things that hold no literal: a parameter, computed keys, a class field with no value, a
    // destructuring assignment.
    `import OpenTok from 'opentok';
class Client {
  apiSecret;
  constructor(options) {
    this.apiSecret = options.apiSecret;
    ({ apiSecret: this.apiSecret } = options);
  }
}
const key = 'apiSecret';
const map = { [key + 'x']: 'abcdef0123456789', [key]: process.env.S };`,
    // A tagged template whose text is not valid escape text (no cooked value) in a Vonage file.
    `import OpenTok from 'opentok';
const dir = String.raw\`C:\\users\\xyz\\opentok\`;`,
    // NestJS: the client is injected, built from configuration elsewhere (TypeScript-only syntax).
    {
      code: `import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Video } from '@vonage/video';

@Injectable()
export class TokenService {
  constructor(private readonly video: Video, private readonly config: ConfigService) {}

  static provide(config: ConfigService): Video {
    return new Video({ applicationId: config.get<string>('VONAGE_APPLICATION_ID'), privateKey: config.get<string>('VONAGE_PRIVATE_KEY') });
  }
}`,
      parsers: ['typescript'],
    },
    // Fallbacks that are placeholders, or not secrets: a key that names no secret, a receiver that is no config, a
    // default from the environment, an empty default.
    `import OpenTok from 'opentok';
const a = config.get('apiSecret', 'YOUR_API_SECRET');
const b = config.get('opentok.apiSecret', '<your secret>');
const c = config.get('region', 'abcdef0123456789abcdef');
const d = cache.get('apiSecret', 'abcdef0123456789abcdef');
const e = config.get('apiSecret', process.env.OPENTOK_API_SECRET);
const f = process.env.OPENTOK_API_SECRET ?? '';
const g = process.env.OPENTOK_REGION || 'abcdef0123456789abcdef';
const h = config.get(key, 'abcdef0123456789abcdef');
const { apiSecret: i = 'changeme' } = options;
const j = get('apiSecret', 'abcdef0123456789abcdef');
const k = this.configService.get('apiSecret', 'YOUR_API_SECRET');
const l = getConfig().get('apiSecret', 'abcdef0123456789abcdef');
const m = options.region || 'abcdef0123456789abcdef';
const n = load() ?? 'abcdef0123456789abcdef';
const o = options[key] || 'abcdef0123456789abcdef';`,
  ],
  invalid: [
    {
      // A real-looking secret in a test file is still reported.
      code: `import OpenTok from 'opentok';\nconst opentok = new OpenTok('12345678', '9f3b7c1e5a2d8064b1c9e7f3a5d2b8c4e6f1a3d9');`,
      filename: '__tests__/client.test.js',
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          line: 2,
          column: 41,
          endLine: 2,
          endColumn: 83,
          data: { where: 'passed to `new OpenTok()`' },
          suggestions: useEnvironment('VONAGE_API_SECRET', `import OpenTok from 'opentok';\nconst opentok = new OpenTok('12345678', process.env.VONAGE_API_SECRET);`),
        },
      ],
    },
    // Hard-coded defaults of a secret read from configuration or the environment, wherever they are written, and a
    // destructuring default under a secret's key.
    {
      code: `${FALLBACKS}`,
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          ...at(FALLBACKS, `'${API_SECRET}'`),
          data: { where: "as the default of `config.get('apiSecret')`" },
          suggestions: useEnvironment('VONAGE_API_SECRET', FALLBACKS.replace(`'${API_SECRET}'`, 'process.env.VONAGE_API_SECRET')),
        },
        {
          messageId: 'hardcodedApiSecret',
          ...at(FALLBACKS, `'${ACCOUNT_SECRET}'`),
          data: { where: 'passed to `new OpenTok()`' },
          suggestions: useEnvironment('OPENTOK_API_SECRET', FALLBACKS.replace(`process.env.OPENTOK_API_SECRET ?? '${ACCOUNT_SECRET}'`, 'process.env.OPENTOK_API_SECRET')),
        },
        {
          messageId: 'hardcodedApiSecret',
          ...at(FALLBACKS, "'fallbackSecretValue42'"),
          data: { where: "as the default of `nconf.get('opentok:secret')`" },
          suggestions: useEnvironment('OPENTOK_SECRET', FALLBACKS.replace("'fallbackSecretValue42'", 'process.env.OPENTOK_SECRET')),
        },
        {
          messageId: 'hardcodedApiSecret',
          ...at(FALLBACKS, "'abcdef0123456789'"),
          data: { where: 'in `apiSecret`' },
          suggestions: useEnvironment('VONAGE_API_SECRET', FALLBACKS.replace("'abcdef0123456789'", 'process.env.VONAGE_API_SECRET')),
        },
        {
          messageId: 'hardcodedApiSecret',
          ...at(FALLBACKS, "'Zy9xW8vU7tS6rQ5p'"),
          data: { where: 'as the fallback for `process.env.VONAGE_API_SECRET`' },
          suggestions: useEnvironment('VONAGE_API_SECRET', FALLBACKS.replace("process.env.VONAGE_API_SECRET || 'Zy9xW8vU7tS6rQ5p'", 'process.env.VONAGE_API_SECRET')),
        },
        {
          messageId: 'hardcodedApiSecret',
          ...at(FALLBACKS, "'Pq4Rs5Tu6Vw7Xy8Z'"),
          data: { where: 'as the fallback for `options.apiSecret`' },
          suggestions: useEnvironment('VONAGE_API_SECRET', FALLBACKS.replace("'Pq4Rs5Tu6Vw7Xy8Z'", 'process.env.VONAGE_API_SECRET')),
        },
        {
          messageId: 'hardcodedApiSecret',
          ...at(FALLBACKS, "'Ab1Cd2Ef3Gh4Ij5K'"),
          data: { where: 'as the fallback for `apiSecret`' },
          suggestions: useEnvironment('VONAGE_API_SECRET', FALLBACKS.replace("'Ab1Cd2Ef3Gh4Ij5K'", 'process.env.VONAGE_API_SECRET')),
        },
      ],
    },
    // (a) CommonJS opentok in an Express token server: the literal 2nd argument of `new OpenTok()`.
    {
      code: `const express = require('express');
const OpenTok = require('opentok');

const app = express();
const opentok = new OpenTok('12345678', '${API_SECRET}');
app.get('/token', (req, res) => res.json({ token: opentok.generateToken(req.query.sessionId) }));`,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          line: 5,
          column: 41,
          endLine: 5,
          endColumn: 83,
          data: { where: 'passed to `new OpenTok()`' },
          suggestions: useEnvironment('VONAGE_API_SECRET', `const express = require('express');
const OpenTok = require('opentok');

const app = express();
const opentok = new OpenTok('12345678', process.env.VONAGE_API_SECRET);
app.get('/token', (req, res) => res.json({ token: opentok.generateToken(req.query.sessionId) }));`),
        },
      ],
    },
    // `require` not declared (no CommonJS globals configured), opentok called without `new`, in a serverless handler;
    // a fallback behind something other than an environment variable stays a fallback.
    {
      code: `const OpenTok = require('opentok');

exports.handler = async event => {
  const opentok = OpenTok(process.env.OPENTOK_API_KEY, event.stageVariables.apiSecret || '${API_SECRET}');
  return { statusCode: 200, body: opentok.generateToken(event.queryStringParameters.sessionId) };
};`,
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          line: 4,
          column: 90,
          endLine: 4,
          endColumn: 132,
          data: { where: 'passed to `OpenTok()`' },
          suggestions: useEnvironment('VONAGE_API_SECRET', `const OpenTok = require('opentok');

exports.handler = async event => {
  const opentok = OpenTok(process.env.OPENTOK_API_KEY, event.stageVariables.apiSecret || process.env.VONAGE_API_SECRET);
  return { statusCode: 200, body: opentok.generateToken(event.queryStringParameters.sessionId) };
};`),
        },
      ],
    },
    // Followed through a constant: reported at the literal, and the suggestion keeps the project's own name.
    {
      code: `import OpenTok from 'opentok';

const API_KEY = '12345678';
const API_SECRET = '${API_SECRET}';

export const opentok = new OpenTok(API_KEY, API_SECRET);`,
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 62,
          data: { where: 'passed to `new OpenTok()`' },
          suggestions: useEnvironment('API_SECRET', `import OpenTok from 'opentok';

const API_KEY = '12345678';
const API_SECRET = process.env.API_SECRET;

export const opentok = new OpenTok(API_KEY, API_SECRET);`),
        },
      ],
    },
    // `import OpenTok = require()` and a constant config object: one report (not a second one for the `apiSecret` name).
    {
      code: `import OpenTok = require('opentok');

const config = { apiKey: '12345678', apiSecret: '${API_SECRET}' };
export const opentok = new OpenTok(config.apiKey, config.apiSecret);`,
      parsers: ['typescript'],
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          line: 3,
          column: 49,
          endLine: 3,
          endColumn: 91,
          data: { where: 'passed to `new OpenTok()`' },
          suggestions: useEnvironment('VONAGE_API_SECRET', `import OpenTok = require('opentok');

const config = { apiKey: '12345678', apiSecret: process.env.VONAGE_API_SECRET };
export const opentok = new OpenTok(config.apiKey, config.apiSecret);`),
        },
      ],
    },
    // An environment variable with a hard-coded fallback, in a constant (`??`) and inline (`||`): the suggestion drops
    // the fallback and keeps the variable the code already reads.
    {
      code: `import OpenTok from 'opentok';

const OPENTOK_API_SECRET = process.env.OPENTOK_API_SECRET ?? '${API_SECRET}';
export const a = new OpenTok(process.env.OPENTOK_API_KEY, OPENTOK_API_SECRET);
export const b = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET || '${ACCOUNT_SECRET}');`,
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          line: 3,
          column: 62,
          endLine: 3,
          endColumn: 104,
          data: { where: 'passed to `new OpenTok()`' },
          suggestions: useEnvironment('OPENTOK_API_SECRET', `import OpenTok from 'opentok';

const OPENTOK_API_SECRET = process.env.OPENTOK_API_SECRET;
export const a = new OpenTok(process.env.OPENTOK_API_KEY, OPENTOK_API_SECRET);
export const b = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET || '${ACCOUNT_SECRET}');`),
        },
        {
          messageId: 'hardcodedApiSecret',
          line: 5,
          column: 93,
          endLine: 5,
          endColumn: 111,
          data: { where: 'passed to `new OpenTok()`' },
          suggestions: useEnvironment('OPENTOK_API_SECRET', `import OpenTok from 'opentok';

const OPENTOK_API_SECRET = process.env.OPENTOK_API_SECRET ?? '${API_SECRET}';
export const a = new OpenTok(process.env.OPENTOK_API_KEY, OPENTOK_API_SECRET);
export const b = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);`),
        },
      ],
    },
    // A template literal (no expressions) is a literal too; fallbacks that are not a plain `process.env.NAME` read keep
    // the environment variable the suggestion adds after them.
    {
      code: `import OpenTok from 'opentok';
export const a = new OpenTok('12345678', \`${API_SECRET}\`);
export const b = new OpenTok('12345678', secretFromVault || '${ACCOUNT_SECRET}');
export const c = new OpenTok('12345678', process.env[SECRET_VARIABLE] ?? '${ACCOUNT_SECRET}');`,
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 84,
          data: { where: 'passed to `new OpenTok()`' },
          suggestions: useEnvironment('VONAGE_API_SECRET', `import OpenTok from 'opentok';
export const a = new OpenTok('12345678', process.env.VONAGE_API_SECRET);
export const b = new OpenTok('12345678', secretFromVault || '${ACCOUNT_SECRET}');
export const c = new OpenTok('12345678', process.env[SECRET_VARIABLE] ?? '${ACCOUNT_SECRET}');`),
        },
        {
          messageId: 'hardcodedApiSecret',
          line: 3,
          column: 61,
          endLine: 3,
          endColumn: 79,
          data: { where: 'passed to `new OpenTok()`' },
          suggestions: useEnvironment('VONAGE_API_SECRET', `import OpenTok from 'opentok';
export const a = new OpenTok('12345678', \`${API_SECRET}\`);
export const b = new OpenTok('12345678', secretFromVault || process.env.VONAGE_API_SECRET);
export const c = new OpenTok('12345678', process.env[SECRET_VARIABLE] ?? '${ACCOUNT_SECRET}');`),
        },
        {
          messageId: 'hardcodedApiSecret',
          line: 4,
          column: 74,
          endLine: 4,
          endColumn: 92,
          data: { where: 'passed to `new OpenTok()`' },
          suggestions: useEnvironment('VONAGE_API_SECRET', `import OpenTok from 'opentok';
export const a = new OpenTok('12345678', \`${API_SECRET}\`);
export const b = new OpenTok('12345678', secretFromVault || '${ACCOUNT_SECRET}');
export const c = new OpenTok('12345678', process.env[SECRET_VARIABLE] ?? process.env.VONAGE_API_SECRET);`),
        },
      ],
    },
    // opentok "Vonage mode": a PEM key as the 2nd argument is reported as a private key.
    {
      code: openTokVonageMode(`'${PEM_ESCAPED}'`),
      errors: [
        {
          messageId: 'hardcodedPrivateKey',
          ...at(openTokVonageMode(`'${PEM_ESCAPED}'`), `'${PEM_ESCAPED}'`),
          data: { where: 'passed to `new OpenTok()`' },
          suggestions: useEnvironment('VONAGE_PRIVATE_KEY', openTokVonageMode('process.env.VONAGE_PRIVATE_KEY')),
        },
      ],
    },
    // (b) Next.js API route, named import from @vonage/video: the PEM in the `privateKey` credential.
    {
      code: nextApiRoute(`'${PEM_ESCAPED}'`),
      errors: [
        {
          messageId: 'hardcodedPrivateKey',
          ...at(nextApiRoute(`'${PEM_ESCAPED}'`), `'${PEM_ESCAPED}'`),
          data: { where: 'in the `privateKey` credential of `new Video()`' },
          suggestions: useEnvironment('VONAGE_PRIVATE_KEY', nextApiRoute('process.env.VONAGE_PRIVATE_KEY')),
        },
      ],
    },
    // Aliased import, a multi-line template literal kept in a constant and passed through a nested config object.
    {
      code: aliasedVideoClient(`\`${PEM}\``),
      errors: [
        {
          messageId: 'hardcodedPrivateKey',
          ...at(aliasedVideoClient(`\`${PEM}\``), `\`${PEM}\``),
          data: { where: 'in the `privateKey` credential of `new Video()`' },
          suggestions: useEnvironment('PRIVATE_KEY', aliasedVideoClient('process.env.PRIVATE_KEY')),
        },
      ],
    },
    // Namespace import of @vonage/video with the Vonage account key/secret pair.
    {
      code: `import * as VonageVideo from '@vonage/video';
export const video = new VonageVideo.Video({ apiKey: 'a1b2c3d4', apiSecret: '${ACCOUNT_SECRET}' });`,
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          line: 2,
          column: 77,
          endLine: 2,
          endColumn: 95,
          data: { where: 'in the `apiSecret` credential of `new Video()`' },
          suggestions: useEnvironment('VONAGE_API_SECRET', `import * as VonageVideo from '@vonage/video';
export const video = new VonageVideo.Video({ apiKey: 'a1b2c3d4', apiSecret: process.env.VONAGE_API_SECRET });`),
        },
      ],
    },
    // Destructured require of @vonage/server-sdk (CommonJS).
    {
      code: `const { Vonage } = require('@vonage/server-sdk');
const vonage = new Vonage({ apiKey: 'a1b2c3d4', apiSecret: '${ACCOUNT_SECRET}' });
module.exports = vonage.video;`,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          line: 2,
          column: 60,
          endLine: 2,
          endColumn: 78,
          data: { where: 'in the `apiSecret` credential of `new Vonage()`' },
          suggestions: useEnvironment('VONAGE_API_SECRET', `const { Vonage } = require('@vonage/server-sdk');
const vonage = new Vonage({ apiKey: 'a1b2c3d4', apiSecret: process.env.VONAGE_API_SECRET });
module.exports = vonage.video;`),
        },
      ],
    },
    // @vonage/auth's `Auth`, handed to `Vonage`.
    {
      code: `import { Auth } from '@vonage/auth';
import { Vonage } from '@vonage/server-sdk';
const auth = new Auth({ apiKey: 'a1b2c3d4', apiSecret: '${ACCOUNT_SECRET}' });
export const vonage = new Vonage(auth);`,
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          line: 3,
          column: 56,
          endLine: 3,
          endColumn: 74,
          data: { where: 'in the `apiSecret` credential of `new Auth()`' },
          suggestions: useEnvironment('VONAGE_API_SECRET', `import { Auth } from '@vonage/auth';
import { Vonage } from '@vonage/server-sdk';
const auth = new Auth({ apiKey: 'a1b2c3d4', apiSecret: process.env.VONAGE_API_SECRET });
export const vonage = new Vonage(auth);`),
        },
      ],
    },
    // Credentials spread in from a constant object.
    {
      code: `import { Vonage } from '@vonage/server-sdk';
const defaults = { apiKey: 'a1b2c3d4', apiSecret: '${ACCOUNT_SECRET}' };
export const vonage = new Vonage({ ...defaults, applicationId: '${APPLICATION_ID}' });`,
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          line: 2,
          column: 51,
          endLine: 2,
          endColumn: 69,
          data: { where: 'in the `apiSecret` credential of `new Vonage()`' },
          suggestions: useEnvironment('VONAGE_API_SECRET', `import { Vonage } from '@vonage/server-sdk';
const defaults = { apiKey: 'a1b2c3d4', apiSecret: process.env.VONAGE_API_SECRET };
export const vonage = new Vonage({ ...defaults, applicationId: '${APPLICATION_ID}' });`),
        },
      ],
    },
    // An unknown spread after the secret may override it, so the credentials path says nothing; the name still counts.
    {
      code: `import { Vonage } from '@vonage/server-sdk';
export const vonage = new Vonage({ apiSecret: '${ACCOUNT_SECRET}', ...overrides });`,
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 65,
          data: { where: 'in `apiSecret`' },
          suggestions: useEnvironment('VONAGE_API_SECRET', `import { Vonage } from '@vonage/server-sdk';
export const vonage = new Vonage({ apiSecret: process.env.VONAGE_API_SECRET, ...overrides });`),
        },
      ],
    },
    // NestJS service (TypeScript): base64 PEM decoded with `Buffer.from()` inside `this.video = new Video({…})`.
    {
      code: nestService(`Buffer.from('${PEM_BASE64}', 'base64')`),
      parsers: ['typescript'],
      errors: [
        {
          messageId: 'hardcodedPrivateKey',
          ...at(nestService(`Buffer.from('${PEM_BASE64}', 'base64')`), `'${PEM_BASE64}'`),
          data: { where: 'in `privateKey`' },
          suggestions: useEnvironment('VONAGE_PRIVATE_KEY', nestService(`Buffer.from(process.env.VONAGE_PRIVATE_KEY, 'base64')`)),
        },
      ],
    },
    // (e) A TypeScript config module with no Vonage usage: a name that says Vonage counts anywhere (`as`, `as const`).
    {
      code: `export const videoConfig = {
  apiKey: '12345678',
  vonageApiSecret: '${API_SECRET}' as string,
} as const;`,
      parsers: ['typescript'],
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 62,
          data: { where: 'in `vonageApiSecret`' },
          suggestions: useEnvironment('VONAGE_API_SECRET', `export const videoConfig = {
  apiKey: '12345678',
  vonageApiSecret: process.env.VONAGE_API_SECRET as string,
} as const;`),
        },
      ],
    },
    // Vonage-named variable and property assignment in a plain settings file.
    {
      code: `export const OPENTOK_API_SECRET = '${API_SECRET}';
settings.tokboxSecret = '${ACCOUNT_SECRET}';`,
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          line: 1,
          column: 35,
          endLine: 1,
          endColumn: 77,
          data: { where: 'in `OPENTOK_API_SECRET`' },
          suggestions: useEnvironment('OPENTOK_API_SECRET', `export const OPENTOK_API_SECRET = process.env.OPENTOK_API_SECRET;
settings.tokboxSecret = '${ACCOUNT_SECRET}';`),
        },
        {
          messageId: 'hardcodedApiSecret',
          line: 2,
          column: 25,
          endLine: 2,
          endColumn: 43,
          data: { where: 'in `tokboxSecret`' },
          suggestions: useEnvironment('TOKBOX_SECRET', `export const OPENTOK_API_SECRET = '${API_SECRET}';
settings.tokboxSecret = process.env.TOKBOX_SECRET;`),
        },
      ],
    },
    // Generic name in a class field, in a file that imports the SDK (even `import type`).
    {
      code: `import type { Video } from '@vonage/video';

export class VideoSettings {
  private readonly apiSecret = '${ACCOUNT_SECRET}';
  video?: Video;
}`,
      parsers: ['typescript'],
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          line: 4,
          column: 32,
          endLine: 4,
          endColumn: 50,
          data: { where: 'in `apiSecret`' },
          suggestions: useEnvironment('VONAGE_API_SECRET', `import type { Video } from '@vonage/video';

export class VideoSettings {
  private readonly apiSecret = process.env.VONAGE_API_SECRET;
  video?: Video;
}`),
        },
      ],
    },
    // A project's own wrapper module (its path says opentok) makes generic names count.
    {
      code: `import { createToken } from '../lib/opentok';

const API_SECRET = '${ACCOUNT_SECRET}';
export const token = createToken(API_SECRET);`,
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 38,
          data: { where: 'in `API_SECRET`' },
          suggestions: useEnvironment('API_SECRET', `import { createToken } from '../lib/opentok';

const API_SECRET = process.env.API_SECRET;
export const token = createToken(API_SECRET);`),
        },
      ],
    },
    // The same through a declared `require` of a wrapper, with an assignment after the declaration.
    {
      code: `const videoClient = require('./services/vonage-client');
let apiSecret;
apiSecret = '${ACCOUNT_SECRET}';
module.exports = videoClient(apiSecret);`,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 31,
          data: { where: 'in `apiSecret`' },
          suggestions: useEnvironment('VONAGE_API_SECRET', `const videoClient = require('./services/vonage-client');
let apiSecret;
apiSecret = process.env.VONAGE_API_SECRET;
module.exports = videoClient(apiSecret);`),
        },
      ],
    },
    // A default in a destructuring parameter is a hard-coded fallback, like `|| '…'`.
    {
      code: `import OpenTok from 'opentok';
export function connect({ apiKey, apiSecret = '${ACCOUNT_SECRET}' } = {}) {
  return new OpenTok(apiKey, apiSecret);
}`,
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 65,
          data: { where: 'in `apiSecret`' },
          suggestions: useEnvironment('VONAGE_API_SECRET', `import OpenTok from 'opentok';
export function connect({ apiKey, apiSecret = process.env.VONAGE_API_SECRET } = {}) {
  return new OpenTok(apiKey, apiSecret);
}`),
        },
      ],
    },
    // (d) Browser global `OT`: `encryptionSecret` in the `initSession` options.
    {
      code: `const session = OT.initSession(apiKey, sessionId, { encryptionSecret: 'my-e2ee-secret-123' });
session.connect(token);`,
      errors: [
        {
          messageId: 'hardcodedEncryptionSecret',
          line: 1,
          column: 71,
          endLine: 1,
          endColumn: 91,
          data: { where: 'in `encryptionSecret`' },
          suggestions: useEnvironment('VONAGE_ENCRYPTION_SECRET', `const session = OT.initSession(apiKey, sessionId, { encryptionSecret: process.env.VONAGE_ENCRYPTION_SECRET });
session.connect(token);`),
        },
      ],
    },
    // @opentok/client default import: `session.setEncryptionSecret('…')`.
    {
      code: `import OT from '@opentok/client';
const session = OT.initSession(apiKey, sessionId);
session.setEncryptionSecret('another-e2ee-secret');`,
      errors: [
        {
          messageId: 'hardcodedEncryptionSecret',
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 50,
          data: { where: 'passed to `setEncryptionSecret()`' },
          suggestions: useEnvironment('VONAGE_ENCRYPTION_SECRET', `import OT from '@opentok/client';
const session = OT.initSession(apiKey, sessionId);
session.setEncryptionSecret(process.env.VONAGE_ENCRYPTION_SECRET);`),
        },
      ],
    },
    // React component: `window.OT`, the secret in a module constant, `setEncryptionSecret` in an effect.
    {
      code: `import { useEffect } from 'react';

const E2EE_SECRET = 'team-standup-secret';

export function Room({ apiKey, sessionId, token }) {
  useEffect(() => {
    const session = window.OT.initSession(apiKey, sessionId);
    session.setEncryptionSecret(E2EE_SECRET);
    session.connect(token);
  }, [apiKey, sessionId, token]);
  return <div id="publisher" />;
}`,
      errors: [
        {
          messageId: 'hardcodedEncryptionSecret',
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 42,
          data: { where: 'passed to `setEncryptionSecret()`' },
          suggestions: useEnvironment('E2EE_SECRET', `import { useEffect } from 'react';

const E2EE_SECRET = process.env.E2EE_SECRET;

export function Room({ apiKey, sessionId, token }) {
  useEffect(() => {
    const session = window.OT.initSession(apiKey, sessionId);
    session.setEncryptionSecret(E2EE_SECRET);
    session.connect(token);
  }, [apiKey, sessionId, token]);
  return <div id="publisher" />;
}`),
        },
      ],
    },
    // opentok-react-native: `<OTSession encryptionSecret="…">`; the suggestion puts braces around the expression.
    {
      code: `import { OTSession } from 'opentok-react-native';
export const Call = ({ apiKey, sessionId, token }) => (
  <OTSession apiKey={apiKey} sessionId={sessionId} token={token} encryptionSecret="rn-e2ee-secret-1" />
);`,
      errors: [
        {
          messageId: 'hardcodedEncryptionSecret',
          line: 3,
          column: 83,
          endLine: 3,
          endColumn: 101,
          data: { where: 'in the `encryptionSecret` prop of `<OTSession>`' },
          suggestions: useEnvironment('VONAGE_ENCRYPTION_SECRET', `import { OTSession } from 'opentok-react-native';
export const Call = ({ apiKey, sessionId, token }) => (
  <OTSession apiKey={apiKey} sessionId={sessionId} token={token} encryptionSecret={process.env.VONAGE_ENCRYPTION_SECRET} />
);`),
        },
      ],
    },
    // A template literal in a JSX expression container.
    {
      code: `import { OTSession } from 'opentok-react-native';
export const Call = props => <OTSession {...props} encryptionSecret={\`rn-e2ee-secret-2\`} />;`,
      errors: [
        {
          messageId: 'hardcodedEncryptionSecret',
          line: 2,
          column: 70,
          endLine: 2,
          endColumn: 88,
          data: { where: 'in the `encryptionSecret` prop of `<OTSession>`' },
          suggestions: useEnvironment('VONAGE_ENCRYPTION_SECRET', `import { OTSession } from 'opentok-react-native';
export const Call = props => <OTSession {...props} encryptionSecret={process.env.VONAGE_ENCRYPTION_SECRET} />;`),
        },
      ],
    },
    // A Vue-style component object with the browser global `OT`.
    {
      code: `export default {
  data() {
    return { session: null, encryptionSecret: 'vue-e2ee-secret-3' };
  },
  mounted() {
    this.session = OT.initSession(this.apiKey, this.sessionId, { encryptionSecret: this.encryptionSecret });
  },
};`,
      errors: [
        {
          messageId: 'hardcodedEncryptionSecret',
          line: 3,
          column: 47,
          endLine: 3,
          endColumn: 66,
          data: { where: 'in `encryptionSecret`' },
          suggestions: useEnvironment('VONAGE_ENCRYPTION_SECRET', `export default {
  data() {
    return { session: null, encryptionSecret: process.env.VONAGE_ENCRYPTION_SECRET };
  },
  mounted() {
    this.session = OT.initSession(this.apiKey, this.sessionId, { encryptionSecret: this.encryptionSecret });
  },
};`),
        },
      ],
    },
    // A prop is a property: a generic secret name on the project's own component, in a file that uses Vonage.
    {
      code: `import OT from '@opentok/client';
export const App = () => <VideoRoom apiKey="12345678" apiSecret="${API_SECRET}" />;`,
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          line: 2,
          column: 65,
          endLine: 2,
          endColumn: 107,
          data: { where: 'in `apiSecret`' },
          suggestions: useEnvironment('VONAGE_API_SECRET', `import OT from '@opentok/client';
export const App = () => <VideoRoom apiKey="12345678" apiSecret={process.env.VONAGE_API_SECRET} />;`),
        },
      ],
    },
    // `OT_`/`ot` as a whole prefix still says Vonage.
    {
      code: `import OpenTok from 'opentok';
export const OT_API_SECRET = '${API_SECRET}';`,
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 72,
          data: { where: 'in `OT_API_SECRET`' },
          suggestions: useEnvironment('OT_API_SECRET', `import OpenTok from 'opentok';
export const OT_API_SECRET = process.env.OT_API_SECRET;`),
        },
      ],
    },
    // More import styles: `new (require('opentok'))(…)` inline (CommonJS) …
    {
      code: `module.exports = new (require('opentok'))(process.env.OPENTOK_API_KEY, '${API_SECRET}');`,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          line: 1,
          column: 72,
          endLine: 1,
          endColumn: 114,
          data: { where: 'passed to `new OpenTok()`' },
          suggestions: useEnvironment('VONAGE_API_SECRET', `module.exports = new (require('opentok'))(process.env.OPENTOK_API_KEY, process.env.VONAGE_API_SECRET);`),
        },
      ],
    },
    // … a default import of @vonage/video used as a namespace (esModuleInterop) …
    {
      code: `import VonageVideo from '@vonage/video';
export const video = new VonageVideo.Video({ apiKey: 'a1b2c3d4', apiSecret: '${ACCOUNT_SECRET}' });`,
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          line: 2,
          column: 77,
          endLine: 2,
          endColumn: 95,
          data: { where: 'in the `apiSecret` credential of `new Video()`' },
          suggestions: useEnvironment('VONAGE_API_SECRET', `import VonageVideo from '@vonage/video';
export const video = new VonageVideo.Video({ apiKey: 'a1b2c3d4', apiSecret: process.env.VONAGE_API_SECRET });`),
        },
      ],
    },
    // … a namespace import of @vonage/client-sdk-video …
    {
      code: `import * as OT from '@vonage/client-sdk-video';
const session = OT.initSession(applicationId, sessionId);
session.setEncryptionSecret('client-sdk-e2ee-secret');`,
      errors: [
        {
          messageId: 'hardcodedEncryptionSecret',
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 53,
          data: { where: 'passed to `setEncryptionSecret()`' },
          suggestions: useEnvironment('VONAGE_ENCRYPTION_SECRET', `import * as OT from '@vonage/client-sdk-video';
const session = OT.initSession(applicationId, sessionId);
session.setEncryptionSecret(process.env.VONAGE_ENCRYPTION_SECRET);`),
        },
      ],
    },
    // … and an aliased `OTSession`.
    {
      code: `import { OTSession as Session } from 'opentok-react-native';
export const Call = () => <Session encryptionSecret="rn-e2ee-aliased" />;`,
      errors: [
        {
          messageId: 'hardcodedEncryptionSecret',
          line: 2,
          column: 53,
          endLine: 2,
          endColumn: 70,
          data: { where: 'in the `encryptionSecret` prop of `<OTSession>`' },
          suggestions: useEnvironment('VONAGE_ENCRYPTION_SECRET', `import { OTSession as Session } from 'opentok-react-native';
export const Call = () => <Session encryptionSecret={process.env.VONAGE_ENCRYPTION_SECRET} />;`),
        },
      ],
    },
    // TODO(matcher): a dynamic `import('opentok')` is not tracked (nor counted as Vonage usage), so this is not reported.
    // {
    //   code: `const { default: OpenTok } = await import('opentok');
    // export const opentok = new OpenTok('12345678', '${API_SECRET}');`,
    //   errors: [{ messageId: 'hardcodedApiSecret', line: 2, column: 48, endLine: 2, endColumn: 90, data: { where: 'passed to `new OpenTok()`' }, suggestions: useEnvironment('VONAGE_API_SECRET', `…`) }],
    // },
    // (c) A PEM key anywhere, in a file with no Vonage usage, in a multi-line template literal.
    {
      code: pemDefaultExport(`\`${PEM}\``),
      errors: [
        {
          messageId: 'hardcodedPrivateKey',
          ...at(pemDefaultExport(`\`${PEM}\``), `\`${PEM}\``),
          data: { where: 'in `key`' },
          suggestions: useEnvironment('VONAGE_PRIVATE_KEY', pemDefaultExport('process.env.VONAGE_PRIVATE_KEY')),
        },
      ],
    },
    // A PEM key as a later argument of a call: held by no name (not named after the call's result either).
    {
      code: jwtSigning(`'${PEM_ESCAPED}'`),
      errors: [
        {
          messageId: 'hardcodedPrivateKey',
          ...at(jwtSigning(`'${PEM_ESCAPED}'`), `'${PEM_ESCAPED}'`),
          data: { where: 'in a string' },
          suggestions: useEnvironment('VONAGE_PRIVATE_KEY', jwtSigning('process.env.VONAGE_PRIVATE_KEY')),
        },
      ],
    },
    // Base64-encoded PEM under a Vonage name (CommonJS): the project's constant name is kept.
    {
      code: vonageKey64(`'${PEM_BASE64}'`),
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'hardcodedPrivateKey',
          ...at(vonageKey64(`'${PEM_BASE64}'`), `'${PEM_BASE64}'`),
          data: { where: 'in `VONAGE_PRIVATE_KEY64`' },
          suggestions: useEnvironment('VONAGE_PRIVATE_KEY64', vonageKey64('process.env.VONAGE_PRIVATE_KEY64')),
        },
      ],
    },
    // `String.raw` around the key: the suggestion replaces the whole tagged template.
    {
      code: rawTemplate(`String.raw\`${PEM}\``),
      errors: [
        {
          messageId: 'hardcodedPrivateKey',
          ...at(rawTemplate(`String.raw\`${PEM}\``), `\`${PEM}\``),
          data: { where: 'in `key`' },
          suggestions: useEnvironment('VONAGE_PRIVATE_KEY', rawTemplate('process.env.VONAGE_PRIVATE_KEY')),
        },
      ],
    },
    // A multi-line PEM under a Vonage name: not "secret-shaped" (it has whitespace), reported as key material.
    {
      code: namedPem(`\`${PEM}\``),
      errors: [
        {
          messageId: 'hardcodedPrivateKey',
          ...at(namedPem(`\`${PEM}\``), `\`${PEM}\``),
          data: { where: 'in `vonagePrivateKey`' },
          suggestions: useEnvironment('VONAGE_PRIVATE_KEY', namedPem('process.env.VONAGE_PRIVATE_KEY')),
        },
      ],
    },
    // An EC key in a JSX attribute string: `{process.env.…}` in the suggestion.
    {
      code: jsxPemProp(`"${EC_PEM_ESCAPED}"`),
      errors: [
        {
          messageId: 'hardcodedPrivateKey',
          ...at(jsxPemProp(`"${EC_PEM_ESCAPED}"`), `"${EC_PEM_ESCAPED}"`),
          data: { where: 'in a string' },
          suggestions: useEnvironment('VONAGE_PRIVATE_KEY', jsxPemProp('{process.env.VONAGE_PRIVATE_KEY}')),
        },
      ],
    },
    // Key material where no expression can go (a literal type, an object key): reported, with no suggestion.
    {
      code: pemTypeCode,
      parsers: ['typescript'],
      errors: [{ messageId: 'hardcodedPrivateKey', ...at(pemTypeCode, `'${PEM_ESCAPED}'`), data: { where: 'in a string' }, suggestions: [] }],
    },
    {
      code: pemKeyCode,
      errors: [{ messageId: 'hardcodedPrivateKey', ...at(pemKeyCode, `'${PEM_ESCAPED}'`), data: { where: 'in a string' }, suggestions: [] }],
    },
  ],
});
