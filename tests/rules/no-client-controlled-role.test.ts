/**
 * no-client-controlled-role: every framework the request-input analysis knows, every SDK and detection path, the
 * allow-list decisions, and the options-object forms. Each case runs under espree and @typescript-eslint/parser
 * unless pinned to TypeScript.
 */
import rule from '../../src/rules/no-client-controlled-role';
import { commonjs, runRuleTester } from '../helpers/rule-tester';

runRuleTester('no-client-controlled-role', rule, {
  valid: [
    // Options built step by step from the server's own data; a role written after the call does not count.
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  const options = {};
  options.role = req.user.isHost ? 'moderator' : 'subscriber';
  options['data'] = 'x';
  Object.assign(options, { expireTime: 1 }, ...extra);
  const token = opentok.generateToken(req.body.sessionId, options);
  options.role = req.body.role;
  res.json({ token });
});`,
    },
    // role from the authenticated user (passport)
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', passport.authenticate('jwt', { session: false }), (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId, { role: req.user.role }) });
});`,
    },
    // role from the server-side session
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  const { role } = req.session.user;
  res.json({ token: opentok.generateToken(req.body.sessionId, { role }) });
});`,
    },
    // role from the database
    {
      code: `import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
app.post('/token', async (req, res) => {
  const role = await db.findRole(req.user.id, req.body.sessionId);
  res.json({ token: video.generateClientToken(req.body.sessionId, { role }) });
});`,
    },
    // a constant role
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
const VIEWER_ROLE = 'subscriber';
app.get('/token', (req, res) => {
  res.json({ token: opentok.generateToken(req.query.sessionId, { role: VIEWER_ROLE }), other: opentok.generateToken(req.query.sessionId, { role: 'publisher' }) });
});`,
    },
    // an allow-list mapping: a constant object indexed by the request
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
const ROLE_BY_TYPE = { host: 'moderator', guest: 'publisher', viewer: 'subscriber' };
app.post('/token', (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId, { role: ROLE_BY_TYPE[req.body.type] || 'subscriber' }) });
});`,
    },
    // a ternary that only yields literals (the client chooses, within what the server allows)
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId, { role: req.body.isHost ? 'moderator' : 'subscriber' }) });
});`,
    },
    // a switch that only assigns literals
    {
      code: `import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
app.post('/token', (req, res) => {
  let role;
  switch (req.body.kind) {
    case 'speaker':
      role = 'publisher';
      break;
    default:
      role = 'subscriber';
  }
  res.json({ token: video.generateClientToken(req.body.sessionId, { role }) });
});`,
    },
    // an allow-list check without moderator, returning before the call
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
const ALLOWED_ROLES = ['publisher', 'subscriber'];
app.post('/token', (req, res) => {
  const { role } = req.body;
  if (!ALLOWED_ROLES.includes(role)) {
    return res.status(400).json({ error: 'invalid role' });
  }
  res.json({ token: opentok.generateToken(req.body.sessionId, { role }) });
});`,
    },
    // an allow-list check that falls back to subscriber
    {
      code: `import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
const ALLOWED = new Set(['publisher', 'subscriber'] as const);
export async function POST(request: Request) {
  let { role, sessionId } = await request.json();
  if (!ALLOWED.has(role)) role = 'subscriber';
  return Response.json({ token: video.generateClientToken(sessionId, { role }) });
}`,
      parsers: ['typescript'],
    },
    // an allow-list check in a ternary
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
const ALLOWED = ['publisher', 'subscriber'];
app.post('/token', (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId, { role: ALLOWED.includes(req.body.role) ? req.body.role : 'subscriber' }) });
});`,
    },
    // request input in a call that is not a token call
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/rooms', (req, res) => {
  db.saveRole(req.user.id, req.body.role);
  opentok.createSession({ mediaMode: req.body.mediaMode, role: req.body.role }, (error, session) => res.json({ sessionId: session.sessionId }));
  opentok.startArchive(req.body.sessionId, { name: req.body.role });
  generateToken(req.body.sessionId, { role: req.body.role });
});`,
    },
    // no Vonage usage: an unrelated tokens service
    {
      code: `import { tokens } from './auth/tokens';
app.post('/login', (req, res) => {
  res.json({ token: tokens.generateToken({ role: req.body.role }) });
});`,
    },
    // an unrelated JWT helper in a file that uses opentok
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/login', (req, res) => {
  res.json({ token: jwt.generateToken(req.body.user, { role: req.body.role }) });
});`,
    },
    // no options, no role, undefined options
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  res.json({
    a: opentok.generateToken(req.body.sessionId),
    b: opentok.generateToken(req.body.sessionId, { expireTime: Math.floor(Date.now() / 1000) + 600, data: 'room' }),
    c: opentok.generateToken(req.body.sessionId, undefined),
  });
});`,
    },
    // the role set after the request options
    {
      code: `import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
