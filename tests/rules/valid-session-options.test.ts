import rule from '../../src/rules/valid-session-options';
import { at } from '../helpers/locate';
import { commonjs, runRuleTester } from '../helpers/rule-tester';

const OPENTOK = `const OpenTok = require('opentok');\nconst opentok = new OpenTok(process.env.OT_KEY, process.env.OT_SECRET);\n`;
const OPENTOK_ESM = `import OpenTok from 'opentok';\nconst opentok = new OpenTok(process.env.OT_KEY, process.env.OT_SECRET);\n`;
const OPENTOK_TS = `import OpenTok = require('opentok');\nconst opentok = new OpenTok(process.env.OT_KEY!, process.env.OT_SECRET!);\n`;
const VIDEO = `import { Video, MediaMode, ArchiveMode } from '@vonage/video';\nconst video = new Video({ applicationId: process.env.APP_ID, privateKey: process.env.PRIVATE_KEY });\n`;
const VIDEO_ONLY = `import { Video } from '@vonage/video';\nconst video = new Video({ applicationId: process.env.APP_ID, privateKey: process.env.PRIVATE_KEY });\n`;
const SERVER_SDK = `import { Vonage } from '@vonage/server-sdk';\nconst vonage = new Vonage({ applicationId: process.env.APP_ID, privateKey: process.env.PRIVATE_KEY });\n`;

const RELAYED_DEFAULT = 'relayed (the `opentok` default)';
const VONAGE_VALUES = "`MediaMode.ROUTED` ('disabled') or `MediaMode.RELAYED` ('enabled')";

// --- invalid cases' code -------------------------------------------------------------------------------------------
const upperRouted = `${OPENTOK}opentok.createSession({ mediaMode: 'ROUTED' }, (err, session) => done(err, session));\n`;
const mixedCase = `${OPENTOK_ESM}opentok.createSession({ mediaMode: "Relayed", archiveMode: \`ALWAYS\` }, callback);\n`;
const alwaysCase = `${OPENTOK}opentok.createSession({ mediaMode: 'routed', archiveMode: 'Always' }, callback);\n`;
const alwaysCaseE2ee = `${OPENTOK}opentok.createSession({ mediaMode: 'routed', archiveMode: 'Always', e2ee: true }, callback);\n`;
const misspelled = `${OPENTOK_TS}opentok.createSession({ mediaMode: 'routd' }, (err: Error, session: any) => done(session));\n`;
const unknownMode = `${OPENTOK}opentok.createSession({ mediaMode: 'p2p' }, callback);\n`;
const disabledInOpentok = `${OPENTOK}opentok.createSession({ mediaMode: 'disabled' }, callback);\n`;
const enumInOpentok = `import OpenTok from 'opentok';
import { MediaMode } from '@vonage/video';
const opentok = new OpenTok(process.env.OT_KEY, process.env.OT_SECRET);
export const open = (cb) => opentok.createSession({ mediaMode: MediaMode.ROUTED }, cb);
`;
const routedInVideo = `${VIDEO_ONLY}export const open = () => video.createSession({ mediaMode: 'routed' });\n`;
const relayedInServerSdk = `${SERVER_SDK}export const open = () => vonage.video.createSession({ mediaMode: 'relayed' });\n`;
const upperDisabled = `${VIDEO}export const open = () => video.createSession({ mediaMode: 'DISABLED' });\n`;
const alwayVideo = `${VIDEO}export const open = () => video.createSession({ mediaMode: MediaMode.ROUTED, archiveMode: 'alway' });\n`;
const unknownArchiveVideo = `const { Video } = require('@vonage/video');
const video = new Video({ applicationId: process.env.APP_ID, privateKey: process.env.PRIVATE_KEY });
module.exports = () => video.createSession({ archiveMode: 'auto' });
`;
const alwaysRelayedDefault = `${OPENTOK}opentok.createSession({ archiveMode: 'always' }, callback);\n`;
const alwaysRelayedVideo = `${VIDEO}export const open = () => video.createSession({ mediaMode: MediaMode.RELAYED, archiveMode: ArchiveMode.ALWAYS });\n`;
const e2eeAlways = `${OPENTOK}opentok.createSession({ mediaMode: 'routed', archiveMode: 'always', e2ee: true }, callback);\n`;
const e2eeRelayedDefault = `${OPENTOK}opentok.createSession({ e2ee: true }, callback);\n`;
const e2eeRelayedExplicit = `${OPENTOK_ESM}opentok.createSession({ mediaMode: 'relayed', e2ee: true }, callback);\n`;
const e2eeVideo = `${VIDEO}export const open = () => video.createSession({ mediaMode: MediaMode.ROUTED, e2ee: true });\n`;
const e2eeNextRoute = `${SERVER_SDK}export async function POST() {
  const { sessionId } = await vonage.video.createSession({ e2ee: process.env.E2EE === 'on' });
  await vonage.video.startArchive(sessionId);
  return Response.json({ sessionId });
}
`;
const locationEu = `${OPENTOK}opentok.createSession({
  mediaMode: 'routed',
  location: 'eu-west',
}, callback);
`;
const locationOnly = `${OPENTOK}opentok.createSession({ location: 'eu' }, callback);\n`;
const locationFirst = `${OPENTOK}opentok.createSession({ location: 'eu', mediaMode: 'routed' }, callback);\n`;
const locationConstant = `${OPENTOK}const REGION = 'us-east-1';\nopentok.createSession({ mediaMode: 'routed', location: REGION }, callback);\n`;
const archiveOnRelayed = `${OPENTOK}opentok.createSession((err, session) => {
  if (err) return console.error(err);
  opentok.startArchive(session.sessionId, { name: 'call' }, callback);
});
`;
const featuresOnRelayed = `${OPENTOK}opentok.createSession({ mediaMode: 'relayed' }, function (err, session) {
  const id = session.sessionId;
  opentok.startBroadcast(id, { outputs: { hls: {} } }, callback);
  opentok.dial(id, token, 'sip:agent@example.com;transport=tls', { secure: true }, callback);
  opentok.websocketConnect(id, token, 'wss://example.com/audio', {}, callback);
  opentok.startRender({ sessionId: id, token, url: 'https://example.com/composer' }, callback);
  opentok.startCaptions(id, token, {}, callback);
});
`;
const featuresOnE2ee = `${OPENTOK}opentok.createSession({ mediaMode: 'routed', e2ee: true }, (err, { sessionId }) => {
  opentok.startArchive(sessionId, callback);
  opentok.startCaptions(sessionId, token, {}, callback);
  opentok.forceDisconnect(sessionId, connectionId, callback);
});
`;
const videoFeatures = `${VIDEO}video.createSession({ mediaMode: MediaMode.RELAYED }).then((session) => video.initiateSIPCall(session.sessionId, { token, sip: { uri: 'sip:a@example.com' } }));
video.createSession({ mediaMode: MediaMode.RELAYED }).then(({ sessionId }) => video.connectToWebsocket(sessionId, token, { uri: 'wss://example.com' }));
export async function compose() {
  const session = await video.createSession({ mediaMode: MediaMode.RELAYED });
  return video.startExperienceComposerRender(session.sessionId, token, { url: 'https://example.com' });
}
export const record = async () => video.startArchive((await video.createSession({ mediaMode: MediaMode.RELAYED })).sessionId);
`;
const nestService = `import { Injectable } from '@nestjs/common';
import { Video, MediaMode } from '@vonage/video';

@Injectable()
export class RoomsService {
  constructor(private readonly video: Video) {}

  async openRecorded(): Promise<string> {
    const session = await this.video.createSession({ mediaMode: MediaMode.RELAYED });
    const { sessionId } = session;
    await this.video.startArchive(sessionId, { name: 'room' });
    return sessionId;
  }
}
`;
const byNameVideo = `import { video } from '@/lib/vonage';
export async function POST() {
  const session = await video.createSession({ mediaMode: 'DISABLED' });
  return Response.json({ sessionId: session.sessionId });
}
`;
const byNameOpentokCallback = `import { opentok } from './opentok-client';
export function handler(req, res) {
  opentok.createSession({ mediaMode: MediaMode.ROUTED }, (err, session) => res.json({ sessionId: session.sessionId }));
}
`;
const sharedOptions = `${OPENTOK}const SESSION_OPTIONS = { mediaMode: 'ROUTED', archiveMode: 'always' };\nopentok.createSession(SESSION_OPTIONS, callback);\n`;
const sharedAlways = `${OPENTOK}const SESSION_OPTIONS = { archiveMode: 'always' };\nopentok.createSession(SESSION_OPTIONS, callback);\n`;
const constantMode = `${OPENTOK}const MODE = 'ROUTED';\nopentok.createSession({ mediaMode: MODE }, callback);\n`;
const shorthandMode = `${OPENTOK}export function open(callback) {\n  const mediaMode = 'Routed';\n  opentok.createSession({ mediaMode }, callback);\n}\n`;
const namespaceEnum = `import * as VV from '@vonage/video';
const video = new VV.Video({ applicationId: process.env.APP_ID, privateKey: process.env.PRIVATE_KEY });
export const open = () => video.createSession({ mediaMode: 'relayed' });
`;

