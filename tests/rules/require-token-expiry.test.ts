import rule from '../../src/rules/require-token-expiry';
import { at } from '../helpers/locate';
import { runRuleTester } from '../helpers/rule-tester';

const OPENTOK = `import OpenTok from 'opentok';\nconst opentok = new OpenTok(process.env.OT_KEY, process.env.OT_SECRET);\n`;
const VIDEO = `import { Video } from '@vonage/video';\nconst video = new Video({ applicationId: process.env.APP_ID, privateKey: './private.key' });\n`;
const NOW = 'Math.floor(Date.now() / 1000)';

/** An opentok token call with the given options text. */
const opentok = (options: string) => `${OPENTOK}export const token = (sessionId) => opentok.generateToken(sessionId, ${options});\n`;
/** A @vonage/video token call with the given options text. */
const video = (options: string) => `${VIDEO}export const token = (sessionId) => video.generateClientToken(sessionId, ${options});\n`;

const missingOpentok = `${OPENTOK}export const token = (sessionId) => opentok.generateToken(sessionId);\n`;
const missingVonage = `const { Vonage } = require('@vonage/server-sdk');
const vonage = new Vonage({ applicationId: process.env.APP_ID, privateKey: process.env.KEY });
module.exports = (req, res) => res.json({ token: vonage.video.generateClientToken(req.params.sessionId, { role: 'subscriber' }) });
`;
const missingSession = `${OPENTOK}opentok.createSession({ mediaMode: 'routed' }, (error, session) => {
  save(session.sessionId, session.generateToken());
});
`;
const milliseconds = opentok(`{ role: 'publisher', expireTime: Date.now() + 60 * 60 * 1000 }`);
const millisecondsGetTime = video(`{ expireTime: new Date().getTime() + ONE_HOUR_MS }`).replace('export const token', 'const ONE_HOUR_MS = 3600000;\nexport const token');
const duration = opentok(`{ expireTime: 3600 }`);
const durationConstant = `${VIDEO}const TOKEN_TTL = 60 * 60 * 24;\nexport const token = (sid) => video.generateClientToken(sid, { expireTime: TOKEN_TTL });\n`;
const weekLong = opentok(`{ expireTime: ${NOW} + 7 * 24 * 60 * 60 }`);
const nowVariable = `${OPENTOK}export function token(sessionId) {
  const now = dayjs().unix();
  return opentok.generateToken(sessionId, { expireTime: now + 86400 * 30 });
}
`;
const shorthand = `${VIDEO}export const token = (sessionId) => {
  const expireTime = Date.now() + 3_600_000;
  return video.generateClientToken(sessionId, { expireTime });
};
`;
const nest = `import { Injectable } from '@nestjs/common';
import { Video } from '@vonage/video';
@Injectable()
export class TokenService {
  constructor(private readonly video: Video) {}
  issue(sessionId: string): string {
    return this.video.generateClientToken(sessionId, { role: 'publisher', expireTime: Math.round(+new Date() / 1000) + 3 * 3600 });
  }
}
`;
const sharedOptions = `${OPENTOK}const TOKEN_OPTIONS = { role: 'subscriber' };
export const token = (sid) => opentok.generateToken(sid, TOKEN_OPTIONS);
`;
const emptyObject = opentok('{}');
const absoluteMilliseconds = opentok(`{ expireTime: 1893456000000 }`);
const byName = `import { videoClient } from './lib/vonage';
export default async function handler(req, res) {
  res.json({ token: videoClient.generateClientToken(req.query.room, { expireTime: Date.now() / 1000 + 90 * 24 * 3600 }) });
}
`;
const sequence = opentok(`{ expireTime: (log(), 1800) }`);

