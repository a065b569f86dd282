import rule from '../../src/rules/no-secret-exposure';
import { at } from '../helpers/locate';
import { commonjs, runRuleTester } from '../helpers/rule-tester';

type Data = Record<string, string>;

const apiSecret = (name: string) => `The API secret \`${name}\``;
const privateKey = (name: string) => `The application private key \`${name}\``;
const client = (sdkClass: string, name: string) => `The \`${sdkClass}\` instance \`${name}\`, which keeps the credentials in its properties,`;
const session = (name: string) => `The opentok \`Session\` \`${name}\`, whose \`ot\` property keeps the API secret,`;

/**
 * An error at `snippet` in `code`: a string (its `occurrence`-th match), or `[context, target]` for `target` inside the
 * `occurrence`-th match of `context`.
 */
function error(messageId: string, code: string, snippet: string | [string, string], data: Data, suggestions: unknown[] = [], occurrence = 1) {
  return { messageId, ...locate(code, snippet, occurrence), data, suggestions } as never;
}
function locate(code: string, snippet: string | [string, string], occurrence: number) {
  if (typeof snippet === 'string') return at(code, snippet, occurrence);
  const [context, target] = snippet;
  let offset = -1;
  for (let seen = 0; seen < occurrence; seen++) offset = code.indexOf(context, offset + 1);
  if (offset === -1 || !context.includes(target)) throw new Error(`${target} not found in ${context}`);
  return at(code, target, countBefore(code, offset + context.indexOf(target), target));
}
/** Which occurrence of `text` starts at `index`. */
function countBefore(code: string, index: number, text: string): number {
  let count = 0;
  for (let found = code.indexOf(text); found !== -1 && found <= index; found = code.indexOf(text, found + 1)) count++;
  return count;
}
const removeProperty = (name: string, output: string) => ({ messageId: 'removeProperty', data: { name }, output }) as never;
const removeArgument = (output: string) => ({ messageId: 'removeArgument', output }) as never;
const removeStatement = (output: string) => ({ messageId: 'removeStatement', output }) as never;

// --- HTTP responses -------------------------------------------------------------------------------------------------

const express = `const express = require('express');
const OpenTok = require('opentok');
const app = express();
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.get('/config', (req, res) => {
  res.json({ apiKey: process.env.OPENTOK_API_KEY, apiSecret: process.env.OPENTOK_API_SECRET });
});
`;
const expressChained = `import express from 'express';
import OpenTok from 'opentok';
const key = process.env.OT_KEY;
const secret = process.env.OT_S;
const ot = new OpenTok(key, secret);
const router = express.Router();
router.get('/debug', (req, res) => res.status(200).set('Cache-Control', 'no-store').send(\`key=\${key} secret=\${secret}\`));
`;
const expressNested = `import OpenTok from 'opentok';
const ot = new OpenTok(process.env.OT_KEY, process.env.OT_SECRET);
export function config(req, res) {
  const secret = process.env.OT_SECRET;
  res.json({ apiKey: process.env.OT_KEY, opentok: { secret, env: 'prod' } });
}
`;
const concatenated = `import { Vonage } from '@vonage/server-sdk';
export const info = (req, res) => res.send('secret: ' + process.env.VONAGE_API_SECRET + '\\n');
`;
const render = `const OpenTok = require('opentok');
const { OPENTOK_API_KEY: apiKey, OPENTOK_API_SECRET: apiSecret } = process.env;
const opentok = new OpenTok(apiKey, apiSecret);
module.exports = (req, res) => {
  res.render('room.ejs', { apiKey, apiSecret, sessionId: req.params.id });
};
`;
const locals = `import express from 'express';
import OpenTok from 'opentok';
const app = express();
const secret = process.env.OT_SECRET;
const ot = new OpenTok(process.env.OT_KEY, secret);
app.locals.opentokSecret = secret;
app.use((req, res, next) => { res.locals = { secret }; next(); });
`;
const koa = `import Koa from 'koa';
import { Video } from '@vonage/video';
const config = { applicationId: process.env.VONAGE_APP_ID, privateKey: process.env.KEY_PEM };
const video = new Video(config);
const app = new Koa();
app.use(async (ctx) => {
  ctx.body = { applicationId: config.applicationId, privateKey: config.privateKey };
  ctx.response.body = process.env.KEY_PEM;
});
`;
const fastify = `const fastify = require('fastify')({ logger: true });
const OpenTok = require('opentok');
const secret = process.env.S;
const ot = OpenTok(process.env.K, secret);
fastify.get('/a', async (request, reply) => {
  reply.code(200).send({ secret });
});
fastify.get('/b', async (request, reply) => {
  return { apiKey: process.env.K, secret };
});
`;
const hono = `import { Hono } from 'hono';
type Bindings = { VONAGE_API_SECRET: string };
const app = new Hono<{ Bindings: Bindings }>();
app.get('/a', (c) => c.json({ apiSecret: c.env.VONAGE_API_SECRET }));
app.get('/b', (c) => c.text(\`secret=\${c.env.VONAGE_API_SECRET}\`));
export default app;
`;
const nextPages = `import OpenTok from 'opentok';
import type { NextApiRequest, NextApiResponse } from 'next';
const opentok = new OpenTok(process.env.OPENTOK_KEY!, process.env.OPENTOK_SECRET!);
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  opentok.createSession({ mediaMode: 'routed' }, (err, session) => {
    if (err) return res.status(500).end();
    res.status(200).json(session);
  });
}
`;
const routeHandlers = `import { NextResponse } from 'next/server';
import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APP_ID!, privateKey: process.env.VONAGE_PRIVATE_KEY! });
export async function GET() {
  return NextResponse.json({ applicationId: process.env.VONAGE_APP_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
}
export async function POST() {
  const key = process.env.VONAGE_PRIVATE_KEY!.replace(/\\\\n/g, '\\n');
  return new Response(JSON.stringify({ key }), { headers: { 'content-type': 'application/json' } });
}
export const PUT = () => Response.json(process.env.VONAGE_PRIVATE_KEY);
`;
const lambda = `import { Vonage } from '@vonage/server-sdk';
const { VONAGE_PRIVATE_KEY } = process.env;
const vonage = new Vonage({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: VONAGE_PRIVATE_KEY });
export const handler = async (event) => {
  const token = vonage.video.generateClientToken(event.pathParameters.sessionId);
  return { statusCode: 200, body: JSON.stringify({ token, privateKey: VONAGE_PRIVATE_KEY }) };
};
`;
const lambdaCallback = `const OpenTok = require('opentok');
const ot = new OpenTok(process.env.KEY, process.env.SECRET);
exports.handler = (event, context, callback) => {
  callback(null, { statusCode: 500, body: 'misconfigured: ' + process.env.SECRET });
};
`;
const nest = `import { Controller, Get } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
@Controller('video')
export class VideoController {
  constructor(private readonly configService: ConfigService) {}
  @Get('config')
  getConfig() {
    return {
      applicationId: this.configService.get<string>('VONAGE_APPLICATION_ID'),
      privateKey: this.configService.get<string>('VONAGE_PRIVATE_KEY'),
    };
  }
}
`;
const serverSideProps = `import OpenTok from 'opentok';
export async function getServerSideProps() {
  const ot = new OpenTok(process.env.OPENTOK_KEY, process.env.OPENTOK_SECRET);
  return { props: { apiKey: process.env.OPENTOK_KEY, apiSecret: process.env.OPENTOK_SECRET } };
}
export default function Room({ apiKey }) {
  return apiKey;
}
`;
const referenced = `import OpenTok from 'opentok';
const credentials = { apiKey: process.env.OT_KEY, apiSecret: process.env.OT_SECRET };
const ot = new OpenTok(credentials.apiKey, credentials.apiSecret);
export const a = (req, res) => res.json(credentials);
export const b = (req, res) => res.json({ ...credentials, ok: true });
`;
const positional = `import OpenTok from 'opentok';
const ot = new OpenTok(process.env.OT_KEY, process.env.OT_PASS);
export const handle = (req, r) => r.send(process.env.OT_PASS);
`;