app.post('/token', (req, res) => {
  res.json({ token: video.generateClientToken(req.body.sessionId, { ...req.body, role: 'subscriber' }) });
});`,
    },
    // a spread of unknown content after a server role: not decidable here
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId, { role: req.user.role, ...tokenDefaults() }) });
});`,
    },
    // options from an unknown source
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId, buildOptions(req.user)) });
});`,
    },
    // options validated by a schema library
    {
      code: `import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
const TokenRequest = z.object({ sessionId: z.string(), role: z.enum(['publisher', 'subscriber']) });
export async function POST(request: Request) {
  const { sessionId, role } = TokenRequest.parse(await request.json());
  return Response.json({ token: video.generateClientToken(sessionId, { role }) });
}`,
      parsers: ['typescript'],
    },
    // Firebase callable: role from the verified ID token
    {
      code: `const functions = require('firebase-functions');
const OpenTok = require('opentok');
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
exports.getToken = functions.https.onCall((data, context) => {
  return { token: opentok.generateToken(data.sessionId, { role: context.auth.token.role }) };
});`,
      languageOptions: commonjs,
    },
    // NestJS: role from @Req() user and from a custom decorator
    {
      code: `import { Controller, Post, Req, Body } from '@nestjs/common';
import OpenTok from 'opentok';
import { CurrentUser } from '../auth/current-user.decorator';

@Controller('video')
export class VideoController {
  private readonly opentok = new OpenTok(process.env.OPENTOK_API_KEY!, process.env.OPENTOK_API_SECRET!);

  @Post('token')
  createToken(@Req() req: AuthenticatedRequest, @CurrentUser() user: User, @Body() body: CreateTokenDto) {
    return { host: this.opentok.generateToken(body.sessionId, { role: req.user.role }), guest: this.opentok.generateToken(body.sessionId, { role: user.role }) };
  }
}`,
      parsers: ['typescript'],
    },
    // Hono: role set by the auth middleware; Koa: role in ctx.state
    {
      code: `import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
app.post('/token', async (c) => c.json({ token: video.generateClientToken(c.req.param('id'), { role: c.get('role') }) }));
router.post('/token', async (ctx) => {
  ctx.body = { token: video.generateClientToken(ctx.params.id, { role: ctx.state.user.role }) };
});`,
    },
    // options constants that spread each other (never loops)
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
const a = { ...b };
const b = { ...a };
app.post('/token', (req, res) => res.json({ token: opentok.generateToken(req.body.sessionId, a) }));`,
    },
    // detection: tracked ignores a service imported from elsewhere
    {
      code: `import { videoService } from '../services/video';
app.post('/token', async (req, res) => {
  res.json({ token: videoService.generateToken(req.body.sessionId, { role: req.body.role }) });
});`,
      settings: { 'vonage-video': { detection: 'tracked' } },
    },
  ],
  invalid: [
    // Options built step by step: each role written from request input is reported where it is written.
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  const options = {};
  options.role = req.body.role;
  Object.assign(options, { role: req.query.role });
  res.json({ token: opentok.generateToken(req.body.sessionId, options) });
});`,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'req.body.role' },
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 31,
          suggestions: [{ messageId: 'useSubscriber', output: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  const options = {};
  options.role = 'subscriber';
  Object.assign(options, { role: req.query.role });
  res.json({ token: opentok.generateToken(req.body.sessionId, options) });
});` }],
        },
        {
          messageId: 'roleFromRequest',
          data: { source: 'req.query.role' },
          line: 6,
          column: 34,
          endLine: 6,
          endColumn: 48,
          suggestions: [{ messageId: 'useSubscriber', output: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  const options = {};
  options.role = req.body.role;
  Object.assign(options, { role: 'subscriber' });
  res.json({ token: opentok.generateToken(req.body.sessionId, options) });
});` }],
        },
      ],
    },
    // Express: role destructured from the body, shorthand property
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  const { sessionId, role } = req.body;
  const token = opentok.generateToken(sessionId, { role });
  res.json({ token });
});`,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'req.body.role' },
          line: 5,
          column: 52,
          endLine: 5,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  const { sessionId, role } = req.body;
  const token = opentok.generateToken(sessionId, { role: 'subscriber' });
  res.json({ token });
});`,
            },
          ],
        },
      ],
    },
    // Express Router (CommonJS): a default does not make it safe
    {
      code: `const OpenTok = require('opentok');
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
const router = require('express').Router();
router.post('/token', (req, res) => {
  const token = opentok.generateToken(req.body.sessionId, {
    role: req.body.role || 'publisher',
    expireTime: Math.floor(Date.now() / 1000) + 3600,
  });
  res.json({ token });
});
module.exports = router;`,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'req.body.role' },
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `const OpenTok = require('opentok');
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
const router = require('express').Router();
router.post('/token', (req, res) => {
  const token = opentok.generateToken(req.body.sessionId, {
    role: 'subscriber',
    expireTime: Math.floor(Date.now() / 1000) + 3600,
  });
  res.json({ token });
});
module.exports = router;`,
            },
          ],
        },
      ],
    },
    // Express + @vonage/video: destructuring default from the query string
    {
      code: `import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
