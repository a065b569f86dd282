import rule from '../../src/rules/no-shared-session';
import { at } from '../helpers/locate';
import { runRuleTester } from '../helpers/rule-tester';

const commonjs = { sourceType: 'commonjs' } as const;
const OPENTOK = `const OpenTok = require('opentok');\nconst opentok = new OpenTok(process.env.OT_KEY, process.env.OT_SECRET);\n`;
const VIDEO = `import { Video } from '@vonage/video';\nconst video = new Video({ applicationId: process.env.APP_ID, privateKey: './private.key' });\n`;
const SESSION_ID = '2_MX40NjAwMDAwMH5-VHVlIE5vdiAyNCAxMDowMDowMCBQU1QgMjAyNn5kZW1vRGVtb0RlbW9EZW1vRGVtb35NWDR-';

// The opentok-node "HelloWorld" sample shape: one session at start-up, shared through app.set().
const helloWorld = `${OPENTOK}const app = require('express')();
opentok.createSession({ mediaMode: 'routed' }, function (err, session) {
  if (err) throw err;
  app.set('sessionId', session.sessionId);
  app.listen(3000);
});
app.get('/', (req, res) => res.render('index', { token: opentok.generateToken(app.get('sessionId'), { role: 'publisher' }) }));
`;
const topLevelAwait = `${VIDEO}const { sessionId } = await video.createSession();
export async function GET() {
  return Response.json({ sessionId, token: video.generateClientToken(sessionId, { role: 'publisher' }) });
}
`;
const inListen = `${OPENTOK}const app = require('express')();
let sessionId;
app.listen(3000, () => {
  opentok.createSession({}, (err, session) => { sessionId = session.sessionId; });
});
`;
// A server (it exports its handler): `init()` runs once at start-up. The same code without the export is a script.
const initOnce = `${VIDEO}let roomSession;
async function init() {
  roomSession = await video.createSession({ mediaMode: MediaMode.ROUTED });
}
init();
export const handler = async () => ({ sessionId: roomSession.sessionId });
`;
const lazyCache = `${VIDEO}let cached = null;
export async function getRoom(req, res) {
  if (!cached) {
    const session = await video.createSession();
    cached = session.sessionId;
  }
  res.json({ sessionId: cached });
}
`;
const appLocals = `${OPENTOK}module.exports = (app) => {
  app.post('/start', (req, res) => {
    opentok.createSession({ mediaMode: 'routed' }, (err, session) => {
      state.current = session;
      res.end();
    });
  });
};
const state = {};
`;
const fixedKey = `${VIDEO}const cache = new Map();
export async function handler(event) {
  const session = await video.createSession();
  cache.set('session', session.sessionId);
  return { statusCode: 200 };
}
`;
const nestSingleton = `import { Injectable } from '@nestjs/common';
import { Video } from '@vonage/video';
@Injectable()
export class RoomsService {
  private sessionId?: string;
  constructor(private readonly video: Video) {}
  async join(): Promise<string> {
    if (!this.sessionId) {
      const session = await this.video.createSession();
      this.sessionId = session.sessionId;
    }
    return this.video.generateClientToken(this.sessionId, { role: 'publisher' });
  }
}
`;
const moduleInstance = `${OPENTOK}class Rooms {
  open(done) {
    opentok.createSession({}, (err, session) => {
      this.current = session.sessionId;
      done();
    });
  }
}
module.exports = new Rooms();
`;
const moduleToken = `${OPENTOK}const sessionId = require('./config').sessionId;
const token = opentok.generateToken(sessionId, { role: 'publisher' });
module.exports = (req, res) => res.json({ token });
`;
const cachedToken = `${VIDEO}let token;
export default function handler(req, res) {
  token = token || video.generateClientToken(req.query.sessionId);
  res.json({ token });
}
`;
const envSession = `${OPENTOK}module.exports = (req, res) => res.json({ token: opentok.generateToken(process.env.VONAGE_SESSION_ID, { role: 'subscriber' }) });\n`;
const viteSession = `${VIDEO}export const token = () => video.generateClientToken(import.meta.env.VITE_SESSION_ID);\n`;
const constantSession = `${VIDEO}const LOBBY = 'lobby-session';
export const token = () => video.generateClientToken(LOBBY, { role: 'subscriber' });
`;
const globalHolder = `${VIDEO}export async function handler() {
  const { sessionId } = await video.createSession();
  globalThis.videoSession = sessionId;
}
`;
const bracketEnv = `${VIDEO}export const token = () => video.generateClientToken(process.env['ROOM_SESSION']);\n`;
const byName = `import { rooms } from './opentok-client';
export async function POST() {
  return Response.json({ token: rooms.generateClientToken(process.env.SESSION, { role: 'publisher' }) });
}
`;

