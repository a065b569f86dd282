import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import rule from '../../src/rules/require-authenticated-endpoint';
import { at } from '../helpers/locate';
import { runRuleTester } from '../helpers/rule-tester';

const commonjs = { sourceType: 'commonjs' } as const;
const OPENTOK = `const OpenTok = require('opentok');\nconst opentok = new OpenTok(process.env.OT_KEY, process.env.OT_SECRET);\n`;
const OPENTOK_ESM = `import OpenTok from 'opentok';\nconst opentok = new OpenTok(process.env.OT_KEY, process.env.OT_SECRET);\n`;
const VIDEO = `import { Video } from '@vonage/video';\nconst video = new Video({ applicationId: process.env.APP_ID, privateKey: process.env.PRIVATE_KEY });\n`;
const VONAGE = `import { Vonage } from '@vonage/server-sdk';\nconst vonage = new Vonage({ applicationId: process.env.APP_ID, privateKey: process.env.PRIVATE_KEY });\n`;
const EXPRESS = `const app = require('express')();\n`;

const KIND = {
  token: { does: 'mints client tokens', risk: 'join your sessions and run up your usage' },
  session: { does: 'creates sessions', risk: 'create sessions on your account and run up usage' },
  archiveStart: { does: 'starts archiving', risk: 'record calls' },
  archiveStop: { does: 'stops archives', risk: 'stop recordings' },
  archiveDelete: { does: 'deletes archives', risk: 'delete recordings' },
  archiveUpdate: { does: 'changes archives', risk: 'change what is recorded' },
  broadcastStart: { does: 'starts broadcasts', risk: 'stream calls to anyone' },
  broadcastStop: { does: 'stops broadcasts', risk: 'cut broadcasts' },
  broadcastUpdate: { does: 'changes broadcasts', risk: 'change what is broadcast' },
  sip: { does: 'dials out over SIP', risk: 'place calls on your account' },
  disconnect: { does: 'force-disconnects participants', risk: 'remove anyone from a call' },
  muteAll: { does: 'force-mutes everyone', risk: 'silence a whole call' },
  signal: { does: 'sends signals to participants', risk: 'send messages to anyone in a call' },
  layout: { does: 'changes stream layouts', risk: 'change what viewers see' },
  render: { does: 'starts Experience Composer', risk: 'run and record a browser in calls' },
} as const;
type Kind = keyof typeof KIND;
type Suggestion = { messageId: 'addGuard'; data: { guard: string }; output: string };

/** An `unauthenticated` report at `snippet` (its `occurrence`-th match) with its data and suggestions. */
function open(code: string, snippet: string, route: string, operation: string, kind: Kind, suggestions: Suggestion[] = [], occurrence = 1) {
  return { messageId: 'unauthenticated' as const, ...at(code, snippet, occurrence), data: { route, operation, ...KIND[kind] }, suggestions };
}

/** The suggestion that inserts `guard` (with `, `) before `before` in `code`. */
function addGuard(code: string, guard: string, before: string, insertion = `${guard}, `): Suggestion {
  const index = code.indexOf(before);
  return { messageId: 'addGuard', data: { guard }, output: `${code.slice(0, index)}${insertion}${code.slice(index)}` };
}

// --- real-world samples (see tests/rules/fixtures/require-authenticated-endpoint/README.md) ---------------------------
const FIXTURES = join(__dirname, 'fixtures', 'require-authenticated-endpoint');
const fixture = (name: string): { code: string; filename: string } => ({ code: readFileSync(join(FIXTURES, name), 'utf8'), filename: join(FIXTURES, name) });
const askOpentok = fixture('ask-opentok-router.js');
const connectModule = fixture('connect-route-module.js');
const sharedSession = fixture('shared-session-server.js');
const webinarOpen = fixture('webinar-routes-open.js');
const webinarPartly = fixture('webinar-routes-partly-guarded.js');
const webinarGuarded = fixture('webinar-routes-guarded.js');
const splitGuard = fixture('archive-routes-split-guard.js');
const reactServer = fixture('express-react-server.js');
const archiving = fixture('archiving-sample.js');
const broadcast = fixture('broadcast-sample.js');
const sip = fixture('sip-sample-routes.js');
const nestService = fixture('opentok.controller.ts');
const nestVonage = fixture('vonage.controller.ts');
const routerFactory = fixture('token-router-factory.js');
const lambdaSubscriber = fixture('lambda/subscriber-token.js');
const lambdaSession = fixture('lambda/create-session.js');
const nextRoom = fixture('app/api/room/route.ts');

