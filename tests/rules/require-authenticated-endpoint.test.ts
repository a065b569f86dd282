import rule from '../../src/rules/require-authenticated-endpoint';
import { at } from '../helpers/locate';
import { runRuleTester } from '../helpers/rule-tester';

const commonjs = { sourceType: 'commonjs' } as const;
const OPENTOK = `const OpenTok = require('opentok');\nconst opentok = new OpenTok(process.env.OT_KEY, process.env.OT_SECRET);\n`;
const VIDEO = `import { Video } from '@vonage/video';\nconst video = new Video({ applicationId: process.env.APP_ID, privateKey: process.env.PRIVATE_KEY });\n`;
const TOKEN = { does: 'generates client tokens', risk: 'join sessions and run up your usage' };

// --- Express ---------------------------------------------------------------------------------------------------------
const expressOpen = `${OPENTOK}const app = require('express')();
const { requireAuth } = require('./middleware/auth');
app.post('/token', (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId, { role: 'publisher' }) });
});
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
const routeChain = `${OPENTOK}const app = require('express')();
app.route('/broadcast').post((req, res) => opentok.startBroadcast(req.body.sessionId, { outputs: { hls: {} } }, () => res.end()));
`;
const useAfter = `${OPENTOK}const app = require('express')();
app.post('/token', (req, res) => res.send(opentok.generateToken(req.body.sid)));
app.use(passport.authenticate('jwt', { session: false }));
`;
const byNameImported = `const router = require('express').Router();
const videoController = require('../controllers/video');
router.get('/video/token/:room', videoController.getToken);
router.post('/auth/refresh-token', authController.refreshToken);
module.exports = router;
`;
// --- Koa / Hono / Fastify -------------------------------------------------------------------------------------------
const koa = `import Router from '@koa/router';
${VIDEO}const router = new Router();
router.post('/sessions/:id/mute', async (ctx) => { await video.forceMuteAll(ctx.params.id); ctx.status = 204; });
export default router;
`;
const fastify = `${VIDEO}export default async function routes(fastify) {
  fastify.route({ method: 'POST', url: '/archives', handler: async (request) => video.startArchive(request.body.sessionId) });
  fastify.post('/signal', { preHandler: [fastify.authenticate] }, async (request) => video.sendSignal({ type: 'chat', data: 'x' }, request.body.sessionId));
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
const serverAction = `'use server';
${VIDEO}export async function startRecording(sessionId: string) {
  return video.startArchive(sessionId);
}
`;
const firebase = `import { onCall } from 'firebase-functions/v2/https';
${VIDEO}export const getToken = onCall(async (request) => video.generateClientToken(request.data.sessionId));
`;
const lambda = `${OPENTOK}exports.handler = async (event) => {
  const { sessionId } = JSON.parse(event.body);
  return { statusCode: 200, body: JSON.stringify({ token: opentok.generateToken(sessionId) }) };
};
`;
const controllerFile = `${OPENTOK}exports.getToken = (req, res) => {
  res.json({ token: opentok.generateToken(req.params.sessionId, { role: 'publisher' }) });
};
`;
const requiredGuard = `${OPENTOK}const app = require('express')();
app.post('/token', requireAuth, (req, res) => res.json({ token: opentok.generateToken(req.body.sid) }));
`;

runRuleTester('require-authenticated-endpoint', rule, {
  valid: [
    // Middleware in front (names, calls, arrays), and app.use() before the route.
    { code: `${OPENTOK}app.post('/token', requireAuth, (req, res) => res.json(opentok.generateToken(req.body.s)));`, languageOptions: commonjs },
    { code: `${OPENTOK}app.post('/token', passport.authenticate('jwt'), (req, res) => res.json(opentok.generateToken(req.body.s)));`, languageOptions: commonjs },
    { code: `${OPENTOK}app.post('/token', [express.json(), checkJwt], (req, res) => res.json(opentok.generateToken(req.body.s)));`, languageOptions: commonjs },
    { code: `${OPENTOK}app.use(expressjwt({ secret, algorithms: ['HS256'] }));\napp.post('/token', (req, res) => res.json(opentok.generateToken(req.body.s)));`, languageOptions: commonjs },
    { code: `${OPENTOK}const router = express.Router();\nrouter.post('/token', (req, res) => res.json(opentok.generateToken(req.body.s)));\napp.use('/api', requiresAuth(), router);`, languageOptions: commonjs },
    { code: `${OPENTOK}app.use(clerkMiddleware());\nconst router = express.Router();\nrouter.post('/token', (req, res) => res.json(opentok.generateToken(req.body.s)));\napp.use('/api', router);`, languageOptions: commonjs },
    // A check at the top of the handler.
    { code: `${OPENTOK}app.post('/token', (req, res) => { if (!req.user) return res.sendStatus(401); res.json(opentok.generateToken(req.body.s)); });`, languageOptions: commonjs },
    { code: `${OPENTOK}app.post('/token', (req, res) => { if (!req.isAuthenticated()) return res.sendStatus(401); res.json(opentok.generateToken(req.body.s)); });`, languageOptions: commonjs },
    // Next.js app router with auth(), pages API with a wrapper, SvelteKit locals, Firebase context.auth.
    `${VIDEO}export async function POST() { const session = await auth(); if (!session) return new Response(null, { status: 401 }); return Response.json({ token: video.generateClientToken('x') }); }`,
    `${VIDEO}export default withApiAuthRequired(async function handler(req, res) { res.json({ token: video.generateClientToken(req.query.s) }); });`,
    `${VIDEO}export const POST = async ({ request, locals: { user } }) => Response.json({ token: video.generateClientToken((await request.json()).s) });`,
    `import { onCall, HttpsError } from 'firebase-functions/v2/https';\n${VIDEO}export const token = onCall((request) => { if (!request.auth) throw new HttpsError('unauthenticated', 'Sign in'); return video.generateClientToken(request.data.s); });`,
    // NestJS guard on the controller, and a declared global guard.
    { code: `import { Controller, Post, UseGuards } from '@nestjs/common';\n${VIDEO}@UseGuards(JwtAuthGuard)\n@Controller('v')\nexport class V { @Post('t') t() { return video.generateClientToken('s'); } }`, parsers: ['typescript'] },
    { code: `import { Controller, Post } from '@nestjs/common';\n${VIDEO}@Controller('v')\nexport class V { @Post('t') t() { return video.generateClientToken('s'); } }`, parsers: ['typescript'], options: [{ nestGlobalGuard: true }] },
    // Fastify hook on the instance.
    `${VIDEO}export default async function routes(fastify) { fastify.addHook('onRequest', fastify.authenticate); fastify.post('/t', async (r) => video.generateClientToken(r.body.s)); }`,
    // Routes without privileged operations; reads are not privileged.
    { code: `${OPENTOK}app.get('/archives', (req, res) => opentok.listArchives({}, (e, a) => res.json(a)));\napp.get('/health', (req, res) => res.end());`, languageOptions: commonjs },
    // Options: ignored public route, public subscriber tokens, serverless handlers behind a gateway authorizer.
    { code: `${OPENTOK}app.get('/demo/token', (req, res) => res.json(opentok.generateToken(req.query.s)));`, languageOptions: commonjs, options: [{ ignoreRoutes: ['/demo/*'] }] },
    { code: `${OPENTOK}app.get('/watch/:s', (req, res) => res.json(opentok.generateToken(req.params.s, { role: 'subscriber' })));`, languageOptions: commonjs, options: [{ allowPublicSubscriberTokens: true }] },
    { code: lambda, languageOptions: commonjs, options: [{ checkServerlessHandlers: false }] },
    // The project's own guard name.
    { code: `${OPENTOK}app.post('/token', tenantGate, (req, res) => res.json(opentok.generateToken(req.body.s)));`, languageOptions: commonjs, options: [{ guards: ['tenantGate'] }] },
    // A controller file that imports its auth helper: the guard shows in this file.
    { code: `${OPENTOK}const { ensureLoggedIn } = require('connect-ensure-login');\nexports.getToken = (req, res) => res.json(opentok.generateToken(req.params.s));`, languageOptions: commonjs },
    // By-name handlers whose names or routes are not about video.
    { code: `const router = require('express').Router();\nrouter.post('/login', sessionController.createSession);\nrouter.get('/users/:id', userController.getUser);`, languageOptions: commonjs },
    // Unrelated app routes with the same method names on other libraries.
    `app.post('/cart', (req, res) => res.json(stripe.checkout.sessions.create({ mode: 'payment' })));`,
    // A required guard that is present.
    { code: `${OPENTOK}app.post('/token', requireAuth, limitRoomSize, (req, res) => res.json(opentok.generateToken(req.body.s)));`, languageOptions: commonjs, options: [{ requiredGuards: ['limitRoomSize'] }] },
  ],
  invalid: [
    {
      // Express: an open token route, with the guard another route uses offered as a suggestion.
      code: expressOpen,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'unauthenticated',
          ...at(expressOpen, "'/token'"),
          data: { route: 'POST /token', ...TOKEN },
          suggestions: [{ messageId: 'addGuard', data: { guard: 'requireAuth' }, output: expressOpen.replace("app.post('/token', (req", "app.post('/token', requireAuth, (req") }],
        },
      ],
    },
    {
      // The operation sits in a same-file helper the handler calls; GET for a destructive action.
      code: expressHelper,
      languageOptions: commonjs,
      errors: [{ messageId: 'unauthenticated', ...at(expressHelper, "'/archive/:id/stop'"), data: { route: 'GET /archive/:id/stop', does: 'stops archives', risk: 'stop recordings' }, suggestions: [] }],
    },
    {
      // A handler defined in the same file and passed by name.
      code: expressLocalHandler,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'unauthenticated',
          ...at(expressLocalHandler, "'/sessions/:sessionId/connections/:connectionId'"),
          data: { route: 'DELETE /sessions/:sessionId/connections/:connectionId', does: 'force-disconnects participants', risk: 'remove anyone from a call' },
          suggestions: [],
        },
      ],
    },
    {
      // app.route(path).post(handler).
      code: routeChain,
      languageOptions: commonjs,
      errors: [{ messageId: 'unauthenticated', ...at(routeChain, 'post'), data: { route: 'POST /broadcast', does: 'starts broadcasts', risk: 'stream calls to anyone' }, suggestions: [] }],
    },
    {
      // app.use(auth) registered after the route does not protect it.
      code: useAfter,
      languageOptions: commonjs,
      errors: [{ messageId: 'unauthenticated', ...at(useAfter, "'/token'"), data: { route: 'POST /token', ...TOKEN }, suggestions: [] }],
    },
    {
      // A routes file: the handler is imported and its name says it mints tokens.
      code: byNameImported,
      languageOptions: commonjs,
      errors: [{ messageId: 'unauthenticated', ...at(byNameImported, "'/video/token/:room'"), data: { route: 'GET /video/token/:room', ...TOKEN }, suggestions: [] }],
    },
    {
      // Koa with @koa/router.
      code: koa,
      errors: [{ messageId: 'unauthenticated', ...at(koa, "'/sessions/:id/mute'"), data: { route: 'POST /sessions/:id/mute', does: 'force-mutes everyone', risk: 'silence a whole call' }, suggestions: [] }],
    },
    {
      // Fastify: route object without hooks (the shorthand route with a preHandler is fine).
      code: fastify,
      errors: [{ messageId: 'unauthenticated', ...at(fastify, "{ method: 'POST', url: '/archives', handler: async (request) => video.startArchive(request.body.sessionId) }"), data: { route: 'POST /archives', does: 'starts archiving', risk: 'record calls' }, suggestions: [] }],
    },
    {
      // NestJS: the method without @UseGuards.
      code: nestOpen,
      parsers: ['typescript'],
      errors: [{ messageId: 'unauthenticated', ...at(nestOpen, "@Post('token')"), data: { route: 'POST /video/token', ...TOKEN }, suggestions: [] }],
    },
    {
      // NestJS with a global guard, but the route opted out with @Public().
      code: nestPublic,
      parsers: ['typescript'],
      options: [{ nestGlobalGuard: true }],
      errors: [{ messageId: 'unauthenticated', ...at(nestPublic, "@Get('lobby/token')"), data: { route: 'GET /lobby/token', ...TOKEN }, suggestions: [] }],
    },
    {
      // Next.js pages API route.
      code: nextPages,
      filename: '/app/src/pages/api/session.js',
      errors: [{ messageId: 'unauthenticated', ...at(nextPages, 'handler'), data: { route: '/api/session (pages/api)', does: 'creates sessions', risk: 'create sessions on your account and run up usage' }, suggestions: [] }],
    },
    {
      // Next.js app-router route handler.
      code: nextApp,
      parsers: ['typescript'],
      filename: '/app/src/app/api/token/route.ts',
      errors: [{ messageId: 'unauthenticated', ...at(nextApp, 'POST'), data: { route: 'POST /api/token', ...TOKEN }, suggestions: [] }],
    },
    {
      // A server action.
      code: serverAction,
      parsers: ['typescript'],
      errors: [{ messageId: 'unauthenticated', ...at(serverAction, 'startRecording'), data: { route: 'server action `startRecording`', does: 'starts archiving', risk: 'record calls' }, suggestions: [] }],
    },
    {
      // Firebase callable function without a context.auth check.
      code: firebase,
      errors: [{ messageId: 'unauthenticated', ...at(firebase, 'getToken'), data: { route: 'onCall function `getToken`', ...TOKEN }, suggestions: [] }],
    },
    {
      // AWS Lambda / Netlify handler.
      code: lambda,
      languageOptions: commonjs,
      errors: [{ messageId: 'unauthenticated', ...at(lambda, 'exports.handler'), data: { route: '`handler` handler', ...TOKEN }, suggestions: [] }],
    },
    {
      // A controller file with no guard in sight.
      code: controllerFile,
      languageOptions: commonjs,
      errors: [{ messageId: 'unauthenticated', ...at(controllerFile, 'exports.getToken'), data: { route: 'handler `getToken`', ...TOKEN }, suggestions: [] }],
    },
    {
      // requiredGuards: authentication alone is not enough for token routes.
      code: requiredGuard,
      languageOptions: commonjs,
      options: [{ requiredGuards: ['limitRoomSize'] }],
      errors: [{ messageId: 'missingRequiredGuard', ...at(requiredGuard, "'/token'"), data: { route: 'POST /token', ...TOKEN, guard: 'limitRoomSize' }, suggestions: [] }],
    },
  ],
});