app.get('/rooms/:sessionId/token', (req, res) => {
  const { role = 'publisher' } = req.query;
  res.json({ token: video.generateClientToken(req.params.sessionId, { role }) });
});`,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'req.query.role' },
          line: 5,
          column: 71,
          endLine: 5,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
app.get('/rooms/:sessionId/token', (req, res) => {
  const { role = 'publisher' } = req.query;
  res.json({ token: video.generateClientToken(req.params.sessionId, { role: 'subscriber' }) });
});`,
            },
          ],
        },
      ],
    },
    // Express: route parameter
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.get('/token/:sessionId/:role', (req, res) => {
  res.send(opentok.generateToken(req.params.sessionId, { role: req.params.role }));
});`,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'req.params.role' },
          line: 4,
          column: 64,
          endLine: 4,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.get('/token/:sessionId/:role', (req, res) => {
  res.send(opentok.generateToken(req.params.sessionId, { role: 'subscriber' }));
});`,
            },
          ],
        },
      ],
    },
    // Express: header
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.get('/token', (req, res) => {
  res.send(opentok.generateToken(sessionId, { data: 'x', role: req.headers['x-video-role'] }));
});`,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'req.headers[…]' },
          line: 4,
          column: 64,
          endLine: 4,
          endColumn: 91,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.get('/token', (req, res) => {
  res.send(opentok.generateToken(sessionId, { data: 'x', role: 'subscriber' }));
});`,
            },
          ],
        },
      ],
    },
    // Koa: ctx.request.body
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
import Router from '@koa/router';
const router = new Router();
router.post('/token', async (ctx) => {
  ctx.body = { token: opentok.generateToken(ctx.request.body.sessionId, { role: ctx.request.body.role }) };
});`,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'ctx.request.body.role' },
          line: 6,
          column: 81,
          endLine: 6,
          endColumn: 102,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
import Router from '@koa/router';
const router = new Router();
router.post('/token', async (ctx) => {
  ctx.body = { token: opentok.generateToken(ctx.request.body.sessionId, { role: 'subscriber' }) };
});`,
            },
          ],
        },
      ],
    },
    // Koa: ctx.query through toLowerCase() and trim()
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
router.get('/token', async (ctx) => {
  const role = ctx.query.role.toLowerCase().trim();
  ctx.body = { token: opentok.generateToken(ctx.query.sessionId, { role: role }) };
});`,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'ctx.query.role' },
          line: 5,
          column: 74,
          endLine: 5,
          endColumn: 78,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
router.get('/token', async (ctx) => {
  const role = ctx.query.role.toLowerCase().trim();
  ctx.body = { token: opentok.generateToken(ctx.query.sessionId, { role: 'subscriber' }) };
});`,
            },
          ],
        },
      ],
    },
    // Fastify + @vonage/video (TypeScript)
    {
      code: `import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
fastify.post('/token', async (request: FastifyRequest<{ Body: TokenBody }>, reply) => {
  const { sessionId, role } = request.body as TokenBody;
  return { token: video.generateClientToken(sessionId, { role: role as TokenRole }) };
});`,
      parsers: ['typescript'],
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'request.body.role' },
          line: 5,
          column: 64,
          endLine: 5,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
fastify.post('/token', async (request: FastifyRequest<{ Body: TokenBody }>, reply) => {
  const { sessionId, role } = request.body as TokenBody;
  return { token: video.generateClientToken(sessionId, { role: 'subscriber' }) };
});`,
            },
          ],
        },
      ],
    },
    // Hono + @vonage/server-sdk: await c.req.json()
    {
      code: `const { Vonage } = require('@vonage/server-sdk');