// --- Express --------------------------------------------------------------------------------------------------------
const expressOpen = `${OPENTOK}${EXPRESS}const { requireAuth } = require('./middleware/auth');
app.post('/token', (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId, { role: 'publisher' }) });
});
app.post('/rooms', requireAuth, (req, res) => opentok.createSession({ mediaMode: 'routed' }, (e, s) => res.json(s)));
`;
const expressParenthesized = `${OPENTOK}${EXPRESS}const { requireAuth } = require('./middleware/auth');
app.post('/token', ((req, res) => res.json({ token: opentok.generateToken(req.body.sessionId, { role: 'publisher' }) })));
app.post('/rooms', requireAuth, (req, res) => opentok.createSession({ mediaMode: 'routed' }, (e, s) => res.json(s)));
`;
const expressHelper = `${OPENTOK}const router = require('express').Router();
function stop(id, done) { opentok.stopArchive(id, done); }
router.get('/archive/:id/stop', (req, res) => stop(req.params.id, () => res.redirect('/')));
module.exports = router;
`;
const expressLocalHandler = `${OPENTOK}const router = require('express').Router();
async function kick(req, res) { opentok.forceDisconnect(req.params.sessionId, req.params.connectionId, () => res.end()); }
router.delete('/sessions/:sessionId/connections/:connectionId', kick);
module.exports = router;
`;
const routeChain = `${OPENTOK}${EXPRESS}app.route('/broadcast').get((req, res) => res.end()).post((req, res) => opentok.startBroadcast(req.body.sessionId, { outputs: { hls: {} } }, () => res.end()));
`;
const useAfter = `${OPENTOK}${EXPRESS}app.post('/token', (req, res) => res.send(opentok.generateToken(req.body.sid)));
app.use(passport.authenticate('jwt', { session: false }));
`;
const byNameImported = `const router = require('express').Router();
const videoController = require('../controllers/video');
router.get('/video/token/:room', videoController.getToken);
router.post('/auth/refresh-token', authController.refreshToken);
module.exports = router;
`;
const mintingMiddleware = `${OPENTOK}${EXPRESS}function mint(req, res, next) { res.locals.token = opentok.generateToken(req.body.s); next(); }
app.post('/token', mint, (req, res) => res.json(res.locals.token));
`;
const optionalAuth = `${OPENTOK}${EXPRESS}app.use(auth({ authRequired: false }));
app.post('/a', auth.optional, (req, res) => res.json(opentok.generateToken(req.body.s)));
app.post('/b', (req, res) => res.json(opentok.generateToken(req.body.s)));
`;
const passportSetup = `${OPENTOK}${EXPRESS}app.use(passport.initialize());
app.use(passport.session());
app.post('/token', (req, res) => res.json(opentok.generateToken(req.body.s)));
`;
const bodyUserId = `${OPENTOK}${EXPRESS}app.post('/token', (req, res) => {
  const { userId, sessionId } = req.body;
  if (!userId) return res.sendStatus(400);
  res.json(opentok.generateToken(sessionId));
});
`;
const checkWithoutExit = `${OPENTOK}${EXPRESS}app.post('/token', (req, res) => {
  if (req.user) console.log('signed in');
  res.json(opentok.generateToken(req.body.s));
});
app.post('/b', (req, res) => {
  if (!req.user) console.error('anonymous caller');
  res.json(opentok.generateToken(req.body.s));
});
`;
const passportSuggestion = `${OPENTOK}${EXPRESS}const passport = require('passport');
app.post('/a', passport.authenticate('jwt', { session: false }), (req, res) => res.json(opentok.generateToken(req.body.s)));
app.post('/b', (req, res) => res.json(opentok.generateToken(req.body.s)));
`;
const unlessToken = `${OPENTOK}${EXPRESS}app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }).unless({ path: ['/token', /^\\/public/] }));
app.post('/token', (req, res) => res.json(opentok.generateToken(req.body.s)));
app.post('/kick', (req, res) => opentok.forceDisconnect(req.body.s, req.body.c, () => res.end()));
`;
const unguardedMount = `${OPENTOK}const express = require('express');
const app = express();
const router = express.Router();
router.post('/token', (req, res) => res.json(opentok.generateToken(req.body.s)));
app.use('/api', express.json(), router);
`;
const exportedAndRegistered = `${OPENTOK}const router = require('express').Router();
exports.version = 2;
exports.getToken = function getToken(req, res) { res.json(opentok.generateToken(req.body.s)); };
router.post('/token', exports.getToken);
`;
const signalRoute = `${VIDEO}import express from 'express';
const app = express();
app.post('/rooms/:id/signal', async (req, res) => {
  await video.sendSignal({ type: 'chat', data: req.body.text }, req.params.id);
  res.sendStatus(204);
});
`;
const renderRoute = `${VONAGE}import express from 'express';
const app = express();
app.post('/compose', async (req, res) => res.json(await vonage.video.startExperienceComposerRender(req.body.s, req.body.t, { url: 'https://example.com' })));
`;
const routeArrayPath = `${OPENTOK_ESM}import express from 'express';
const app = express();
app.get(['/join/:room', '/room/:room'], (req, res) => res.json({ token: opentok.generateToken(req.query.s) }));
`;
const computedMethod = `${OPENTOK}${EXPRESS}app['post']('/token', (req, res) => res.json(opentok.generateToken(req.body.s)));
app[verb]('/other', (req, res) => res.json(opentok.generateToken(req.body.s)));
`;
const templatePath = `${OPENTOK_ESM}import express from 'express';
const app = express();
const base = '/v1';
app.post(\`\${base}/token\`, (req, res) => res.json({ token: opentok.generateToken(req.body.s) }));
`;
// --- Koa / Hono / Fastify ---------------------------------------------------------------------------------------------
const koa = `import Router from '@koa/router';
${VIDEO}const router = new Router();
router.post('/sessions/:id/mute', async (ctx) => { await video.forceMuteAll(ctx.params.id); ctx.status = 204; });
export default router;
`;
const koaNamed = `import Router from '@koa/router';
${VIDEO}const router = new Router();
router.post('create-token', '/token', async (ctx) => { ctx.body = video.generateClientToken(ctx.request.body.s); });
`;
const honoOn = `import { Hono } from 'hono';
${VIDEO}const app = new Hono();
app.on('POST', '/token', (c) => c.json({ token: video.generateClientToken('s') }));
`;
const hono = `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
${VIDEO}const app = new Hono();
const pub = new Hono();
app.use('/api/*', jwt({ secret: process.env.JWT_SECRET }));
app.post('/api/token', (c) => c.json({ token: video.generateClientToken('s') }));
app.post('/open/token', (c) => c.json({ token: video.generateClientToken('s') }));
pub.post('/token', (c) => c.json({ token: video.generateClientToken('s') }));
app.route('/public', pub);
app.get('/api/late', (c) => c.json({ token: video.generateClientToken('s') }));
`;
const fastify = `${VIDEO}export default async function routes(fastify) {
  fastify.route({ method: 'POST', url: '/archives', handler: async (request) => video.startArchive(request.body.sessionId) });
  fastify.post('/signal', { preHandler: [fastify.authenticate] }, async (request) => video.sendSignal({ type: 'chat', data: 'x' }, request.body.sessionId));
  fastify.get('/token', { schema: {}, handler: async (request) => video.generateClientToken(request.query.s) });
  fastify.route({ method: ['GET', 'POST'], url: '/broadcasts/:id/stop', handler: async (request) => video.stopBroadcast(request.params.id) });
}
`;
const fastifyOnSend = `${VIDEO}export default async function routes(fastify) {
  fastify.addHook('onSend', fastify.authenticate);
  fastify.post('/token', async (request) => video.generateClientToken(request.body.s));
}
`;
// --- NestJS ---------------------------------------------------------------------------------------------------------
const nestOpen = `import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { Video } from '@vonage/video';
@Controller('video')
export class VideoController {
  constructor(private readonly video: Video) {}
  @Post('token')
  token(@Body('sessionId') sessionId: string) {
    return { token: this.video.generateClientToken(sessionId, { role: 'publisher' }) };
  }
  @UseGuards(AuthGuard('jwt'))
  @Post('kick')
  kick(@Body() body: { sessionId: string; connectionId: string }) {
    return this.video.disconnectClient(body.sessionId, body.connectionId);
  }
}
`;
const nestPublic = `import { Controller, Get } from '@nestjs/common';
import { Video } from '@vonage/video';
@Controller()
export class LobbyController {
  constructor(private readonly video: Video) {}
  @Public()
  @Get('lobby/token')
  token() { return this.video.generateClientToken(process.env.LOBBY!, { role: 'subscriber' }); }
}
`;
const nestNotAuth = `import { Controller, Post, UseGuards } from '@nestjs/common';
${VIDEO}@ApiBearerAuth()
@Controller({ path: 'rooms' })
export class RoomsController {
  @UseGuards(ThrottlerGuard)
  @Post(':id/archive')
  archive() { return video.startArchive('s'); }
}
`;
// --- Next.js, SvelteKit, Remix, Nuxt, Firebase, serverless ----------------------------------------------------------
const nextPages = `${VIDEO}export default async function handler(req, res) {
  const session = await video.createSession();
  res.status(200).json({ sessionId: session.sessionId });
}
`;
const nextApp = `${VIDEO}export async function POST(request: Request) {
  const { sessionId } = await request.json();
  return Response.json({ token: video.generateClientToken(sessionId, { role: 'publisher' }) });
}
`;
const nextUnchecked = `import { auth } from '@/auth';
${VIDEO}export async function GET() {
  const session = await auth();
  return Response.json({ token: video.generateClientToken('s', { data: session?.user?.id }) });
}
`;
const nextSpecifiers = `${VIDEO}async function handler() { return Response.json({ token: video.generateClientToken('s') }); }
export { handler as GET, handler as POST };
`;
const vercelApi = `${OPENTOK}module.exports = async (req, res) => res.json({ token: opentok.generateToken(req.query.s) });
`;
const serverAction = `'use server';
${VIDEO}export async function startRecording(sessionId: string) {
  return video.startArchive(sessionId);
}
`;
const firebaseV2 = `import { onCall } from 'firebase-functions/v2/https';
${VIDEO}export const getToken = onCall(async (request) => video.generateClientToken(request.data.sessionId));
`;
const firebaseV1 = `const functions = require('firebase-functions');
${OPENTOK}function mint(data, context) { return opentok.generateToken(data.s); }
exports.token = functions.https.onCall(mint);
exports.kick = functions.https.onRequest((req, res) => opentok.forceDisconnect(req.body.s, req.body.c, () => res.end()));
`;
const svelteEndpoint = `${VIDEO}export async function POST({ request, locals: { user } }) {
  return Response.json({ token: video.generateClientToken((await request.json()).s) });
}
`;
const svelteActions = `${VIDEO}export const actions = {
  start: async ({ request }) => video.startArchive((await request.formData()).get('s')),
  leave: async () => null,
};
`;
const remix = `${VIDEO}export async function action({ request }) {
  return { token: video.generateClientToken((await request.formData()).get('s')) };
}
`;
const nuxt = `${VIDEO}export default defineEventHandler(async (event) => ({ token: video.generateClientToken((await readBody(event)).s) }));
`;
const lambda = `${OPENTOK}exports.handler = async (event) => {
  const { sessionId } = JSON.parse(event.body);
  return { statusCode: 200, body: JSON.stringify({ token: opentok.generateToken(sessionId) }) };
};
`;
const netlify = `${VIDEO}export const handler = async (event) => ({ statusCode: 200, body: video.generateClientToken(JSON.parse(event.body).s) });
`;
const deno = `${VIDEO}Deno.serve(async (req) => new Response(video.generateClientToken((await req.json()).s)));
`;
const denoStd = `import { serve } from 'https://deno.land/std@0.168.0/http/server.ts';
${VIDEO}serve(async (req) => new Response(video.generateClientToken((await req.json()).s)));
`;
// --- controller files --------------------------------------------------------------------------------------------------
const controllerFile = `${OPENTOK}exports.getToken = (req, res) => {
  res.json({ token: opentok.generateToken(req.params.sessionId, { role: 'publisher' }) });
};
`;
const objectController = `${OPENTOK}module.exports = {
  getToken: (req, res) => res.json(opentok.generateToken(req.body.s)),
  health(req, res) { res.end(); },
};
`;
const classController = `${VIDEO}class VideoController {
  constructor() { this.ready = true; }
  async startArchive(req, res) { res.json(await video.startArchive(req.body.s)); }
  static helper(a, b) { return a + b; }
}
export default new VideoController();
`;
const koaController = `${VIDEO}export const token = async (ctx) => { ctx.body = video.generateClientToken(ctx.query.s); };
`;
const defaultController = `${VIDEO}export default async (req, res) => res.json(video.generateClientToken(req.query.s));
`;
// --- options ------------------------------------------------------------------------------------------------------------
const requiredGuard = `${OPENTOK}${EXPRESS}app.post('/token', requireAuth, (req, res) => res.json({ token: opentok.generateToken(req.body.sid) }));
`;
const requiredGuardSuggestion = `${OPENTOK}${EXPRESS}app.post('/a', requireAuth, limitRoomSize, (req, res) => res.json(opentok.generateToken(req.body.s)));
app.post('/b', requireAuth, (req, res) => res.json(opentok.generateToken(req.body.s)));
`;
const publisherViewer = `${OPENTOK}${EXPRESS}app.get('/watch/:s', (req, res) => res.json(opentok.generateToken(req.params.s, { role: 'publisher' })));
app.get('/kick/:s', (req, res) => opentok.forceDisconnect(req.params.s, req.query.c, () => res.end()));
`;
const notIgnored = `${OPENTOK}${EXPRESS}app.get('/demo/token', (req, res) => res.json(opentok.generateToken(req.query.s)));
app.get('/token', (req, res) => res.json(opentok.generateToken(req.query.s)));
`;
const nestSuggestion = `import { Controller, Post, UseGuards } from '@nestjs/common';
${VIDEO}@Controller('v')
export class V {
  @UseGuards(JwtAuthGuard)
  @Post('a')
  a() { return video.generateClientToken('s'); }
  @Post('b')
  b() { return video.generateClientToken('s'); }
}
`;