// --- logs -----------------------------------------------------------------------------------------------------------

const consoleLog = `const OpenTok = require('opentok');
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
console.log('Starting with', process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
console.error(process.env.OPENTOK_API_SECRET);
`;
// The removal suggestion once left \`console.log(('x');\` for a parenthesized secret: it must take the parentheses along.
const parenthesizedLog = `const apiSecret = process.env.OPENTOK_API_SECRET;
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, apiSecret);
console.log((apiSecret), 'x');
console.log('x', (apiSecret));
console.log(
  'x',
  (apiSecret), // the secret
);
`;
const pino = `import pino from 'pino';
import { Video } from '@vonage/video';
const out = pino();
const privateKey = process.env.VONAGE_PRIVATE_KEY;
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey });
out.info({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey }, 'video client ready');
`;
const loggers = `import winston from 'winston';
import bunyan from 'bunyan';
import { createLogger } from 'winston';
import { Logger } from '@nestjs/common';
import { Auth } from '@vonage/auth';
const auth = new Auth({ apiKey: process.env.VONAGE_KEY, apiSecret: process.env.VONAGE_SECRET });
const a = winston.createLogger({ level: 'info' });
const b = bunyan.createLogger({ name: 'app' });
const c = createLogger();
const d = new Logger('Video');
const e = a.child({ module: 'video' });
a.info(process.env.VONAGE_SECRET);
b.warn(process.env.VONAGE_SECRET);
c.error(process.env.VONAGE_SECRET);
d.log(process.env.VONAGE_SECRET);
e.debug(process.env.VONAGE_SECRET);
`;
const debugFunction = `const OpenTok = require('opentok');
const log = require('debug')('app:video');
const secret = process.env.OT_SECRET;
const ot = new OpenTok(process.env.OT_KEY, secret);
log('secret %s', secret);
`;
const nestLogger = `import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
@Injectable()
export class VideoService {
  private readonly logger = new Logger(VideoService.name);
  constructor(private readonly config: ConfigService) {}
  init() {
    const privateKey = this.config.get<string>('VONAGE_PRIVATE_KEY');
    this.logger.log(\`Using key \${privateKey}\`);
  }
}
`;
const frameworkLoggers = `const fastify = require('fastify')({ logger: true });
const { Vonage } = require('@vonage/server-sdk');
const apiSecret = process.env.VONAGE_API_SECRET;
fastify.log.info({ apiSecret });
fastify.post('/x', (request, reply) => {
  request.log.debug('secret', apiSecret);
  reply.send({ ok: true });
});
`;
const clientObject = `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
console.log('client', opentok);
console.dir(JSON.stringify(opentok));
`;
const stdout = `import OpenTok from 'opentok';
const secret = process.env.OPENTOK_API_SECRET;
process.stdout.write(secret + '\\n');
`;
const nameBased = `import OpenTok from 'opentok';
export function createClient(apiKey, apiSecret) {
  console.info('creating client', apiKey, apiSecret);
  return new OpenTok(apiKey, apiSecret);
}
`;
const vonagePath = `export function start(config) {
  console.log(config.opentok.secret);
}
`;
const reassigned = `import { Video } from '@vonage/video';
let key;
key = process.env.VONAGE_PRIVATE_KEY;
console.log(key || 'no key');
`;
const classMembers = `import OpenTok from 'opentok';
class VideoService {
  constructor(vault) {
    this.s = vault.read('ot');
    this.ot = new OpenTok(process.env.OT_KEY, this.s);
  }
  dump() {
    console.log(this.s, this.ot);
  }
}
export default VideoService;
`;
const importEquals = `import OpenTok = require('opentok');
const secret = process.env.OPENTOK_SECRET as string;
const ot = new OpenTok(process.env.OPENTOK_KEY as string, secret);
console.log(secret!);
`;
const configGet = `import config from 'config';
console.log(config.get('opentok.apiSecret'));
`;
// A default after the key is the secret itself (no-hardcoded-credentials reports it): the message names the call without it.
const configGetDefault = `import config from 'config';
console.log(config.get('opentok.apiSecret', 'hunter2hunter2'));
`;
const viteEnv = `import { Video } from '@vonage/video';
console.log(import.meta.env.VONAGE_PRIVATE_KEY, process.env['VONAGE_API_SECRET']);
`;
const sessionLog = `import OpenTok from 'opentok';
const ot = new OpenTok(process.env.KEY, process.env.SECRET);
ot.createSession({}, (error, session) => {
  console.log('created', session, session.sessionId);
});
`;

// --- public environment variables -----------------------------------------------------------------------------------

const nextPublic = `export const secret = process.env.NEXT_PUBLIC_OPENTOK_SECRET;
`;
const vitePublic = `const key = import.meta.env.VITE_VONAGE_PRIVATE_KEY;
export default key;
`;
const reactAppGeneric = `import OT from '@opentok/client';
const session = OT.initSession(process.env.REACT_APP_API_KEY, sessionId);
const secret = process.env['REACT_APP_API_SECRET'];
`;
const destructuredPublic = `const { NEXT_PUBLIC_TOKBOX_API_SECRET, NEXT_PUBLIC_TOKBOX_API_KEY } = process.env;
export { NEXT_PUBLIC_TOKBOX_API_SECRET, NEXT_PUBLIC_TOKBOX_API_KEY };
`;
const svelteKit = `import { PUBLIC_OPENTOK_API_SECRET } from '$env/static/public';
import { env as pub } from '$env/dynamic/public';
export const load = () => ({ a: PUBLIC_OPENTOK_API_SECRET, b: pub.PUBLIC_VONAGE_PRIVATE_KEY });
`;

// --- server SDKs in browser code -------------------------------------------------------------------------------------

const useClient = `'use client';
import { useEffect } from 'react';
import { Video } from '@vonage/video';
export default function Room() {
  useEffect(() => {
    const video = new Video({ applicationId: 'x', privateKey: './private.key' });
  }, []);
  return null;
}
`;
const scriptPage = `const OpenTok = require('opentok');
const session = OT.initSession(apiKey, sessionId);
session.connect(token);
`;
const browserModule = `import OT from '@opentok/client';
import OpenTok from 'opentok';
export const join = (apiKey, sessionId) => OT.initSession(apiKey, sessionId);
export { OpenTok };
`;
const windowOT = `import { Vonage } from '@vonage/server-sdk';
const ot = window.OT;
export const vonage = new Vonage({});
`;
const reactWrapper = `import { OTSession } from 'opentok-react';
import { Auth } from '@vonage/auth';
export const auth = new Auth({ applicationId, privateKey });
`;
const componentFile = `import OpenTok from 'opentok';
export const Room = ({ sessionId }) => <div id={sessionId} data-sdk={OpenTok.name} />;
`;
const vueFile = `import { Video } from '@vonage/video';
export default { name: 'VideoRoom', data: () => ({ video: new Video({}) }) };
`;
const dynamicImport = `'use client';
export async function load() {
  const { Vonage } = await import('@vonage/server-sdk');
  return Vonage;
}
`;
const reexport = `'use client';
export { Video } from '@vonage/video';
export * from '@vonage/jwt';
`;
const importEqualsClient = `'use client';
import OpenTok = require('opentok');
export default OpenTok;
`;