runRuleTester('require-token-expiry', rule, {
  valid: [
    // Options built step by step: the expiry is set after the declaration, so no default is stated and nothing inserted.
    `${OPENTOK}export const token = (sessionId) => {\n  const options = {};\n  options.expireTime = ${NOW} + 600;\n  return opentok.generateToken(sessionId, options);\n};`,
    `${OPENTOK}export const token = (sessionId) => {\n  const options = { role: 'subscriber' };\n  Object.assign(options, { expireTime: ${NOW} + 600 });\n  return opentok.generateToken(sessionId, options);\n};`,
    // Seconds since the epoch, within the default 2 hours.
    opentok(`{ role: 'publisher', expireTime: ${NOW} + 3600 }`),
    opentok(`{ expireTime: Math.round(Date.now() / 1000) + 2 * 60 * 60 }`),
    opentok(`{ expireTime: (Date.now() / 1000 | 0) + 600 }`),
    opentok(`{ expireTime: ~~(Date.now() / 1000) + 600 }`),
    opentok(`{ expireTime: Math.trunc(new Date().getTime() / 1000) + 1800 }`),
    opentok(`{ expireTime: moment().unix() + 1800 }`),
    opentok(`{ expireTime: dayjs.utc().unix() + 60 * 30 }`),
    opentok(`{ expireTime: getUnixTime(new Date()) + 3600 }`),
    opentok(`{ expireTime: DateTime.now().toSeconds() + 3600 }`),
    opentok(`{ expireTime: parseInt(Date.now() / 1000, 10) + 3600 }`),
    opentok(`{ expireTime: Math.floor((Date.now() + 60 * 60 * 1000) / 1000) }`),
    // Values the rule cannot evaluate are left alone: a function result, a parameter, a database field.
    opentok(`{ expireTime: computeExpiry(meeting) }`),
    opentok(`{ expireTime: meeting.endsAt }`),
    opentok(`{ expireTime: Number(process.env.TOKEN_EXPIRY) }`),
    // Options the rule cannot see (a parameter, a spread of unknown content) are not reported as missing.
    `${OPENTOK}export const token = (sid, options) => opentok.generateToken(sid, options);`,
    opentok(`{ ...defaults, role: 'subscriber' }`),
    // A 24 h limit accepts the SDK default; a 7-day limit accepts a week.
    { code: missingOpentok, options: [{ maxSeconds: 86400 }] },
    { code: weekLong, options: [{ maxSeconds: 7 * 24 * 3600 }] },
    // Not a Vonage token call: no Vonage usage and an unrelated receiver.
    `export const t = (tokens, user) => tokens.generateToken(user, { expireTime: Date.now() + 1000 });`,
    `import jwt from 'jsonwebtoken'; jwt.sign({ exp: Date.now() + 1000 }, key);`,
    // A hard-coded absolute time in seconds is not a duration nor milliseconds.
    opentok(`{ expireTime: 1893456000 }`),
  ],
  invalid: [
    {
      // No options at all: the SDK default of 24 h is longer than 2 h.
      code: missingOpentok,
      errors: [
        {
          messageId: 'missingExpiry',
          ...at(missingOpentok, 'generateToken'),
          data: { lifetime: '24 hours', max: '2 hours' },
          suggestions: [
            {
              messageId: 'addExpiry',
              data: { max: '2 hours', seconds: '7200' },
              output: missingOpentok.replace('generateToken(sessionId)', `generateToken(sessionId, { expireTime: ${NOW} + 7200 })`),
            },
          ],
        },
      ],
    },
    {
      // vonage.video with options but no expireTime (CommonJS, @vonage/server-sdk).
      code: missingVonage,
      languageOptions: { sourceType: 'commonjs' },
      errors: [
        {
          messageId: 'missingExpiry',
          ...at(missingVonage, `{ role: 'subscriber' }`),
          data: { lifetime: '24 hours', max: '2 hours' },
          suggestions: [
            {
              messageId: 'addExpiry',
              data: { max: '2 hours', seconds: '7200' },
              output: missingVonage.replace(`{ role: 'subscriber' }`, `{ role: 'subscriber', expireTime: ${NOW} + 7200 }`),
            },
          ],
        },
      ],
    },
    {
      // The Session handed to opentok's createSession callback.
      code: missingSession,
      errors: [
        {
          messageId: 'missingExpiry',
          ...at(missingSession, 'generateToken'),
          data: { lifetime: '24 hours', max: '2 hours' },
          suggestions: [
            { messageId: 'addExpiry', data: { max: '2 hours', seconds: '7200' }, output: missingSession.replace('generateToken()', `generateToken({ expireTime: ${NOW} + 7200 })`) },
          ],
        },
      ],
    },
    {
      // An empty options object.
      code: emptyObject,
      options: [{ maxSeconds: 3600 }],
      errors: [
        {
          messageId: 'missingExpiry',
          ...at(emptyObject, '{}'),
          data: { lifetime: '24 hours', max: '1 hour' },
          suggestions: [{ messageId: 'addExpiry', data: { max: '1 hour', seconds: '3600' }, output: emptyObject.replace('{}', `{ expireTime: ${NOW} + 3600 }`) }],
        },
      ],
    },
    {
      // Options kept in a shared constant: reported, but no edit of the shared object is offered.
      code: sharedOptions,
      errors: [{ messageId: 'missingExpiry', ...at(sharedOptions, 'TOKEN_OPTIONS', 2), data: { lifetime: '24 hours', max: '2 hours' }, suggestions: [] }],
    },
    {
      // Date.now() without / 1000: milliseconds.
      code: milliseconds,
      errors: [
        {
          messageId: 'milliseconds',
          ...at(milliseconds, 'Date.now() + 60 * 60 * 1000'),
          data: {},
          suggestions: [{ messageId: 'toSeconds', data: {}, output: milliseconds.replace('Date.now() + 60 * 60 * 1000', 'Math.floor((Date.now() + 60 * 60 * 1000) / 1000)') }],
        },
      ],
    },
    {
      // fixMilliseconds turns the conversion into an autofix.
      code: milliseconds,
      options: [{ fixMilliseconds: true }],
      output: milliseconds.replace('Date.now() + 60 * 60 * 1000', 'Math.floor((Date.now() + 60 * 60 * 1000) / 1000)'),
      errors: [{ messageId: 'milliseconds', ...at(milliseconds, 'Date.now() + 60 * 60 * 1000'), data: {}, suggestions: [] }],
    },
    {
      // new Date().getTime() plus a constant, on @vonage/video.
      code: millisecondsGetTime,
      errors: [
        {
          messageId: 'milliseconds',
          ...at(millisecondsGetTime, 'new Date().getTime() + ONE_HOUR_MS'),
          data: {},
          suggestions: [{ messageId: 'toSeconds', data: {}, output: millisecondsGetTime.replace('new Date().getTime() + ONE_HOUR_MS', 'Math.floor((new Date().getTime() + ONE_HOUR_MS) / 1000)') }],
        },
      ],
    },
    {
      // A shorthand property holding milliseconds: the fix keeps the key.
      code: shorthand,
      options: [{ fixMilliseconds: true }],
      output: shorthand.replace('{ expireTime }', '{ expireTime: Math.floor(expireTime / 1000) }'),
      errors: [{ messageId: 'milliseconds', ...at(shorthand, 'expireTime', 2), data: {}, suggestions: [] }],
    },
    {
      // An absolute timestamp in milliseconds.
      code: absoluteMilliseconds,
      errors: [
        {
          messageId: 'milliseconds',
          ...at(absoluteMilliseconds, '1893456000000'),
          data: {},
          suggestions: [{ messageId: 'toSeconds', data: {}, output: absoluteMilliseconds.replace('1893456000000', 'Math.floor(1893456000000 / 1000)') }],
        },
      ],
    },
    {
      // A duration where an absolute time is required.
      code: duration,
      errors: [
        {
          messageId: 'duration',
          ...at(duration, '3600'),
          data: { lifetime: '1 hour' },
          suggestions: [{ messageId: 'addNow', data: {}, output: duration.replace('expireTime: 3600', `expireTime: ${NOW} + 3600`) }],
        },
      ],
    },
    {
      // A duration held in a constant, longer than the limit: both repairs are offered.
      code: durationConstant,
      errors: [
        {
          messageId: 'duration',
          ...at(durationConstant, 'TOKEN_TTL', 2),
          data: { lifetime: '24 hours' },
          suggestions: [
            { messageId: 'addNow', data: {}, output: durationConstant.replace('expireTime: TOKEN_TTL', `expireTime: ${NOW} + TOKEN_TTL`) },
            { messageId: 'useMaxLifetime', data: { max: '2 hours', seconds: '7200' }, output: durationConstant.replace('expireTime: TOKEN_TTL', `expireTime: ${NOW} + 7200`) },
          ],
        },
      ],
    },
    {
      // A duration in a sequence expression keeps its parentheses.
      code: sequence,
      errors: [
        {
          messageId: 'duration',
          ...at(sequence, 'log(), 1800'),
          data: { lifetime: '30 minutes' },
          suggestions: [{ messageId: 'addNow', data: {}, output: sequence.replace('(log(), 1800)', `(${NOW} + (log(), 1800))`) }],
        },
      ],
    },
    {
      // A week-long token.
      code: weekLong,
      errors: [
        {
          messageId: 'tooLong',
          ...at(weekLong, `${NOW} + 7 * 24 * 60 * 60`),
          data: { lifetime: '7 days', max: '2 hours' },
          suggestions: [{ messageId: 'useMaxLifetime', data: { max: '2 hours', seconds: '7200' }, output: weekLong.replace(`${NOW} + 7 * 24 * 60 * 60`, `${NOW} + 7200`) }],
        },
      ],
    },
    {
      // "now" kept in a variable (dayjs), 30 days ahead, with a custom limit.
      code: nowVariable,
      options: [{ maxSeconds: 86400 }],
      errors: [
        {
          messageId: 'tooLong',
          ...at(nowVariable, 'now + 86400 * 30'),
          data: { lifetime: '30 days', max: '24 hours' },
          suggestions: [{ messageId: 'useMaxLifetime', data: { max: '24 hours', seconds: '86400' }, output: nowVariable.replace('now + 86400 * 30', `${NOW} + 86400`) }],
        },
      ],
    },
    {
      // NestJS service with an injected Video client; +new Date() spelling of now.
      code: nest,
      parsers: ['typescript'],
      errors: [
        {
          messageId: 'tooLong',
          ...at(nest, 'Math.round(+new Date() / 1000) + 3 * 3600'),
          data: { lifetime: '3 hours', max: '2 hours' },
          suggestions: [{ messageId: 'useMaxLifetime', data: { max: '2 hours', seconds: '7200' }, output: nest.replace('Math.round(+new Date() / 1000) + 3 * 3600', `${NOW} + 7200`) }],
        },
      ],
    },
    {
      // By name: a client imported from the project's own Vonage module (Next.js pages API route).
      code: byName,
      errors: [
        {
          messageId: 'tooLong',
          ...at(byName, 'Date.now() / 1000 + 90 * 24 * 3600'),
          data: { lifetime: '90 days', max: '2 hours' },
          suggestions: [{ messageId: 'useMaxLifetime', data: { max: '2 hours', seconds: '7200' }, output: byName.replace('Date.now() / 1000 + 90 * 24 * 3600', `${NOW} + 7200`) }],
        },
      ],
    },
  ],
});
