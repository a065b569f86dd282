'use strict';
/**
 * Program generation for the fuzz runs (the short one in `npm test`, the long one in `npm run fuzz`).
 *
 * Two kinds of program:
 * - random programs from eslump (scripts and modules), which rarely touch a Vonage SDK;
 * - Vonage-flavoured seed programs (every SDK, import style, JS/TS/JSX) whose holes (`__HOLE__` in argument and
 *   property positions) are filled with random eslump expressions, credential-shaped strings and the values the rules
 *   look at, so the rules' deeper paths run on odd input.
 *
 * Every program is reproducible from `(seed, index)`: eslump draws from `Math.random`, so a seeded PRNG stands in for
 * `Math.random` while one program is generated, and only then.
 */
const { generateRandomJS } = require('eslump');
const espree = require('espree');
const tsParser = require('@typescript-eslint/parser');

// --- seeded randomness ---------------------------------------------------------------------------------------------

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
function mulberry32(seed) {
  let state = seed >>> 0;
  return function random() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One 32-bit seed per program, so that program `index` of run `seed` can be regenerated alone. */
function programSeed(seed, index) {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Runs `fn` with `Math.random` replaced by `random` (eslump and its dependencies read `Math.random` at call time). */
function withRandom(random, fn) {
  const original = Math.random;
  Math.random = random;
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

const pick = (random, items) => items[Math.floor(random() * items.length)];
const chance = (random, p) => random() < p;
const integer = (random, min, max) => min + Math.floor(random() * (max - min + 1));

// --- parsing -------------------------------------------------------------------------------------------------------

/** Whether `code` parses with the parser ESLint will use (the harness checks again through ESLint itself). */
function parses(code, { parser, sourceType, jsx, filename }) {
  try {
    if (parser === 'typescript') {
      tsParser.parse(code, { sourceType: sourceType === 'commonjs' ? 'script' : sourceType, ecmaFeatures: { jsx }, filePath: filename, range: true });
    } else {
      espree.parse(code, { ecmaVersion: 'latest', sourceType, ecmaFeatures: { jsx }, range: true });
    }
    return true;
  } catch {
    return false;
  }
}

/** Source texts of the expressions in an eslump program: material for the holes of the seed programs. */
function expressionsOf(code) {
  let ast;
  try {
    ast = espree.parse(code, { ecmaVersion: 'latest', sourceType: 'script', range: true });
  } catch {
    return [];
  }
  const found = [];
  const visit = node => {
    if (/Expression$|^Literal$|^Identifier$|^TemplateLiteral$/.test(node.type) && node.range) {
      const text = code.slice(node.range[0], node.range[1]);
      if (text.length <= 400) found.push(text);
    }
    for (const key of Object.keys(node)) {
      if (key === 'parent' || key === 'loc' || key === 'range') continue;
      const value = node[key];
      if (Array.isArray(value)) {
        for (const child of value) if (child && typeof child.type === 'string') visit(child);
      } else if (value && typeof value.type === 'string') {
        visit(value);
      }
    }
  };
  visit(ast);
  return found;
}

// --- credential-shaped values ----------------------------------------------------------------------------------------

const b64 = text => Buffer.from(text).toString('base64');
const b64url = text => Buffer.from(text).toString('base64url');

const SESSION_ID = `1_${b64url('1~46123456~~Fri Nov 28 05:02:18 PST 2026~Zm9vYmFyYmF6cXV4~~MX4xNjAw~')}`;
const SESSION_ID_APP = `2_${b64url('1~0a1b2c3d-1234-4abc-8def-0123456789ab~~Fri Nov 28 05:02:18 PST 2026~cXV4cXV1eA~~')}`;
const T1_TOKEN = `T1==${b64(`partner_id=46123456&sig=0123456789abcdef0123456789abcdef01234567:session_id=${SESSION_ID}&create_time=1764300000&role=publisher&nonce=0.5`)}`;
const JWT_TOKEN = [
  b64url('{"alg":"RS256","typ":"JWT"}'),
  b64url(`{"scope":"session.connect","session_id":"${SESSION_ID}","role":"publisher","application_id":"0a1b2c3d-1234-4abc-8def-0123456789ab","exp":1764400000}`),
  'c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU',
].join('.');
const OTHER_JWT = [b64url('{"alg":"HS256","typ":"JWT"}'), b64url('{"sub":"1234567890","name":"John Doe","iat":1516239022}'), 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'].join('.');
const KEY_BODY = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKjMzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvuNMoSfm76oqFvAp8Gy0iz5sxjZmSnXyCdPEovGhLa0VzMaQ8s+CLOyS56YyCFGeJZ';
const PEM_KEY = `-----BEGIN PRIVATE KEY-----\n${KEY_BODY}\n-----END PRIVATE KEY-----\n`;
const RSA_PEM_KEY = `-----BEGIN RSA PRIVATE KEY-----\\n${KEY_BODY}\\n-----END RSA PRIVATE KEY-----`;
const PEM_KEY_BASE64 = b64(PEM_KEY);
const API_SECRET = '0123456789abcdef0123456789abcdef01234567';

/** The secrets among them: no message may quote one (the harness's leak check). */
const SECRETS = [API_SECRET, KEY_BODY, PEM_KEY_BASE64, SESSION_ID, SESSION_ID_APP, T1_TOKEN, JWT_TOKEN, OTHER_JWT, 'fallback-secret-value-0123456789'];

/** String values the rules look at (written into programs as string literals). */
const STRINGS = [
  API_SECRET,
  'a1b2c3d4e5f6a7b8',
  PEM_KEY,
  RSA_PEM_KEY,
  PEM_KEY_BASE64,
  '-----BEGIN PRIVATE KEY-----',
  '-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----',
  'LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t',
  SESSION_ID,
  SESSION_ID_APP,
  `prefix ${SESSION_ID} suffix`,
  '1_MX4aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  `x${SESSION_ID}`,
  T1_TOKEN,
  'T1==cGFydG5lcl9pZD0xMjM=',
  JWT_TOKEN,
  OTHER_JWT,
  'eyJ',
  'eyJ.eyJ.',
  './private.key',
  '/etc/vonage/private.key',
  'C:\\keys\\private.pem',
  '<your secret>',
  '{{API_SECRET}}',
  'YOUR_API_SECRET',
  'changeme',
  'xxxxxxxxxxxxxxxx',
  'OPENTOK_API_SECRET',
  '',
  ' ',
  'publisher',
  'subscriber',
  'moderator',
  'PUBLISHER',
  'routed',
  'relayed',
  'ROUTED',
  'Routed',
  'always',
  'manual',
  'http://example.com/token',
  'https://example.com/token',
  'ws://example.com/socket',
  'wss://example.com/socket',
  'rtmp://live.example.com/app',
  'rtmps://live.example.com/app',
  'sip:user@example.com',
  'sip:user@example.com;transport=tls',
  'http://localhost:3000/token',
  'http://127.0.0.1/proxy',
  'alice@example.com',
  '+44 20 7946 0958',
  'name=Alice Smith',
  'x'.repeat(1200),
  '\u2028\u2029',
  '\ud800',
  '\0',
  'é',
];

/** Expressions the rules look at. */
const EXPRESSIONS = [
  'process.env.OPENTOK_API_SECRET',
  'process.env.VONAGE_PRIVATE_KEY',
  'process.env.NEXT_PUBLIC_VONAGE_API_SECRET',
  'process.env["VITE_OPENTOK_SECRET"]',
  'process.env.OPENTOK_API_SECRET || "fallback-secret-value-0123456789"',
  'process.env.OPENTOK_API_SECRET ?? API_SECRET',
  'fs.readFileSync("./private.key")',
  'config.opentok.apiSecret',
  'config["apiSecret"]',
  'this.secret',
  'req.body.role',
  'req.query.role',
  'req.params.role',
  'req.headers["x-role"]',
  'request.nextUrl.searchParams.get("role")',
  '(await request.json()).role',
  'ctx.request.body.role',
  'event.queryStringParameters.role',
  'cond ? "publisher" : "subscriber"',
  '"mod" + "erator"',
  '`${"publ"}isher`',
  'Date.now() + 3600 * 1000',
  'Math.floor(Date.now() / 1000) + 3600',
  'Math.round(new Date().getTime() / 1000) + 60 * 60 * 24 * 31',
  'new Date().getTime() + 86400000',
  '(Date.now() / 1000) + 7 * 24 * 60 * 60',
  '3600',
  '86400',
  '2e9',
  '1e30',
  '-1',
  '0',
  '0.5',
  'NaN',
  'Infinity',
  '1n',
  'MediaMode.ROUTED',
  'MediaMode.RELAYED',
  'ArchiveMode.ALWAYS',
  'OpenTok.MediaMode.ROUTED',
  'OT.DEBUG',
  'OT.LOG',
  'OT.NONE',
  'OT.ERROR',
  'true',
  'false',
  'null',
  'undefined',
  'void 0',
  '`http://${host}/token`',
  '`${base}/token`',
  'new URL("/token", "http://example.com")',
  'user.email',
  'user.fullName',
  'JSON.stringify({ email: user.email, name: user.name })',
  '`name=${user.name}&phone=${user.phone}`',
  'JSON.stringify({ userId: user.id })',
  '{ email: user.email }',
  '{ ...options, role: "moderator" }',
  '{ ...req.body }',
  '{ role: req.body.role }',
  '{ mediaMode: "routed", archiveMode: "always", e2ee: true }',
  '{ role: "subscriber", expireTime: Math.floor(Date.now() / 1000) + 600, data: "userId=1" }',
  '{ [key]: value, __proto__: null, "quoted": 1, 2: 3 }',
  '{ get role() { return "publisher"; } }',
  '[]',
  '[1, , 3]',
  '[...items]',
  '() => {}',
  'async (req, res) => { res.json(await next()); }',
  'function (req, res, next) { next(); }',
  'requireAuth',
  'passport.authenticate("jwt")',
  'class {}',
  'new OpenTok(a, b)',
  'OpenTok(a, b)',
  'new Video({ applicationId: "app", privateKey: "./private.key" })',
  'a?.b?.()',
  'a?.[0]',
  'tag`x`',
  '/^1_MX4/u',
  'typeof x',
  '!x',
  'x = "0123456789abcdef0123456789abcdef"',
  '(a, b)',
  'session',
  'session.sessionId',
  'token',
  'OT',
  'window.OT',
  'globalThis',
  'require',
  'require("opentok")',
  'module.exports',
  'exports.secret',
  'arguments',
  'this',
];

// --- seed programs --------------------------------------------------------------------------------------------------

/**
 * `__HOLE__`: an expression position; `__STRING__`: a string literal position; `__JSXSTRING__`: a JSX attribute string;
 * `__JSXTEXT__`: JSX text. `parser: 'either'` picks espree or typescript-eslint at random.
 */
const SEEDS = [
  {
    name: 'opentok-callbacks',
    parser: 'either',
    sourceType: 'commonjs',
    jsx: false,
    code: `const OpenTok = require('opentok');
const ot = new OpenTok(__HOLE__, __HOLE__);
const token = ot.generateToken(__HOLE__, { role: __HOLE__, expireTime: __HOLE__, data: __HOLE__ });
ot.createSession({ mediaMode: __HOLE__, archiveMode: __HOLE__, e2ee: __HOLE__ }, function (err, session) {
  if (err) throw err;
  const t = session.generateToken({ role: __HOLE__ });
  ot.startArchive(session.sessionId, { name: __HOLE__, outputMode: __HOLE__ }, __HOLE__);
  ot.forceDisconnect(session.sessionId, __HOLE__, () => {});
  return t;
});
ot.startBroadcast(__HOLE__, { outputs: { rtmp: [{ serverUrl: __HOLE__, streamName: __HOLE__ }] } }, __HOLE__);
ot.dial(__HOLE__, token, __HOLE__, { auth: { username: __HOLE__, password: __HOLE__ }, secure: __HOLE__ }, __HOLE__);
module.exports = { token };
`,
  },
  {
    name: 'opentok-minimal',
    parser: 'either',
    sourceType: 'commonjs',
    jsx: false,
    code: `const OpenTok = require('opentok');
const ot = new OpenTok(__HOLE__, __STRING__);
ot.generateToken(__HOLE__, { role: __STRING__ });
ot.generateToken(__HOLE__, __HOLE__);
`,
  },
  {
    name: 'token-options',
    parser: 'either',
    sourceType: 'commonjs',
    jsx: false,
    code: `const OpenTok = require('opentok');
const ot = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
ot.generateToken(__HOLE__);
ot.generateToken(__HOLE__, {});
ot.generateToken(__HOLE__, { data: __HOLE__ });
ot.generateToken(__HOLE__, { expireTime: __HOLE__ });
ot.generateToken(__HOLE__, { expireTime: Date.now() + __HOLE__, data: __HOLE__ });
ot.generateToken(__HOLE__, { ...__HOLE__, expireTime: __HOLE__ });
ot.generateToken(__HOLE__, __HOLE__, __HOLE__);
const options = { expireTime: __HOLE__ };
ot.generateToken(__HOLE__, options);
ot.generateToken(__HOLE__, { role: 'moderator' });
ot.createSession({ mediaMode: 'ROUTED' }, __HOLE__);
`,
  },
  {
    name: 'vonage-token-options',
    parser: 'either',
    sourceType: 'module',
    jsx: false,
    code: `import { Vonage } from '@vonage/server-sdk';
import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
const vonage = new Vonage(__HOLE__);
export const a = video.generateClientToken(__HOLE__);
export const b = video.generateClientToken(__HOLE__, { expireTime: __HOLE__ });
export const c = vonage.video.generateClientToken(__HOLE__, { data: __HOLE__, expireTime: new Date().getTime() / 1000 + __HOLE__ });
export const d = video.generateClientToken(__HOLE__, __HOLE__);
`,
  },
  {
    name: 'express-token-server',
    parser: 'either',
    sourceType: 'commonjs',
    jsx: false,
    code: `const express = require('express');
const OpenTok = require('opentok');
const app = express();
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
const OPENTOK_API_SECRET = __HOLE__;
let sessionId;
opentok.createSession({ mediaMode: 'routed' }, (err, session) => { sessionId = session.sessionId; });
app.get('/token/:room', __HOLE__, (req, res) => {
  const role = __HOLE__;
  const token = opentok.generateToken(sessionId, { role, data: __HOLE__, expireTime: __HOLE__ });
  console.log(__HOLE__);
  res.json({ token, apiKey: process.env.OPENTOK_API_KEY, secret: __HOLE__ });
});
app.post('/archive/:id/stop', async (req, res) => { await opentok.stopArchive(req.params.id); res.send(__HOLE__); });
app.listen(3000);
`,
  },
  {
    name: 'vonage-video-module',
    parser: 'either',
    sourceType: 'module',
    jsx: false,
    code: `import { Video, MediaMode, ArchiveMode } from '@vonage/video';
import { Auth } from '@vonage/auth';
const credentials = new Auth({ applicationId: __HOLE__, privateKey: __HOLE__ });
const video = new Video({ applicationId: __HOLE__, privateKey: __HOLE__ }, __HOLE__);
export async function handler(event) {
  const session = await video.createSession({ mediaMode: __HOLE__, archiveMode: __HOLE__, e2ee: __HOLE__ });
  const token = video.generateClientToken(session.sessionId, { role: __HOLE__, expireTime: __HOLE__, data: __HOLE__ });
  await video.forceDisconnect(__HOLE__, __HOLE__);
  await video.muteAll(__HOLE__, __HOLE__);
  await video.startArchive(session.sessionId, __HOLE__);
  return { statusCode: 200, body: JSON.stringify({ token, key: __HOLE__, credentials }) };
}
`,
  },
  {
    name: 'vonage-server-sdk',
    parser: 'either',
    sourceType: 'module',
    jsx: false,
    code: `import { Vonage } from '@vonage/server-sdk';
const vonage = new Vonage({ apiKey: __HOLE__, apiSecret: __HOLE__, applicationId: __HOLE__, privateKey: __HOLE__ });
const { video } = vonage;
export default async function (req, res) {
  const sessionId = __HOLE__;
  const token = vonage.video.generateClientToken(sessionId, { role: req.body.role ?? __HOLE__ });
  await vonage.video.startBroadcast(sessionId, { outputs: { rtmp: [{ serverUrl: __HOLE__ }] } });
  await video.connectToWebsocket(sessionId, token, { uri: __HOLE__ });
  res.status(200).json({ token });
}
`,
  },
  {
    name: 'browser-global',
    parser: 'either',
    sourceType: 'script',
    jsx: false,
    code: `OT.setLogLevel(__HOLE__);
OT.setProxyUrl(__HOLE__);
var session = OT.initSession(__HOLE__, __HOLE__);
OT.initSession(__HOLE__, __HOLE__).forceDisconnect(__HOLE__);
session.setEncryptionSecret(__HOLE__);
session.connect(__HOLE__, function (error) {
  if (session.capabilities.forceDisconnect === __HOLE__) session.forceDisconnect(__HOLE__);
  if (session.permittedTo(__HOLE__)) session.forceUnpublish(__HOLE__);
  session.forceMuteAll(__HOLE__);
  var publisher = OT.initPublisher(__HOLE__, __HOLE__);
  session.publish(publisher);
});
fetch(__HOLE__).then(function (r) { return r.json(); });
`,
  },
  {
    name: 'browser-module',
    parser: 'either',
    sourceType: 'module',
    jsx: false,
    code: `import OT from '@opentok/client';
const session = OT.initSession(__HOLE__, __HOLE__, { encryptionSecret: __HOLE__ });
session.connect(__HOLE__, (err) => { if (!err) session.publish(OT.initPublisher(__HOLE__)); });
window.OT.setLogLevel(__HOLE__);
const res = await fetch(__HOLE__, { method: 'POST', body: __HOLE__ });
export { session, res };
`,
  },
  {
    name: 'opentok-react',
    parser: 'either',
    sourceType: 'module',
    jsx: true,
    code: `import React from 'react';
import { OTSession, OTPublisher, OTStreams, OTSubscriber } from 'opentok-react';
export function App({ apiKey }) {
  return (
    <OTSession apiKey={__HOLE__} sessionId={__HOLE__} token={__HOLE__} encryptionSecret=__JSXSTRING__>
      <OTPublisher properties={__HOLE__} />
      <OTStreams><OTSubscriber {...__HOLE__} /></OTStreams>
      <p>__JSXTEXT__</p>
    </OTSession>
  );
}
export const Other = () => <OTSession encryptionSecret={__HOLE__} token=__JSXSTRING__ sessionId={\`\${__HOLE__}\`} />;
`,
  },
  {
    name: 'opentok-react-native',
    parser: 'either',
    sourceType: 'module',
    jsx: true,
    code: `import React from 'react';
import { OTSession, OTPublisher } from 'opentok-react-native';
export default function Call(props) {
  const ref = React.useRef(null);
  const kick = () => ref.current.forceDisconnect(__HOLE__);
  ref.current.getCapabilities().then((c) => c.canForceDisconnect && kick());
  return <OTSession ref={ref} apiKey={__HOLE__} sessionId={__HOLE__} token={__HOLE__} options={__HOLE__}><OTPublisher /></OTSession>;
}
`,
  },
  {
    name: 'typescript-service',
    parser: 'typescript',
    sourceType: 'module',
    jsx: false,
    code: `import OpenTok = require('opentok');
import { Video } from '@vonage/video';
export class TokenService {
  private ot: OpenTok = new OpenTok(__HOLE__, __HOLE__);
  private readonly apiSecret: string = __HOLE__;
  constructor(private readonly video: Video) {}
  token(sessionId: string): string {
    return this.ot.generateToken(sessionId, { role: __HOLE__ as OpenTok.Role, data: __HOLE__ });
  }
  async session() { return this.video.createSession({ mediaMode: __HOLE__ } as const); }
}
`,
  },
  {
    name: 'typescript-nest-controller',
    parser: 'typescript',
    sourceType: 'module',
    jsx: false,
    code: `import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { Video } from '@vonage/video';
@Controller('video')
export class VideoController {
  constructor(private readonly video: Video) {}
  @Get('token')
  @UseGuards(__HOLE__)
  token(@Query('sessionId') sessionId: string, @Query('role') role: any) {
    return this.video.generateClientToken(sessionId, { role: __HOLE__, expireTime: __HOLE__ } satisfies object);
  }
}
`,
  },
  {
    name: 'named-secrets',
    parser: 'either',
    sourceType: 'commonjs',
    jsx: false,
    code: `const OpenTok = require('opentok');
const config = { opentok: { apiKey: __HOLE__, apiSecret: __HOLE__ }, privateKey: __HOLE__ };
const VONAGE_PRIVATE_KEY = __HOLE__;
const secret = process.env.OPENTOK_SECRET || __HOLE__;
exports.ot = new OpenTok(config.opentok.apiKey, config.opentok.apiSecret);
exports.other = OpenTok(__HOLE__, secret);
exports.sid = \`1_MX4\${__HOLE__}\`;
exports.text = \`\${__HOLE__}-----BEGIN PRIVATE KEY-----\${__HOLE__}\`;
exports.key = VONAGE_PRIVATE_KEY;
`,
  },
  {
    name: 'next-route',
    parser: 'either',
    sourceType: 'module',
    jsx: false,
    code: `'use client';
import OpenTok from 'opentok';
const secret = process.env.NEXT_PUBLIC_OPENTOK_SECRET;
const ot = new OpenTok(process.env.NEXT_PUBLIC_OPENTOK_KEY, secret);
export async function GET(request) {
  const { searchParams } = new URL(request.url);
  const token = ot.generateToken(searchParams.get('session'), { role: searchParams.get('role') ?? __HOLE__, data: __HOLE__ });
  return Response.json({ token, secret: __HOLE__ });
}
`,
  },
];

const HOLE = /__(HOLE|STRING|JSXSTRING|JSXTEXT)__/g;

function fillHole(random, kind, pool) {
  if (kind === 'STRING') return JSON.stringify(pick(random, STRINGS));
  if (kind === 'JSXSTRING') return JSON.stringify(pick(random, STRINGS).replace(/["\\]/g, "'"));
  if (kind === 'JSXTEXT') return pick(random, STRINGS).replace(/[<>{}]/g, ' ');
  const roll = random();
  if (roll < 0.35 && pool.length > 0) return `(${pick(random, pool)})`;
  // Unparenthesised half the time: `a ?? b || c`-style clashes with the seed's own operators only cost a retry.
  if (roll < 0.8) return chance(random, 0.5) ? `(${pick(random, EXPRESSIONS)})` : pick(random, EXPRESSIONS);
  return JSON.stringify(pick(random, STRINGS));
}

function extension({ parser, sourceType, jsx }) {
  if (parser === 'typescript') return jsx ? 'tsx' : sourceType === 'module' ? 'ts' : 'js';
  if (jsx) return 'jsx';
  return sourceType === 'commonjs' ? 'cjs' : sourceType === 'module' ? 'mjs' : 'js';
}

function randomEslump(random, sourceType) {
  return generateRandomJS({
    sourceType: sourceType === 'module' ? 'module' : 'script',
    maxDepth: integer(random, 2, 6),
    comments: chance(random, 0.3),
    whitespace: chance(random, 0.2),
  });
}

/**
 * Program `index` of run `seed`. Every fourth program is an eslump script, every fourth an eslump module, the other
 * half mutated Vonage seeds, taken in turn. A program the chosen parser rejects is regenerated (`attempts` counts the tries).
 *
 * @returns {{ index: number, seed: number, kind: string, code: string, parser: 'espree' | 'typescript',
 *   sourceType: 'script' | 'module' | 'commonjs', jsx: boolean, filename: string, attempts: number }}
 */
function generateProgram(seed, index) {
  const random = mulberry32(programSeed(seed, index));
  return withRandom(random, () => {
    for (let attempt = 1; ; attempt++) {
      const program =
        index % 4 < 2
          ? eslumpProgram(random, index % 4 === 0 ? 'script' : 'module')
          : vonageProgram(random, SEEDS[(Math.floor(index / 4) * 2 + (index % 4) - 2) % SEEDS.length]);
      const complete = { index, seed, ...program, attempts: attempt };
      complete.filename = `fuzz-${seed}-${index}.${extension(complete)}`;
      if (parses(complete.code, complete) || attempt >= 25) return complete;
    }
  });
}

function eslumpProgram(random, sourceType) {
  const code = randomEslump(random, sourceType);
  // eslump ignores some early errors (duplicate parameters, `async` redeclared): typescript-eslint parses those.
  const parser = chance(random, 0.25) || !parses(code, { parser: 'espree', sourceType, jsx: false }) ? 'typescript' : 'espree';
  return { kind: `eslump-${sourceType}`, code, parser, sourceType, jsx: false };
}

function vonageProgram(random, seedProgram) {
  const parser = seedProgram.parser === 'either' ? (chance(random, 0.5) ? 'espree' : 'typescript') : seedProgram.parser;
  let pool = [];
  for (let tries = 0; tries < 3 && pool.length === 0; tries++) pool = expressionsOf(randomEslump(random, 'script'));
  let code = seedProgram.code.replace(HOLE, (_, kind) => fillHole(random, kind, pool));
  if (chance(random, 0.25)) code += `\n${randomEslump(random, seedProgram.sourceType)}`;
  return { kind: `vonage-${seedProgram.name}`, code, parser, sourceType: seedProgram.sourceType, jsx: seedProgram.jsx };
}

/** The seed programs with every hole filled by a plain identifier (or string): each must parse. */
function plainSeeds() {
  return SEEDS.map(seedProgram => ({
    ...seedProgram,
    parser: seedProgram.parser === 'either' ? 'espree' : seedProgram.parser,
    code: seedProgram.code.replace(HOLE, (_, kind) => (kind === 'HOLE' ? 'x' : kind === 'JSXTEXT' ? 'text' : '"text"')),
    filename: `seed-${seedProgram.name}.${extension({ ...seedProgram, parser: seedProgram.parser === 'either' ? 'espree' : seedProgram.parser })}`,
  }));
}

module.exports = {
  EXPRESSIONS,
  SECRETS,
  SEEDS,
  STRINGS,
  expressionsOf,
  generateProgram,
  mulberry32,
  parses,
  plainSeeds,
  programSeed,
  withRandom,
};