// --- DEBUG ----------------------------------------------------------------------------------------------------------

const debugEnv = `import OpenTok from 'opentok';
process.env.DEBUG = 'vonage:*';
const ot = new OpenTok(key, secret);
`;
const debugComputed = `process.env['DEBUG'] = '@opentok';
`;
const debugEnable = `import debug from 'debug';
import createDebug from 'debug';
const NAMESPACES = 'app:*,vonage:jwt*';
debug.enable('*');
createDebug.enable(NAMESPACES);
require('debug').enable('@opentok');
`;
const objectAssign = `Object.assign(process.env, { DEBUG: 'vonage:*' });
Object.assign(process.env, { PORT: '3000', DEBUG: '*' });
`;
const debugDefault = `process.env.DEBUG = process.env.DEBUG || 'vonage:jwt';
process.env.DEBUG ??= '@opentok*';
if (verbose) process.env.DEBUG = '*';
`;

const containers = `import OpenTok from 'opentok';
const secret = process.env.OPENTOK_API_SECRET;
export const a = (req, res) => res.json([secret, req.query.debug ? secret : null, req.query.x && secret, ...rest]);
`;
const computedKey = `import OpenTok from 'opentok';
const creds = { ...defaults, apiSecret: process.env.OPENTOK_API_SECRET };
export const a = (req, res) => res.json({ ['apiSecret']: creds.apiSecret, sessionId: 1 });
export const b = (req, res) => res.send(creds);
`;
const bareGlobal = `const OpenTok = require('opentok');
const ot = OT;
`;
const declaredGlobal = `import { Video } from '@vonage/video';
const tb = TB;
export { Video };
`;
const longDebug = `process.env.DEBUG = 'app:http,app:db,app:cache,app:queue,app:mailer,vonage:*';
`;