const vonage = new Vonage({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
app.post('/token', async (c) => {
  const { sessionId, role } = await c.req.json();
  return c.json({ token: vonage.video.generateClientToken(sessionId, { role }) });
});`,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'c.req.json().role' },
          line: 5,
          column: 72,
          endLine: 5,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `const { Vonage } = require('@vonage/server-sdk');
const vonage = new Vonage({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
app.post('/token', async (c) => {
  const { sessionId, role } = await c.req.json();
  return c.json({ token: vonage.video.generateClientToken(sessionId, { role: 'subscriber' }) });
});`,
            },
          ],
        },
      ],
    },
    // Hono: c.req.query('role')
    {
      code: `import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
app.get('/token', (c) => c.json({ token: video.generateClientToken(c.req.query('session'), { role: c.req.query('role') }) }));`,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'c.req.query(\'role\')' },
          line: 3,
          column: 100,
          endLine: 3,
          endColumn: 119,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
app.get('/token', (c) => c.json({ token: video.generateClientToken(c.req.query('session'), { role: 'subscriber' }) }));`,
            },
          ],
        },
      ],
    },
    // Next.js pages API route (TypeScript)
    {
      code: `import type { NextApiRequest, NextApiResponse } from 'next';
import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const token = video.generateClientToken(req.query.sessionId as string, { role: req.query.role as string });
  res.status(200).json({ token });
}`,
      parsers: ['typescript'],
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'req.query.role' },
          line: 5,
          column: 82,
          endLine: 5,
          endColumn: 106,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import type { NextApiRequest, NextApiResponse } from 'next';
import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const token = video.generateClientToken(req.query.sessionId as string, { role: 'subscriber' });
  res.status(200).json({ token });
}`,
            },
          ],
        },
      ],
    },
    // Next.js app router route.ts: await request.json()
    {
      code: `import { NextRequest, NextResponse } from 'next/server';
import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
export async function POST(request: NextRequest) {
  const { sessionId, role } = await request.json();
  return NextResponse.json({ token: video.generateClientToken(sessionId, { role }) });
}`,
      parsers: ['typescript'],
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'request.json().role' },
          line: 6,
          column: 76,
          endLine: 6,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import { NextRequest, NextResponse } from 'next/server';
import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
export async function POST(request: NextRequest) {
  const { sessionId, role } = await request.json();
  return NextResponse.json({ token: video.generateClientToken(sessionId, { role: 'subscriber' }) });
}`,
            },
          ],
        },
      ],
    },
    // Next.js app router: nextUrl.searchParams with a ?? default
    {
      code: `import { NextRequest, NextResponse } from 'next/server';
import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
export async function GET(request: NextRequest) {
  const role = request.nextUrl.searchParams.get('role') ?? 'subscriber';
  return NextResponse.json({ token: video.generateClientToken(sessionId, { role }) });
}`,
      parsers: ['typescript'],
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'request.nextUrl.searchParams.get(\'role\')' },
          line: 6,
          column: 76,
          endLine: 6,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import { NextRequest, NextResponse } from 'next/server';
import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
export async function GET(request: NextRequest) {
  const role = request.nextUrl.searchParams.get('role') ?? 'subscriber';
  return NextResponse.json({ token: video.generateClientToken(sessionId, { role: 'subscriber' }) });
}`,
            },
          ],
        },
      ],
    },
    // Web Request: new URL(request.url).searchParams and a template literal
    {
      code: `import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