const tie = `${OPENTOK}opentok.createSession({ mediaMode: 'relted' }, callback);\n`;
const longValue = `${OPENTOK}opentok.createSession({ mediaMode: 'media-router-please-thanks' }, callback);\n`;
const globalEnum = `${OPENTOK}opentok.createSession({ mediaMode: MediaMode.RELAYED }, callback);\n`;
const requiredEnum = `const OpenTok = require('opentok');
const MediaMode = require('@vonage/video').MediaMode;
const opentok = new OpenTok(process.env.OT_KEY, process.env.OT_SECRET);
opentok.createSession({ mediaMode: MediaMode.RELAYED }, callback);
`;
const archiveValueServerSdk = `${SERVER_SDK}export const open = () => vonage.video.createSession({ archiveMode: 'alway' });\n`;
const destructuredMethod = `${OPENTOK}const { startArchive } = opentok;
opentok.createSession((err, session) => startArchive(session.sessionId, callback));
`;
const sharedOptionsFeature = `${OPENTOK}const OPTIONS = {};
opentok.createSession(OPTIONS, (err, session) => opentok.startArchive(session.sessionId, callback));
`;
const relayedVideoCase = `${VIDEO}video.createSession({ mediaMode: 'Relayed' });\n`;

runRuleTester('valid-session-options', rule, {
  valid: [
    // Options built step by step: archiving on a session whose mode is set after the declaration is not called relayed.
    { code: `const OpenTok = require('opentok');\nconst opentok = new OpenTok(k, s);\nconst options = { archiveMode: 'always' };\noptions.mediaMode = 'routed';\nopentok.createSession(options, callback);`, languageOptions: { sourceType: 'commonjs' } },
    // opentok: routed with automatic archiving, routed with e2ee, a callback alone, a valid IPv4 location.
    { code: `${OPENTOK}opentok.createSession({ mediaMode: 'routed', archiveMode: 'always' }, callback);`, languageOptions: commonjs },
    { code: `${OPENTOK}opentok.createSession({ mediaMode: 'routed', e2ee: true, archiveMode: 'manual' }, callback);`, languageOptions: commonjs },
    { code: `${OPENTOK}opentok.createSession((err, session) => callback(session.sessionId));`, languageOptions: commonjs },
    `${OPENTOK_ESM}opentok.createSession({ location: '10.1.200.30', mediaMode: "relayed" }, callback);`,
    // Values known only at run time.
    `${OPENTOK_ESM}opentok.createSession({ location: process.env.OT_LOCATION, mediaMode: req.body.mode, e2ee: flag }, callback);`,
    `${OPENTOK_ESM}opentok.createSession({ mediaMode: modeFor(room), archiveMode: 'always' }, callback);`,
    // A fallback is not the value: the environment may hold a valid one.
    `${OPENTOK_ESM}opentok.createSession({ mediaMode: process.env.MEDIA_MODE || 'ROUTED', location: process.env.OT_LOCATION ?? 'eu' }, callback);`,
    // Options the rule cannot see.
    `${OPENTOK_ESM}export const open = (options, cb) => opentok.createSession(options, cb);`,
    `${OPENTOK_ESM}opentok.createSession({ archiveMode: 'always', ...defaults }, callback);`,
    // @vonage/video: its enums, its raw values, e2ee: false, and location (not checked by this SDK).
    `${VIDEO}video.createSession({ mediaMode: MediaMode.ROUTED, archiveMode: ArchiveMode.ALWAYS, location: 'eu' });`,
    `${VIDEO_ONLY}video.createSession({ mediaMode: 'enabled', archiveMode: 'manual', e2ee: false });`,
    `import { Vonage } from '@vonage/server-sdk';\nimport { MediaMode as MM } from '@vonage/video';\nconst vonage = new Vonage(credentials);\nvonage.video.createSession({ mediaMode: MM.RELAYED });`,
    `import * as VV from '@vonage/video';\nconst video = new VV.Video(credentials);\nvideo.createSession({ mediaMode: VV.MediaMode.ROUTED });`,
    { code: `import VV = require('@vonage/video');\nconst video = new VV.Video(credentials);\nvideo.createSession({ mediaMode: VV.MediaMode.RELAYED });`, parsers: ['typescript'] },
    // An enum member the SDK does not have is left alone (TypeScript rejects it; its value is unknown here).
    `${VIDEO}video.createSession({ mediaMode: MediaMode.ROUTD });`,
    // opentok with the project's own constants that happen to share the enum's name.
    { code: `${OPENTOK}enum MediaMode { ROUTED = 'routed', RELAYED = 'relayed' }\nopentok.createSession({ mediaMode: MediaMode.ROUTED, archiveMode: 'always' }, callback);`, parsers: ['typescript'], languageOptions: commonjs },
    { code: `${OPENTOK}const Modes = { ROUTED: 'routed' };\nopentok.createSession({ mediaMode: Modes.ROUTED, archiveMode: 'always' }, callback);`, languageOptions: commonjs },
    `import OpenTok from 'opentok';\nimport { MediaMode } from './constants';\nconst opentok = new OpenTok(k, s);\nopentok.createSession({ mediaMode: MediaMode.ROUTED }, callback);`,
    // Features on a routed session, or on a session this file did not create.
    { code: `${OPENTOK}opentok.createSession({ mediaMode: 'routed' }, (err, session) => opentok.startArchive(session.sessionId, callback));`, languageOptions: commonjs },
    { code: `${OPENTOK}app.post('/archive/:sessionId', (req, res) => opentok.startArchive(req.params.sessionId, callback));`, languageOptions: commonjs },
    `${VIDEO}export async function record(session) { return video.startArchive(session.sessionId); }`,
    `${VIDEO}const session = await video.createSession({ mediaMode: MediaMode.ROUTED });\nawait video.startBroadcast(session.sessionId, { outputs: { hls: {} } });`,
    // A session ID assigned more than once: in doubt, not reported.
    { code: `${OPENTOK}let sid;\nopentok.createSession({}, (err, session) => { sid = session.sessionId; });\napp.post('/archive', () => opentok.startArchive(sid, callback));`, languageOptions: commonjs },
    // Moderation works in relayed sessions; Live Captions is not documented as needing decoding.
    { code: `${OPENTOK}opentok.createSession((err, session) => opentok.forceDisconnect(session.sessionId, connectionId, callback));`, languageOptions: commonjs },
    { code: `${OPENTOK}opentok.createSession({ mediaMode: 'routed', e2ee: true }, (err, s) => opentok.startCaptions(s.sessionId, token, {}, callback));`, languageOptions: commonjs },
    // @vonage/video's default is routed: archiving works.
    `${VIDEO}video.createSession().then(({ sessionId }) => video.startArchive(sessionId));`,
    // Not Vonage calls: another library's createSession, a project wrapper, a promisified opentok method.
    `import { createClient } from 'redis';\nconst db = createClient();\ndb.createSession({ mediaMode: 'ROUTED', location: 'eu' });`,
    `import OpenTok from 'opentok';\nexport const open = (sessions, user) => sessions.createSession({ userId: user.id, location: 'eu' });`,
    `import OpenTok from 'opentok';\nimport { promisify } from 'node:util';\nconst ot = new OpenTok(k, s);\nconst createSessionAsync = promisify(ot.createSession).bind(ot);\nawait createSessionAsync({ mediaMode: 'ROUTED' });`,
    // Enum-like expressions that are not @vonage/video's enum: unknown values, not reported.
    { code: `${OPENTOK}opentok.createSession({ mediaMode: modes().ROUTED }, callback);`, languageOptions: commonjs },
    { code: `${OPENTOK}opentok.createSession({ mediaMode: config.MediaMode.ROUTED }, callback);`, languageOptions: commonjs },
    { code: `${OPENTOK}opentok.createSession({ mediaMode: this.settings.MediaMode.ROUTED }, callback);`, languageOptions: commonjs },
    { code: `${OPENTOK_TS}import VV = require('./modes');\nopentok.createSession({ mediaMode: VV.MediaMode.ROUTED }, callback);`, parsers: ['typescript'] },
    // Other bindings of @vonage/video's enum: a string import name, a required module.
    { code: `import { Video, 'MediaMode' as MM } from '@vonage/video';\nconst video = new Video(credentials);\nvideo.createSession({ mediaMode: MM.ROUTED });`, parsers: ['espree'] },
    { code: `const VV = require('@vonage/video');\nconst video = new VV.Video(credentials);\nvideo.createSession({ mediaMode: VV.MediaMode.RELAYED });`, languageOptions: commonjs },
    // Session IDs that do not lead back to a session created in this file.
    ...[
      'opentok.startArchive(session.id, callback);',
      'opentok.startArchive(getSessionId(req), callback);',
      'let pending;\nopentok.startArchive(pending, callback);',
      'const { id } = room;\nopentok.startArchive(id, callback);',
      'export async function record(sessionId) { opentok.startArchive(sessionId, callback); }',
      'opentok.startArchive(session.sessionId, callback);',
      'const { session } = req.body;\nopentok.startArchive(session.sessionId, callback);',
      'export const record = ({ session }) => opentok.startArchive(session.sessionId, callback);',
      'export function record(room, session) { opentok.startArchive(session.sessionId, callback); }',
      'db.findSession(id, (err, session) => opentok.startArchive(session.sessionId, callback));',
      'rooms.forEach((session) => opentok.startArchive(session.sessionId, callback));',
      'sessionPromise.then((session) => opentok.startArchive(session.sessionId, callback));',
      'fetchSession().then((session) => opentok.startArchive(session.sessionId, callback));',
      'opentok.startRender({ token, url: "https://example.com" }, callback);',
      // Cycles end (the code would throw at run time, the rule must not loop).
      'const a = b, b = a;\nopentok.startArchive(a, callback);',
      'const s = t, t = s;\nopentok.startArchive(s.sessionId, callback);',
    ].map(code => ({ code: `${OPENTOK}${code}`, languageOptions: commonjs })),
    `${OPENTOK_ESM}import { sessionId } from './config';\nopentok.startArchive(sessionId, callback);`,
    `${OPENTOK_ESM}import { session } from './state';\nopentok.startArchive(session.sessionId, callback);`,
    `${VIDEO}export async function record(id) { return video.startArchive((await video.getArchive(id)).sessionId); }`,
    // A class's own createSession in a Vonage file, and a by-name call with a spread: not session creations.
    `${VIDEO}export class Rooms {\n  createSession() { return { mediaMode: 'ROUTED' }; }\n  open() { return this.createSession(); }\n}`,
    `import { video } from './vonage';\nexport const open = (opts) => video.createSession({ ...opts, mediaMode: 'ROUTED' });`,
    // A project wrapper whose SDK cannot be told: e2ee is not judged against @vonage/video.
    `import { roomService } from './vonage';\nexport const open = () => roomService.createSession({ e2ee: true });`,
    // A client matched by name and spelled the opentok way is judged as opentok (a promisified wrapper), not as @vonage/video.
    `import { video } from './vonage';\nexport const open = () => video.createSession({ mediaMode: 'routed', archiveMode: 'always' });`,
  ],
  invalid: [
    {
      // opentok, CommonJS: an upper-case valid value is autofixed (the author evidently meant routed).
      code: upperRouted,
      languageOptions: commonjs,
      output: upperRouted.replace("'ROUTED'", "'routed'"),
      errors: [
        {
          messageId: 'invalidValueReplaced',
          ...at(upperRouted, "'ROUTED'"),
          data: { option: 'mediaMode', written: "'ROUTED'", valid: "'routed' or 'relayed'", fallback: "'relayed'" },
          suggestions: [],
        },
      ],
    },
    {
      // ESM import: the case fix keeps double quotes; `ALWAYS` on a (mis-spelled) relayed session is only suggested.
      code: mixedCase,
      output: mixedCase.replace('"Relayed"', '"relayed"'),
      errors: [
        {
          messageId: 'invalidValueReplaced',
          ...at(mixedCase, '"Relayed"'),
          data: { option: 'mediaMode', written: "'Relayed'", valid: "'routed' or 'relayed'", fallback: "'relayed'" },
          suggestions: [],
        },
        {
          messageId: 'invalidValueReplaced',
          ...at(mixedCase, '`ALWAYS`'),
          data: { option: 'archiveMode', written: "'ALWAYS'", valid: "'manual' or 'always'", fallback: "'manual'" },
          suggestions: [
            { messageId: 'setArchiveMode', data: { text: "'always'", member: '' }, output: mixedCase.replace('`ALWAYS`', "'always'") },
            { messageId: 'setArchiveMode', data: { text: "'manual'", member: '' }, output: mixedCase.replace('`ALWAYS`', "'manual'") },
          ],
        },
      ],
    },
    {
      // 'Always' on a routed session: autofixed.
      code: alwaysCase,
      languageOptions: commonjs,
      output: alwaysCase.replace("'Always'", "'always'"),
      errors: [
        {
          messageId: 'invalidValueReplaced',
          ...at(alwaysCase, "'Always'"),
          data: { option: 'archiveMode', written: "'Always'", valid: "'manual' or 'always'", fallback: "'manual'" },
          suggestions: [],
        },
      ],
    },
    {
      // 'Always' on an encrypted session: 'always' would make creation fail, so it is only suggested, next to 'manual'.
      code: alwaysCaseE2ee,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'invalidValueReplaced',
          ...at(alwaysCaseE2ee, "'Always'"),
          data: { option: 'archiveMode', written: "'Always'", valid: "'manual' or 'always'", fallback: "'manual'" },
          suggestions: [
            { messageId: 'setArchiveMode', data: { text: "'always'", member: '' }, output: alwaysCaseE2ee.replace("'Always'", "'always'") },
            { messageId: 'setArchiveMode', data: { text: "'manual'", member: '' }, output: alwaysCaseE2ee.replace("'Always'", "'manual'") },
          ],
        },
      ],
    },
    {
      // import = require (TypeScript): a misspelling gets the value it means, then the one the session gets today.
      code: misspelled,
      parsers: ['typescript'],
      errors: [
        {
          messageId: 'invalidValueReplaced',
          ...at(misspelled, "'routd'"),
          data: { option: 'mediaMode', written: "'routd'", valid: "'routed' or 'relayed'", fallback: "'relayed'" },
          suggestions: [
            { messageId: 'setMediaMode', data: { text: "'routed'", member: '' }, output: misspelled.replace("'routd'", "'routed'") },
            { messageId: 'setMediaMode', data: { text: "'relayed'", member: '' }, output: misspelled.replace("'routd'", "'relayed'") },
          ],
        },
      ],
    },
    {
      // A value that means nothing: both modes are offered.
      code: unknownMode,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'invalidValueReplaced',
          ...at(unknownMode, "'p2p'"),
          data: { option: 'mediaMode', written: "'p2p'", valid: "'routed' or 'relayed'", fallback: "'relayed'" },
          suggestions: [
            { messageId: 'setMediaMode', data: { text: "'routed'", member: '' }, output: unknownMode.replace("'p2p'", "'routed'") },
            { messageId: 'setMediaMode', data: { text: "'relayed'", member: '' }, output: unknownMode.replace("'p2p'", "'relayed'") },
          ],
        },
      ],
    },
    {
      // @vonage/video's raw value given to opentok: silently relayed.
      code: disabledInOpentok,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'vonageMediaModeInOpentok',
          ...at(disabledInOpentok, "'disabled'"),
          data: { written: "'disabled'", mode: 'routed', member: 'MediaMode.ROUTED' },
          suggestions: [
            { messageId: 'setMediaMode', data: { text: "'routed'", member: '' }, output: disabledInOpentok.replace("'disabled'", "'routed'") },
            { messageId: 'setMediaMode', data: { text: "'relayed'", member: '' }, output: disabledInOpentok.replace("'disabled'", "'relayed'") },
          ],
        },
      ],
    },
    {
      // @vonage/video's enum given to opentok (a file being ported between the SDKs).
      code: enumInOpentok,
      errors: [
        {
          messageId: 'vonageMediaModeInOpentok',
          ...at(enumInOpentok, 'MediaMode.ROUTED'),
          data: { written: 'MediaMode.ROUTED', mode: 'routed', member: 'MediaMode.ROUTED' },
          suggestions: [
            { messageId: 'setMediaMode', data: { text: "'routed'", member: '' }, output: enumInOpentok.replace('MediaMode.ROUTED }', "'routed' }") },
            { messageId: 'setMediaMode', data: { text: "'relayed'", member: '' }, output: enumInOpentok.replace('MediaMode.ROUTED }', "'relayed' }") },
          ],
        },
      ],
    },
    {
      // opentok's spelling given to @vonage/video: the suggestion writes the enum and adds it to the existing import.
      code: routedInVideo,
      errors: [
        {
          messageId: 'opentokMediaModeInVonageVideo',
          ...at(routedInVideo, "'routed'"),
          data: { written: "'routed'", mode: 'routed', member: 'MediaMode.ROUTED' },
          suggestions: [
            {
              messageId: 'setMediaMode',
              data: { text: 'MediaMode.ROUTED', member: '' },
              output: routedInVideo.replace('{ Video }', '{ Video, MediaMode }').replace("'routed'", 'MediaMode.ROUTED'),
            },
          ],
        },
      ],
    },
    {
      // vonage.video with no @vonage/video import: the raw value, saying which enum member it is.
      code: relayedInServerSdk,
      errors: [
        {
          messageId: 'opentokMediaModeInVonageVideo',
          ...at(relayedInServerSdk, "'relayed'"),
          data: { written: "'relayed'", mode: 'relayed', member: 'MediaMode.RELAYED' },
          suggestions: [
            { messageId: 'setMediaModeValue', data: { text: "'enabled'", member: 'MediaMode.RELAYED' }, output: relayedInServerSdk.replace("'relayed'", "'enabled'") },
          ],
        },
      ],
    },
    {
      // A namespace import: the enum is reached through it.
      code: namespaceEnum,
      errors: [
        {
          messageId: 'opentokMediaModeInVonageVideo',
          ...at(namespaceEnum, "'relayed'"),
          data: { written: "'relayed'", mode: 'relayed', member: 'MediaMode.RELAYED' },
          suggestions: [{ messageId: 'setMediaMode', data: { text: 'VV.MediaMode.RELAYED', member: '' }, output: namespaceEnum.replace("'relayed'", 'VV.MediaMode.RELAYED') }],
        },
      ],
    },
    {
      // @vonage/video's own raw value in the wrong case: autofixed.
      code: upperDisabled,
      output: upperDisabled.replace("'DISABLED'", "'disabled'"),
      errors: [
        {
          messageId: 'invalidValueSent',
          ...at(upperDisabled, "'DISABLED'"),
          data: { option: 'mediaMode', written: "'DISABLED'", valid: VONAGE_VALUES, fallback: "'routed'" },
          suggestions: [],
        },
      ],
    },
    {
      // A misspelled archive mode for @vonage/video: the enum member it means (already imported).
      code: alwayVideo,
      errors: [
        {
          messageId: 'invalidValueSent',
          ...at(alwayVideo, "'alway'"),
          data: { option: 'archiveMode', written: "'alway'", valid: "'manual' or 'always'", fallback: "'manual'" },
          suggestions: [{ messageId: 'setArchiveMode', data: { text: 'ArchiveMode.ALWAYS', member: '' }, output: alwayVideo.replace("'alway'", 'ArchiveMode.ALWAYS') }],
        },
      ],
    },
    {
      // CommonJS destructuring of @vonage/video: an unknown archive mode; each suggestion adds the enum to the destructuring.
      code: unknownArchiveVideo,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'invalidValueSent',
          ...at(unknownArchiveVideo, "'auto'"),
          data: { option: 'archiveMode', written: "'auto'", valid: "'manual' or 'always'", fallback: "'manual'" },
          suggestions: [
            {
              messageId: 'setArchiveMode',
              data: { text: 'ArchiveMode.MANUAL', member: '' },
              output: unknownArchiveVideo.replace('{ Video }', '{ Video, ArchiveMode }').replace("'auto'", 'ArchiveMode.MANUAL'),
            },
            {
              messageId: 'setArchiveMode',
              data: { text: 'ArchiveMode.ALWAYS', member: '' },
              output: unknownArchiveVideo.replace('{ Video }', '{ Video, ArchiveMode }').replace("'auto'", 'ArchiveMode.ALWAYS'),
            },
          ],
        },
      ],
    },
    {
      // Automatic archiving on opentok's default (relayed) session.
      code: alwaysRelayedDefault,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'alwaysArchiveRelayed',
          ...at(alwaysRelayedDefault, "'always'"),
          data: { mode: RELAYED_DEFAULT },
          suggestions: [
            { messageId: 'setMediaMode', data: { text: "'routed'", member: '' }, output: alwaysRelayedDefault.replace("'always' }", "'always', mediaMode: 'routed' }") },
            { messageId: 'setArchiveMode', data: { text: "'manual'", member: '' }, output: alwaysRelayedDefault.replace("'always'", "'manual'") },
          ],
        },
      ],
    },
    {
      // @vonage/video enums: RELAYED with ALWAYS.
      code: alwaysRelayedVideo,
      errors: [
        {
          messageId: 'alwaysArchiveRelayed',
          ...at(alwaysRelayedVideo, 'ArchiveMode.ALWAYS'),
          data: { mode: 'relayed' },
          suggestions: [
            { messageId: 'setMediaMode', data: { text: 'MediaMode.ROUTED', member: '' }, output: alwaysRelayedVideo.replace('MediaMode.RELAYED', 'MediaMode.ROUTED') },
            { messageId: 'setArchiveMode', data: { text: 'ArchiveMode.MANUAL', member: '' }, output: alwaysRelayedVideo.replace('ArchiveMode.ALWAYS', 'ArchiveMode.MANUAL') },
          ],
        },
      ],
    },
    {
      // e2ee with automatic archiving.
      code: e2eeAlways,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'e2eeWithAlwaysArchive',
          ...at(e2eeAlways, 'e2ee: true'),
          data: {},
          suggestions: [{ messageId: 'setArchiveMode', data: { text: "'manual'", member: '' }, output: e2eeAlways.replace("'always'", "'manual'") }],
        },
      ],
    },
    {
      // e2ee on opentok's default relayed session.
      code: e2eeRelayedDefault,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'e2eeRelayed',
          ...at(e2eeRelayedDefault, 'e2ee: true'),
          data: { mode: RELAYED_DEFAULT },
          suggestions: [{ messageId: 'setMediaMode', data: { text: "'routed'", member: '' }, output: e2eeRelayedDefault.replace('e2ee: true }', "e2ee: true, mediaMode: 'routed' }") }],
        },
      ],
    },
    {
      // e2ee on an explicitly relayed session.
      code: e2eeRelayedExplicit,
      errors: [
        {
          messageId: 'e2eeRelayed',
          ...at(e2eeRelayedExplicit, 'e2ee: true'),
          data: { mode: 'relayed' },
          suggestions: [{ messageId: 'setMediaMode', data: { text: "'routed'", member: '' }, output: e2eeRelayedExplicit.replace("'relayed'", "'routed'") }],
        },
      ],
    },
    {
      // e2ee passed to @vonage/video: the session is not encrypted. No edit.
      code: e2eeVideo,
      errors: [{ messageId: 'e2eeUnsupported', ...at(e2eeVideo, 'e2ee: true'), data: {}, suggestions: [] }],
    },
    {
      // Next.js route handler with vonage.video and a run-time e2ee flag: still dropped. Archiving it is fine (routed).
      code: e2eeNextRoute,
      errors: [{ messageId: 'e2eeUnsupported', ...at(e2eeNextRoute, "e2ee: process.env.E2EE === 'on'"), data: {}, suggestions: [] }],
    },
    {
      // A location that is not IPv4, multi-line with a trailing comma: removal keeps the layout.
      code: locationEu,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'locationNotIpv4',
          ...at(locationEu, "'eu-west'"),
          data: { location: 'eu-west' },
          suggestions: [{ messageId: 'removeLocation', data: {}, output: locationEu.replace("\n  location: 'eu-west',", '') }],
        },
      ],
    },
    {
      // The only option.
      code: locationOnly,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'locationNotIpv4',
          ...at(locationOnly, "'eu'"),
          data: { location: 'eu' },
          suggestions: [{ messageId: 'removeLocation', data: {}, output: locationOnly.replace("{ location: 'eu' }", '{}') }],
        },
      ],
    },
    {
      // The first of several options.
      code: locationFirst,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'locationNotIpv4',
          ...at(locationFirst, "'eu'"),
          data: { location: 'eu' },
          suggestions: [{ messageId: 'removeLocation', data: {}, output: locationFirst.replace("location: 'eu', ", '') }],
        },
      ],
    },
    {
      // Through a constant: reported at the option.
      code: locationConstant,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'locationNotIpv4',
          ...at(locationConstant, 'location: REGION'),
          data: { location: 'us-east-1' },
          suggestions: [{ messageId: 'removeLocation', data: {}, output: locationConstant.replace(', location: REGION', '') }],
        },
      ],
    },
    {
      // Archiving in the callback of a session created with opentok's default: relayed.
      code: archiveOnRelayed,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'featureOnRelayed',
          ...at(archiveOnRelayed, 'startArchive'),
          data: { feature: 'Archiving', mode: RELAYED_DEFAULT, line: '3' },
          suggestions: [
            { messageId: 'createRouted', data: { line: '3', text: "'routed'" }, output: archiveOnRelayed.replace('createSession((err', "createSession({ mediaMode: 'routed' }, (err") },
          ],
        },
      ],
    },
    {
      // Broadcast, SIP, Audio Connector, Experience Composer and Live Captions through a variable holding the ID.
      code: featuresOnRelayed,
      languageOptions: commonjs,
      errors: (
        [
          ['startBroadcast', 'Live streaming broadcast'],
          ['dial', 'SIP Interconnect'],
          ['websocketConnect', 'Audio Connector'],
          ['startRender', 'Experience Composer'],
          ['startCaptions', 'Live Captions'],
        ] as const
      ).map(([method, feature]) => ({
        messageId: 'featureOnRelayed' as const,
        ...at(featuresOnRelayed, method),
        data: { feature, mode: 'relayed', line: '3' },
        suggestions: [{ messageId: 'createRouted' as const, data: { line: '3', text: "'routed'" }, output: featuresOnRelayed.replace("mediaMode: 'relayed'", "mediaMode: 'routed'") }],
      })),
    },
    {
      // An encrypted session: archiving is reported, Live Captions and moderation are not.
      code: featuresOnE2ee,
      languageOptions: commonjs,
      errors: [{ messageId: 'featureOnE2ee', ...at(featuresOnE2ee, 'startArchive'), data: { feature: 'Archiving', line: '3' }, suggestions: [] }],
    },
    {
      // @vonage/video: `.then(session)`, `.then({ sessionId })`, an awaited variable, an inline await.
      code: videoFeatures,
      errors: (
        [
          ['initiateSIPCall', 'SIP Interconnect', 3, 1],
          ['connectToWebsocket', 'Audio Connector', 4, 2],
          ['startExperienceComposerRender', 'Experience Composer', 6, 3],
          ['startArchive', 'Archiving', 9, 4],
        ] as const
      ).map(([method, feature, line, occurrence]) => ({
        messageId: 'featureOnRelayed' as const,
        ...at(videoFeatures, method),
        data: { feature, mode: 'relayed', line: String(line) },
        suggestions: [
          {
            messageId: 'createRouted' as const,
            data: { line: String(line), text: 'MediaMode.ROUTED' },
            output: replaceNth(videoFeatures, 'MediaMode.RELAYED', occurrence, 'MediaMode.ROUTED'),
          },
        ],
      })),
    },
    {
      // NestJS service with an injected Video client; the ID destructured from the session.
      code: nestService,
      parsers: ['typescript'],
      errors: [
        {
          messageId: 'featureOnRelayed',
          ...at(nestService, 'startArchive'),
          data: { feature: 'Archiving', mode: 'relayed', line: '9' },
          suggestions: [{ messageId: 'createRouted', data: { line: '9', text: 'MediaMode.ROUTED' }, output: nestService.replace('MediaMode.RELAYED', 'MediaMode.ROUTED') }],
        },
      ],
    },
    {
      // A client imported from the project, matched by name (promise style, so @vonage/video).
      code: byNameVideo,
      errors: [
        {
          messageId: 'invalidValueSent',
          ...at(byNameVideo, "'DISABLED'"),
          data: { option: 'mediaMode', written: "'DISABLED'", valid: VONAGE_VALUES, fallback: "'routed'" },
          // Matched by name only (the client may be a wrapper): the case fix is a suggestion, not an autofix.
          suggestions: [
            {
              messageId: 'setMediaModeValue',
              data: { text: "'disabled'", member: 'MediaMode.ROUTED' },
              output: byNameVideo.replace("'DISABLED'", "'disabled'"),
            },
          ],
        },
      ],
    },
    {
      // A client imported from the project with a Node-style callback: opentok; an undeclared `MediaMode` is trusted by name.
      code: byNameOpentokCallback,
      errors: [
        {
          messageId: 'vonageMediaModeInOpentok',
          ...at(byNameOpentokCallback, 'MediaMode.ROUTED'),
          data: { written: 'MediaMode.ROUTED', mode: 'routed', member: 'MediaMode.ROUTED' },
          suggestions: [
            { messageId: 'setMediaMode', data: { text: "'routed'", member: '' }, output: byNameOpentokCallback.replace('MediaMode.ROUTED', "'routed'") },
            { messageId: 'setMediaMode', data: { text: "'relayed'", member: '' }, output: byNameOpentokCallback.replace('MediaMode.ROUTED', "'relayed'") },
          ],
        },
      ],
    },
    {
      // Options in a constant: the case fix edits the literal there; no combination report while the mode is misspelled.
      code: sharedOptions,
      languageOptions: commonjs,
      output: sharedOptions.replace("'ROUTED'", "'routed'"),
      errors: [
        {
          messageId: 'invalidValueReplaced',
          ...at(sharedOptions, "'ROUTED'"),
          data: { option: 'mediaMode', written: "'ROUTED'", valid: "'routed' or 'relayed'", fallback: "'relayed'" },
          suggestions: [],
        },
      ],
    },
    {
      // Options in a constant with no mediaMode: nothing can be inserted at the call, the archive mode can be replaced.
      code: sharedAlways,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'alwaysArchiveRelayed',
          ...at(sharedAlways, "'always'"),
          data: { mode: RELAYED_DEFAULT },
          suggestions: [{ messageId: 'setArchiveMode', data: { text: "'manual'", member: '' }, output: sharedAlways.replace("'always'", "'manual'") }],
        },
      ],
    },
    {
      // A value through a constant: reported at the option, suggestions only (the constant may serve elsewhere).
      code: constantMode,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'invalidValueReplaced',
          ...at(constantMode, 'mediaMode: MODE'),
          data: { option: 'mediaMode', written: "'ROUTED'", valid: "'routed' or 'relayed'", fallback: "'relayed'" },
          suggestions: [
            { messageId: 'setMediaMode', data: { text: "'routed'", member: '' }, output: constantMode.replace('mediaMode: MODE', "mediaMode: 'routed'") },
            { messageId: 'setMediaMode', data: { text: "'relayed'", member: '' }, output: constantMode.replace('mediaMode: MODE', "mediaMode: 'relayed'") },
          ],
        },
      ],
    },
    {
      // A shorthand property: the suggestion writes `mediaMode: 'routed'`.
      code: shorthandMode,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'invalidValueReplaced',
          ...at(shorthandMode, 'mediaMode', 2),
          data: { option: 'mediaMode', written: "'Routed'", valid: "'routed' or 'relayed'", fallback: "'relayed'" },
          suggestions: [
            { messageId: 'setMediaMode', data: { text: "'routed'", member: '' }, output: shorthandMode.replace('{ mediaMode }', "{ mediaMode: 'routed' }") },
            { messageId: 'setMediaMode', data: { text: "'relayed'", member: '' }, output: shorthandMode.replace('{ mediaMode }', "{ mediaMode: 'relayed' }") },
          ],
        },
      ],
    },
    {
      // Equally close to two modes: not guessed, both offered.
      code: tie,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'invalidValueReplaced',
          ...at(tie, "'relted'"),
          data: { option: 'mediaMode', written: "'relted'", valid: "'routed' or 'relayed'", fallback: "'relayed'" },
          suggestions: [
            { messageId: 'setMediaMode', data: { text: "'routed'", member: '' }, output: tie.replace("'relted'", "'routed'") },
            { messageId: 'setMediaMode', data: { text: "'relayed'", member: '' }, output: tie.replace("'relted'", "'relayed'") },
          ],
        },
      ],
    },
    {
      // A long value is not compared for misspellings.
      code: longValue,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'invalidValueReplaced',
          ...at(longValue, "'media-router-please-thanks'"),
          data: { option: 'mediaMode', written: "'media-router-please-thanks'", valid: "'routed' or 'relayed'", fallback: "'relayed'" },
          suggestions: [
            { messageId: 'setMediaMode', data: { text: "'routed'", member: '' }, output: longValue.replace("'media-router-please-thanks'", "'routed'") },
            { messageId: 'setMediaMode', data: { text: "'relayed'", member: '' }, output: longValue.replace("'media-router-please-thanks'", "'relayed'") },
          ],
        },
      ],
    },
    {
      // `MediaMode` declared as a global (a config's globals): trusted by name.
      code: globalEnum,
      languageOptions: { ...commonjs, globals: { MediaMode: 'readonly' } },
      errors: [
        {
          messageId: 'vonageMediaModeInOpentok',
          ...at(globalEnum, 'MediaMode.RELAYED'),
          data: { written: 'MediaMode.RELAYED', mode: 'relayed', member: 'MediaMode.RELAYED' },
          suggestions: [{ messageId: 'setMediaMode', data: { text: "'relayed'", member: '' }, output: globalEnum.replace('MediaMode.RELAYED', "'relayed'") }],
        },
      ],
    },
    {
      // `const MediaMode = require('@vonage/video').MediaMode` given to opentok.
      code: requiredEnum,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'vonageMediaModeInOpentok',
          ...at(requiredEnum, 'MediaMode.RELAYED'),
          data: { written: 'MediaMode.RELAYED', mode: 'relayed', member: 'MediaMode.RELAYED' },
          suggestions: [{ messageId: 'setMediaMode', data: { text: "'relayed'", member: '' }, output: requiredEnum.replace('MediaMode.RELAYED }', "'relayed' }") }],
        },
      ],
    },
    {
      // vonage.video with no enum in reach: the raw archive value, saying which member it is.
      code: archiveValueServerSdk,
      errors: [
        {
          messageId: 'invalidValueSent',
          ...at(archiveValueServerSdk, "'alway'"),
          data: { option: 'archiveMode', written: "'alway'", valid: "'manual' or 'always'", fallback: "'manual'" },
          suggestions: [
            { messageId: 'setArchiveModeValue', data: { text: "'always'", member: 'ArchiveMode.ALWAYS' }, output: archiveValueServerSdk.replace("'alway'", "'always'") },
          ],
        },
      ],
    },
    {
      // `Relayed` given to @vonage/video: opentok's value in another case.
      code: relayedVideoCase,
      errors: [
        {
          messageId: 'opentokMediaModeInVonageVideo',
          ...at(relayedVideoCase, "'Relayed'"),
          data: { written: "'Relayed'", mode: 'relayed', member: 'MediaMode.RELAYED' },
          suggestions: [{ messageId: 'setMediaMode', data: { text: 'MediaMode.RELAYED', member: '' }, output: relayedVideoCase.replace("'Relayed'", 'MediaMode.RELAYED') }],
        },
      ],
    },
    {
      // An SDK method taken off the client (`const { startArchive } = opentok`): reported at the whole call.
      code: destructuredMethod,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'featureOnRelayed',
          ...at(destructuredMethod, 'startArchive(session.sessionId, callback)'),
          data: { feature: 'Archiving', mode: RELAYED_DEFAULT, line: '4' },
          suggestions: [
            { messageId: 'createRouted', data: { line: '4', text: "'routed'" }, output: destructuredMethod.replace('createSession((err', "createSession({ mediaMode: 'routed' }, (err") },
          ],
        },
      ],
    },
    {
      // The session's options are a shared constant: reported, no edit at the call.
      code: sharedOptionsFeature,
      languageOptions: commonjs,
      errors: [{ messageId: 'featureOnRelayed', ...at(sharedOptionsFeature, 'startArchive'), data: { feature: 'Archiving', mode: RELAYED_DEFAULT, line: '4' }, suggestions: [] }],
    },
  ],
});

