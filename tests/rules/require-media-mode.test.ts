import rule from '../../src/rules/require-media-mode';
import { at } from '../helpers/locate';
import { commonjs, runRuleTester } from '../helpers/rule-tester';

const OPENTOK = `const OpenTok = require('opentok');\nconst opentok = new OpenTok(process.env.OT_KEY, process.env.OT_SECRET);\n`;
const OPENTOK_ESM = `import OpenTok from 'opentok';\nconst opentok = new OpenTok(process.env.OT_KEY, process.env.OT_SECRET);\n`;
const OPENTOK_TS = `import OpenTok = require('opentok');\nconst opentok = new OpenTok(process.env.OT_KEY!, process.env.OT_SECRET!);\n`;
const VIDEO = `import { Video, MediaMode } from '@vonage/video';\nconst video = new Video({ applicationId: process.env.APP_ID, privateKey: process.env.PRIVATE_KEY });\n`;
const VIDEO_ONLY = `import { Video } from '@vonage/video';\nconst video = new Video({ applicationId: process.env.APP_ID, privateKey: process.env.PRIVATE_KEY });\n`;
const SERVER_SDK = `import { Vonage } from '@vonage/server-sdk';\nconst vonage = new Vonage({ applicationId: process.env.APP_ID, privateKey: process.env.PRIVATE_KEY });\n`;

const E2EE = 'routed, end-to-end encrypted';
const opentokMissing = { mode: 'relayed', sdk: 'opentok' };
const videoMissing = { mode: 'routed', sdk: '@vonage/video' };