export async function GET(request) {
  const { searchParams } = new URL(request.url);
  return Response.json({ token: video.generateClientToken(sessionId, { role: \`\${searchParams.get('role')}\` }) });
}`,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'new URL(request.url).searchParams.get(\'role\')' },
          line: 5,
          column: 78,
          endLine: 5,
          endColumn: 107,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
export async function GET(request) {
  const { searchParams } = new URL(request.url);
  return Response.json({ token: video.generateClientToken(sessionId, { role: 'subscriber' }) });
}`,
            },
          ],
        },
      ],
    },
    // Web Request: formData() and String()
    {
      code: `import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
export async function POST(request) {
  const form = await request.formData();
  return Response.json({ token: video.generateClientToken(String(form.get('sessionId')), { role: String(form.get('role')) }) });
}`,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'request.formData().get(\'role\')' },
          line: 5,
          column: 98,
          endLine: 5,
          endColumn: 122,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
export async function POST(request) {
  const form = await request.formData();
  return Response.json({ token: video.generateClientToken(String(form.get('sessionId')), { role: 'subscriber' }) });
}`,
            },
          ],
        },
      ],
    },
    // AWS Lambda: JSON.parse(event.body)
    {
      code: `const OpenTok = require('opentok');
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
exports.handler = async (event) => {
  const body = JSON.parse(event.body);
  const token = opentok.generateToken(body.sessionId, { role: body.role });
  return { statusCode: 200, body: JSON.stringify({ token }) };
};`,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'JSON.parse(event.body).role' },
          line: 5,
          column: 63,
          endLine: 5,
          endColumn: 72,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `const OpenTok = require('opentok');
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
exports.handler = async (event) => {
  const body = JSON.parse(event.body);
  const token = opentok.generateToken(body.sessionId, { role: 'subscriber' });
  return { statusCode: 200, body: JSON.stringify({ token }) };
};`,
            },
          ],
        },
      ],
    },
    // AWS Lambda: queryStringParameters
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
export const handler = async (event) => ({
  statusCode: 200,
  body: JSON.stringify({ token: opentok.generateToken(event.queryStringParameters.sessionId, { role: event.queryStringParameters.role }) }),
});`,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'event.queryStringParameters.role' },
          line: 5,
          column: 102,
          endLine: 5,
          endColumn: 134,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
export const handler = async (event) => ({
  statusCode: 200,
  body: JSON.stringify({ token: opentok.generateToken(event.queryStringParameters.sessionId, { role: 'subscriber' }) }),
});`,
            },
          ],
        },
      ],
    },
    // Netlify function (v1): params.role.toLowerCase()
    {
      code: `const OpenTok = require('opentok');
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
exports.handler = async function (event, context) {
  const params = event.queryStringParameters;
  const token = opentok.generateToken(params.sessionId, { role: params.role.toLowerCase() });
  return { statusCode: 200, body: JSON.stringify({ token }) };
};`,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'event.queryStringParameters.role' },
          line: 5,
          column: 65,
          endLine: 5,
          endColumn: 90,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `const OpenTok = require('opentok');
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
exports.handler = async function (event, context) {
  const params = event.queryStringParameters;
  const token = opentok.generateToken(params.sessionId, { role: 'subscriber' });
  return { statusCode: 200, body: JSON.stringify({ token }) };
};`,
            },
          ],
        },
      ],
    },
    // Netlify function (v2, TypeScript): await req.json()
    {
      code: `import type { Context } from '@netlify/functions';
import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
export default async (req: Request, context: Context) => {
  const { sessionId, role } = await req.json();
  return Response.json({ token: video.generateClientToken(sessionId, { role }) });
};`,
      parsers: ['typescript'],
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'req.json().role' },
          line: 6,
          column: 72,
          endLine: 6,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import type { Context } from '@netlify/functions';
import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
export default async (req: Request, context: Context) => {
  const { sessionId, role } = await req.json();
  return Response.json({ token: video.generateClientToken(sessionId, { role: 'subscriber' }) });
};`,
            },
          ],
        },
      ],
    },
    // Firebase callable (v1): (data, context)
    {
      code: `const functions = require('firebase-functions');
const OpenTok = require('opentok');
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
exports.getToken = functions.https.onCall((data, context) => {
  return { token: opentok.generateToken(data.sessionId, { role: data.role }) };
});`,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'data.role' },
          line: 5,
          column: 65,
          endLine: 5,
          endColumn: 74,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `const functions = require('firebase-functions');
const OpenTok = require('opentok');
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
exports.getToken = functions.https.onCall((data, context) => {
  return { token: opentok.generateToken(data.sessionId, { role: 'subscriber' }) };
});`,
            },
          ],
        },
      ],
    },
    // Firebase callable (v2): request.data
    {
      code: `import { onCall } from 'firebase-functions/v2/https';
import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
export const getToken = onCall(async (request) => {
  const { sessionId, role } = request.data;
  return { token: video.generateClientToken(sessionId, { role }) };
});`,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'request.data.role' },
          line: 6,
          column: 58,
          endLine: 6,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import { onCall } from 'firebase-functions/v2/https';
import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
export const getToken = onCall(async (request) => {
  const { sessionId, role } = request.data;
  return { token: video.generateClientToken(sessionId, { role: 'subscriber' }) };
});`,
            },
          ],
        },
      ],
    },
    // Firebase onRequest
    {
      code: `import { onRequest } from 'firebase-functions/v2/https';
import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
export const token = onRequest((req, res) => {
  res.json({ token: opentok.generateToken(req.query.sessionId, { role: req.query.role }) });
});`,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'req.query.role' },
          line: 5,
          column: 72,
          endLine: 5,
          endColumn: 86,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import { onRequest } from 'firebase-functions/v2/https';