runRuleTester('no-secret-exposure', rule, {
  valid: [
    // Key paths are not keys: logging where the key file is leaks nothing, even when the SDK receives that path.
    `import { Video } from '@vonage/video';\nconst video = new Video({ applicationId: process.env.APP_ID, privateKey: process.env.VONAGE_PRIVATE_KEY_PATH });\nconsole.log('key at', process.env.VONAGE_PRIVATE_KEY_PATH);`,
    `import { Vonage } from '@vonage/server-sdk';\nconst privateKeyFile = process.env.PRIVATE_KEY_FILE ?? './private.key';\nconsole.info({ privateKeyFile });\nexport const vonage = new Vonage({ applicationId: process.env.APP_ID, privateKey: privateKeyFile });`,
    // No Vonage usage: other services' secrets are not this plugin's business.
    `console.log(process.env.JWT_SECRET, apiSecret, config.privateKey);
     export const h = (req, res) => res.json({ secret: process.env.SESSION_SECRET });`,
    // A Vonage file: other secrets (not named after Vonage, not generic), the API key and application ID are fine.
    `import OpenTok from 'opentok';
     const ot = new OpenTok(process.env.OT_KEY, process.env.OT_SECRET);
     console.log(process.env.JWT_SECRET, process.env.OT_KEY, process.env.VONAGE_APPLICATION_ID);
     export const token = (req, res) => res.json({ apiKey: process.env.OT_KEY, sessionId: req.params.id, token: ot.generateToken(req.params.id) });`,
    // Values derived from the secret that do not carry it: flags, lengths, types, comparisons, a masked prefix.
    `import OpenTok from 'opentok';
     const secret = process.env.OPENTOK_API_SECRET;
     const ot = new OpenTok(process.env.OPENTOK_API_KEY, secret);
     export const health = (req, res) => res.json({ hasSecret: Boolean(secret), configured: !!secret, length: secret.length, kind: typeof secret, same: secret === req.query.s });
     console.log('secret set:', secret !== undefined, 'prefix', secret.slice(0, 4) + '…');`,
    // Hashes and signed tokens made with the secret are not the secret.
    `import OpenTok from 'opentok';
     import crypto from 'crypto';
     import jwt from 'jsonwebtoken';
     const secret = process.env.OPENTOK_API_SECRET;
     console.log(crypto.createHmac('sha256', secret).update('x').digest('hex'));
     export const t = (req, res) => res.json({ jwt: jwt.sign({ iss: 'me' }, secret) });`,
    // Names that describe the secret rather than hold it.
    `import OpenTok from 'opentok';
     const OPENTOK_SECRET_NAME = 'OPENTOK_API_SECRET';
     const hasVonageSecret = Boolean(process.env[OPENTOK_SECRET_NAME]);
     const privateKeyPath = './private.key';
     const vonagePrivateKeyPath = process.env.VONAGE_PRIVATE_KEY_PATH;
     console.log(OPENTOK_SECRET_NAME, hasVonageSecret, privateKeyPath, vonagePrivateKeyPath);`,
    // Variables named like the secret whose value is evidently something else.
    `import OpenTok from 'opentok';
     const apiSecret = 42, privateKey = './private.key', secret = { set: true };
     function opentokSecret() {}
     class VonagePrivateKey {}
     console.log(apiSecret, privateKey, secret, opentokSecret, VonagePrivateKey);`,
    // End-to-end encryption secrets are handed to participants by design.
    `import OpenTok from 'opentok';
     export const e2ee = (req, res) => res.json({ encryptionSecret: process.env.VONAGE_E2EE_SECRET, s: process.env.OPENTOK_ENCRYPTION_SECRET });`,
    // A fetch response is read, not sent: \`response.json()\` has no argument, and a local \`response\` is no parameter.
    `import OpenTok from 'opentok';
     const secret = process.env.OPENTOK_API_SECRET;
     export async function f() {
       const response = await fetch('/x');
       const data = await response.json();
       const reply = createReply();
       reply.send(secret);
       return fetch('/y').then(res => res.json());
     }`,
    // A client object converted to text is "[object Object]"; in template locals it is not rendered as such.
    `import OpenTok from 'opentok';
     const opentok = new OpenTok(process.env.OT_KEY, process.env.OT_SECRET);
     console.log(\`client \${opentok}\`, 'client ' + opentok, String(opentok), opentok.apiKey);
     export const page = (req, res) => res.render('room', { opentok });`,
    // Objects and arrays nested two levels deep in the payload are not searched; nor are results of unknown calls.
    `import OpenTok from 'opentok';
     export const h = (req, res) => res.json({ a: { b: { secret: process.env.OPENTOK_API_SECRET }, c: [process.env.OPENTOK_API_SECRET] } });
     export const k = (req, res) => res.json(helpers[name](process.env.OPENTOK_API_SECRET));`,
    // A file with no secret-like word and no SDK client: nothing to look for.
    `import OpenTok from 'opentok';\nconst cache = new Map();\nconsole.log(cache);`,
    // Look-alike receivers: a shadowed console, \`blogger\`, Math.log, a local Response class, NextResponse from elsewhere.
    `import OpenTok from 'opentok';
     import { NextResponse } from './responses';
     const secret = process.env.OPENTOK_API_SECRET;
     class Response { static json(x) { return x; } }
     function f(console, blogger) { console.log(secret); blogger.info(secret); }
     Math.log(secret);
     Response.json(secret);
     NextResponse.json(secret);
     new Response(secret);`,
    // Look-alike sinks: a handler param not named like a response, a context method that is not a body, no template locals.
    `import OpenTok from 'opentok';
     const secret = process.env.OPENTOK_API_SECRET;
     export const a = (event, output) => output.send(secret);
     export const b = (req, res) => { res.render('page'); res.set('x', secret); };
     export const c = (ctx) => ctx.throw(500, 'no');
     export const d = ({ res }) => res.json(secret);
     obj.locals.secret = secret;
     ctx.body = secret;
     something.body = secret;`,
    // Returns that are not responses: an ordinary function, an object without statusCode, \`getServerSideProps\` without props.
    `import OpenTok from 'opentok';
     const secret = process.env.OPENTOK_API_SECRET;
     function load() { return { secret }; }
     export const other = () => ({ body: secret });
     export async function getServerSideProps() { return { redirect: { destination: '/' } }; }
     export const getStaticProps = () => ({ notFound: true });`,
    // Public prefixes: the API key is public by design; a generic name without Vonage usage; no prefix.
    `export const a = process.env.NEXT_PUBLIC_OPENTOK_API_KEY, b = process.env.NEXT_PUBLIC_API_SECRET, c = process.env.OPENTOK_API_SECRET;
     export const d = import.meta.env.VITE_VONAGE_APPLICATION_ID, e = env.PUBLIC_OPENTOK_SECRET;
     const { NEXT_PUBLIC_VONAGE_APPLICATION_ID, [key]: value, ...all } = process.env;
     import * as pub from '$env/static/public';
     import { env as publicEnv, other } from '$env/dynamic/public';
     export const f = publicEnv[name], g = publicEnv, h = fn(publicEnv);`,
    // A top-level return in CommonJS is no function's return value.
    {
      code: `const OpenTok = require('opentok');\nif (!process.env.OPENTOK_API_SECRET) return process.env.OPENTOK_API_SECRET;`,
      languageOptions: { ...commonjs, parserOptions: { ecmaFeatures: { globalReturn: true, jsx: true } } },
      parsers: ['espree'],
    },
    // A server SDK in server code: Next.js app router (server component), getServerSideProps, pages/api, 'use server', *.server.tsx, SSR.
    { code: `import { Video } from '@vonage/video';\nexport default async function Page() { return <div />; }`, filename: 'app/room/[id]/page.tsx' },
    { code: `import OpenTok from 'opentok';\nexport const getServerSideProps = async () => ({ props: {} });\nexport default function Room() { return <div />; }`, filename: 'pages/room.jsx' },
    { code: `import OpenTok from 'opentok';\nexport { loader };\nconst loader = () => null;\nexport default function Room() { return <div />; }`, filename: 'routes/room.jsx' },
    { code: `import OpenTok from 'opentok';\nexport default function handler(req, res) { res.json({}); }\nexport const X = () => <div />;`, filename: 'pages/api/token.tsx' },
    { code: `'use server';\nimport { Vonage } from '@vonage/server-sdk';\nexport async function createToken() { return <div />; }`, filename: 'src/actions.tsx' },
    { code: `import { Vonage } from '@vonage/server-sdk';\nexport const Room = () => <div />;`, filename: 'src/video.server.tsx' },
    { code: `import express from 'express';\nimport { renderToString } from 'react-dom/server';\nimport OpenTok from 'opentok';\nexport const html = renderToString(<div />);`, filename: 'src/ssr.jsx' },
    { code: `import fs from 'node:fs';\nimport OpenTok from 'opentok';\nexport const X = () => <div />;`, filename: 'src/X.jsx' },
    { code: `import OpenTok from 'opentok';\nconst OT = window.OT;`, filename: 'C:\\project\\server\\video.js' },
    { code: `import OpenTok from 'opentok';\nexport const href = window.location.href, w = window, i = window[key];`, filename: 'src/video.js' },
    { code: `import OpenTok from 'opentok';\nconst gssp = 1;\nexport { gssp as 'getServerSideProps' };\nexport const X = () => <></>;`, filename: 'src/X.jsx' },
    { code: `import OpenTok from 'opentok';\nexport const { loader } = routes;\nexport { X };\nconst X = () => <></>;`, filename: 'app/X.jsx' },
    { code: `import OpenTok from 'opentok';\nimport x = Foo.Bar;\nexport default x;`, parsers: ['typescript'] },
    // TypeScript drops imports whose bindings are only used as types, or not at all.
    {
      code: `'use client';\nimport { Video } from '@vonage/video';\nimport OpenTok from 'opentok';\nexport default function Room(props: { video: Video }) { return <div />; }`,
      parsers: ['typescript'],
    },
    { code: `'use client';\nimport { Video } from '@vonage/video';\nexport const Room = () => <div />;` },
    // Type-only imports are erased from the bundle.
    {
      code: `'use client';\nimport type { Video } from '@vonage/video';\nimport { type Vonage } from '@vonage/server-sdk';\nexport type { Auth } from '@vonage/auth';\nexport default function Room(props: { video?: Video; vonage?: Vonage }) { return null; }`,
      parsers: ['typescript'],
    },
    // Not browser code: a .tsx file without JSX (the tester's default file name), a plain .js file.
    `import OpenTok from 'opentok';\nexport const ot = new OpenTok(process.env.K, process.env.OT_SECRET);`,
    { code: `import OpenTok from 'opentok';\nexport const X = () => <div />;`, filename: 'src/server.js' },
    // A local \`require\` function and a non-literal require are not module loads.
    `'use client';\nfunction require(name) { return name; }\nrequire('opentok');\nconst m = 'opentok';\nimport(m);`,
    // DEBUG values that enable no secret-printing namespace, or only in development, or not static.
    `process.env.DEBUG = 'express:*,app:*';
     process.env.DEBUG = '*,-vonage:*,-@opentok';
     process.env.DEBUG = 'vonage:video';
     process.env.DEBUG = process.env.MY_DEBUG;
     process.env.DEBUG_LEVEL = '*';
     process.env.DEBUG += ',app';
     if (process.env.NODE_ENV !== 'production') process.env.DEBUG = 'vonage:*';
     if (process.env.NODE_ENV === 'development') { Object.assign(process.env, { DEBUG: '*' }); }
     Object.assign(target, { DEBUG: '*' });
     Object.assign(process.env, { PORT: '80' }, defaults);
     localStorage.debug = '*';
     process.env.DEBUG = '${'app,'.repeat(600)}*';
     console.log(process.env.DEBUG);`,
    // \`enable\` on something that is not the debug package.
    `import debug from './debug';\nimport feature from 'feature-flags';\ndebug.enable('*');\nfeature.enable('*');\ntoggles.enable('*');\nrequire('other').enable('*');`,
    // No argument, a spread, a dynamic module name, a bare return: nothing to read.
    `import debug from 'debug';\ndebug.enable();\ndebug.enable(...namespaces);\nconst m = require(name);\nexport function f(secret) { if (!secret) return; }`,
  ],
  invalid: [
    // -- responses --
    {
      // Express: the secret as a property of the JSON payload (CommonJS, require declared).
      code: express,
      languageOptions: commonjs,
      errors: [
        error('secretInResponse', express, 'process.env.OPENTOK_API_SECRET', { secret: apiSecret('process.env.OPENTOK_API_SECRET'), sink: 'res.json()' }, [
          removeProperty('apiSecret', express.replace(', apiSecret: process.env.OPENTOK_API_SECRET', '')),
        ], 2),
      ],
    },
    {
      // A variable passed as the secret to `new OpenTok()`, in a template literal sent through a chained response.
      code: expressChained,
      errors: [error('secretInResponse', expressChained, ['${secret}', 'secret'], { secret: apiSecret('secret'), sink: "res.status(200).set('Cache-Control','no….send()" })],
    },
    {
      // Nested one level in the payload: the suggestion drops the nested property.
      code: expressNested,
      errors: [
        error('secretInResponse', expressNested, ['{ secret, env', 'secret'], { secret: apiSecret('secret'), sink: 'res.json()' }, [
          removeProperty('secret', expressNested.replace('{ secret, env: ', '{ env: ')),
        ]),
      ],
    },
    {
      // Concatenated into the response text.
      code: concatenated,
      errors: [error('secretInResponse', concatenated, 'process.env.VONAGE_API_SECRET', { secret: apiSecret('process.env.VONAGE_API_SECRET'), sink: 'res.send()' })],
    },
    {
      // Template locals (EJS), with the secret destructured from the environment under another name.
      code: render,
      languageOptions: commonjs,
      errors: [
        error('secretInTemplate', render, ['apiKey, apiSecret, sessionId', 'apiSecret'], { secret: apiSecret('apiSecret'), sink: 'res.render()' }, [
          removeProperty('apiSecret', render.replace('{ apiKey, apiSecret, sessionId', '{ apiKey, sessionId')),
        ]),
      ],
    },
    {
      // `app.locals` and `res.locals` are template locals too.
      code: locals,
      errors: [
        error('secretInTemplate', locals, ['= secret;', 'secret'], { secret: apiSecret('secret'), sink: 'app.locals.opentokSecret' }),
        error('secretInTemplate', locals, ['{ secret }', 'secret'], { secret: apiSecret('secret'), sink: 'res.locals' }, [removeProperty('secret', locals.replace('res.locals = { secret }', 'res.locals = {}'))]),
      ],
    },
    {
      // Koa: `ctx.body` and `ctx.response.body`; the private key passed to `new Video()` through a config object.
      code: koa,
      errors: [
        error('secretInResponse', koa, ['privateKey: config.privateKey', 'config.privateKey'], { secret: privateKey('config.privateKey'), sink: 'ctx.body' }, [
          removeProperty('privateKey', koa.replace(', privateKey: config.privateKey }', ' }')),
        ]),
        error('secretInResponse', koa, ['body = process.env.KEY_PEM', 'process.env.KEY_PEM'], { secret: privateKey('process.env.KEY_PEM'), sink: 'ctx.response.body' }),
      ],
    },
    {
      // Fastify: `reply.send()` and a handler's returned value; `OpenTok()` called without `new`.
      code: fastify,
      languageOptions: commonjs,
      errors: [
        error('secretInResponse', fastify, ['send({ secret })', 'secret'], { secret: apiSecret('secret'), sink: 'reply.code(200).send()' }, [
          removeProperty('secret', fastify.replace('send({ secret })', 'send({})')),
        ]),
        error('secretInResponse', fastify, ['K, secret }', 'secret'], { secret: apiSecret('secret'), sink: 'the value a Fastify handler returns' }, [
          removeProperty('secret', fastify.replace('{ apiKey: process.env.K, secret }', '{ apiKey: process.env.K }')),
        ]),
      ],
    },
    {
      // Hono on Cloudflare Workers: `c.json()`, `c.text()`, the secret from `c.env`.
      code: hono,
      parsers: ['typescript'],
      errors: [
        error('secretInResponse', hono, 'c.env.VONAGE_API_SECRET', { secret: apiSecret('c.env.VONAGE_API_SECRET'), sink: 'c.json()' }, [
          removeProperty('apiSecret', hono.replace('c.json({ apiSecret: c.env.VONAGE_API_SECRET })', 'c.json({})')),
        ]),
        error('secretInResponse', hono, 'c.env.VONAGE_API_SECRET', { secret: apiSecret('c.env.VONAGE_API_SECRET'), sink: 'c.text()' }, [], 2),
      ],
    },
    {
      // Next.js pages API: opentok's Session object serialises its `ot` client, API secret included.
      code: nextPages,
      parsers: ['typescript'],
      errors: [error('secretInResponse', nextPages, ['json(session)', 'session'], { secret: session('session'), sink: 'res.status(200).json()' })],
    },
    {
      // Next.js route handlers: `NextResponse.json`, `new Response(JSON.stringify(…))` with a transformed key, `Response.json`.
      code: routeHandlers,
      parsers: ['typescript'],
      errors: [
        error('secretInResponse', routeHandlers, ['privateKey: process.env.VONAGE_PRIVATE_KEY }', 'process.env.VONAGE_PRIVATE_KEY'], { secret: privateKey('process.env.VONAGE_PRIVATE_KEY'), sink: 'NextResponse.json()' }, [
          removeProperty('privateKey', routeHandlers.replace(', privateKey: process.env.VONAGE_PRIVATE_KEY }', ' }')),
        ]),
        error('secretInResponse', routeHandlers, ['({ key })', 'key'], { secret: privateKey('key'), sink: 'new Response()' }, [
          removeProperty('key', routeHandlers.replace('JSON.stringify({ key })', 'JSON.stringify({})')),
        ]),
        error('secretInResponse', routeHandlers, ['Response.json(process.env.VONAGE_PRIVATE_KEY)', 'process.env.VONAGE_PRIVATE_KEY'], { secret: privateKey('process.env.VONAGE_PRIVATE_KEY'), sink: 'Response.json()' }),
      ],
    },
    {
      // AWS Lambda: the returned `{ statusCode, body }`, with the key destructured from the environment.
      code: lambda,
      errors: [
        error('secretInResponse', lambda, ['token, privateKey: VONAGE_PRIVATE_KEY }', 'VONAGE_PRIVATE_KEY'], { secret: privateKey('VONAGE_PRIVATE_KEY'), sink: 'the returned `body`' }, [
          removeProperty('privateKey', lambda.replace('{ token, privateKey: VONAGE_PRIVATE_KEY }', '{ token }')),
        ]),
      ],
    },
    {
      // Lambda/Netlify callback style.
      code: lambdaCallback,
      languageOptions: commonjs,
      errors: [error('secretInResponse', lambdaCallback, ['+ process.env.SECRET', 'process.env.SECRET'], { secret: apiSecret('process.env.SECRET'), sink: 'the response `body`' })],
    },
    {
      // NestJS: a route method's returned object, the key read through ConfigService.
      code: nest,
      parsers: ['typescript'],
      errors: [
        error(
          'secretInResponse',
          nest,
          "this.configService.get<string>('VONAGE_PRIVATE_KEY')",
          { secret: privateKey("this.configService.get<string>('VONAGE_PRIVATE_KEY')"), sink: 'the value a NestJS route returns' },
          [removeProperty('privateKey', nest.replace(",\n      privateKey: this.configService.get<string>('VONAGE_PRIVATE_KEY'),", ','))],
        ),
      ],
    },
    {
      // Next.js getServerSideProps: props are serialised into the page.
      code: serverSideProps,
      filename: 'pages/room.jsx',
      errors: [
        error('secretInResponse', serverSideProps, ['apiSecret: process.env.OPENTOK_SECRET', 'process.env.OPENTOK_SECRET'], { secret: apiSecret('process.env.OPENTOK_SECRET'), sink: 'the props of `getServerSideProps`' }, [
          removeProperty('apiSecret', serverSideProps.replace(', apiSecret: process.env.OPENTOK_SECRET }', ' }')),
        ]),
      ],
    },
    {
      // A constant object holding the secret, sent whole or spread: reported at the reference.
      code: referenced,
      errors: [
        error('secretInResponse', referenced, ['json(credentials)', 'credentials'], { secret: apiSecret('credentials.apiSecret'), sink: 'res.json()' }),
        error('secretInResponse', referenced, ['...credentials', 'credentials'], { secret: apiSecret('credentials.apiSecret'), sink: 'res.json()' }),
      ],
    },
    {
      // Any name right after a request parameter is the response; the env variable is the secret because `new OpenTok()` gets it.
      code: positional,
      errors: [error('secretInResponse', positional, ['send(process.env.OT_PASS)', 'process.env.OT_PASS'], { secret: apiSecret('process.env.OT_PASS'), sink: 'r.send()' })],
    },
    // -- logs --
    {
      // console.log with several arguments (suggestion drops one), console.error with one (no suggestion).
      code: consoleLog,
      languageOptions: commonjs,
      errors: [
        error('secretLogged', consoleLog, 'process.env.OPENTOK_API_SECRET', { secret: apiSecret('process.env.OPENTOK_API_SECRET'), sink: 'console.log()' }, [
          removeArgument(consoleLog.replace('OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);\nconsole.error', 'OPENTOK_API_KEY);\nconsole.error')),
        ], 2),
        error('secretLogged', consoleLog, 'process.env.OPENTOK_API_SECRET', { secret: apiSecret('process.env.OPENTOK_API_SECRET'), sink: 'console.error()' }, [], 3),
      ],
    },
    {
      // Regression: parenthesized arguments are removed with their parentheses.
      code: parenthesizedLog,
      errors: [
        error('secretLogged', parenthesizedLog, ['(apiSecret), ', 'apiSecret'], { secret: apiSecret('apiSecret'), sink: 'console.log()' }, [
          removeArgument(parenthesizedLog.replace("console.log((apiSecret), 'x');", "console.log('x');")),
        ]),
        error('secretLogged', parenthesizedLog, ["'x', (apiSecret));", 'apiSecret'], { secret: apiSecret('apiSecret'), sink: 'console.log()' }, [
          removeArgument(parenthesizedLog.replace("console.log('x', (apiSecret));", "console.log('x');")),
        ]),
        error('secretLogged', parenthesizedLog, ['(apiSecret), //', 'apiSecret'], { secret: apiSecret('apiSecret'), sink: 'console.log()' }, [
          // Comments are never deleted with an argument.
          removeArgument(parenthesizedLog.replace('(apiSecret), // the secret', '// the secret')),
        ]),
      ],
    },
    {
      // pino instance created in the file under any name; shorthand property.
      code: pino,
      errors: [
        error('secretLogged', pino, ['ID, privateKey }, ', 'privateKey'], { secret: privateKey('privateKey'), sink: 'out.info()' }, [
          removeProperty('privateKey', pino.replace('process.env.VONAGE_APPLICATION_ID, privateKey }, ', 'process.env.VONAGE_APPLICATION_ID }, ')),
        ]),
      ],
    },
    {
      // winston, bunyan, named createLogger, NestJS Logger and child loggers, whatever their variable names.
      code: loggers,
      parsers: ['typescript'],
      errors: ['a.info()', 'b.warn()', 'c.error()', 'd.log()', 'e.debug()'].map((sink, index) =>
        error('secretLogged', loggers, 'process.env.VONAGE_SECRET', { secret: apiSecret('process.env.VONAGE_SECRET'), sink }, [], index + 2),
      ),
    },
    {
      // A function made by the `debug` package.
      code: debugFunction,
      languageOptions: commonjs,
      errors: [
        error('secretLogged', debugFunction, ["%s', secret)", 'secret'], { secret: apiSecret('secret'), sink: 'log()' }, [removeArgument(debugFunction.replace("log('secret %s', secret);", "log('secret %s');"))]),
      ],
    },
    {
      // NestJS `this.logger.log()` with the key in a template literal.
      code: nestLogger,
      parsers: ['typescript'],
      errors: [error('secretLogged', nestLogger, ['${privateKey}', 'privateKey'], { secret: privateKey('privateKey'), sink: 'this.logger.log()' })],
    },
    {
      // `fastify.log` and `request.log` (pino under the hood).
      code: frameworkLoggers,
      languageOptions: commonjs,
      errors: [
        error('secretLogged', frameworkLoggers, ['({ apiSecret })', 'apiSecret'], { secret: apiSecret('apiSecret'), sink: 'fastify.log.info()' }, [
          removeProperty('apiSecret', frameworkLoggers.replace('fastify.log.info({ apiSecret })', 'fastify.log.info({})')),
        ]),
        error('secretLogged', frameworkLoggers, ["'secret', apiSecret", 'apiSecret'], { secret: apiSecret('apiSecret'), sink: 'request.log.debug()' }, [
          removeArgument(frameworkLoggers.replace("'secret', apiSecret)", "'secret')")),
        ]),
      ],
    },
    {
      // The client object itself: `util.inspect` and JSON print its `apiSecret`.
      code: clientObject,
      errors: [
        error('secretLogged', clientObject, ["'client', opentok", 'opentok'], { secret: client('OpenTok', 'opentok'), sink: 'console.log()' }, [removeArgument(clientObject.replace("'client', opentok);", "'client');"))]),
        error('secretLogged', clientObject, ['stringify(opentok)', 'opentok'], { secret: client('OpenTok', 'opentok'), sink: 'console.dir()' }),
      ],
    },
    {
      // `process.stdout.write`.
      code: stdout,
      errors: [error('secretLogged', stdout, ['write(secret', 'secret'], { secret: apiSecret('secret'), sink: 'process.stdout.write()' })],
    },
    {
      // A parameter named like the secret, in a file that uses the SDK.
      code: nameBased,
      errors: [
        error('secretLogged', nameBased, ['apiKey, apiSecret);', 'apiSecret'], { secret: apiSecret('apiSecret'), sink: 'console.info()' }, [
          removeArgument(nameBased.replace("'creating client', apiKey, apiSecret);", "'creating client', apiKey);")),
        ]),
      ],
    },
    {
      // A generic name under a Vonage-named object counts even without SDK usage.
      code: vonagePath,
      errors: [error('secretLogged', vonagePath, 'config.opentok.secret', { secret: apiSecret('config.opentok.secret'), sink: 'console.log()' })],
    },
    {
      // A variable assigned later; a fallback keeps the value.
      code: reassigned,
      errors: [error('secretLogged', reassigned, ['log(key', 'key'], { secret: privateKey('key'), sink: 'console.log()' })],
    },
    {
      // Members passed to `new OpenTok()` and holding the client, read elsewhere in the class.
      code: classMembers,
      errors: [
        error('secretLogged', classMembers, ['log(this.s', 'this.s'], { secret: apiSecret('this.s'), sink: 'console.log()' }, [removeArgument(classMembers.replace('console.log(this.s, this.ot);', 'console.log(this.ot);'))]),
        error('secretLogged', classMembers, ['this.s, this.ot', 'this.ot'], { secret: client('OpenTok', 'this.ot'), sink: 'console.log()' }, [removeArgument(classMembers.replace('console.log(this.s, this.ot);', 'console.log(this.s);'))]),
      ],
    },
    {
      // TypeScript `import = require()`, `as` and `!` wrappers.
      code: importEquals,
      parsers: ['typescript'],
      errors: [error('secretLogged', importEquals, ['log(secret!', 'secret'], { secret: apiSecret('secret'), sink: 'console.log()' })],
    },
    {
      // `config.get('opentok.apiSecret')`: the key path names Vonage.
      code: configGet,
      errors: [error('secretLogged', configGet, "config.get('opentok.apiSecret')", { secret: apiSecret("config.get('opentok.apiSecret')"), sink: 'console.log()' })],
    },
    {
      code: configGetDefault,
      errors: [
        error('secretLogged', configGetDefault, "config.get('opentok.apiSecret', 'hunter2hunter2')", { secret: apiSecret("config.get('opentok.apiSecret', …)"), sink: 'console.log()' }),
      ],
    },
    {
      // `import.meta.env.X` and `process.env['X']`.
      code: viteEnv,
      errors: [
        error('secretLogged', viteEnv, 'import.meta.env.VONAGE_PRIVATE_KEY', { secret: privateKey('import.meta.env.VONAGE_PRIVATE_KEY'), sink: 'console.log()' }, [
          removeArgument(viteEnv.replace("import.meta.env.VONAGE_PRIVATE_KEY, process.env['VONAGE_API_SECRET']", "process.env['VONAGE_API_SECRET']")),
        ]),
        error('secretLogged', viteEnv, "process.env['VONAGE_API_SECRET']", { secret: apiSecret("process.env['VONAGE_API_SECRET']"), sink: 'console.log()' }, [
          removeArgument(viteEnv.replace(", process.env['VONAGE_API_SECRET']", '')),
        ]),
      ],
    },
    {
      // opentok's Session from the createSession callback, logged whole.
      code: sessionLog,
      errors: [
        error('secretLogged', sessionLog, ["'created', session", 'session'], { secret: session('session'), sink: 'console.log()' }, [removeArgument(sessionLog.replace("'created', session, session", "'created', session"))]),
      ],
    },
    // -- browser-public environment variables --
    {
      // Next.js public prefix on a Vonage-named secret, in any file.
      code: nextPublic,
      errors: [error('publicSecretVariable', nextPublic, 'process.env.NEXT_PUBLIC_OPENTOK_SECRET', { name: 'NEXT_PUBLIC_OPENTOK_SECRET', prefix: 'NEXT_PUBLIC_', kind: 'API secret' })],
    },
    {
      // Vite, private key.
      code: vitePublic,
      errors: [error('publicSecretVariable', vitePublic, 'import.meta.env.VITE_VONAGE_PRIVATE_KEY', { name: 'VITE_VONAGE_PRIVATE_KEY', prefix: 'VITE_', kind: 'application private key' })],
    },
    {
      // Create React App, a generic name in a file that uses the browser SDK, computed access.
      code: reactAppGeneric,
      errors: [error('publicSecretVariable', reactAppGeneric, "process.env['REACT_APP_API_SECRET']", { name: 'REACT_APP_API_SECRET', prefix: 'REACT_APP_', kind: 'API secret' })],
    },
    {
      // Destructured from process.env.
      code: destructuredPublic,
      errors: [error('publicSecretVariable', destructuredPublic, 'NEXT_PUBLIC_TOKBOX_API_SECRET', { name: 'NEXT_PUBLIC_TOKBOX_API_SECRET', prefix: 'NEXT_PUBLIC_', kind: 'API secret' })],
    },
    {
      // SvelteKit's public environment modules.
      code: svelteKit,
      errors: [
        error('publicSecretVariable', svelteKit, 'PUBLIC_OPENTOK_API_SECRET', { name: 'PUBLIC_OPENTOK_API_SECRET', prefix: 'PUBLIC_', kind: 'API secret' }),
        error('publicSecretVariable', svelteKit, 'pub.PUBLIC_VONAGE_PRIVATE_KEY', { name: 'PUBLIC_VONAGE_PRIVATE_KEY', prefix: 'PUBLIC_', kind: 'application private key' }),
      ],
    },
    // -- server SDKs in browser code --
    {
      // A 'use client' module.
      code: useClient,
      errors: [
        error('serverSdkInBrowser', useClient, "'@vonage/video'", {
          module: '@vonage/video',
          reason: "a `'use client'` module",
          stub: ', and its browser build is only an "unsupported browser" stub',
        }),
      ],
    },
    {
      // A script-tag page that uses the global OT, with require() not declared.
      code: scriptPage,
      filename: 'public/app.js',
      languageOptions: { sourceType: 'script' },
      errors: [error('serverSdkInBrowser', scriptPage, "require('opentok')", { module: 'opentok', reason: 'a module that uses the Vonage Video browser SDK', stub: '' })],
    },
    {
      // A module that imports the browser SDK package.
      code: browserModule,
      filename: 'src/video.js',
      errors: [error('serverSdkInBrowser', browserModule, "'opentok'", { module: 'opentok', reason: 'a module that uses the Vonage Video browser SDK', stub: '' })],
    },
    {
      // `window.OT`.
      code: windowOT,
      filename: 'src/video.js',
      errors: [
        error('serverSdkInBrowser', windowOT, "'@vonage/server-sdk'", {
          module: '@vonage/server-sdk',
          reason: 'a module that uses the Vonage Video browser SDK',
          stub: ', and its browser build is only an "unsupported browser" stub',
        }),
      ],
    },
    {
      // opentok-react, and @vonage/auth (decision: it only holds credentials, so it counts).
      code: reactWrapper,
      filename: 'src/Room.js',
      errors: [error('serverSdkInBrowser', reactWrapper, "'@vonage/auth'", { module: '@vonage/auth', reason: 'a module that uses the Vonage Video browser SDK', stub: '' })],
    },
    {
      // A .jsx component with no server marker.
      code: componentFile,
      filename: 'src/components/Room.jsx',
      errors: [error('serverSdkInBrowser', componentFile, "'opentok'", { module: 'opentok', reason: 'a `.jsx` UI component with no server-only marker', stub: '' })],
    },
    {
      // A Vue single-file component's script.
      code: vueFile,
      filename: 'src/components/VideoRoom.vue',
      errors: [
        error('serverSdkInBrowser', vueFile, "'@vonage/video'", {
          module: '@vonage/video',
          reason: 'a `.vue` UI component with no server-only marker',
          stub: ', and its browser build is only an "unsupported browser" stub',
        }),
      ],
    },
    {
      // Dynamic import().
      code: dynamicImport,
      errors: [
        error('serverSdkInBrowser', dynamicImport, "import('@vonage/server-sdk')", {
          module: '@vonage/server-sdk',
          reason: "a `'use client'` module",
          stub: ', and its browser build is only an "unsupported browser" stub',
        }),
      ],
    },
    {
      // Re-exports; @vonage/jwt signs with the private key.
      code: reexport,
      errors: [
        error('serverSdkInBrowser', reexport, "'@vonage/video'", { module: '@vonage/video', reason: "a `'use client'` module", stub: ', and its browser build is only an "unsupported browser" stub' }),
        error('serverSdkInBrowser', reexport, "'@vonage/jwt'", { module: '@vonage/jwt', reason: "a `'use client'` module", stub: '' }),
      ],
    },
    {
      // TypeScript import = require().
      code: importEqualsClient,
      parsers: ['typescript'],
      errors: [error('serverSdkInBrowser', importEqualsClient, "require('opentok')", { module: 'opentok', reason: "a `'use client'` module", stub: '' })],
    },
    // -- DEBUG --
    {
      // `process.env.DEBUG = 'vonage:*'` prints the private key (@vonage/jwt).
      code: debugEnv,
      errors: [
        error('debugLogsSecrets', debugEnv, "process.env.DEBUG = 'vonage:*'", { value: 'vonage:*', namespace: 'vonage:jwt:tokenGenerate', prints: 'the application private key' }, [
          removeStatement(debugEnv.replace("process.env.DEBUG = 'vonage:*';\n", '')),
        ]),
      ],
    },
    {
      // Computed access, opentok's namespace.
      code: debugComputed,
      errors: [
        error('debugLogsSecrets', debugComputed, "process.env['DEBUG'] = '@opentok'", {
          value: '@opentok',
          namespace: '@opentok',
          prints: 'REST requests with their auth token and bodies (SIP passwords, stream keys, client tokens)',
        }, [removeStatement('')]),
      ],
    },
    {
      // `debug.enable()` under any local name, with a constant, and on `require('debug')`.
      code: debugEnable,
      errors: [
        error('debugLogsSecrets', debugEnable, "debug.enable('*')", { value: '*', namespace: '@opentok', prints: 'REST requests with their auth token and bodies (SIP passwords, stream keys, client tokens)' }, [
          removeStatement(debugEnable.replace("debug.enable('*');\n", '')),
        ]),
        error('debugLogsSecrets', debugEnable, 'createDebug.enable(NAMESPACES)', { value: 'app:*,vonage:jwt*', namespace: 'vonage:jwt:tokenGenerate', prints: 'the application private key' }, [
          removeStatement(debugEnable.replace('createDebug.enable(NAMESPACES);\n', '')),
        ]),
        error('debugLogsSecrets', debugEnable, "require('debug').enable('@opentok')", {
          value: '@opentok',
          namespace: '@opentok',
          prints: 'REST requests with their auth token and bodies (SIP passwords, stream keys, client tokens)',
        }, [removeStatement(debugEnable.replace("require('debug').enable('@opentok');\n", ''))]),
      ],
    },
    {
      // Object.assign(process.env, …): remove the statement, or only the DEBUG property when there are others.
      code: objectAssign,
      errors: [
        error('debugLogsSecrets', objectAssign, "Object.assign(process.env, { DEBUG: 'vonage:*' })", { value: 'vonage:*', namespace: 'vonage:jwt:tokenGenerate', prints: 'the application private key' }, [
          removeStatement(objectAssign.replace("Object.assign(process.env, { DEBUG: 'vonage:*' });\n", '')),
        ]),
        error('debugLogsSecrets', objectAssign, "Object.assign(process.env, { PORT: '3000', DEBUG: '*' })", {
          value: '*',
          namespace: '@opentok',
          prints: 'REST requests with their auth token and bodies (SIP passwords, stream keys, client tokens)',
        }, [removeProperty('DEBUG', objectAssign.replace("{ PORT: '3000', DEBUG: '*' }", "{ PORT: '3000' }"))]),
      ],
    },
    {
      // A default (`||`, `??=`) still sets it; inside a bare `if` there is no statement to remove safely.
      code: debugDefault,
      errors: [
        error('debugLogsSecrets', debugDefault, "process.env.DEBUG = process.env.DEBUG || 'vonage:jwt'", { value: 'vonage:jwt', namespace: 'vonage:jwt', prints: 'the application private key' }, [
          removeStatement(debugDefault.replace("process.env.DEBUG = process.env.DEBUG || 'vonage:jwt';\n", '')),
        ]),
        error('debugLogsSecrets', debugDefault, "process.env.DEBUG ??= '@opentok*'", {
          value: '@opentok*',
          namespace: '@opentok',
          prints: 'REST requests with their auth token and bodies (SIP passwords, stream keys, client tokens)',
        }, [removeStatement(debugDefault.replace("process.env.DEBUG ??= '@opentok*';\n", ''))]),
        error('debugLogsSecrets', debugDefault, "process.env.DEBUG = '*'", {
          value: '*',
          namespace: '@opentok',
          prints: 'REST requests with their auth token and bodies (SIP passwords, stream keys, client tokens)',
        }),
      ],
    },
    {
      // Arrays, conditionals and `&&` in the payload.
      code: containers,
      errors: [
        error('secretInResponse', containers, ['[secret', 'secret'], { secret: apiSecret('secret'), sink: 'res.json()' }),
        error('secretInResponse', containers, ['? secret', 'secret'], { secret: apiSecret('secret'), sink: 'res.json()' }),
        error('secretInResponse', containers, ['&& secret', 'secret'], { secret: apiSecret('secret'), sink: 'res.json()' }),
      ],
    },
    {
      // A computed key; a referenced object with a spread before the secret.
      code: computedKey,
      errors: [
        error('secretInResponse', computedKey, 'creds.apiSecret', { secret: apiSecret('creds.apiSecret'), sink: 'res.json()' }, [
          removeProperty("['apiSecret']", computedKey.replace("['apiSecret']: creds.apiSecret, ", '')),
        ]),
        error('secretInResponse', computedKey, ['send(creds)', 'creds'], { secret: apiSecret('creds.apiSecret'), sink: 'res.send()' }),
      ],
    },
    {
      // The browser global read without calling an SDK method.
      code: bareGlobal,
      filename: 'public/app.js',
      languageOptions: { sourceType: 'script' },
      errors: [error('serverSdkInBrowser', bareGlobal, "require('opentok')", { module: 'opentok', reason: 'a module that uses the Vonage Video browser SDK', stub: '' })],
    },
    {
      // The browser global declared in the config (`globals: { OT, TB }`).
      code: declaredGlobal,
      filename: 'src/video.js',
      languageOptions: { globals: { OT: 'readonly', TB: 'readonly' } },
      errors: [
        error('serverSdkInBrowser', declaredGlobal, "'@vonage/video'", {
          module: '@vonage/video',
          reason: 'a module that uses the Vonage Video browser SDK',
          stub: ', and its browser build is only an "unsupported browser" stub',
        }),
      ],
    },
    {
      // A long DEBUG value is shortened in the message.
      code: longDebug,
      errors: [
        error('debugLogsSecrets', longDebug, "process.env.DEBUG = 'app:http,app:db,app:cache,app:queue,app:mailer,vonage:*'", {
          value: 'app:http,app:db,app:cache,app:queue,app…',
          namespace: 'vonage:jwt:tokenGenerate',
          prints: 'the application private key',
        }, [removeStatement('')]),
      ],
    },
  ],
});