// --- a security-relevant option taken from request input -----------------------------------------------------------
const EXPRESS = `${OPENTOK}const app = require('express')();\n`;
const fromBody = `${EXPRESS}app.post('/session', (req, res) => {
  opentok.createSession({ mediaMode: req.body.mediaMode }, (err, session) => res.json({ id: session.sessionId }));
});
`;
const fromNextJson = `${VIDEO}export async function POST(request) {
  const { mode = 'routed', archive } = await request.json();
  const session = await video.createSession({ mediaMode: mode, archiveMode: archive });
  return Response.json({ sessionId: session.sessionId });
}
`;
const fromKoa = `${OPENTOK_ESM}import Router from '@koa/router';
const router = new Router();
router.post('/session', async ctx => {
  const e2ee = ctx.request.body.encrypt;
  opentok.createSession({ mediaMode: 'routed', e2ee }, (err, session) => { ctx.body = session.sessionId; });
});
`;
const fromLet = `${EXPRESS}app.post('/session', (req, res) => {
  let mode = 'routed';
  if (req.query.mode) mode = req.query.mode;
  opentok.createSession({ mediaMode: mode }, (err, session) => res.json(session.sessionId));
});
`;
const fromFallback = `${EXPRESS}app.post('/session', (req, res) => {
  opentok.createSession({ mediaMode: 'routed', archiveMode: req.body.archiveMode || 'manual' }, (err, session) => res.json(session.sessionId));
});
`;
const fromAllowList = `${EXPRESS}app.post('/session', (req, res) => {
  const { mode } = req.body;
  if (!['routed', 'relayed'].includes(mode)) return res.sendStatus(400);
  opentok.createSession({ mediaMode: mode }, (err, session) => res.json(session.sessionId));
});
`;