import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
export const token = onRequest((req, res) => {
  res.json({ token: opentok.generateToken(req.query.sessionId, { role: 'subscriber' }) });
});`,
            },
          ],
        },
      ],
    },
    // NestJS: @Body() body, opentok injected in the constructor
    {
      code: `import { Body, Controller, Post } from '@nestjs/common';
import OpenTok from 'opentok';

@Controller('video')
export class VideoController {
  constructor(private readonly opentok: OpenTok) {}

  @Post('token')
  createToken(@Body() body: CreateTokenDto) {
    return { token: this.opentok.generateToken(body.sessionId, { role: body.role }) };
  }
}`,
      parsers: ['typescript'],
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: '@Body() body.role' },
          line: 10,
          column: 72,
          endLine: 10,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import { Body, Controller, Post } from '@nestjs/common';
import OpenTok from 'opentok';

@Controller('video')
export class VideoController {
  constructor(private readonly opentok: OpenTok) {}

  @Post('token')
  createToken(@Body() body: CreateTokenDto) {
    return { token: this.opentok.generateToken(body.sessionId, { role: 'subscriber' }) };
  }
}`,
            },
          ],
        },
      ],
    },
    // NestJS: @Query('role') role, @vonage/video in a class field
    {
      code: `import { Controller, Get, Param, Query } from '@nestjs/common';
import { Video } from '@vonage/video';

@Controller('sessions')
export class TokenController {
  private readonly video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID!, privateKey: process.env.VONAGE_PRIVATE_KEY! });

  @Get(':id/token')
  token(@Param('id') id: string, @Query('role') role: string) {
    return { token: this.video.generateClientToken(id, { role }) };
  }
}`,
      parsers: ['typescript'],
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: '@Query(\'role\') role' },
          line: 10,
          column: 58,
          endLine: 10,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import { Controller, Get, Param, Query } from '@nestjs/common';
import { Video } from '@vonage/video';

@Controller('sessions')
export class TokenController {
  private readonly video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID!, privateKey: process.env.VONAGE_PRIVATE_KEY! });

  @Get(':id/token')
  token(@Param('id') id: string, @Query('role') role: string) {
    return { token: this.video.generateClientToken(id, { role: 'subscriber' }) };
  }
}`,
            },
          ],
        },
      ],
    },
    // opentok: the session handed to createSession’s callback
    {
      code: `const OpenTok = require('opentok');
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/rooms', (req, res) => {
  opentok.createSession({ mediaMode: 'routed' }, (error, session) => {
    if (error) return res.status(500).end();
    res.json({ sessionId: session.sessionId, token: session.generateToken({ role: req.body.role }) });
  });
});`,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'req.body.role' },
          line: 6,
          column: 83,
          endLine: 6,
          endColumn: 96,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `const OpenTok = require('opentok');
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/rooms', (req, res) => {
  opentok.createSession({ mediaMode: 'routed' }, (error, session) => {
    if (error) return res.status(500).end();
    res.json({ sessionId: session.sessionId, token: session.generateToken({ role: 'subscriber' }) });
  });
});`,
            },
          ],
        },
      ],
    },
    // By name: a service imported from another module
    {
      code: `import { videoService } from '../services/video';
app.post('/token', async (req, res) => {
  res.json({ token: videoService.generateToken(req.body.sessionId, { role: req.body.role }) });
});`,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'req.body.role' },
          line: 3,
          column: 76,
          endLine: 3,
          endColumn: 89,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import { videoService } from '../services/video';
app.post('/token', async (req, res) => {
  res.json({ token: videoService.generateToken(req.body.sessionId, { role: 'subscriber' }) });
});`,
            },
          ],
        },
      ],
    },
    // By name: generateClientToken on an injected client (NestJS, destructured @Body())
    {
      code: `import { Body, Controller, Post } from '@nestjs/common';
import { VideoClient } from './video-client';

@Controller('token')
export class TokenController {
  constructor(private readonly client: VideoClient) {}

  @Post()
  create(@Body() { sessionId, role }: CreateTokenDto) {
    return { token: this.client.generateClientToken(sessionId, { role }) };
  }
}`,
      parsers: ['typescript'],
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: '@Body().role' },
          line: 10,
          column: 66,
          endLine: 10,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import { Body, Controller, Post } from '@nestjs/common';
import { VideoClient } from './video-client';

@Controller('token')
export class TokenController {
  constructor(private readonly client: VideoClient) {}

