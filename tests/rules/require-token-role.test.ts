import rule from '../../src/rules/require-token-role';
import { at } from '../helpers/locate';
import { runRuleTester } from '../helpers/rule-tester';

const OPENTOK = `const OpenTok = require('opentok');\nconst opentok = new OpenTok(process.env.OT_KEY, process.env.OT_SECRET);\n`;
const VIDEO = `import { Video } from '@vonage/video';\nconst video = new Video({ applicationId: process.env.APP_ID, privateKey: './private.key' });\n`;
const commonjs = { sourceType: 'commonjs' } as const;
// The rule reports a token without a role only where the file shows that roles matter (here: a moderator token too).
const HOST_OT = `opentok.generateToken(hostSessionId, { role: 'moderator' });\n`;
const HOST_V = `video.generateClientToken(hostSessionId, { role: 'moderator' });\n`;

const noOptions = `${OPENTOK}app.get('/token/:room', (req, res) => res.json({ token: opentok.generateToken(rooms[req.params.room]) }));\n${HOST_OT}`;
const noRole = `${VIDEO}export const token = (sessionId: string) => video.generateClientToken(sessionId, { expireTime: Math.floor(Date.now() / 1000) + 3600 });\n${HOST_V}`;
const trailingComma = `${VIDEO}export const token = (sessionId) =>
  video.generateClientToken(sessionId, {
    data: 'room=lobby',
  });
${HOST_V}`;
const emptyOptions = `${VIDEO}export const token = (sessionId) => video.generateClientToken(sessionId, {});\n${HOST_V}`;
const undefinedOptions = `${OPENTOK}module.exports = (sid) => opentok.generateToken(sid, undefined, true);\n${HOST_OT}`;
const sessionCallback = `${OPENTOK}opentok.createSession({ mediaMode: 'routed' }, (err, session) => {
  if (err) throw err;
  console.log(session.generateToken());
  console.log(session.generateToken({ role: 'subscriber' }));
});
`;
const vonageClient = `import { Vonage } from '@vonage/server-sdk';
const vonage = new Vonage({ applicationId: process.env.APP_ID, privateKey: process.env.PRIVATE_KEY });
export async function GET(request) {
  const sessionId = new URL(request.url).searchParams.get('session');
  return Response.json({ token: vonage.video.generateClientToken(sessionId) });
}
export const host = (sid) => vonage.video.generateClientToken(sid, { role: 'moderator' });
`;
const sharedOptions = `${VIDEO}const OPTIONS = { data: 'room=lobby' };
export const token = (sid) => video.generateClientToken(sid, OPTIONS);
${HOST_V}`;
const byNameRole = `import { videoClient } from './lib/vonage';\nexport const token = (sid) => videoClient.generateClientToken(sid);\nexport const viewer = (sid) => videoClient.generateClientToken(sid, { role: 'subscriber' });\n`;
const capitalised = `${VIDEO}export const token = (sid) => video.generateClientToken(sid, { role: 'Moderator' });\n`;
const admin = `${OPENTOK}module.exports = (sid) => opentok.generateToken(sid, { role: 'admin', expireTime: Math.floor(Date.now() / 1000) + 60 });\n`;
const hyphenated = `${VIDEO}export const token = (sid) => video.generateClientToken(sid, { role: \`publisher-only\` });\n`;
const constantRole = `${VIDEO}const ROLE = 'host';\nexport const token = (sid) => video.generateClientToken(sid, { role: ROLE });\n`;
const shorthandRole = `${VIDEO}export const token = (sid) => {
  const role = 'viewers';
  return video.generateClientToken(sid, { role });
};
`;

const stepRole = `${VIDEO}export const host = (sid, user) => { const o = {}; o.role = user.isHost ? 'moderator' : 'subscriber'; return video.generateClientToken(sid, o); };\nexport const guest = (sid) => video.generateClientToken(sid);\n`;