// --- more shapes, for the analysis's corners ------------------------------------------------------------------------------
const helpers = `${OPENTOK}${EXPRESS}function audit(req) { if (req.retry) audit(req); }
function d1(s) { return d2(s); }
function d2(s) { return d3(s); }
function d3(s) { return d4(s); }
function d4(s) { return d5(s); }
function d5(s) { return s; }
app.post('/token', (req, res) => {
  audit(req);
  d1(req.body.s);
  (function () {})();
  getHandler()(req);
  res.json(opentok.generateToken(req.body.s));
});
`;
const notCallers = `${OPENTOK}${EXPRESS}let user;
app.post('/a', (req, res) => { if (!user) return res.sendStatus(401); res.json(opentok.generateToken(req.body.s)); });
app.post('/b', ({ body }, res) => { if (!body.user) return res.sendStatus(401); res.json(opentok.generateToken(body.s)); });
app.post('/c', (req, res) => { if (!session.user) return res.sendStatus(401); res.json(opentok.generateToken(req.body.s)); });
app.post('/d', (req, res) => { const { [field]: caller } = req; if (!caller) return res.sendStatus(401); res.json(opentok.generateToken(req.body.s)); });
app.post('/e', (req, res) => { const { user: who } = req[field]; if (!who) return res.sendStatus(401); res.json(opentok.generateToken(req.body.s)); });
app.post('/f', (req, res) => { let a = b.user; let b = a.user; if (!a.user) return res.sendStatus(401); res.json(opentok.generateToken(req.body.s)); });
app.post('/g', (req, res) => { let a = b; let b = a; if (!a) return res.sendStatus(401); res.json(opentok.generateToken(req.body.s)); });
app.post('/h', async (req, res) => { const s = await getSession(cookies()); if (!s) return res.sendStatus(401); res.json(opentok.generateToken(req.body.s)); });
`;
const callableData = `import { onCall } from 'firebase-functions/v2/https';
${VIDEO}export const token = onCall(({ data: { uid: id } }) => { if (!id) throw new Error('no'); return video.generateClientToken('s'); });
`;
const classRoutes = `${OPENTOK}const express = require('express');
class VideoRoutes {
  constructor() {
    this.router = express.Router();
    this.router.post('/a', this.auth, (req, res) => res.json(opentok.generateToken(req.body.s)));
    this.router.post('/b', (req, res) => { if (!this.user) return res.end(); res.json(opentok.generateToken(req.body.s)); });
  }
  check() { if (!this.user) throw new Error('no'); }
}
module.exports = VideoRoutes;
`;
const receivers = `${OPENTOK}${EXPRESS}routers[name].post('/a', (req, res) => res.json(opentok.generateToken(req.body.s)));
getApp().post('/b', (req, res) => res.json(opentok.generateToken(req.body.s)));
const a = express.Router();
const b = express.Router();
a.use(b);
b.use(a);
a.post('/c', (req, res) => res.json(opentok.generateToken(req.body.s)));
`;
const guardRoutes = `${OPENTOK}const router = require('express').Router();
router.get('/x', requireAuth);
router.post('/x', (req, res) => res.json(opentok.generateToken(req.body.s)));
router.put('/:id', requireAuth);
router.put('/:other', (req, res) => opentok.startArchive(req.params.other, (e, a) => res.json(a)));
`;
const byNameSources = `const express = require('express');
const router = express.Router();
const made = makeController();
const dynamic = require(controllerPath);
const nested = require('./video').controller;
router.get('/video/a', made.getToken);
router.get('/video/b', dynamic.createSession);
router.get('/video/c', nested.startArchive);
module.exports = router;
`;
const firebaseByName = `const functions = require('firebase-functions');
const { getToken } = require('./opentok-service');
exports.getToken = functions.https.onCall(getToken);
`;
const nestServices = `import { Controller, Post } from '@nestjs/common';
@Controller('rooms')
export class RoomsController {
  constructor(private readonly videoService: VideoService, private readonly helperService: HelperService) {}
  @Post('token')
  token() { return this.videoService.createRoomToken('r'); }
  @Post('other')
  other() { return this.helperService.createToken(); }
}
`;
const nestHelper = `import { Controller, Post } from '@nestjs/common';
${VIDEO}@Controller('rooms')
export class RoomsController {
  private check = () => true;
  @Post('kick')
  kick() { this.check(); this.logger.log('kick'); return this.disconnect('s', 'c'); }
  private disconnect(s: string, c: string) { return video.disconnectClient(s, c); }
}
`;
const suggestionSources = `${OPENTOK}${EXPRESS}app.post('/a', [isLoggedIn], (req, res) => res.json(opentok.generateToken(req.body.s)));
app.post('/b', (req, res) => res.json(opentok.generateToken(req.body.s)));
`;
const noSuggestion = `${OPENTOK}${EXPRESS}app.route('/a').all(requireAuth).post((req, res) => res.json(opentok.generateToken(req.body.s)));
app.post('/b', passport.authenticate('jwt', (err, user) => user), (req, res) => res.json(opentok.generateToken(req.body.s)));
function mount() { const guard = makeAuth(); app.post('/c', guard, (req, res) => res.json(opentok.generateToken(req.body.s))); }
app.post('/d', (req, res) => res.json(opentok.generateToken(req.body.s)));
`;
const twoHandlers = `${OPENTOK}const { format, ...rest } = require('./util');
const router = require('express').Router();
router.use(require('express').json());
exports.getToken = (req, res) => res.json(opentok.generateToken(req.body.s));
exports.kick = (req, res) => opentok.forceDisconnect(req.body.s, req.body.c, () => res.end());
`;
const requiredByName = `const router = require('express').Router();
const video = require('../controllers/video');
router.post('/video/token', requireAuth, video.getToken);
`;