  @Post()
  create(@Body() { sessionId, role }: CreateTokenDto) {
    return { token: this.client.generateClientToken(sessionId, { role: 'subscriber' }) };
  }
}`,
            },
          ],
        },
      ],
    },
    // The whole options object from the body
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId, req.body) });
});`,
      errors: [
        {
          messageId: 'optionsFromRequest',
          data: { source: 'req.body' },
          line: 4,
          column: 63,
          endLine: 4,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'setSubscriberRole',
              output: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId, { ...req.body, role: 'subscriber' }) });
});`,
            },
          ],
        },
      ],
    },
    // The options spread from the body
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId, { expireTime: Math.floor(Date.now() / 1000) + 3600, ...req.body.options }) });
});`,
      errors: [
        {
          messageId: 'optionsFromRequest',
          data: { source: 'req.body.options' },
          line: 4,
          column: 118,
          endLine: 4,
          endColumn: 134,
          suggestions: [
            {
              messageId: 'setSubscriberRole',
              output: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId, { expireTime: Math.floor(Date.now() / 1000) + 3600, ...req.body.options, role: 'subscriber' }) });
});`,
            },
          ],
        },
      ],
    },
    // A spread after the role overrides it (trailing comma)
    {
      code: `import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
app.post('/token', (req, res) => {
  const token = video.generateClientToken(req.body.sessionId, {
    role: 'subscriber',
    ...req.body,
  });
  res.json({ token });
});`,
      errors: [
        {
          messageId: 'optionsFromRequest',
          data: { source: 'req.body' },
          line: 6,
          column: 8,
          endLine: 6,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'setSubscriberRole',
              output: `import { Video } from '@vonage/video';
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
app.post('/token', (req, res) => {
  const token = video.generateClientToken(req.body.sessionId, {
    role: 'subscriber',
    ...req.body, role: 'subscriber',
  });
  res.json({ token });
});`,
            },
          ],
        },
      ],
    },
    // Options in a variable taken from the request
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  const options = req.body.tokenOptions;
  res.json({ token: opentok.generateToken(req.body.sessionId, options) });
});`,
      errors: [
        {
          messageId: 'optionsFromRequest',
          data: { source: 'req.body.tokenOptions' },
          line: 5,
          column: 63,
          endLine: 5,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'setSubscriberRole',
              output: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  const options = req.body.tokenOptions;
  res.json({ token: opentok.generateToken(req.body.sessionId, { ...options, role: 'subscriber' }) });
});`,
            },
          ],
        },
      ],
    },
    // Options object copied with Object.assign
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId, Object.assign({}, req.body)) });
});`,
      errors: [
        {
          messageId: 'optionsFromRequest',
          data: { source: 'Object.assign(req.body)' },
          line: 4,
          column: 63,
          endLine: 4,
          endColumn: 90,
          suggestions: [
            {
              messageId: 'setSubscriberRole',
              output: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId, { ...Object.assign({}, req.body), role: 'subscriber' }) });
});`,
            },
          ],
        },
      ],
    },
    // Options in a sequence expression
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId, (audit(req), req.body)) });
});`,
      errors: [
        {
          messageId: 'optionsFromRequest',
          data: { source: 'req.body' },
          line: 4,
          column: 64,
          endLine: 4,
          endColumn: 84,
          suggestions: [
            {
              messageId: 'setSubscriberRole',
              output: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId, ({ ...(audit(req), req.body), role: 'subscriber' })) });
});`,
            },
          ],
        },
      ],
    },
    // An options constant used by two calls: reported once, where the role is written
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  const options = { role: req.body.role, expireTime: Math.floor(Date.now() / 1000) + 600 };
  res.json({ first: opentok.generateToken(req.body.a, options), second: opentok.generateToken(req.body.b, options) });
});`,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'req.body.role' },
          line: 4,
          column: 27,
          endLine: 4,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  const options = { role: 'subscriber', expireTime: Math.floor(Date.now() / 1000) + 600 };
  res.json({ first: opentok.generateToken(req.body.a, options), second: opentok.generateToken(req.body.b, options) });
});`,
            },
          ],
        },
      ],
    },
    // The role inside a spread constant, and a constant spread with no role before it
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
const DEFAULTS = { data: 'app' };
app.post('/token', (req, res) => {
  const base = { role: req.query.role };
  res.json({ token: opentok.generateToken(req.body.sessionId, { ...base, ...DEFAULTS }) });
});`,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'req.query.role' },
          line: 5,
          column: 24,
          endLine: 5,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