runRuleTester('require-token-role', rule, {
  valid: [
    // No role anywhere in the file: every participant gets the same default role, so there is no choice to make.
    `${VIDEO}export const token = (sid) => video.generateClientToken(sid, { expireTime: Math.floor(Date.now() / 1000) + 3600 });`,
    { code: `${OPENTOK}app.get('/t', (req, res) => res.json({ token: opentok.generateToken(req.room.sessionId) }));\nopentok.generateToken(other, { role: 'publisher' });`, languageOptions: commonjs },
    // Options built step by step, or with Object.assign: the role is set, and no default is stated.
    `${VIDEO}${HOST_V}export const t = (sid) => { const o = {}; o.role = 'moderator'; return video.generateClientToken(sid, o); };`,
    `${VIDEO}${HOST_V}export const t = (sid) => { const o = {}; Object.assign(o, { role: 'subscriber' }); return video.generateClientToken(sid, o); };`,
    // Every valid role, written explicitly.
    ...['subscriber', 'publisher', 'publisheronly', 'moderator'].map(role => `${VIDEO}video.generateClientToken(sid, { role: '${role}' });`),
    { code: `${OPENTOK}opentok.generateToken(sid, { role: 'subscriber', data: 'x' });`, languageOptions: commonjs },
    // A role computed at run time is left to no-client-controlled-role.
    `${VIDEO}video.generateClientToken(sid, { role: user.isHost ? 'moderator' : 'subscriber' });`,
    `${VIDEO}video.generateClientToken(sid, { role: roleFor(user) });`,
    // Options the rule cannot see.
    `${VIDEO}export const t = (sid, options) => video.generateClientToken(sid, options);`,
    `${VIDEO}video.generateClientToken(sid, { ...tokenDefaults });`,
    // A role that arrives through a spread constant counts.
    `${VIDEO}const BASE = { role: 'subscriber' };\nvideo.generateClientToken(sid, { ...BASE, data: 'x' });`,
    // A computed key may be the role: options are not fully known.
    `${VIDEO}video.generateClientToken(sid, { [key]: 'moderator', expireTime: Math.floor(Date.now() / 1000) + 60 });`,
    // A project's own generateToken with options the SDK does not take is not the SDK's (matched by name).
    `${VIDEO}export const t = (user) => tokenService.generateToken(user.id, { length: 32 });`,
    // Not a Vonage call.
    `export const t = (tokens, user) => tokens.generateToken(user);`,
    `import OpenTok from 'opentok';\nauth.generateToken(user, { role: 'admin' });`,
  ],
  invalid: [
    {
      // A role chosen step by step elsewhere in the file makes a missing role a finding.
      code: stepRole,
      errors: [
        {
          messageId: 'missingRole',
          ...at(stepRole, 'generateClientToken', 2),
          data: {},
          suggestions: [
            { messageId: 'useRole', data: { role: 'subscriber' }, output: stepRole.replace('generateClientToken(sid);', "generateClientToken(sid, { role: 'subscriber' });") },
            { messageId: 'useRole', data: { role: 'publisher' }, output: stepRole.replace('generateClientToken(sid);', "generateClientToken(sid, { role: 'publisher' });") },
          ],
        },
      ],
    },
    {
      // opentok without options, in a file that also mints moderator tokens: suggestions only (subscriber first), never an
      // autofix that would write the SDK default without anyone choosing.
      code: noOptions,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'missingRole',
          ...at(noOptions, 'generateToken'),
          data: {},
          suggestions: [
            { messageId: 'useRole', data: { role: 'subscriber' }, output: noOptions.replace('generateToken(rooms[req.params.room])', "generateToken(rooms[req.params.room], { role: 'subscriber' })") }, { messageId: 'useRole', data: { role: 'publisher' }, output: noOptions.replace('generateToken(rooms[req.params.room])', "generateToken(rooms[req.params.room], { role: 'publisher' })") },
          ],
        },
      ],
    },
    {
      // @vonage/video with options but no role (TypeScript).
      code: noRole,
      parsers: ['typescript'],
      errors: [
        {
          messageId: 'missingRole',
          ...at(noRole, '{ expireTime: Math.floor(Date.now() / 1000) + 3600 }'),
          data: {},
          suggestions: [{ messageId: 'useRole', data: { role: 'subscriber' }, output: noRole.replace('+ 3600 }', "+ 3600, role: 'subscriber' }") }, { messageId: 'useRole', data: { role: 'publisher' }, output: noRole.replace('+ 3600 }', "+ 3600, role: 'publisher' }") }],
        },
      ],
    },
    {
      // A multi-line object with a trailing comma keeps its style.
      code: trailingComma,
      errors: [
        {
          messageId: 'missingRole',
          ...at(trailingComma, "{\n    data: 'room=lobby',\n  }"),
          data: {},
          suggestions: [{ messageId: 'useRole', data: { role: 'subscriber' }, output: trailingComma.replace("data: 'room=lobby',", "data: 'room=lobby', role: 'subscriber',") }, { messageId: 'useRole', data: { role: 'publisher' }, output: trailingComma.replace("data: 'room=lobby',", "data: 'room=lobby', role: 'publisher',") }],
        },
      ],
    },
    {
      // An empty options object.
      code: emptyOptions,
      errors: [
        {
          messageId: 'missingRole',
          ...at(emptyOptions, '{}'),
          data: {},
          suggestions: [{ messageId: 'useRole', data: { role: 'subscriber' }, output: emptyOptions.replace('{}', "{ role: 'subscriber' }") }, { messageId: 'useRole', data: { role: 'publisher' }, output: emptyOptions.replace('{}', "{ role: 'publisher' }") }],
        },
      ],
    },
    {
      // `undefined` in the options position (opentok's T1 flag after it).
      code: undefinedOptions,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'missingRole',
          ...at(undefinedOptions, 'generateToken'),
          data: {},
          suggestions: [{ messageId: 'useRole', data: { role: 'subscriber' }, output: undefinedOptions.replace('undefined', "{ role: 'subscriber' }") }, { messageId: 'useRole', data: { role: 'publisher' }, output: undefinedOptions.replace('undefined', "{ role: 'publisher' }") }],
        },
      ],
    },
    {
      // The Session of opentok's createSession callback.
      code: sessionCallback,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'missingRole',
          ...at(sessionCallback, 'generateToken'),
          data: {},
          suggestions: [{ messageId: 'useRole', data: { role: 'subscriber' }, output: sessionCallback.replace('generateToken()', "generateToken({ role: 'subscriber' })") }, { messageId: 'useRole', data: { role: 'publisher' }, output: sessionCallback.replace('generateToken()', "generateToken({ role: 'publisher' })") }],
        },
      ],
    },
    {
      // vonage.video in a Next.js route handler.
      code: vonageClient,
      errors: [
        {
          messageId: 'missingRole',
          ...at(vonageClient, 'generateClientToken'),
          data: {},
          suggestions: [{ messageId: 'useRole', data: { role: 'subscriber' }, output: vonageClient.replace('generateClientToken(sessionId)', "generateClientToken(sessionId, { role: 'subscriber' })") }, { messageId: 'useRole', data: { role: 'publisher' }, output: vonageClient.replace('generateClientToken(sessionId)', "generateClientToken(sessionId, { role: 'publisher' })") }],
        },
      ],
    },
    {
      // A parenthesised session ID: the options go after the parentheses, not inside them (found by the fuzzer).
      code: `${OPENTOK}opentok.generateToken((sid));\n${HOST_OT}`,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'missingRole',
          ...at(`${OPENTOK}opentok.generateToken((sid));\n${HOST_OT}`, 'generateToken'),
          data: {},
          suggestions: [{ messageId: 'useRole', data: { role: 'subscriber' }, output: `${OPENTOK}opentok.generateToken((sid), { role: 'subscriber' });\n${HOST_OT}` },
            { messageId: 'useRole', data: { role: 'publisher' }, output: `${OPENTOK}opentok.generateToken((sid), { role: 'publisher' });\n${HOST_OT}` },
          ],
        },
      ],
    },
    {
      // Matched by name (a client from the project's own module), next to a subscriber token.
      code: byNameRole,
      errors: [
        {
          messageId: 'missingRole',
          ...at(byNameRole, 'generateClientToken'),
          data: {},
          suggestions: [
            { messageId: 'useRole', data: { role: 'subscriber' }, output: byNameRole.replace('generateClientToken(sid)', "generateClientToken(sid, { role: 'subscriber' })") },
            { messageId: 'useRole', data: { role: 'publisher' }, output: byNameRole.replace('generateClientToken(sid)', "generateClientToken(sid, { role: 'publisher' })") },
          ],
        },
      ],
    },
    {
      // Options in a shared constant: reported, no edit of the shared object.
      code: sharedOptions,
      errors: [{ messageId: 'missingRole', ...at(sharedOptions, 'OPTIONS', 2), data: {}, suggestions: [] }],
    },
    {
      // Wrong case: the intended role is offered first.
      code: capitalised,
      errors: [
        {
          messageId: 'unknownRole',
          ...at(capitalised, "'Moderator'"),
          data: { role: 'Moderator' },
          suggestions: [
            { messageId: 'useRole', data: { role: 'moderator' }, output: capitalised.replace("'Moderator'", "'moderator'") },
            { messageId: 'useRole', data: { role: 'subscriber' }, output: capitalised.replace("'Moderator'", "'subscriber'") },
          ],
        },
      ],
    },
    {
      // A role the SDKs do not know.
      code: admin,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'unknownRole',
          ...at(admin, "'admin'"),
          data: { role: 'admin' },
          suggestions: [{ messageId: 'useRole', data: { role: 'subscriber' }, output: admin.replace("'admin'", "'subscriber'") }],
        },
      ],
    },
    {
      // A template literal with a hyphenated spelling.
      code: hyphenated,
      errors: [
        {
          messageId: 'unknownRole',
          ...at(hyphenated, '`publisher-only`'),
          data: { role: 'publisher-only' },
          suggestions: [
            { messageId: 'useRole', data: { role: 'publisheronly' }, output: hyphenated.replace('`publisher-only`', "'publisheronly'") },
            { messageId: 'useRole', data: { role: 'subscriber' }, output: hyphenated.replace('`publisher-only`', "'subscriber'") },
          ],
        },
      ],
    },
    {
      // An unknown role held in a constant: reported at the option, no edit of the constant.
      code: constantRole,
      errors: [{ messageId: 'unknownRole', ...at(constantRole, 'role: ROLE'), data: { role: 'host' }, suggestions: [] }],
    },
    {
      // A shorthand property whose variable holds an unknown role.
      code: shorthandRole,
      errors: [{ messageId: 'unknownRole', ...at(shorthandRole, 'role', 2), data: { role: 'viewers' }, suggestions: [] }],
    },
  ],
});