runRuleTester('valid-session-options (option from request input)', rule, {
  valid: [
    // Server-side constants, environment values and a fallback the client cannot reach.
    { code: `${EXPRESS}const MODE = 'routed';\napp.post('/s', (req, res) => opentok.createSession({ mediaMode: MODE }, (e, s) => res.json(s.sessionId)));\n`, languageOptions: commonjs },
    { code: `${EXPRESS}app.post('/s', (req, res) => opentok.createSession({ mediaMode: process.env.MODE || 'routed' }, (e, s) => res.json(s.sessionId)));\n`, languageOptions: commonjs },
    // An allow-list that admits one value decides it on the server.
    {
      code: `${EXPRESS}app.post('/s', (req, res) => {\n  const mode = req.body.mode;\n  if (!['routed'].includes(mode)) return res.sendStatus(400);\n  opentok.createSession({ mediaMode: mode }, (e, s) => res.json(s.sessionId));\n});\n`,
      languageOptions: commonjs,
    },
    // Behind authentication middleware, or with an identity check in the handler: the caller is known.
    { code: `${EXPRESS}app.post('/s', requireAuth, (req, res) => opentok.createSession({ mediaMode: req.body.mode }, (e, s) => res.json(s.sessionId)));\n`, languageOptions: commonjs },
    {
      code: `${EXPRESS}app.post('/s', (req, res) => {\n  if (!req.user) return res.sendStatus(401);\n  opentok.createSession({ archiveMode: req.body.archiveMode }, (e, s) => res.json(s.sessionId));\n});\n`,
      languageOptions: commonjs,
    },
    // Request input in another option is not this rule's concern.
    { code: `${EXPRESS}app.post('/s', (req, res) => opentok.createSession({ mediaMode: 'routed', location: req.body.ip }, (e, s) => res.json(s.sessionId)));\n`, languageOptions: commonjs },
    // Not a route: a function parameter is no request input.
    { code: `${VIDEO}export const open = (mode) => video.createSession({ mediaMode: mode });\n` },
  ],
  invalid: [
    {
      code: fromBody,
      languageOptions: commonjs,
      errors: [{ messageId: 'optionFromRequest', ...at(fromBody, 'req.body.mediaMode'), data: { option: 'mediaMode', source: 'req.body.mediaMode', decides: 'routed or relayed' } }],
    },
    {
      // The destructuring default is only the fallback: the client's value wins.
      code: fromNextJson,
      errors: [
        { messageId: 'optionFromRequest', ...inside(fromNextJson, 'mediaMode: mode', 'mode'), data: { option: 'mediaMode', source: 'request.json().mode', decides: 'routed or relayed' } },
        { messageId: 'optionFromRequest', ...inside(fromNextJson, 'archiveMode: archive', 'archive', 2), data: { option: 'archiveMode', source: 'request.json().archive', decides: 'archived automatically' } },
      ],
    },
    {
      code: fromKoa,
      errors: [{ messageId: 'optionFromRequest', ...inside(fromKoa, 'e2ee }', 'e2ee'), data: { option: 'e2ee', source: 'ctx.request.body.encrypt', decides: 'end-to-end encrypted' } }],
    },
    {
      code: fromLet,
      languageOptions: commonjs,
      errors: [{ messageId: 'optionFromRequest', ...inside(fromLet, 'mediaMode: mode', 'mode'), data: { option: 'mediaMode', source: 'req.query.mode', decides: 'routed or relayed' } }],
    },
    {
      code: fromFallback,
      languageOptions: commonjs,
      errors: [{ messageId: 'optionFromRequest', ...at(fromFallback, "req.body.archiveMode || 'manual'"), data: { option: 'archiveMode', source: 'req.body.archiveMode', decides: 'archived automatically' } }],
    },
    {
      // An allow-list of both modes still lets the client choose.
      code: fromAllowList,
      languageOptions: commonjs,
      errors: [{ messageId: 'optionFromRequest', ...inside(fromAllowList, 'mediaMode: mode', 'mode'), data: { option: 'mediaMode', source: 'req.body.mode', decides: 'routed or relayed' } }],
    },
  ],
});

/** The location of the `occurrence`-th `word` inside the first `snippet`. */
function inside(code: string, snippet: string, word: string, occurrence = 1): ReturnType<typeof at> {
  const start = code.indexOf(snippet);
  let index = start - 1;
  for (let seen = 0; seen < occurrence; seen++) index = code.indexOf(word, index + 1);
  const before = code.slice(0, index).split('\n');
  const line = before.length;
  const column = (before[before.length - 1] ?? '').length + 1;
  return { line, column, endLine: line, endColumn: column + word.length };
}

function replaceNth(text: string, search: string, occurrence: number, replacement: string): string {
  let index = -1;
  for (let seen = 0; seen < occurrence; seen++) index = text.indexOf(search, index + 1);
  return text.slice(0, index) + replacement + text.slice(index + search.length);
}