// --- invalid cases' code -------------------------------------------------------------------------------------------
const callbackOnly = `${OPENTOK}opentok.createSession((err, session) => {\n  if (err) throw err;\n  app.set('sessionId', session.sessionId);\n});\nopentok.startArchive(sid);\n`;
const emptyOptions = `${OPENTOK_ESM}opentok.createSession({}, callback);\nopentok.startArchive(sid);\n`;
const archiveOnly = `${OPENTOK_TS}export function open(callback: (err: Error | null, session?: unknown) => void) {
  opentok.createSession({ archiveMode: 'manual' }, callback);
}
`;
const undefinedOptions = `${OPENTOK}opentok.createSession(undefined, callback);\nopentok.startArchive(sid);\n`;
const videoImported = `${VIDEO}export const open = () => video.createSession();\nvideo.startArchive(sid);\n`;
const videoAddImport = `${VIDEO_ONLY}export const open = () => video.createSession({ archiveMode: 'manual' });\n`;
const videoRequire = `const { Video } = require('@vonage/video');
const video = new Video({ applicationId: process.env.APP_ID, privateKey: process.env.PRIVATE_KEY });
module.exports = async () => (await video.createSession({})).sessionId;
video.startArchive(sid);
`;
const videoNamespace = `import * as VV from '@vonage/video';
const video = new VV.Video({ applicationId: process.env.APP_ID, privateKey: process.env.PRIVATE_KEY });
export const open = () => video.createSession();
video.startArchive(sid);
`;
const videoAlias = `import { Video, MediaMode as MM } from '@vonage/video';
const video = new Video({ applicationId: process.env.APP_ID, privateKey: process.env.PRIVATE_KEY });
export const open = () => video.createSession({ location: '10.1.2.3' });
video.startArchive(sid);
`;
const videoImportEquals = `import VV = require('@vonage/video');
const video = new VV.Video({ applicationId: process.env.APP_ID!, privateKey: process.env.PRIVATE_KEY! });
export const open = () => video.createSession();
video.startArchive(sid);
`;
const videoTypeImport = `import { Video } from '@vonage/video';
import type { MediaMode } from '@vonage/video';
const video = new Video({ applicationId: process.env.APP_ID!, privateKey: process.env.PRIVATE_KEY! });
export const open = (mode?: MediaMode) => video.createSession();
video.startArchive(sid);
`;
const videoShadowed = `${VIDEO_ONLY}export const open = (MediaMode) => video.createSession();\nvideo.startArchive(sid);\n`;
const serverSdk = `${SERVER_SDK}export async function POST() {
  const session = await vonage.video.createSession({ archiveMode: 'manual' });
  return Response.json({ sessionId: session.sessionId });
}
`;
const serverSdkWithEnum = `import { Vonage } from '@vonage/server-sdk';
import { MediaMode } from '@vonage/video';
const vonage = new Vonage({ applicationId: process.env.APP_ID, privateKey: process.env.PRIVATE_KEY });
export async function POST(request) {
  const session = await vonage.video.createSession();
  return Response.json({ sessionId: session.sessionId });
}
vonage.video.startArchive(sid);
`;
const nestService = `import { Injectable } from '@nestjs/common';
import { Video } from '@vonage/video';

@Injectable()
export class RoomsService {
  constructor(private readonly video: Video) {}

  async open(): Promise<string> {
    const session = await this.video.createSession({ archiveMode: 'manual' });
    return session.sessionId;
  }
}
`;
const byNameVideo = `import { video } from '@/lib/vonage';
export async function POST() {
  const session = await video.createSession();
  return Response.json(session);
}
video.startArchive(sid);
`;
const byNameOpentok = `import { opentok } from './opentok-client';
export function handler(req, res) {
  opentok.createSession({ archiveMode: 'manual' }, (err, session) => res.json({ sessionId: session.sessionId }));
}
`;
const sharedOptions = `${OPENTOK}const SESSION_OPTIONS = { archiveMode: 'manual' };\nopentok.createSession(SESSION_OPTIONS, callback);\n`;
const routedDefault = `${OPENTOK}opentok.createSession({ archiveMode: 'always' }, callback);\n`;
const routedButRelayed = `${OPENTOK_ESM}opentok.createSession({ mediaMode: 'relayed' }, callback);\n`;
const routedVideoRelayed = `${VIDEO}export const open = () => video.createSession({ mediaMode: MediaMode.RELAYED });\n`;
const relayedVideoDefault = `${VIDEO}export const open = () => video.createSession();\n`;
const relayedServerSdk = `${SERVER_SDK}export const open = () => vonage.video.createSession({});\n`;
const e2eeDefault = `${OPENTOK}opentok.createSession({}, callback);\n`;
const e2eeFalseDefault = `${OPENTOK}opentok.createSession({ e2ee: false }, callback);\n`;
const e2eeDynamicDefault = `${OPENTOK}opentok.createSession({ e2ee: config.e2ee }, callback);\n`;
const e2eeRelayed = `${OPENTOK}opentok.createSession({ mediaMode: 'relayed', e2ee: true }, callback);\n`;
const e2eeMissing = `${OPENTOK_ESM}opentok.createSession({ mediaMode: 'routed' }, callback);\n`;
const e2eeFalse = `${OPENTOK_ESM}opentok.createSession({ mediaMode: 'routed', e2ee: false }, callback);\n`;
const e2eeShared = `${OPENTOK_ESM}const OPTIONS = { mediaMode: 'routed' };\nopentok.createSession(OPTIONS, callback);\n`;
const e2eeVideo = `${VIDEO}export const open = () => video.createSession({ mediaMode: MediaMode.ROUTED });\n`;

const sharedRouted = `${OPENTOK}const SESSION_OPTIONS = { archiveMode: 'manual' };\nopentok.createSession(SESSION_OPTIONS, callback);\n`;
const parenthesisedCallback = `${OPENTOK}opentok.createSession(((err, session) => save(session)));\nopentok.startArchive(sid);\n`;
const destructuredCreate = `${OPENTOK}const { createSession } = opentok;\ncreateSession((err, session) => callback(session));\nopentok.startArchive(sid);\n`;
const restRequire = `const { Video, ...sdk } = require('@vonage/video');
const video = new Video({ applicationId: process.env.APP_ID, privateKey: process.env.PRIVATE_KEY });
module.exports = () => video.createSession();
video.startArchive(sid);
`;
const typeSpecifier = `import { Video, type MediaMode } from '@vonage/video';
const video = new Video({ applicationId: process.env.APP_ID!, privateKey: process.env.PRIVATE_KEY! });
export const open = (mode?: MediaMode) => video.createSession();
video.startArchive(sid);
`;