const DEFAULTS = { data: 'app' };
app.post('/token', (req, res) => {
  const base = { role: 'subscriber' };
  res.json({ token: opentok.generateToken(req.body.sessionId, { ...base, ...DEFAULTS }) });
});`,
            },
          ],
        },
      ],
    },
    // A check whose list includes moderator
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
const ROLES = ['subscriber', 'publisher', 'moderator'];
app.post('/token', (req, res) => {
  const { role } = req.body;
  if (!ROLES.includes(role)) return res.status(400).json({ error: 'invalid role' });
  res.json({ token: opentok.generateToken(req.body.sessionId, { role }) });
});`,
      errors: [
        {
          messageId: 'roleAllowsModerator',
          data: { source: 'req.body.role' },
          line: 7,
          column: 65,
          endLine: 7,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
const ROLES = ['subscriber', 'publisher', 'moderator'];
app.post('/token', (req, res) => {
  const { role } = req.body;
  if (!ROLES.includes(role)) return res.status(400).json({ error: 'invalid role' });
  res.json({ token: opentok.generateToken(req.body.sessionId, { role: 'subscriber' }) });
});`,
            },
          ],
        },
      ],
    },
    // A comparison chain that lets Moderator (any case) through
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  const role = req.body.role;
  if (role !== 'publisher' && role !== 'Moderator ') return res.sendStatus(400);
  res.json({ token: opentok.generateToken(req.body.sessionId, { role }) });
});`,
      errors: [
        {
          messageId: 'roleAllowsModerator',
          data: { source: 'req.body.role' },
          line: 6,
          column: 65,
          endLine: 6,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  const role = req.body.role;
  if (role !== 'publisher' && role !== 'Moderator ') return res.sendStatus(400);
  res.json({ token: opentok.generateToken(req.body.sessionId, { role: 'subscriber' }) });
});`,
            },
          ],
        },
      ],
    },
    // A helper function whose caller passes the role from the request
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
function createToken(sessionId, role) {
  return opentok.generateToken(sessionId, { role, expireTime: Math.floor(Date.now() / 1000) + 3600 });
}
app.post('/token', (req, res) => {
  res.json({ token: createToken(req.body.sessionId, req.body.role) });
});`,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'req.body.role' },
          line: 4,
          column: 45,
          endLine: 4,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
function createToken(sessionId, role) {
  return opentok.generateToken(sessionId, { role: 'subscriber', expireTime: Math.floor(Date.now() / 1000) + 3600 });
}
app.post('/token', (req, res) => {
  res.json({ token: createToken(req.body.sessionId, req.body.role) });
});`,
            },
          ],
        },
      ],
    },
    // A let overwritten from the request
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.get('/token', (req, res) => {
  let role = 'subscriber';
  if (req.query.role) role = req.query.role;
  res.json({ token: opentok.generateToken(req.query.sessionId, { role }) });
});`,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'req.query.role' },
          line: 6,
          column: 66,
          endLine: 6,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.get('/token', (req, res) => {
  let role = 'subscriber';
  if (req.query.role) role = req.query.role;
  res.json({ token: opentok.generateToken(req.query.sessionId, { role: 'subscriber' }) });
});`,
            },
          ],
        },
      ],
    },
    // A ternary with the raw value in one branch
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId, { role: req.body.isHost ? req.body.role : 'subscriber' }) });
});`,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'req.body.role' },
          line: 4,
          column: 71,
          endLine: 4,
          endColumn: 117,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId, { role: 'subscriber' }) });
});`,
            },
          ],
        },
      ],
    },
    // An allow-list mapping with the raw value as fallback
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
const ROLE_BY_TYPE = { host: 'moderator', guest: 'subscriber' };
app.post('/token', (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId, { role: ROLE_BY_TYPE[req.body.type] ?? req.body.role }) });
});`,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'req.body.role' },
          line: 5,
          column: 71,
          endLine: 5,
          endColumn: 115,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
const ROLE_BY_TYPE = { host: 'moderator', guest: 'subscriber' };
app.post('/token', (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId, { role: 'subscriber' }) });
});`,
            },
          ],
        },
      ],
    },
    // A role property after a constant spread that does not set it
    {
      code: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
const DEFAULTS = { expireTime: Math.floor(Date.now() / 1000) + 600 };
app.post('/token', (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId, { 'role': req.cookies.role, ...DEFAULTS }) });
});`,
      errors: [
        {
          messageId: 'roleFromRequest',
          data: { source: 'req.cookies.role' },
          line: 5,
          column: 73,
          endLine: 5,
          endColumn: 89,
          suggestions: [
            {
              messageId: 'useSubscriber',
              output: `import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
const DEFAULTS = { expireTime: Math.floor(Date.now() / 1000) + 600 };
app.post('/token', (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId, { 'role': 'subscriber', ...DEFAULTS }) });
});`,
            },
          ],
        },
      ],
    },
  ],
});