// A start-up session (a finding) whose start-up token only feeds a SIP dial-out leg (not a finding).
const sipGateway = `${OPENTOK}const app = require('express')();
opentok.createSession({ mediaMode: 'routed' }, (err, session) => {
  const gatewayToken = opentok.generateToken(session.sessionId, { role: 'publisher' });
  app.post('/dial', requireAuth, (req, res) => opentok.dial(session.sessionId, gatewayToken, 'sip:a@b.example;transport=tls', { secure: true }, () => res.end()));
});
app.listen(3000);
`;
// A start-up token that a route hands out.
const startupToken = `${OPENTOK}const app = require('express')();
const token = opentok.generateToken(process.env.SESSION_ID, { role: 'publisher' });
app.get('/token', (req, res) => res.json({ token }));
`;
// A token kept with app.set() and read back by a response.
const tokenToResponse = `${OPENTOK}const app = require('express')();
app.post('/host', requireAuth, (req, res) => {
  app.set('hostToken', opentok.generateToken(req.room.sessionId, { role: 'moderator' }));
  res.end();
});
app.get('/join', (req, res) => res.json({ token: app.get('hostToken') }));
`;

runRuleTester('no-shared-session', rule, {
  valid: [
    // Scripts (no server, no handler, nothing exported): they run once per invocation and print or write the result.
    { code: `${OPENTOK}opentok.createSession({ mediaMode: 'routed' }, (err, session) => {\n  console.log(session.sessionId, opentok.generateToken(session.sessionId));\n});`, languageOptions: commonjs },
    `${VIDEO}const session = await video.createSession();\nconst token = video.generateClientToken(session.sessionId);\nconsole.log(JSON.stringify({ sessionId: session.sessionId, token }));`,
    `${VIDEO}let roomSession;\nasync function init() {\n  roomSession = await video.createSession();\n  console.log(roomSession.sessionId);\n}\ninit();`,
    { code: `${OPENTOK}console.log(opentok.generateToken(process.env.SESSION_ID, { role: 'subscriber' }));`, languageOptions: commonjs },
    // A module-level \`let\` used as scratch by one per-call function.
    {
      code: `${OPENTOK}let lastId;\nexports.newRoom = () => new Promise(resolve => opentok.createSession({}, (err, s) => {\n  lastId = s.sessionId;\n  resolve({ id: lastId, token: opentok.generateToken(lastId) });\n}));`,
      languageOptions: commonjs,
    },
    `${VIDEO}let current;\nexport async function createMeeting() {\n  current = await video.createSession();\n  return { sessionId: current.sessionId };\n}`,
    // A token kept for a server-side job through app.set(), never read by a response.
    {
      code: `${OPENTOK}const app = require('express')();\napp.post('/recorder', requireAuth, (req, res) => {\n  app.set('recorderToken', opentok.generateToken(req.room.sessionId, { role: 'subscriber' }));\n  startRecorder(req.room.sessionId, app.get('recorderToken'));\n  res.status(202).end();\n});\napp.listen(3000);`,
      languageOptions: commonjs,
    },
    // Read back only by a log or a server-side call.
    {
      code: `${OPENTOK}const app = require('express')();\napp.post('/job', requireAuth, (req, res) => {\n  app.set('jobToken', opentok.generateToken(req.room.sessionId));\n  console.log('job token set', Boolean(app.get('jobToken')));\n  other.get('jobToken');\n  app.get('otherKey');\n  queue.push(app.get('jobToken'));\n  res.end();\n});\napp.listen(3000);`,
      languageOptions: commonjs,
    },
    // A start-up token used only for a SIP dial-out leg.
    {
      code: `${OPENTOK}const app = require('express')();\nconst gatewayToken = opentok.generateToken(gatewaySessionId(), { role: 'publisher' });\napp.post('/dial', requireAuth, (req, res) => opentok.dial(gatewaySessionId(), gatewayToken, 'sip:a@b.example;transport=tls', { secure: true }, () => res.end()));\napp.listen(3000);`,
      languageOptions: commonjs,
    },
    // A session per meeting, created in the handler and stored keyed by room.
    {
      code: `${OPENTOK}const rooms = {};
app.post('/rooms/:name', (req, res) => {
  opentok.createSession({ mediaMode: 'routed' }, (err, session) => {
    rooms[req.params.name] = session.sessionId;
    res.json({ sessionId: session.sessionId });
  });
});`,
      languageOptions: commonjs,
    },
    // Stored in a database and a map keyed by meeting.
    `${VIDEO}const sessions = new Map();
export async function createMeeting(meetingId) {
  const { sessionId } = await video.createSession({ mediaMode: MediaMode.ROUTED });
  sessions.set(meetingId, sessionId);
  await db.meetings.update({ id: meetingId, sessionId });
  return sessionId;
}`,
    // A token per request, for a session looked up per meeting.
    `${VIDEO}export async function GET(request) {
  const meeting = await db.meetings.find(new URL(request.url).searchParams.get('id'));
  return Response.json({ token: video.generateClientToken(meeting.sessionId, { role: 'publisher' }) });
}`,
    // A local variable inside the handler is per request.
    `${VIDEO}export async function handler() {
  let id;
  const session = await video.createSession();
  id = session.sessionId;
  return id;
}`,
    // A function exported for handlers elsewhere may run per request.
    `${VIDEO}export async function newRoom() { return (await video.createSession()).sessionId; }`,
    // A function defined at module level but never called here.
    `${VIDEO}async function newRoom() { return video.createSession(); }\nexport default { newRoom };`,
    // A function called from a handler runs per request.
    `${VIDEO}async function newRoom() { return video.createSession(); }\napp.post('/rooms', async (req, res) => res.json(await newRoom()));`,
    // A non-singleton class keeps per-instance state.
    `${VIDEO}export class Meeting {
  async open() { this.sessionId = (await video.createSession()).sessionId; }
}
app.post('/m', async (req, res) => { const meeting = new Meeting(); await meeting.open(); res.json(meeting); });`,
    // Session creation in a class field initialiser is not module scope.
    `${VIDEO}export class Factory { make = () => video.createSession(); }`,
    // .set with a dynamic key, and a set() with the session as the key.
    `${VIDEO}const byRoom = new Map();\nexport async function h(room) { const s = await video.createSession(); byRoom.set(room, s.sessionId); byRoom.set(s.sessionId, room); }`,
    // A session ID passed in by the caller or from a database.
    `${VIDEO}export const token = (meeting) => video.generateClientToken(meeting.sessionId);`,
    // A recognisable session ID literal is no-hardcoded-session-credentials' report.
    `${VIDEO}export const token = () => video.generateClientToken('${SESSION_ID}');`,
    // A path with a computed key is per key, and an env-like object that is not process.env is not configuration.
    `${VIDEO}const stores = {};\nexport async function h(kind) { const s = await video.createSession(); stores[kind].current = s.sessionId; }`,
    `${VIDEO}export const token = (config) => video.generateClientToken(config.env.SESSION);`,
    // Unrelated createSession / generateToken (no Vonage usage).
    `const session = store.createSession({ user });\nconst t = jwt.generateToken(user);`,
    `import express from 'express';\nconst s = authClient.createSession({ ttl: 60 });`,
  ],
  invalid: [
    ...[
      "app.get('/t', (req, res) => { return app.get('t'); });",
      "app.get('/t', (req, res) => { const t = app.get('t'); res.json({ t }); });",
      "app.get('/t', () => new Response(app.get('t')));",
      "app.get('/t', (req, res) => res.send(app.get('t')));",
    ].map(read => {
      const code = `${OPENTOK}const app = require('express')();\napp.post('/s', requireAuth, (req, res) => { app.set('t', opentok.generateToken(req.room.sessionId)); res.end(); });\n${read}\n`;
      return {
        code,
        languageOptions: commonjs,
        errors: [{ messageId: 'tokenStored' as const, ...at(code, 'generateToken'), data: { place: "`app.set('t')`" } }],
      };
    }),
    {
      // The start-up session is still a finding; its server-only token is not.
      code: sipGateway,
      languageOptions: commonjs,
      errors: [{ messageId: 'sessionCreatedOnce', ...at(sipGateway, 'createSession'), data: { when: 'at module scope' } }],
    },
    {
      code: startupToken,
      languageOptions: commonjs,
      errors: [{ messageId: 'tokenCreatedOnce', ...at(startupToken, 'generateToken'), data: { when: 'at module scope' } }],
    },
    {
      code: tokenToResponse,
      languageOptions: commonjs,
      errors: [{ messageId: 'tokenStored', ...at(tokenToResponse, 'generateToken'), data: { place: "`app.set('hostToken')`" } }],
    },
    {
      // opentok-node's sample: created at module scope (callback registers the session with app.set).
      code: helloWorld,
      languageOptions: commonjs,
      errors: [{ messageId: 'sessionCreatedOnce', ...at(helloWorld, 'createSession'), data: { when: 'at module scope' } }],
    },
    {
      // Top-level await with @vonage/video (ESM).
      code: topLevelAwait,
      errors: [{ messageId: 'sessionCreatedOnce', ...at(topLevelAwait, 'createSession'), data: { when: 'at module scope' } }],
    },
    {
      // Inside the app.listen() callback.
      code: inListen,
      languageOptions: commonjs,
      errors: [{ messageId: 'sessionCreatedOnce', ...at(inListen, 'createSession'), data: { when: 'when the server starts' } }],
    },
    {
      // In init(), called once at module level.
      code: initOnce,
      errors: [{ messageId: 'sessionCreatedOnce', ...at(initOnce, 'createSession'), data: { when: 'in `init()`, which runs once at start-up' } }],
    },
    {
      // Lazily created in a handler, cached in a module variable.
      code: lazyCache,
      errors: [{ messageId: 'sessionStored', ...at(lazyCache, 'createSession'), data: { place: '`cached`' } }],
    },
    {
      // Stored on a module-level object.
      code: appLocals,
      languageOptions: commonjs,
      errors: [{ messageId: 'sessionStored', ...at(appLocals, 'createSession'), data: { place: '`state.current`' } }],
    },
    {
      // Stored under one fixed key of a module-level map (serverless handler).
      code: fixedKey,
      errors: [{ messageId: 'sessionStored', ...at(fixedKey, 'createSession'), data: { place: "`cache.set('session')`" } }],
    },
    {
      // A field of a NestJS singleton service.
      code: nestSingleton,
      parsers: ['typescript'],
      errors: [{ messageId: 'sessionStored', ...at(nestSingleton, 'createSession'), data: { place: '`this.sessionId` of the singleton `RoomsService`' } }],
    },
    {
      // A field of a class instantiated once at module level.
      code: moduleInstance,
      languageOptions: commonjs,
      errors: [{ messageId: 'sessionStored', ...at(moduleInstance, 'createSession'), data: { place: '`this.current` of the singleton `Rooms`' } }],
    },
    {
      // A token generated at module scope and handed to everyone.
      code: moduleToken,
      languageOptions: commonjs,
      errors: [{ messageId: 'tokenCreatedOnce', ...at(moduleToken, 'generateToken'), data: { when: 'at module scope' } }],
    },
    {
      // A token cached in a module variable.
      code: cachedToken,
      errors: [{ messageId: 'tokenStored', ...at(cachedToken, 'generateClientToken'), data: { place: '`token`' } }],
    },
    {
      // A fixed session ID from the environment.
      code: envSession,
      languageOptions: commonjs,
      errors: [{ messageId: 'fixedSessionId', ...at(envSession, 'process.env.VONAGE_SESSION_ID'), data: { source: '`process.env.VONAGE_SESSION_ID`' } }],
    },
    {
      // Vite's import.meta.env.
      code: viteSession,
      errors: [{ messageId: 'fixedSessionId', ...at(viteSession, 'import.meta.env.VITE_SESSION_ID'), data: { source: '`import.meta.env.VITE_SESSION_ID`' } }],
    },
    {
      // A constant that no-hardcoded-session-credentials does not recognise as a session ID.
      code: constantSession,
      errors: [{ messageId: 'fixedSessionId', ...at(constantSession, 'LOBBY', 2), data: { source: 'a string in the code' } }],
    },
    {
      // A property of the global object.
      code: globalHolder,
      errors: [{ messageId: 'sessionStored', ...at(globalHolder, 'createSession'), data: { place: '`globalThis.videoSession`' } }],
    },
    {
      // process.env with a bracket key.
      code: bracketEnv,
      errors: [{ messageId: 'fixedSessionId', ...at(bracketEnv, "process.env['ROOM_SESSION']"), data: { source: '`process.env.ROOM_SESSION`' } }],
    },
    {
      // By name, on a client imported from the project's Vonage wrapper (Next.js route handler).
      code: byName,
      errors: [{ messageId: 'fixedSessionId', ...at(byName, 'process.env.SESSION'), data: { source: '`process.env.SESSION`' } }],
    },
  ],
});