runRuleTester('require-authenticated-endpoint', rule, {
  valid: [
    // A handler that calls a TypeScript `declare function` (no body to look into) does not crash the rule.
    {
      code: `import OpenTok from 'opentok';\nexport async function loader({ request }) {\n  const user = await requireUser(request);\n  return getRoom(user.id);\n}\ndeclare function getRoom(id: string): Promise<string>;`,
      filename: 'app/routes/room.tsx',
      parsers: ['typescript'],
    },
    // --- Express: middleware in front, by name, call, array, and inline or local functions that check the caller.
    { code: `${OPENTOK}${EXPRESS}app.post('/token', requireAuth, (req, res) => res.json(opentok.generateToken(req.body.s)));`, languageOptions: commonjs },
    { code: `${OPENTOK}${EXPRESS}app.post('/token', passport.authenticate('jwt'), (req, res) => res.json(opentok.generateToken(req.body.s)));`, languageOptions: commonjs },
    { code: `${OPENTOK}${EXPRESS}app.post('/token', [express.json(), checkJwt], (req, res) => res.json(opentok.generateToken(req.body.s)));`, languageOptions: commonjs },
    { code: `${OPENTOK}${EXPRESS}app.post('/token', ClerkExpressRequireAuth(), (req, res) => res.json(opentok.generateToken(req.body.s)));`, languageOptions: commonjs },
    {
      // An inline middleware that ends unauthenticated requests.
      code: `${OPENTOK}${EXPRESS}app.post('/token', (req, res, next) => { if (!req.session.userId) return res.sendStatus(401); next(); }, (req, res) => res.json(opentok.generateToken(req.body.s)));`,
      languageOptions: commonjs,
    },
    {
      // A local middleware written as `req.user ? next() : res.redirect('/login')`.
      code: `${OPENTOK}${EXPRESS}const signedIn = (req, res, next) => (req.user ? next() : res.redirect('/login'));\napp.post('/token', signedIn, (req, res) => res.json(opentok.generateToken(req.body.s)));`,
      languageOptions: commonjs,
    },
    // `app.use(auth)` (a factory, an inline check, a local function) registered before the routes.
    { code: `${OPENTOK}${EXPRESS}app.use(expressjwt({ secret, algorithms: ['HS256'] }));\napp.post('/token', (req, res) => res.json(opentok.generateToken(req.body.s)));`, languageOptions: commonjs },
    {
      code: `${OPENTOK}${EXPRESS}app.use(function (req, res, next) { if (!req.user) return res.redirect('/login'); next(); });\napp.post('/token', (req, res) => res.json(opentok.generateToken(req.body.s)));`,
      languageOptions: commonjs,
    },
    // A guard on the mount (`app.use('/api', auth, router)`), or on the app before the mount.
    { code: `${OPENTOK}const router = express.Router();\nrouter.post('/token', (req, res) => res.json(opentok.generateToken(req.body.s)));\napp.use('/api', requiresAuth(), router);`, languageOptions: commonjs },
    { code: `${OPENTOK}app.use(clerkMiddleware());\nconst router = express.Router();\nrouter.post('/token', (req, res) => res.json(opentok.generateToken(req.body.s)));\napp.use('/api', router);`, languageOptions: commonjs },
    { code: `${OPENTOK}const router = express.Router();\nrouter.post('/token', (req, res) => res.json(opentok.generateToken(req.body.s)));\napp.use('/api', requireAuth);\napp.use('/api/video', router);`, languageOptions: commonjs },
    // A guard registered as a route of its own: `router.all('*', auth)`, or the same method and path just before.
    { code: `${OPENTOK}const router = express.Router();\nrouter.all('*', requireAuth);\nrouter.post('/token', (req, res) => res.json(opentok.generateToken(req.body.s)));`, languageOptions: commonjs },
    { code: splitGuard.code, filename: splitGuard.filename, languageOptions: commonjs },
    // Route chains: `.all(guard)` before the method, or the guard among the method's arguments.
    { code: `${OPENTOK}const router = express.Router();\nrouter.route('/token').all(requireAuth).post((req, res) => res.json(opentok.generateToken(req.body.s)));`, languageOptions: commonjs },
    { code: `${OPENTOK}const router = express.Router();\nrouter.route('/token').post(isLoggedIn, (req, res) => res.json(opentok.generateToken(req.body.s)));`, languageOptions: commonjs },
    // A guard, then a middleware that mints the token.
    { code: `${OPENTOK}${EXPRESS}function mint(req, res, next) { res.locals.token = opentok.generateToken(req.body.s); next(); }\napp.post('/token', requireAuth, mint, (req, res) => res.json(res.locals.token));`, languageOptions: commonjs },
    // A check at the top of the handler: property, method, a guard call, an assertion, a check that wraps the call.
    { code: `${OPENTOK}${EXPRESS}app.post('/token', (req, res) => { if (!req.user) return res.sendStatus(401); res.json(opentok.generateToken(req.body.s)); });`, languageOptions: commonjs },
    { code: `${OPENTOK}${EXPRESS}app.post('/token', (req, res) => { if (!req.isAuthenticated()) return res.sendStatus(401); res.json(opentok.generateToken(req.body.s)); });`, languageOptions: commonjs },
    { code: `${OPENTOK}${EXPRESS}app.post('/token', async (req, res) => { await verifyFirebaseToken(req.headers.authorization); res.json(opentok.generateToken(req.body.s)); });`, languageOptions: commonjs },
    { code: `${OPENTOK}${EXPRESS}app.post('/token', (req, res) => { jwt.verify(req.cookies.token, process.env.SECRET); res.json(opentok.generateToken(req.body.s)); });`, languageOptions: commonjs },
    { code: `${OPENTOK}${EXPRESS}app.post('/token', (req, res) => { assert(req.user, 'signed in'); res.json(opentok.generateToken(req.body.s)); });`, languageOptions: commonjs },
    { code: `${OPENTOK}${EXPRESS}app.post('/token', (req, res) => { if (req.user) { res.json(opentok.generateToken(req.body.s)); } });`, languageOptions: commonjs },
    { code: `${OPENTOK}${EXPRESS}app.post('/token', (req, res) => req.user && res.json(opentok.generateToken(req.body.s)));`, languageOptions: commonjs },
    { code: `${OPENTOK}${EXPRESS}app.post('/token', (req, res) => { req.user || res.sendStatus(401); res.json(opentok.generateToken(req.body.s)); });`, languageOptions: commonjs },
    // A read that throws without a caller: `req.user.id` in the token's data, `const { id } = req.user`.
    { code: `${OPENTOK}${EXPRESS}app.post('/token', (req, res) => res.json(opentok.generateToken(req.body.s, { data: req.user.id })));`, languageOptions: commonjs },
    { code: `${OPENTOK}${EXPRESS}app.post('/token', (req, res) => { const { id } = req.user; res.json(opentok.generateToken(req.body.s, { data: id })); });`, languageOptions: commonjs },
    // The check sits in a same-file helper the handler calls first.
    {
      code: `${OPENTOK}${EXPRESS}function mustBeHost(req) { if (req.user?.role !== 'host') throw new Error('forbidden'); }\napp.post('/kick', (req, res) => { mustBeHost(req); opentok.forceDisconnect(req.body.s, req.body.c, () => res.end()); });`,
      languageOptions: commonjs,
    },
    // `unless()` lets other paths through, not this one.
    { code: `${OPENTOK}${EXPRESS}app.use(expressjwt({ secret }).unless({ path: ['/health'] }));\napp.post('/token', (req, res) => res.json(opentok.generateToken(req.body.s)));`, languageOptions: commonjs },
    // --- Koa: `router.use(auth)` before the routes, `app.use(jwt())` before mounting the router, `ctx.state.user`.
    `import Router from '@koa/router';\n${VIDEO}const router = new Router();\nrouter.use(auth);\nrouter.post('/t', async (ctx) => { ctx.body = video.generateClientToken(ctx.request.body.s); });`,
    `import Koa from 'koa';\nimport jwt from 'koa-jwt';\nimport Router from '@koa/router';\n${VIDEO}const app = new Koa();\napp.use(jwt({ secret: 's' }));\nconst router = new Router();\nrouter.post('/t', async (ctx) => { ctx.body = video.generateClientToken(ctx.request.body.s); });\napp.use(router.routes());`,
    `import Router from '@koa/router';\n${VIDEO}const router = new Router();\nrouter.post('/t', async (ctx) => { if (!ctx.state.user) ctx.throw(401); ctx.body = video.generateClientToken(ctx.request.body.s); });`,
    // --- Hono: `app.use('*', jwt())`, per-route `bearerAuth()`, a sub-app mounted under a guarded prefix, `c.get('jwtPayload')`.
    `import { Hono } from 'hono';\nimport { jwt } from 'hono/jwt';\n${VIDEO}const app = new Hono();\napp.use('*', jwt({ secret: 's' }));\napp.post('/t', (c) => c.json({ token: video.generateClientToken('s') }));`,
    `import { Hono } from 'hono';\nimport { bearerAuth } from 'hono/bearer-auth';\n${VIDEO}const app = new Hono();\napp.on(['POST', 'PUT'], '/t', bearerAuth({ token: process.env.API_TOKEN }), (c) => c.json({ token: video.generateClientToken('s') }));`,
    `import { Hono } from 'hono';\nimport { bearerAuth } from 'hono/bearer-auth';\n${VIDEO}const app = new Hono();\napp.post('/t', bearerAuth({ token: process.env.API_TOKEN }), (c) => c.json({ token: video.generateClientToken('s') }));`,
    `import { Hono } from 'hono';\nimport { jwt } from 'hono/jwt';\n${VIDEO}const app = new Hono();\nconst api = new Hono();\napi.post('/t', (c) => c.json({ t: video.generateClientToken('s') }));\napp.use('/api/*', jwt({ secret: 's' }));\napp.route('/api', api);`,
    `import { Hono } from 'hono';\n${VIDEO}const app = new Hono();\napp.post('/t', (c) => { const payload = c.get('jwtPayload'); if (!payload) return c.text('no', 401); return c.json({ t: video.generateClientToken('s') }); });`,
    // --- Fastify: hooks in route options, on the instance (order does not matter for hooks), inline hooks.
    `${VIDEO}export default async function (fastify) { fastify.post('/t', { preHandler: fastify.auth([fastify.verifyJWT]) }, async (req) => video.generateClientToken(req.body.s)); }`,
    `${VIDEO}export default async function (fastify) { fastify.route({ method: 'POST', url: '/t', onRequest: [fastify.authenticate], handler: async (req) => video.generateClientToken(req.body.s) }); }`,
    `${VIDEO}export default async function (fastify) { fastify.get('/t', { preHandler: fastify.authenticate, handler: async (req) => video.generateClientToken(req.query.s) }); }`,
    `${VIDEO}export default async function routes(fastify) { fastify.post('/t', async (r) => video.generateClientToken(r.body.s)); fastify.addHook('onRequest', fastify.authenticate); }`,
    `${VIDEO}export default async function (fastify) { fastify.addHook('preHandler', async (req, reply) => { await req.jwtVerify(); }); fastify.post('/t', async (req) => video.generateClientToken(req.body.s)); }`,
    // --- NestJS: guards on the controller or the method, role decorators, the caller injected, a declared global guard.
    { code: `import { Controller, Post, UseGuards } from '@nestjs/common';\n${VIDEO}@UseGuards(JwtAuthGuard)\n@Controller('v')\nexport class V { @Post('t') t() { return video.generateClientToken('s'); } }`, parsers: ['typescript'] },
    { code: `import { Controller, Post } from '@nestjs/common';\n${VIDEO}@Controller('v')\nexport class V { @Roles('admin') @Post('t') t() { return video.generateClientToken('s'); } }`, parsers: ['typescript'] },
    { code: `import { Controller, Post } from '@nestjs/common';\n${VIDEO}@Controller('v')\nexport class V { @Post('t') t(@CurrentUser() user: User) { return video.generateClientToken('s'); } }`, parsers: ['typescript'] },
    { code: `import { Controller, Post, Req } from '@nestjs/common';\n${VIDEO}@Controller('v')\nexport class V { @Post('t') t(@Req() req) { return video.generateClientToken('s', { data: req.user.id }); } }`, parsers: ['typescript'] },
    { code: `import { Controller, Post } from '@nestjs/common';\n${VIDEO}@Controller('v')\nexport class V { @Post('t') t() { return video.generateClientToken('s'); } }`, parsers: ['typescript'], options: [{ nestGlobalGuard: true }] },
    // --- Next.js: a wrapper, `getServerSession` / `auth()` / `currentUser()` / `getToken({ req })` checked, a redirect.
    { code: `${VIDEO}async function handler(req, res) { res.json({ token: video.generateClientToken(req.query.s) }); }\nexport default withApiAuthRequired(handler);`, filename: '/app/pages/api/token.js' },
    {
      code: `import { getServerSession } from 'next-auth/next';\n${VIDEO}export default async function handler(req, res) { const session = await getServerSession(req, res, authOptions); if (!session) { res.status(401).json({}); return; } res.json({ token: video.generateClientToken(req.query.s) }); }`,
      filename: '/app/pages/api/token.js',
    },
    {
      code: `import { getServerSession } from 'next-auth';\n${VIDEO}export async function POST() { const session = await getServerSession(authOptions); if (!session?.user) return new Response('no', { status: 401 }); return Response.json({ t: video.generateClientToken('s') }); }`,
      filename: '/app/src/app/api/token/route.js',
    },
    {
      code: `import { auth } from '@/auth';\nimport { redirect } from 'next/navigation';\n${VIDEO}export async function POST() { const session = await auth(); if (!session) redirect('/login'); return Response.json({ t: video.generateClientToken('s') }); }`,
      filename: '/app/app/(rooms)/api/token/route.js',
    },
    {
      code: `import { currentUser } from '@clerk/nextjs/server';\n${VIDEO}export async function GET() { const user = await currentUser(); if (!user) return new Response('Unauthorized', { status: 401 }); return Response.json({ t: video.generateClientToken('s') }); }`,
      filename: '/app/app/api/token/route.js',
    },
    {
      code: `import { getToken } from 'next-auth/jwt';\n${VIDEO}export async function GET(req) { const jwt = await getToken({ req }); if (!jwt) return new Response('Unauthorized', { status: 401 }); return Response.json({ t: video.generateClientToken('s') }); }`,
      filename: '/app/app/api/token/route.js',
    },
    { code: `${VIDEO}export const POST = auth(async (req) => Response.json({ t: video.generateClientToken('s') }));`, filename: '/app/app/api/token/route.js' },
    `'use server';\n${VIDEO}export async function startRecording(id) { const session = await auth(); if (!session) throw new Error('Unauthorized'); return video.startArchive(id); }`,
    // --- Firebase: `request.auth` / `context.auth` checked, `({ auth })` destructured and checked, an ID token verified.
    `import { onCall, HttpsError } from 'firebase-functions/v2/https';\n${VIDEO}export const token = onCall({ region: 'x' }, (request) => { if (!request.auth) throw new HttpsError('unauthenticated', 'Sign in'); return video.generateClientToken(request.data.s); });`,
    `import { onCall, HttpsError } from 'firebase-functions/v2/https';\n${VIDEO}export const token = onCall(({ auth, data }) => { if (!auth) throw new HttpsError('unauthenticated', 'Sign in'); return video.generateClientToken(data.s); });`,
    {
      code: `const functions = require('firebase-functions');\n${OPENTOK}exports.token = functions.https.onCall((data, context) => { if (!context.auth) throw new functions.https.HttpsError('unauthenticated', 'x'); return opentok.generateToken(data.s); });`,
      languageOptions: commonjs,
    },
    {
      code: `const functions = require('firebase-functions');\nconst admin = require('firebase-admin');\n${OPENTOK}exports.token = functions.https.onRequest(async (req, res) => { await admin.auth().verifyIdToken(req.headers.authorization.split(' ')[1]); res.json({ t: opentok.generateToken(req.body.s) }); });`,
      languageOptions: commonjs,
    },
    // --- SvelteKit, Remix, Nuxt.
    { code: `${VIDEO}export async function POST({ locals }) { if (!locals.user) return new Response(null, { status: 401 }); return Response.json({ t: video.generateClientToken('s') }); }`, filename: '/app/src/routes/api/token/+server.js' },
    { code: `${VIDEO}export async function action({ request }) { await requireUser(request); return { t: video.generateClientToken('s') }; }`, filename: '/app/app/routes/rooms.$id.tsx' },
    { code: `${VIDEO}export default defineEventHandler(async (event) => { const { user } = await requireUserSession(event); return { t: video.generateClientToken('s', { data: user.id }) }; });`, filename: '/app/server/api/token.post.js' },
    {
      code: `import { getServerSession } from '#auth';\n${VIDEO}export default defineEventHandler(async (event) => { const session = await getServerSession(event); if (!session) throw createError({ statusCode: 401 }); return { t: video.generateClientToken('s') }; });`,
      filename: '/app/server/api/token.js',
    },
    // --- Lambda / Netlify / Deno: an authorizer's claims, Netlify Identity's user, Supabase's user; or the option.
    { code: `${OPENTOK}exports.handler = async (event) => { const claims = event.requestContext.authorizer.claims; if (!claims) return { statusCode: 401 }; return { body: opentok.generateToken(event.body) }; };`, languageOptions: commonjs },
    { code: `${OPENTOK}exports.handler = async (event, context) => { const { user } = context.clientContext; if (!user) return { statusCode: 401 }; return { body: opentok.generateToken(event.body) }; };`, languageOptions: commonjs },
    `import { serve } from 'https://deno.land/std@0.168.0/http/server.ts';\n${VIDEO}serve(async (req) => { const { data: { user } } = await supabase.auth.getUser(req.headers.get('Authorization')); if (!user) return new Response('no', { status: 401 }); return new Response(video.generateClientToken('s')); });`,
    { code: lambda, languageOptions: commonjs, options: [{ checkServerlessHandlers: false }] },
    { code: deno, options: [{ checkServerlessHandlers: false }] },
    // --- Controller files: the file imports a guard, so its handlers are guarded where they are registered.
    { code: `${OPENTOK}const { ensureLoggedIn } = require('connect-ensure-login');\nexports.getToken = (req, res) => res.json(opentok.generateToken(req.params.s));`, languageOptions: commonjs },
    `${VIDEO}import { requireAuth } from '../middleware/auth';\nexport const startArchive = async (req, res) => res.json(await video.startArchive(req.body.s));`,
    // --- Real samples with authentication throughout.
    { code: webinarGuarded.code, filename: webinarGuarded.filename },
    // --- Options.
    { code: `${OPENTOK}${EXPRESS}app.get('/demo/token', (req, res) => res.json(opentok.generateToken(req.query.s)));`, languageOptions: commonjs, options: [{ ignoreRoutes: ['/demo/*'] }] },
    { code: `const functions = require('firebase-functions');\n${OPENTOK}exports.demoToken = functions.https.onCall((data) => opentok.generateToken(data.s));`, languageOptions: commonjs, options: [{ ignoreRoutes: ['demo*'] }] },
    { code: `${OPENTOK}${EXPRESS}app.get('/watch/:s', (req, res) => res.json(opentok.generateToken(req.params.s, { role: 'subscriber' })));`, languageOptions: commonjs, options: [{ allowPublicSubscriberTokens: true }] },
    { code: `${VIDEO}const VIEWER = { role: 'subscriber' };\nexport const GET = async () => Response.json({ t: video.generateClientToken('s', VIEWER) });`, filename: '/app/app/watch/route.js', options: [{ allowPublicSubscriberTokens: true }] },
    { code: lambdaSubscriber.code, filename: lambdaSubscriber.filename, languageOptions: commonjs, options: [{ allowPublicSubscriberTokens: true }] },
    { code: `${OPENTOK}${EXPRESS}app.post('/token', tenantGate, (req, res) => res.json(opentok.generateToken(req.body.s)));`, languageOptions: commonjs, options: [{ guards: ['tenantGate'] }] },
    { code: `${OPENTOK}${EXPRESS}app.post('/token', (req, res) => { gates.tenant(req); res.json(opentok.generateToken(req.body.s)); });`, languageOptions: commonjs, options: [{ guards: ['gates.tenant'] }] },
    { code: `${OPENTOK}${EXPRESS}app.post('/token', requireAuth, limitRoomSize, (req, res) => res.json(opentok.generateToken(req.body.s)));`, languageOptions: commonjs, options: [{ requiredGuards: ['limitRoomSize'] }] },
    { code: `${OPENTOK}${EXPRESS}app.use(limitRoomSize);\napp.post('/token', requireAuth, (req, res) => res.json(opentok.generateToken(req.body.s)));`, languageOptions: commonjs, options: [{ requiredGuards: ['limitRoomSize'] }] },
    { code: `${OPENTOK}${EXPRESS}app.post('/token', requireAuth, async (req, res) => { await limitRoomSize(req.body.s); res.json(opentok.generateToken(req.body.s)); });`, languageOptions: commonjs, options: [{ requiredGuards: ['limitRoomSize'] }] },
    { code: `${OPENTOK}${EXPRESS}app.post('/kick', requireAuth, (req, res) => opentok.forceDisconnect(req.body.s, req.body.c, () => res.end()));`, languageOptions: commonjs, options: [{ requiredGuards: ['limitRoomSize'] }] },
    // --- Not privileged, or not a route.
    { code: `${OPENTOK}${EXPRESS}app.get('/archives', (req, res) => opentok.listArchives({}, (e, a) => res.json(a)));\napp.get('/health', (req, res) => res.end());`, languageOptions: commonjs },
    { code: `${OPENTOK}${EXPRESS}app.get('sessionId');\ncache.get('token', (err, sid) => opentok.generateToken(sid));\napp.post(routePath, (req, res) => res.json(opentok.generateToken(req.body.s)));`, languageOptions: commonjs },
    { code: webinarPartly.code.replace(`app.post('/webinar/getOpenTokToken', async`, `app.post('/webinar/getOpenTokToken', isAuthenticated, async`), filename: webinarPartly.filename },
    // Browser code: HTTP clients with route-like calls, and the browser SDK's own moderation calls.
    `const session = OT.initSession(apiKey, sessionId);\n$.post('/archive/start', { sessionId }, function (data) { session.forceDisconnect(connection); });\naxios.post('/token', { sessionId });`,
    // Unrelated apps and libraries with the same method or route names.
    `app.post('/cart', (req, res) => res.json(stripe.checkout.sessions.create({ mode: 'payment' })));`,
    { code: `const twilio = require('twilio');\nconst router = require('express').Router();\nrouter.get('/video/token', videoController.getToken);`, languageOptions: commonjs },
    { code: `const router = require('express').Router();\nrouter.post('/login', sessionController.createSession);\nrouter.get('/users/:id', userController.getUser);\nrouter.get('/rooms/:id/session', roomController.getSession);`, languageOptions: commonjs },
    `import { getToken } from '../lib/livekit';\nimport express from 'express';\nconst app = express();\napp.get('/video/token', async (req, res) => res.json(await getToken(req.query.room)));`,
    // --- Corners: class-based routers (`this.router`), a request object under another name, lookups given the headers.
    { code: `${OPENTOK}const express = require('express');\nclass VideoRoutes {\n  constructor() {\n    this.router = express.Router();\n    this.router.use(requireAuth);\n    this.router.post('/video/token', this.getToken);\n    this.router.post('/t', (req, res) => res.json(opentok.generateToken(req.body.s)));\n  }\n}`, languageOptions: commonjs },
    { code: `${OPENTOK}${EXPRESS}app.post('/token', (req, res) => { const r = req; if (!r.user) return res.sendStatus(401); res.json(opentok.generateToken(req.body.s)); });`, languageOptions: commonjs },
    { code: `import { headers } from 'next/headers';\n${VIDEO}export async function GET() { const session = await getSession(headers()); if (!session) return new Response(null, { status: 401 }); return Response.json({ t: video.generateClientToken('s') }); }`, filename: '/app/app/api/token/route.js' },
    { code: `${OPENTOK}${EXPRESS}app.post('/token', async (req, res) => { const caller = await getUser(req.headers.authorization); if (!caller) return res.sendStatus(401); res.json(opentok.generateToken(req.body.s)); });`, languageOptions: commonjs },
    { code: `${OPENTOK}${EXPRESS}app.post('/token', (req, res) => { if (!tenantGate(req)) return res.sendStatus(403); res.json(opentok.generateToken(req.body.s)); });`, languageOptions: commonjs, options: [{ guards: ['tenantGate'] }] },
    // A local guard used in an array (with holes and spreads) and again on a route; spread middleware lists.
    {
      code: `${OPENTOK}${EXPRESS}function gatekeeper(req, res, next) { if (!req.user) return res.sendStatus(401); next(); }\napp.use(...middlewares);\napp.use([, ...more, gatekeeper]);\napp.post('/a', gatekeeper, (req, res) => res.json(opentok.generateToken(req.body.s)));\napp.post('/b', (req, res) => res.json(opentok.generateToken(req.body.s)));`,
      languageOptions: commonjs,
    },
    { code: `${OPENTOK}${EXPRESS}app.use(expressjwt({ secret }).unless({ path: '/health' }));\napp.post('/token', (req, res) => res.json(opentok.generateToken(req.body.s)));`, languageOptions: commonjs },
    { code: `${OPENTOK}const router = require('express').Router();\nrouter.all('/x', requireAuth);\nrouter.post('/x', (req, res) => res.json(opentok.generateToken(req.body.s)));`, languageOptions: commonjs },
    // Hono mounts that name no sub-app.
    `import { Hono } from 'hono';\n${VIDEO}const app = new Hono();\napp.route('/api', createApi());\napp.route(api, '/x');\napp.post('/t', bearerAuth({ token }), (c) => c.json({ t: video.generateClientToken('s') }));`,
    // A required guard registered as a Fastify hook.
    { code: `${VIDEO}export default async function (fastify) { fastify.post('/t', { preHandler: fastify.authenticate }, async (req) => video.generateClientToken(req.body.s)); fastify.addHook('preHandler', limitRoomSize); }`, options: [{ requiredGuards: ['limitRoomSize'] }] },
    // Not routes: an undeclared `serve`, a decorated method that is not a route; handlers beyond four calls deep.
    `${VIDEO}serve(async (req) => new Response(video.generateClientToken('s')));`,
    { code: `${VIDEO}class Widget { @HostListener('click') onClick() { return video.generateClientToken('s'); } }`, parsers: ['typescript'] },
    {
      code: `${OPENTOK}${EXPRESS}function d1(s) { return d2(s); }\nfunction d2(s) { return d3(s); }\nfunction d3(s) { return d4(s); }\nfunction d4(s) { return d5(s); }\nfunction d5(s) { return opentok.generateToken(s); }\napp.post('/token', (req, res) => res.json(d1(req.body.s)));`,
      languageOptions: commonjs,
    },
    // *By name*: not Vonage's (auth controllers, other vendors' modules), or not a name at all.
    { code: `const router = require('express').Router();\nrouter.get('/video/token', authVideoController.getToken);\nrouter.get('/video/x', flag ? a.getToken : b.getToken);`, languageOptions: commonjs },
    `import twilio from 'twilio';\nimport express from 'express';\nconst router = express.Router();\nrouter.get('/video/token', video.getToken);\nrouter.get('/video/session', video.createSession);`,
    { code: `const router = require('express').Router();\nconst ctrl = require('./twilio/video-controller');\nrouter.get('/video/token', ctrl.getToken);`, languageOptions: commonjs },
    {
      code: `const router = require('express').Router();\nexports.health = (req, res) => res.end();\nrouter.get('/video/health', exports.health);\nrouter.get('/video/other', exports.other);\nrouter.get('/video/a', module.exports.health);\nrouter.get('/video/b', exports[name]);\nrouter.get('/video/c', module.video.health);\nrouter.get('/video/d', other.exports.health);`,
      languageOptions: commonjs,
    },
    { code: webinarOpen.code, filename: webinarOpen.filename, languageOptions: commonjs, settings: { 'vonage-video': { detection: 'tracked' } } },
    // The Voice API's `vonage.voice.generateToken(…)` is not Video's (a Voice-only Supabase function).
    `${VONAGE}Deno.serve(async (req) => new Response(await vonage.voice.generateToken((await req.json()).sessionId, { sub: 'u' })));`,
    // The *by name* tier is off with the shared `detection: 'tracked'` setting.
    { code: byNameImported, languageOptions: commonjs, settings: { 'vonage-video': { detection: 'tracked' } } },
  ],
  invalid: [
    // --- Express ---------------------------------------------------------------------------------------------------
    {
      // An open token route; another route's guard is offered as a suggestion.
      code: expressOpen,
      languageOptions: commonjs,
      errors: [open(expressOpen, "'/token'", 'Route `POST /token`', 'generateToken', 'token', [addGuard(expressOpen, 'requireAuth', '(req, res) => {')])],
    },
    {
      // Regression: a parenthesized handler gets the guard as an argument before it, not `(requireAuth, handler)`.
      code: expressParenthesized,
      languageOptions: commonjs,
      errors: [
        open(expressParenthesized, "'/token'", 'Route `POST /token`', 'generateToken', 'token', [
          { messageId: 'addGuard', data: { guard: 'requireAuth' }, output: expressParenthesized.replace("app.post('/token', ((req", "app.post('/token', requireAuth, ((req") },
        ]),
      ],
    },
    {
      // The operation sits in a same-file helper the handler calls; GET for a destructive action.
      code: expressHelper,
      languageOptions: commonjs,
      errors: [open(expressHelper, "'/archive/:id/stop'", 'Route `GET /archive/:id/stop`', 'stopArchive', 'archiveStop')],
    },
    {
      // A handler defined in the same file and passed by name.
      code: expressLocalHandler,
      languageOptions: commonjs,
      errors: [open(expressLocalHandler, "'/sessions/:sessionId/connections/:connectionId'", 'Route `DELETE /sessions/:sessionId/connections/:connectionId`', 'forceDisconnect', 'disconnect')],
    },
    {
      // `app.route(path).get(…).post(handler)`: reported at the method.
      code: routeChain,
      languageOptions: commonjs,
      errors: [open(routeChain, 'post', 'Route `POST /broadcast`', 'startBroadcast', 'broadcastStart')],
    },
    {
      // `app.use(auth)` registered after the route does not protect it.
      code: useAfter,
      languageOptions: commonjs,
      errors: [open(useAfter, "'/token'", 'Route `POST /token`', 'generateToken', 'token')],
    },
    {
      // A routes file: the handler is imported and its name says it mints tokens (the refresh route is not Vonage's).
      code: byNameImported,
      languageOptions: commonjs,
      errors: [open(byNameImported, "'/video/token/:room'", 'Route `GET /video/token/:room`', 'videoController.getToken', 'token')],
    },
    {
      // A middleware in front mints the token: it runs with nothing before it.
      code: mintingMiddleware,
      languageOptions: commonjs,
      errors: [open(mintingMiddleware, "'/token'", 'Route `POST /token`', 'generateToken', 'token')],
    },
    {
      // Authentication made optional: `auth({ authRequired: false })`, `auth.optional`.
      code: optionalAuth,
      languageOptions: commonjs,
      errors: [open(optionalAuth, "'/a'", 'Route `POST /a`', 'generateToken', 'token'), open(optionalAuth, "'/b'", 'Route `POST /b`', 'generateToken', 'token')],
    },
    {
      // `passport.initialize()` and `passport.session()` restore a login; they do not require one.
      code: passportSetup,
      languageOptions: commonjs,
      errors: [open(passportSetup, "'/token'", 'Route `POST /token`', 'generateToken', 'token')],
    },
    {
      // A user ID from the request body is not authentication.
      code: bodyUserId,
      languageOptions: commonjs,
      errors: [open(bodyUserId, "'/token'", 'Route `POST /token`', 'generateToken', 'token')],
    },
    {
      // Checks of the caller that do not end the request (logging is not answering).
      code: checkWithoutExit,
      languageOptions: commonjs,
      errors: [open(checkWithoutExit, "'/token'", 'Route `POST /token`', 'generateToken', 'token'), open(checkWithoutExit, "'/b'", 'Route `POST /b`', 'generateToken', 'token')],
    },
    {
      // The suggestion copies a guard call another route uses.
      code: passportSuggestion,
      languageOptions: commonjs,
      errors: [
        open(passportSuggestion, "'/b'", 'Route `POST /b`', 'generateToken', 'token', [
          {
            messageId: 'addGuard',
            data: { guard: "passport.authenticate('jwt', { session: false })" },
            output: passportSuggestion.replace("app.post('/b', (req", "app.post('/b', passport.authenticate('jwt', { session: false }), (req"),
          },
        ]),
      ],
    },
    {
      // `unless({ path })` exempts the token route from the app-wide JWT check; the other route stays guarded.
      code: unlessToken,
      languageOptions: commonjs,
      errors: [open(unlessToken, "'/token'", 'Route `POST /token`', 'generateToken', 'token', [], 2)],
    },
    {
      // A router mounted with no guard on the mount or before it.
      code: unguardedMount,
      languageOptions: commonjs,
      errors: [open(unguardedMount, "'/token'", 'Route `POST /token`', 'generateToken', 'token')],
    },
    {
      // A handler exported and registered in the same file: reported once, at the registration.
      code: exportedAndRegistered,
      languageOptions: commonjs,
      errors: [open(exportedAndRegistered, "'/token'", 'Route `POST /token`', 'generateToken', 'token')],
    },
    {
      // Signals sent to a room by anyone.
      code: signalRoute,
      errors: [open(signalRoute, "'/rooms/:id/signal'", 'Route `POST /rooms/:id/signal`', 'sendSignal', 'signal')],
    },
    {
      // Experience Composer through `vonage.video`.
      code: renderRoute,
      errors: [open(renderRoute, "'/compose'", 'Route `POST /compose`', 'startExperienceComposerRender', 'render')],
    },
    {
      // An array of paths: named by its first.
      code: routeArrayPath,
      errors: [open(routeArrayPath, "['/join/:room', '/room/:room']", 'Route `GET /join/:room`', 'generateToken', 'token')],
    },
    {
      // A computed method name that is a string; an unknown one is not read.
      code: computedMethod,
      languageOptions: commonjs,
      errors: [open(computedMethod, "'/token'", 'Route `POST /token`', 'generateToken', 'token')],
    },
    {
      // A template path: its expressions shown as `*`.
      code: templatePath,
      errors: [open(templatePath, '`${base}/token`', 'Route `POST */token`', 'generateToken', 'token')],
    },
    // --- Koa / Hono / Fastify ------------------------------------------------------------------------------------------
    {
      // Koa with @koa/router.
      code: koa,
      errors: [open(koa, "'/sessions/:id/mute'", 'Route `POST /sessions/:id/mute`', 'forceMuteAll', 'muteAll')],
    },
    {
      // koa-router's named route: the path is the second argument.
      code: koaNamed,
      errors: [open(koaNamed, "'/token'", 'Route `POST /token`', 'generateClientToken', 'token')],
    },
    {
      // Hono: a route outside the guarded prefix, and a sub-app mounted elsewhere.
      code: hono,
      errors: [open(hono, "'/open/token'", 'Route `POST /open/token`', 'generateClientToken', 'token'), open(hono, "'/token'", 'Route `POST /token`', 'generateClientToken', 'token')],
    },
    {
      // Hono's `app.on(method, path, handler)` registers a route like `app.post(path, handler)`.
      code: honoOn,
      errors: [open(honoOn, "'/token'", 'Route `POST /token`', 'generateClientToken', 'token')],
    },
    {
      // Fastify: route objects and the shorthand with a handler option, without hooks.
      code: fastify,
      errors: [
        open(fastify, "{ method: 'POST', url: '/archives', handler: async (request) => video.startArchive(request.body.sessionId) }", 'Route `POST /archives`', 'startArchive', 'archiveStart'),
        open(fastify, "'/token'", 'Route `GET /token`', 'generateClientToken', 'token'),
        open(fastify, "{ method: ['GET', 'POST'], url: '/broadcasts/:id/stop', handler: async (request) => video.stopBroadcast(request.params.id) }", 'Route `GET,POST /broadcasts/:id/stop`', 'stopBroadcast', 'broadcastStop'),
      ],
    },
    {
      // An `onSend` hook runs after the handler: it guards nothing.
      code: fastifyOnSend,
      errors: [open(fastifyOnSend, "'/token'", 'Route `POST /token`', 'generateClientToken', 'token')],
    },
    // --- NestJS -------------------------------------------------------------------------------------------------------
    {
      // The method without `@UseGuards`; the guarded one is fine, and its decorator is offered.
      code: nestOpen,
      parsers: ['typescript'],
      errors: [open(nestOpen, "@Post('token')", 'Route `POST /video/token`', 'generateClientToken', 'token', [addGuard(nestOpen, "@UseGuards(AuthGuard('jwt'))", "@Post('token')", "@UseGuards(AuthGuard('jwt'))\n  ")])],
    },
    {
      // A global guard is declared, but the route opted out with `@Public()`.
      code: nestPublic,
      parsers: ['typescript'],
      options: [{ nestGlobalGuard: true }],
      errors: [open(nestPublic, "@Get('lobby/token')", 'Route `GET /lobby/token`', 'generateClientToken', 'token')],
    },
    {
      // `@ApiBearerAuth()` only documents, `ThrottlerGuard` only rate-limits.
      code: nestNotAuth,
      parsers: ['typescript'],
      errors: [open(nestNotAuth, "@Post(':id/archive')", 'Route `POST /rooms/:id/archive`', 'startArchive', 'archiveStart')],
    },
    {
      // A class with a guarded route: the guard is offered for the open one.
      code: nestSuggestion,
      parsers: ['typescript'],
      errors: [open(nestSuggestion, "@Post('b')", 'Route `POST /v/b`', 'generateClientToken', 'token', [addGuard(nestSuggestion, '@UseGuards(JwtAuthGuard)', "@Post('b')", '@UseGuards(JwtAuthGuard)\n  ')])],
    },
    // --- Next.js ---------------------------------------------------------------------------------------------------------
    {
      // A pages API route.
      code: nextPages,
      filename: '/app/src/pages/api/session.js',
      errors: [open(nextPages, 'handler', 'API route `/api/session`', 'createSession', 'session')],
    },
    {
      // An app-router route handler.
      code: nextApp,
      parsers: ['typescript'],
      filename: '/app/src/app/api/token/route.ts',
      errors: [open(nextApp, 'POST', 'Route handler `POST /api/token`', 'generateClientToken', 'token')],
    },
    {
      // `auth()` is called, but nothing checks what it returned.
      code: nextUnchecked,
      filename: '/app/app/api/token/route.js',
      errors: [open(nextUnchecked, 'GET', 'Route handler `GET /api/token`', 'generateClientToken', 'token')],
    },
    {
      // `export { handler as GET, handler as POST }`: one report per exported method.
      code: nextSpecifiers,
      filename: '/app/app/api/token/route.js',
      errors: [open(nextSpecifiers, 'GET', 'Route handler `GET /api/token`', 'generateClientToken', 'token'), open(nextSpecifiers, 'POST', 'Route handler `POST /api/token`', 'generateClientToken', 'token')],
    },
    {
      // A Vercel function in `api/`.
      code: vercelApi,
      filename: '/project/api/token.js',
      languageOptions: commonjs,
      errors: [open(vercelApi, 'module.exports', 'API route `/api/token`', 'generateToken', 'token')],
    },
    {
      // A server action.
      code: serverAction,
      parsers: ['typescript'],
      errors: [open(serverAction, 'startRecording', 'Server action `startRecording`', 'startArchive', 'archiveStart')],
    },
    // --- Firebase ---------------------------------------------------------------------------------------------------------
    {
      // A v2 callable function without a `request.auth` check.
      code: firebaseV2,
      errors: [open(firebaseV2, 'getToken', 'Callable function `getToken`', 'generateClientToken', 'token')],
    },
    {
      // v1: a callable given a local function, and an HTTPS function.
      code: firebaseV1,
      languageOptions: commonjs,
      errors: [open(firebaseV1, 'exports.token', 'Callable function `token`', 'generateToken', 'token'), open(firebaseV1, 'exports.kick', 'HTTPS function `kick`', 'forceDisconnect', 'disconnect')],
    },
    // --- SvelteKit, Remix, Nuxt ---------------------------------------------------------------------------------------------
    {
      // Destructuring `locals.user` without checking it is not authentication.
      code: svelteEndpoint,
      filename: '/app/src/routes/api/token/+server.js',
      errors: [open(svelteEndpoint, 'POST', 'Endpoint `POST /api/token`', 'generateClientToken', 'token')],
    },
    {
      // SvelteKit form actions, one per action.
      code: svelteActions,
      filename: '/app/src/routes/room/[id]/+page.server.js',
      errors: [open(svelteActions, 'start', 'Form action `start` of `/room/[id]`', 'startArchive', 'archiveStart')],
    },
    {
      // A Remix action (flat routes: dots are slashes).
      code: remix,
      filename: '/app/app/routes/api.token.tsx',
      errors: [open(remix, 'action', 'The `action` of `/api/token`', 'generateClientToken', 'token')],
    },
    {
      // A Nuxt server route with its method in the file name.
      code: nuxt,
      filename: '/app/server/api/token.post.js',
      errors: [open(nuxt, 'defineEventHandler', 'Server route `POST /api/token`', 'generateClientToken', 'token')],
    },
    // --- Lambda, Netlify, Deno --------------------------------------------------------------------------------------------
    {
      // An AWS Lambda handler.
      code: lambda,
      languageOptions: commonjs,
      errors: [open(lambda, 'exports.handler', 'The exported `handler` function', 'generateToken', 'token')],
    },
    {
      // A Netlify function, named by its URL.
      code: netlify,
      filename: '/site/netlify/functions/token.js',
      errors: [open(netlify, 'handler', 'Netlify function `/.netlify/functions/token`', 'generateClientToken', 'token')],
    },
    {
      // Deno / Supabase Edge: `Deno.serve` and std's `serve`.
      code: deno,
      errors: [open(deno, 'Deno.serve', 'The `Deno.serve` handler', 'generateClientToken', 'token')],
    },
    {
      code: denoStd,
      errors: [open(denoStd, 'serve', 'The `serve` handler', 'generateClientToken', 'token', [], 3)],
    },
    // --- Controller files -----------------------------------------------------------------------------------------------------
    {
      // A controller file with no guard in sight.
      code: controllerFile,
      languageOptions: commonjs,
      errors: [open(controllerFile, 'exports.getToken', 'Handler `getToken`', 'generateToken', 'token')],
    },
    {
      // An exported controller object: its `(req, res)` members.
      code: objectController,
      languageOptions: commonjs,
      errors: [open(objectController, 'getToken', 'Handler `getToken`', 'generateToken', 'token')],
    },
    {
      // An exported controller instance: its `(req, res)` methods.
      code: classController,
      errors: [open(classController, 'startArchive', 'Handler `VideoController.startArchive`', 'startArchive', 'archiveStart')],
    },
    {
      // A Koa controller `(ctx)`.
      code: koaController,
      errors: [open(koaController, 'token', 'Handler `token`', 'generateClientToken', 'token')],
    },
    {
      // A default-exported `(req, res)` handler outside `api/`: reported at `default`.
      code: defaultController,
      filename: '/app/src/controllers/token.js',
      errors: [open(defaultController, 'default', 'The default-exported handler', 'generateClientToken', 'token')],
    },
    // --- Options ----------------------------------------------------------------------------------------------------------------
    {
      // requiredGuards: authentication alone is not enough for token routes.
      code: requiredGuard,
      languageOptions: commonjs,
      options: [{ requiredGuards: ['limitRoomSize'] }],
      errors: [{ messageId: 'missingRequiredGuard', ...at(requiredGuard, "'/token'"), data: { route: 'Route `POST /token`', operation: 'generateToken', does: KIND.token.does, guard: 'limitRoomSize' }, suggestions: [] }],
    },
    {
      // requiredGuards: the guard another route uses is offered.
      code: requiredGuardSuggestion,
      languageOptions: commonjs,
      options: [{ requiredGuards: ['limitRoomSize'] }],
      errors: [
        {
          messageId: 'missingRequiredGuard',
          ...at(requiredGuardSuggestion, "'/b'"),
          data: { route: 'Route `POST /b`', operation: 'generateToken', does: KIND.token.does, guard: 'limitRoomSize' },
          suggestions: [{ messageId: 'addGuard', data: { guard: 'limitRoomSize' }, output: requiredGuardSuggestion.replace("app.post('/b', requireAuth, (req", "app.post('/b', requireAuth, limitRoomSize, (req") }],
        },
      ],
    },
    {
      // allowPublicSubscriberTokens: publisher tokens and moderation stay reported.
      code: publisherViewer,
      languageOptions: commonjs,
      options: [{ allowPublicSubscriberTokens: true }],
      errors: [open(publisherViewer, "'/watch/:s'", 'Route `GET /watch/:s`', 'generateToken', 'token'), open(publisherViewer, "'/kick/:s'", 'Route `GET /kick/:s`', 'forceDisconnect', 'disconnect')],
    },
    {
      // ignoreRoutes: only the matching paths are ignored.
      code: notIgnored,
      languageOptions: commonjs,
      options: [{ ignoreRoutes: ['/demo/*', '/*/legacy/*-token'] }],
      errors: [open(notIgnored, "'/token'", 'Route `GET /token`', 'generateToken', 'token')],
    },
    // --- Corners ------------------------------------------------------------------------------------------------------------
    {
      // Same-file helpers (recursive, and deeper than the analysis follows) and calls of unnamed functions.
      code: helpers,
      languageOptions: commonjs,
      errors: [open(helpers, "'/token'", 'Route `POST /token`', 'generateToken', 'token')],
    },
    {
      // Checks of things that are not the caller: a module variable, the body, an undeclared global, a computed key, a
      // cycle. (`/e` reads `user` from `req[field]`, which may be the caller, and `/h` looks the caller up from the
      // cookies: not reported.)
      code: notCallers,
      languageOptions: commonjs,
      errors: ['a', 'b', 'c', 'd', 'f', 'g'].map(path => open(notCallers, `'/${path}'`, `Route \`POST /${path}\``, 'generateToken', 'token')),
    },
    {
      // A user ID inside a callable's client data is not the caller.
      code: callableData,
      errors: [open(callableData, 'token', 'Callable function `token`', 'generateClientToken', 'token')],
    },
    {
      // A class-based router: `this.auth` is not offered (it may not be bound where the route is).
      code: classRoutes,
      languageOptions: commonjs,
      errors: [open(classRoutes, "'/b'", 'Route `POST /b`', 'generateToken', 'token')],
    },
    {
      // Receivers the rule cannot name, and routers mounted into each other.
      code: receivers,
      languageOptions: commonjs,
      errors: [
        open(receivers, "'/a'", 'Route `POST /a`', 'generateToken', 'token'),
        open(receivers, "'/b'", 'Route `POST /b`', 'generateToken', 'token'),
        open(receivers, "'/c'", 'Route `POST /c`', 'generateToken', 'token'),
      ],
    },
    {
      // A guard registered as a route covers its own method and path only.
      code: guardRoutes,
      languageOptions: commonjs,
      errors: [open(guardRoutes, "'/x'", 'Route `POST /x`', 'generateToken', 'token', [], 2), open(guardRoutes, "'/:other'", 'Route `PUT /:other`', 'startArchive', 'archiveStart')],
    },
    {
      // *By name*: handlers from a factory, a computed require, a property of a required module.
      code: byNameSources,
      languageOptions: commonjs,
      errors: [
        open(byNameSources, "'/video/a'", 'Route `GET /video/a`', 'made.getToken', 'token'),
        open(byNameSources, "'/video/b'", 'Route `GET /video/b`', 'dynamic.createSession', 'session'),
        open(byNameSources, "'/video/c'", 'Route `GET /video/c`', 'nested.startArchive', 'archiveStart'),
      ],
    },
    {
      // *By name*: a Firebase function given an imported handler.
      code: firebaseByName,
      languageOptions: commonjs,
      errors: [open(firebaseByName, 'exports.getToken', 'Callable function `getToken`', 'getToken', 'token')],
    },
    {
      // *By name*: a NestJS controller calling a video service (the helper service is not one).
      code: nestServices,
      parsers: ['typescript'],
      errors: [open(nestServices, "@Post('token')", 'Route `POST /rooms/token`', 'videoService.createRoomToken', 'token')],
    },
    {
      // A NestJS method calling a private method of its class.
      code: nestHelper,
      parsers: ['typescript'],
      errors: [open(nestHelper, "@Post('kick')", 'Route `POST /rooms/kick`', 'disconnectClient', 'disconnect')],
    },
    {
      // A guard passed in an array on another route is offered.
      code: suggestionSources,
      languageOptions: commonjs,
      errors: [open(suggestionSources, "'/b'", 'Route `POST /b`', 'generateToken', 'token', [{ messageId: 'addGuard', data: { guard: 'isLoggedIn' }, output: suggestionSources.replace("app.post('/b', (req", "app.post('/b', isLoggedIn, (req") }])],
    },
    {
      // No suggestion from a chain's `all()`, a guard holding a function, or one declared in another scope.
      code: noSuggestion,
      languageOptions: commonjs,
      errors: [open(noSuggestion, "'/d'", 'Route `POST /d`', 'generateToken', 'token')],
    },
    {
      // A controller file with two open handlers.
      code: twoHandlers,
      languageOptions: commonjs,
      errors: [open(twoHandlers, 'exports.getToken', 'Handler `getToken`', 'generateToken', 'token'), open(twoHandlers, 'exports.kick', 'Handler `kick`', 'forceDisconnect', 'disconnect')],
    },
    {
      // requiredGuards on a *by name* route.
      code: requiredByName,
      languageOptions: commonjs,
      options: [{ requiredGuards: ['limitRoomSize'] }],
      errors: [{ messageId: 'missingRequiredGuard', ...at(requiredByName, "'/video/token'"), data: { route: 'Route `POST /video/token`', operation: 'video.getToken', does: KIND.token.does, guard: 'limitRoomSize' }, suggestions: [] }],
    },
    // --- Real samples ----------------------------------------------------------------------------------------------------------
    {
      // askcs/ask-opentok-webrtc: chained registrations on a router.
      ...askOpentok,
      languageOptions: commonjs,
      errors: [open(askOpentok.code, "'/new'", 'Route `GET /new`', 'createSession', 'session'), open(askOpentok.code, "'/token/:session'", 'Route `GET /token/:session`', 'generateToken', 'token')],
    },
    {
      // jeffkole/meet-you-there: routes registered on the app a module is given.
      ...connectModule,
      languageOptions: commonjs,
      errors: [open(connectModule.code, "'/connect'", 'Route `GET /connect`', 'generateToken', 'token')],
    },
    {
      // mbiederman12/ECTestRepo: one session at start-up, tokens for anyone.
      ...sharedSession,
      languageOptions: commonjs,
      errors: [open(sharedSession.code, "'/api'", 'Route `GET /api`', 'generateToken', 'token')],
    },
    {
      // A webinar server: the OpenTok calls live in an imported module (by name).
      ...webinarOpen,
      languageOptions: commonjs,
      errors: [
        open(webinarOpen.code, "'/webinar/createSession'", 'Route `GET /webinar/createSession`', 'createSession', 'session'),
        open(webinarOpen.code, "'/webinar/joinSession'", 'Route `POST /webinar/joinSession`', 'getToken', 'token'),
      ],
    },
    {
      // The same server, partly guarded; looking a session ID up is not privileged.
      ...webinarPartly,
      languageOptions: commonjs,
      errors: [
        open(webinarPartly.code, "'/webinar/getOpenTokToken'", 'Route `POST /webinar/getOpenTokToken`', 'getOpenTokToken', 'token', [
          addGuard(webinarPartly.code, 'isAuthenticated', 'async (req, res) => {\n    res.json(await getOpenTokToken'),
        ]),
      ],
    },
    {
      // nexmo-se/video-express-react-app: a local wrapper module around the SDK.
      ...reactServer,
      languageOptions: commonjs,
      errors: [
        open(reactServer.code, "'/session/:room'", 'Route `GET /session/:room`', 'generateToken', 'token'),
        open(reactServer.code, "'/archive/start'", 'Route `POST /archive/start`', 'opentok.initiateArchiving', 'archiveStart'),
        open(reactServer.code, "'/archive/stop/:archiveId'", 'Route `GET /archive/stop/:archiveId`', 'opentok.stopArchiving', 'archiveStop'),
      ],
    },
    {
      // opentok-node's Archiving sample.
      ...archiving,
      languageOptions: commonjs,
      errors: [
        open(archiving.code, "'/host'", 'Route `GET /host`', 'generateToken', 'token'),
        open(archiving.code, "'/participant'", 'Route `GET /participant`', 'generateToken', 'token'),
        open(archiving.code, "'/start'", 'Route `POST /start`', 'startArchive', 'archiveStart'),
        open(archiving.code, "'/stop/:archiveId'", 'Route `GET /stop/:archiveId`', 'stopArchive', 'archiveStop'),
        open(archiving.code, "'/delete/:archiveId'", 'Route `GET /delete/:archiveId`', 'deleteArchive', 'archiveDelete'),
        open(archiving.code, "'/archive/:archiveId/layout'", 'Route `POST /archive/:archiveId/layout`', 'setArchiveLayout', 'archiveUpdate'),
        open(archiving.code, "'/focus'", 'Route `POST /focus`', 'setStreamClassLists', 'layout'),
      ],
    },
    {
      // opentok-node's Broadcast sample.
      ...broadcast,
      languageOptions: commonjs,
      errors: [
        open(broadcast.code, "'/'", 'Route `GET /`', 'generateToken', 'token'),
        open(broadcast.code, "'/start'", 'Route `POST /start`', 'startBroadcast', 'broadcastStart'),
        open(broadcast.code, "'/stop/:broadcastId'", 'Route `GET /stop/:broadcastId`', 'stopBroadcast', 'broadcastStop'),
        open(broadcast.code, "'/broadcast/:broadcastId/layout'", 'Route `POST /broadcast/:broadcastId/layout`', 'setBroadcastLayout', 'broadcastUpdate'),
        open(broadcast.code, "'/focus'", 'Route `POST /focus`', 'setStreamClassLists', 'layout'),
      ],
    },
    {
      // opentok-node's SIP sample.
      ...sip,
      languageOptions: commonjs,
      errors: [open(sip.code, "'/sip/start'", 'Route `POST /sip/start`', 'dial', 'sip')],
    },
    {
      // nildiert/nestjs-opentok: a NestJS controller calling an OpenTok service.
      ...nestService,
      parsers: ['typescript'],
      errors: [
        open(nestService.code, "@Get('/session')", 'Route `GET /opentok/session`', 'createSession', 'session'),
        open(nestService.code, "@Get('/session/:id/token')", 'Route `GET /opentok/session/:id/token`', 'generateToken', 'token'),
        open(nestService.code, "@Get('/room/:name')", 'Route `GET /opentok/room/:name`', 'createSession', 'session'),
      ],
    },
    {
      // kikikiki2727/nest-server: a NestJS controller calling a Vonage service.
      ...nestVonage,
      parsers: ['typescript'],
      errors: [open(nestVonage.code, "@Post('generate-token')", 'Route `POST /vonage/generate-token`', 'generateToken', 'token')],
    },
    {
      // A router factory given the OpenTok client as a parameter.
      ...routerFactory,
      errors: [open(routerFactory.code, "'/token'", 'Route `POST /token`', 'generateToken', 'token')],
    },
    {
      // Lambda functions: subscriber tokens (reported by default) and a session waterfall.
      ...lambdaSubscriber,
      languageOptions: commonjs,
      errors: [open(lambdaSubscriber.code, 'exports.handler', 'The exported `handler` function', 'generateToken', 'token')],
    },
    {
      ...lambdaSession,
      languageOptions: commonjs,
      errors: [open(lambdaSession.code, 'exports.handler', 'The exported `handler` function', 'createSession', 'session')],
    },
    {
      // A Next.js route that creates a session per request.
      ...nextRoom,
      parsers: ['typescript'],
      errors: [open(nextRoom.code, 'POST', 'Route handler `POST /api/room`', 'createSession', 'session', [], 2)],
    },
  ],
});