runRuleTester('require-media-mode', rule, {
  valid: [
    // Options built step by step, in a file that archives: the mode is set after the declaration, so nothing is stated.
    { code: `${OPENTOK}const options = {};\noptions.mediaMode = 'routed';\nopentok.createSession(options, callback);\nopentok.startArchive(sid);`, languageOptions: commonjs },
    // A plain call app (no archive, broadcast, SIP, captions, forced mute or encryption): either SDK's default serves it.
    `${VIDEO}export const open = () => video.createSession();`,
    { code: `${OPENTOK}opentok.createSession((err, session) => save(session));`, languageOptions: commonjs },
    // Explicit modes, in each SDK's spelling.
    { code: `${OPENTOK}opentok.createSession({ mediaMode: 'relayed' }, callback);`, languageOptions: commonjs },
    `${OPENTOK_ESM}opentok.createSession({ mediaMode: 'routed', archiveMode: 'always' }, callback);`,
    `${VIDEO}video.createSession({ mediaMode: MediaMode.ROUTED });`,
    `${SERVER_SDK}vonage.video.createSession({ mediaMode: 'enabled' });`,
    // Options the rule cannot see, and modes known only at run time.
    `${OPENTOK_ESM}export const open = (options, cb) => opentok.createSession(options, cb);`,
    `${OPENTOK_ESM}opentok.createSession({ ...sessionDefaults }, callback);`,
    `${VIDEO}video.createSession({ mediaMode: process.env.MEDIA_MODE });`,
    // A misspelled or foreign value is valid-session-options' business, even under a requirement.
    { code: `${OPENTOK_ESM}opentok.createSession({ mediaMode: 'ROUTED' }, callback);`, options: [{ require: 'routed' }] },
    { code: `${VIDEO}video.createSession({ mediaMode: 'routed' });`, options: [{ require: 'relayed' }] },
    // Requirements met.
    { code: `${OPENTOK_ESM}opentok.createSession({ mediaMode: 'routed' }, callback);`, options: [{ require: 'routed' }] },
    { code: `${VIDEO}video.createSession({ mediaMode: MediaMode.ROUTED });`, options: [{ require: 'routed' }] },
    { code: `${OPENTOK_ESM}opentok.createSession({ mediaMode: 'relayed' }, callback);`, options: [{ require: 'relayed' }] },
    { code: `${OPENTOK_ESM}opentok.createSession({ mediaMode: 'routed', e2ee: true }, callback);`, options: [{ require: 'e2ee' }] },
    { code: `${OPENTOK_ESM}opentok.createSession({ mediaMode: 'routed', e2ee: config.e2ee }, callback);`, options: [{ require: 'e2ee' }] },
    { code: `${OPENTOK_ESM}opentok.createSession({ mediaMode: 'relayed' }, callback);`, options: [{ require: 'any' }] },
    // Not session creations: other libraries, a project wrapper, a promisified opentok method.
    `import { createClient } from 'redis';\nconst db = createClient();\ndb.createSession();`,
    `import OpenTok from 'opentok';\nexport const open = (sessions, user) => sessions.createSession({ userId: user.id });`,
    `import { videoService } from '@/lib/vonage';\nexport const open = () => videoService.createSession();`,
    `import { opentokService } from './services';\nexport const open = () => opentokService.createSession();`,
    `import OpenTok from 'opentok';\nexport const open = (sessionStore) => sessionStore.createSession((err, session) => session);`,
    `import OpenTok from 'opentok';\nexport const open = (rooms) => rooms.createSession({ archiveMode: 'manual' });`,
    `import OpenTok from 'opentok';\nimport { promisify } from 'node:util';\nconst ot = new OpenTok(k, s);\nconst createSessionAsync = promisify(ot.createSession).bind(ot);\nawait createSessionAsync({});`,
  ],
  invalid: [
    {
      // opentok, CommonJS, callback only, in a file that archives: the default, as a suggestion, goes before the callback.
      code: callbackOnly,
      languageOptions: commonjs,
      errors: [{ messageId: 'missingMediaMode', ...at(callbackOnly, 'createSession'), data: opentokMissing, suggestions: [{ messageId: 'setMediaMode', data: { text: "'relayed'" }, output: callbackOnly.replace('createSession((err', "createSession({ mediaMode: 'relayed' }, (err") }] }],
    },
    {
      // A parenthesised callback: the options go before the parentheses (found by the fuzzer).
      code: parenthesisedCallback,
      languageOptions: commonjs,
      errors: [{ messageId: 'missingMediaMode', ...at(parenthesisedCallback, 'createSession'), data: opentokMissing, suggestions: [{ messageId: 'setMediaMode', data: { text: "'relayed'" }, output: parenthesisedCallback.replace('createSession(((err', "createSession({ mediaMode: 'relayed' }, ((err") }] }],
    },
    {
      // ESM import, empty options.
      code: emptyOptions,
      errors: [{ messageId: 'missingMediaMode', ...at(emptyOptions, '{}'), data: opentokMissing, suggestions: [{ messageId: 'setMediaMode', data: { text: "'relayed'" }, output: emptyOptions.replace('{}', "{ mediaMode: 'relayed' }") }] }],
    },
    {
      // import = require (TypeScript), other options present.
      code: archiveOnly,
      parsers: ['typescript'],
      errors: [{ messageId: 'missingMediaMode', ...at(archiveOnly, "{ archiveMode: 'manual' }"), data: opentokMissing, suggestions: [{ messageId: 'setMediaMode', data: { text: "'relayed'" }, output: archiveOnly.replace("'manual' }", "'manual', mediaMode: 'relayed' }") }] }],
    },
    {
      // `undefined` in the options position.
      code: undefinedOptions,
      languageOptions: commonjs,
      errors: [{ messageId: 'missingMediaMode', ...at(undefinedOptions, 'createSession'), data: opentokMissing, suggestions: [{ messageId: 'setMediaMode', data: { text: "'relayed'" }, output: undefinedOptions.replace('undefined', "{ mediaMode: 'relayed' }") }] }],
    },
    {
      // @vonage/video with MediaMode imported: the enum default.
      code: videoImported,
      errors: [{ messageId: 'missingMediaMode', ...at(videoImported, 'createSession'), data: videoMissing, suggestions: [{ messageId: 'setMediaMode', data: { text: 'MediaMode.ROUTED' }, output: videoImported.replace('createSession()', 'createSession({ mediaMode: MediaMode.ROUTED })') }] }],
    },
    {
      // @vonage/video without MediaMode: the fix adds it to the existing import.
      code: videoAddImport,
      errors: [
        { messageId: 'missingMediaMode', ...at(videoAddImport, "{ archiveMode: 'manual' }"), data: videoMissing, suggestions: [{ messageId: 'setMediaMode', data: { text: 'MediaMode.ROUTED' }, output: videoAddImport.replace('{ Video }', '{ Video, MediaMode }').replace("'manual' }", "'manual', mediaMode: MediaMode.ROUTED }") }] },
      ],
    },
    {
      // CommonJS destructuring of @vonage/video.
      code: videoRequire,
      languageOptions: commonjs,
      errors: [{ messageId: 'missingMediaMode', ...at(videoRequire, '{}'), data: videoMissing, suggestions: [{ messageId: 'setMediaMode', data: { text: 'MediaMode.ROUTED' }, output: videoRequire.replace('{ Video }', '{ Video, MediaMode }').replace('({})', '({ mediaMode: MediaMode.ROUTED })') }] }],
    },
    {
      // A namespace import.
      code: videoNamespace,
      errors: [{ messageId: 'missingMediaMode', ...at(videoNamespace, 'createSession'), data: videoMissing, suggestions: [{ messageId: 'setMediaMode', data: { text: 'VV.MediaMode.ROUTED' }, output: videoNamespace.replace('createSession()', 'createSession({ mediaMode: VV.MediaMode.ROUTED })') }] }],
    },
    {
      // An aliased enum import.
      code: videoAlias,
      errors: [
        { messageId: 'missingMediaMode', ...at(videoAlias, "{ location: '10.1.2.3' }"), data: videoMissing, suggestions: [{ messageId: 'setMediaMode', data: { text: 'MM.ROUTED' }, output: videoAlias.replace("'10.1.2.3' }", "'10.1.2.3', mediaMode: MM.ROUTED }") }] },
      ],
    },
    {
      // import = require of @vonage/video (TypeScript).
      code: videoImportEquals,
      parsers: ['typescript'],
      errors: [{ messageId: 'missingMediaMode', ...at(videoImportEquals, 'createSession'), data: videoMissing, suggestions: [{ messageId: 'setMediaMode', data: { text: 'VV.MediaMode.ROUTED' }, output: videoImportEquals.replace('createSession()', 'createSession({ mediaMode: VV.MediaMode.ROUTED })') }] }],
    },
    {
      // `MediaMode` imported as a type only cannot be used as a value, nor added as one: a suggestion with the raw value.
      code: videoTypeImport,
      parsers: ['typescript'],
      errors: [
        {
          messageId: 'missingMediaMode',
          ...at(videoTypeImport, 'createSession'),
          data: videoMissing,
          suggestions: [
            { messageId: 'setMediaModeValue', data: { text: "'disabled'", member: 'MediaMode.ROUTED' }, output: videoTypeImport.replace('createSession()', "createSession({ mediaMode: 'disabled' })") },
          ],
        },
      ],
    },
    {
      // A parameter named MediaMode shadows the name: no import is added; a suggestion with the raw value.
      code: videoShadowed,
      errors: [
        {
          messageId: 'missingMediaMode',
          ...at(videoShadowed, 'createSession'),
          data: videoMissing,
          suggestions: [
            { messageId: 'setMediaModeValue', data: { text: "'disabled'", member: 'MediaMode.ROUTED' }, output: videoShadowed.replace('createSession()', "createSession({ mediaMode: 'disabled' })") },
          ],
        },
      ],
    },
    {
      // Next.js route handler with vonage.video and no @vonage/video import: a suggestion, not an autofix.
      code: serverSdk,
      errors: [
        {
          messageId: 'missingMediaMode',
          ...at(serverSdk, "{ archiveMode: 'manual' }"),
          data: videoMissing,
          suggestions: [
            { messageId: 'setMediaModeValue', data: { text: "'disabled'", member: 'MediaMode.ROUTED' }, output: serverSdk.replace("'manual' }", "'manual', mediaMode: 'disabled' }") },
          ],
        },
      ],
    },
    {
      // vonage.video with MediaMode imported from @vonage/video: autofixed with the enum.
      code: serverSdkWithEnum,
      errors: [{ messageId: 'missingMediaMode', ...at(serverSdkWithEnum, 'createSession'), data: videoMissing, suggestions: [{ messageId: 'setMediaMode', data: { text: 'MediaMode.ROUTED' }, output: serverSdkWithEnum.replace('createSession()', 'createSession({ mediaMode: MediaMode.ROUTED })') }] }],
    },
    {
      // NestJS service with an injected Video client.
      code: nestService,
      parsers: ['typescript'],
      errors: [
        { messageId: 'missingMediaMode', ...at(nestService, "{ archiveMode: 'manual' }"), data: videoMissing, suggestions: [{ messageId: 'setMediaMode', data: { text: 'MediaMode.ROUTED' }, output: nestService.replace('{ Video }', '{ Video, MediaMode }').replace("'manual' }", "'manual', mediaMode: MediaMode.ROUTED }") }] },
      ],
    },
    {
      // A client imported from the project (by name, promise style): @vonage/video's default, as a suggestion.
      code: byNameVideo,
      errors: [
        {
          messageId: 'missingMediaMode',
          ...at(byNameVideo, 'createSession'),
          data: videoMissing,
          suggestions: [
            { messageId: 'setMediaModeValue', data: { text: "'disabled'", member: 'MediaMode.ROUTED' }, output: byNameVideo.replace('createSession()', "createSession({ mediaMode: 'disabled' })") },
          ],
        },
      ],
    },
    {
      // A client imported from the project, with a Node-style callback: opentok.
      code: byNameOpentok,
      errors: [
        {
          messageId: 'missingMediaMode',
          ...at(byNameOpentok, "{ archiveMode: 'manual' }"),
          data: opentokMissing,
          // Matched by name only (a wrapper may have its own default): the SDK default is a suggestion, not an autofix.
          suggestions: [{ messageId: 'setMediaMode', data: { text: "'relayed'" }, output: byNameOpentok.replace("'manual' }", "'manual', mediaMode: 'relayed' }") }],
        },
      ],
    },
    {
      // Options in a shared constant: reported at the argument, no edit.
      code: sharedOptions,
      languageOptions: commonjs,
      errors: [{ messageId: 'missingMediaMode', ...at(sharedOptions, 'SESSION_OPTIONS', 2), data: opentokMissing, suggestions: [] }],
    },
    {
      // require: 'routed' — opentok's default is relayed.
      code: routedDefault,
      options: [{ require: 'routed' }],
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'defaultViolatesPolicy',
          ...at(routedDefault, "{ archiveMode: 'always' }"),
          data: { mode: 'relayed', sdk: 'opentok', required: 'routed', target: 'routed' },
          suggestions: [{ messageId: 'setMediaMode', data: { text: "'routed'", member: '' }, output: routedDefault.replace("'always' }", "'always', mediaMode: 'routed' }") }],
        },
      ],
    },
    {
      // require: 'routed' — an explicit relayed session.
      code: routedButRelayed,
      options: [{ require: 'routed' }],
      errors: [
        {
          messageId: 'modeViolatesPolicy',
          ...at(routedButRelayed, "'relayed'"),
          data: { mode: 'relayed', required: 'routed', target: 'routed' },
          suggestions: [{ messageId: 'setMediaMode', data: { text: "'routed'", member: '' }, output: routedButRelayed.replace("'relayed'", "'routed'") }],
        },
      ],
    },
    {
      // require: 'routed' — @vonage/video's enum.
      code: routedVideoRelayed,
      options: [{ require: 'routed' }],
      errors: [
        {
          messageId: 'modeViolatesPolicy',
          ...at(routedVideoRelayed, 'MediaMode.RELAYED'),
          data: { mode: 'relayed', required: 'routed', target: 'routed' },
          suggestions: [{ messageId: 'setMediaMode', data: { text: 'MediaMode.ROUTED', member: '' }, output: routedVideoRelayed.replace('MediaMode.RELAYED', 'MediaMode.ROUTED') }],
        },
      ],
    },
    {
      // require: 'routed' — @vonage/video's default meets it: the default is written explicitly.
      code: videoImported,
      options: [{ require: 'routed' }],
      errors: [{ messageId: 'missingMediaMode', ...at(videoImported, 'createSession'), data: videoMissing, suggestions: [{ messageId: 'setMediaMode', data: { text: 'MediaMode.ROUTED' }, output: videoImported.replace('createSession()', 'createSession({ mediaMode: MediaMode.ROUTED })') }] }],
    },
    {
      // require: 'relayed' — @vonage/video's default is routed.
      code: relayedVideoDefault,
      options: [{ require: 'relayed' }],
      errors: [
        {
          messageId: 'defaultViolatesPolicy',
          ...at(relayedVideoDefault, 'createSession'),
          data: { mode: 'routed', sdk: '@vonage/video', required: 'relayed', target: 'relayed' },
          suggestions: [
            { messageId: 'setMediaMode', data: { text: 'MediaMode.RELAYED', member: '' }, output: relayedVideoDefault.replace('createSession()', 'createSession({ mediaMode: MediaMode.RELAYED })') },
          ],
        },
      ],
    },
    {
      // require: 'relayed' — vonage.video without the enum: the raw value.
      code: relayedServerSdk,
      options: [{ require: 'relayed' }],
      errors: [
        {
          messageId: 'defaultViolatesPolicy',
          ...at(relayedServerSdk, '{}'),
          data: { mode: 'routed', sdk: '@vonage/video', required: 'relayed', target: 'relayed' },
          suggestions: [
            { messageId: 'setMediaModeValue', data: { text: "'enabled'", member: 'MediaMode.RELAYED' }, output: relayedServerSdk.replace('{}', "{ mediaMode: 'enabled' }") },
          ],
        },
      ],
    },
    {
      // require: 'relayed' — opentok's default meets it: autofixed.
      code: emptyOptions,
      options: [{ require: 'relayed' }],
      errors: [{ messageId: 'missingMediaMode', ...at(emptyOptions, '{}'), data: opentokMissing, suggestions: [{ messageId: 'setMediaMode', data: { text: "'relayed'" }, output: emptyOptions.replace('{}', "{ mediaMode: 'relayed' }") }] }],
    },
    {
      // require: 'e2ee' — opentok's default: routed and e2ee are inserted together.
      code: e2eeDefault,
      options: [{ require: 'e2ee' }],
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'defaultViolatesPolicy',
          ...at(e2eeDefault, '{}'),
          data: { mode: 'relayed', sdk: 'opentok', required: E2EE, target: 'routed' },
          suggestions: [{ messageId: 'setRoutedE2ee', data: { text: "'routed'", member: '' }, output: e2eeDefault.replace('{}', "{ mediaMode: 'routed', e2ee: true }") }],
        },
      ],
    },
    {
      // require: 'e2ee' — `e2ee: false` is replaced while mediaMode is inserted.
      code: e2eeFalseDefault,
      options: [{ require: 'e2ee' }],
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'defaultViolatesPolicy',
          ...at(e2eeFalseDefault, '{ e2ee: false }'),
          data: { mode: 'relayed', sdk: 'opentok', required: E2EE, target: 'routed' },
          suggestions: [{ messageId: 'setRoutedE2ee', data: { text: "'routed'", member: '' }, output: e2eeFalseDefault.replace('{ e2ee: false }', "{ e2ee: true, mediaMode: 'routed' }") }],
        },
      ],
    },
    {
      // require: 'e2ee' — an e2ee value chosen at run time is left as it is; only the mode is set.
      code: e2eeDynamicDefault,
      options: [{ require: 'e2ee' }],
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'defaultViolatesPolicy',
          ...at(e2eeDynamicDefault, '{ e2ee: config.e2ee }'),
          data: { mode: 'relayed', sdk: 'opentok', required: E2EE, target: 'routed' },
          suggestions: [{ messageId: 'setMediaMode', data: { text: "'routed'", member: '' }, output: e2eeDynamicDefault.replace('config.e2ee }', "config.e2ee, mediaMode: 'routed' }") }],
        },
      ],
    },
    {
      // require: 'e2ee' — relayed with e2ee already on: only the mode changes.
      code: e2eeRelayed,
      options: [{ require: 'e2ee' }],
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'modeViolatesPolicy',
          ...at(e2eeRelayed, "'relayed'"),
          data: { mode: 'relayed', required: E2EE, target: 'routed' },
          suggestions: [{ messageId: 'setMediaMode', data: { text: "'routed'", member: '' }, output: e2eeRelayed.replace("'relayed'", "'routed'") }],
        },
      ],
    },
    {
      // require: 'e2ee' — routed without e2ee: reported at the options.
      code: e2eeMissing,
      options: [{ require: 'e2ee' }],
      errors: [
        {
          messageId: 'e2eeRequired',
          ...at(e2eeMissing, "{ mediaMode: 'routed' }"),
          data: {},
          suggestions: [{ messageId: 'setE2ee', data: {}, output: e2eeMissing.replace("'routed' }", "'routed', e2ee: true }") }],
        },
      ],
    },
    {
      // require: 'e2ee' — `e2ee: false`: reported at the value.
      code: e2eeFalse,
      options: [{ require: 'e2ee' }],
      errors: [{ messageId: 'e2eeRequired', ...at(e2eeFalse, 'false'), data: {}, suggestions: [{ messageId: 'setE2ee', data: {}, output: e2eeFalse.replace('false', 'true') }] }],
    },
    {
      // require: 'e2ee' — options in a constant: nothing to insert at the call.
      code: e2eeShared,
      options: [{ require: 'e2ee' }],
      errors: [{ messageId: 'e2eeRequired', ...at(e2eeShared, 'OPTIONS', 2), data: {}, suggestions: [] }],
    },
    {
      // require: 'e2ee' — @vonage/video cannot create encrypted sessions.
      code: e2eeVideo,
      options: [{ require: 'e2ee' }],
      errors: [{ messageId: 'e2eeUnsupported', ...at(e2eeVideo, '{ mediaMode: MediaMode.ROUTED }'), data: {}, suggestions: [] }],
    },
    {
      // require: 'routed' with options in a shared constant: reported, nothing can be inserted at the call.
      code: sharedRouted,
      options: [{ require: 'routed' }],
      languageOptions: commonjs,
      errors: [
        { messageId: 'defaultViolatesPolicy', ...at(sharedRouted, 'SESSION_OPTIONS', 2), data: { mode: 'relayed', sdk: 'opentok', required: 'routed', target: 'routed' }, suggestions: [] },
      ],
    },
    {
      // The method taken off the client: reported at the whole call, the fix still goes before the callback.
      code: destructuredCreate,
      languageOptions: commonjs,
      errors: [{ messageId: 'missingMediaMode', ...at(destructuredCreate, 'createSession((err, session) => callback(session))'), data: opentokMissing, suggestions: [{ messageId: 'setMediaMode', data: { text: "'relayed'" }, output: destructuredCreate.replace('createSession((err', "createSession({ mediaMode: 'relayed' }, (err") }] }],
    },
    {
      // A rest element in the destructuring of @vonage/video: not extended; a suggestion with the raw value.
      code: restRequire,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'missingMediaMode',
          ...at(restRequire, 'createSession'),
          data: videoMissing,
          suggestions: [
            { messageId: 'setMediaModeValue', data: { text: "'disabled'", member: 'MediaMode.ROUTED' }, output: restRequire.replace('createSession()', "createSession({ mediaMode: 'disabled' })") },
          ],
        },
      ],
    },
    {
      // A type-only specifier: `MediaMode` is not a value here; a suggestion with the raw value.
      code: typeSpecifier,
      parsers: ['typescript'],
      errors: [
        {
          messageId: 'missingMediaMode',
          ...at(typeSpecifier, 'createSession'),
          data: videoMissing,
          suggestions: [
            { messageId: 'setMediaModeValue', data: { text: "'disabled'", member: 'MediaMode.ROUTED' }, output: typeSpecifier.replace('createSession()', "createSession({ mediaMode: 'disabled' })") },
          ],
        },
      ],
    },
  ],
});
