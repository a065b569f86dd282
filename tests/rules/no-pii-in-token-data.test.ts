import rule from '../../src/rules/no-pii-in-token-data';
import { commonjs, runRuleTester } from '../helpers/rule-tester';

// ---------------------------------------------------------------------------------------------------------------------
// Helpers. Positions and suggestion outputs are derived from the code text itself, so each case reads as "this piece of
// the code is reported, and accepting the suggestion deletes that piece".
// ---------------------------------------------------------------------------------------------------------------------

/** The category labels the messages use (src/sdk/personal-data.ts), spelled out so a wording change shows up here. */
const CATEGORY = {
  email: 'an e-mail address',
  phone: 'a phone number',
  postalAddress: 'a postal address',
  legalName: "a person's real name",
  birthDate: 'a date of birth',
  nationalId: 'a national or government ID number',
  payment: 'a payment card or bank account number',
  network: 'an IP address',
  location: 'a precise location',
  displayName: 'a display name',
  configured: 'personal data listed in `extraNames`',
} as const;

type Category = keyof typeof CATEGORY;

/** The position of the `occurrence`-th appearance of `text` in `code`, as RuleTester expects it (1-based columns). */
function at(code: string, text: string, occurrence = 1): { line: number; column: number; endLine: number; endColumn: number } {
  let index = -1;
  for (let count = 0; count < occurrence; count++) {
    index = code.indexOf(text, index + 1);
    if (index < 0) throw new Error(`\`${text}\` (occurrence ${occurrence}) is not in the code`);
  }
  const before = code.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  const textLines = text.split('\n');
  const endLine = line + textLines.length - 1;
  const endColumn = textLines.length === 1 ? column + text.length : (textLines[textLines.length - 1] as string).length + 1;
  return { line, column, endLine, endColumn };
}

/** `code` with `from` (which must appear exactly once) replaced by `to`. */
function edit(code: string, from: string, to = ''): string {
  const index = code.indexOf(from);
  if (index < 0 || code.indexOf(from, index + 1) >= 0) throw new Error(`\`${from}\` must appear exactly once in the code`);
  return code.slice(0, index) + to + code.slice(index + from.length);
}

const removeField = (field: string, output: string) => ({ messageId: 'removeField' as const, data: { field }, output });
const removeData = (output: string) => ({ messageId: 'removeData' as const, output });
type Suggestion = ReturnType<typeof removeField> | ReturnType<typeof removeData>;

/** A `personalData` report on `text` (its `occurrence`-th appearance), naming `field` and `category`. */
function pii(code: string, text: string, field: string, category: Category, suggestion: Suggestion, occurrence = 1) {
  return { messageId: 'personalData' as const, data: { category: CATEGORY[category], field }, ...at(code, text, occurrence), suggestions: [suggestion] };
}

/** A `dataTooLong` report on `text`; the rule offers no edit (only the author can decide what to send instead). */
function tooLong(code: string, text: string, length: number, occurrence = 1) {
  return { messageId: 'dataTooLong' as const, data: { length: String(length), max: '1000' }, ...at(code, text, occurrence), suggestions: [] };
}

const OPENTOK = `import OpenTok from 'opentok';

const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
`;

// ---------------------------------------------------------------------------------------------------------------------
// Invalid cases, one constant each (the code is needed twice: as input and to derive positions and outputs).
// ---------------------------------------------------------------------------------------------------------------------

// Express (CommonJS, opentok via require): JSON.stringify of an object with an e-mail next to the user ID.
const EXPRESS = `const express = require('express');
const OpenTok = require('opentok');

const app = express();
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);

app.post('/rooms/:roomId/token', requireUser, (req, res) => {
  const token = opentok.generateToken(req.params.roomId, {
    role: 'publisher',
    data: JSON.stringify({ userId: req.user.id, email: req.user.email }),
  });
  res.json({ token });
});
`;

// ESM opentok: a query string built in a template literal.
const TEMPLATE_QUERY = `${OPENTOK}
export function joinToken(sessionId, roomId, user) {
  return opentok.generateToken(sessionId, { data: \`room=\${roomId}&email=\${user.email}\` });
}
`;

// The session handed to createSession's callback (opentok, plain call without new): the whole value is personal.
const CREATE_SESSION_CALLBACK = `const OpenTok = require('opentok');

const opentok = OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);

exports.startCall = (user, callback) => {
  opentok.createSession({ mediaMode: 'routed' }, (error, session) => {
    if (error) return callback(error);
    const token = session.generateToken({ role: 'moderator', data: \`name=\${user.fullName}\` });
    callback(null, { sessionId: session.sessionId, token });
  });
};
`;

// Next.js app router with @vonage/video (named import): form fields read with formData.get().
const NEXT_ROUTE = `import { Video } from '@vonage/video';
import { NextResponse } from 'next/server';

const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID!, privateKey: process.env.VONAGE_PRIVATE_KEY! });

export async function POST(request: Request) {
  const form = await request.formData();
  const sessionId = String(form.get('sessionId'));
  const token = video.generateClientToken(sessionId, {
    role: 'publisher',
    data: JSON.stringify({ room: form.get('room'), email: form.get('email') }),
  });
  return NextResponse.json({ token });
}
`;

// @vonage/server-sdk's vonage.video (CommonJS destructuring): string concatenation, the whole value personal.
const SERVER_SDK_CONCAT = `const { Vonage } = require('@vonage/server-sdk');

const vonage = new Vonage({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });

module.exports.tokenFor = (sessionId, user) =>
  vonage.video.generateClientToken(sessionId, { data: 'email=' + user.email, role: 'subscriber' });
`;

// AWS Lambda calling a service imported from another module (matched by name): the caller's IP address.
const LAMBDA_BY_NAME = `import { videoService } from '../lib/video-service.js';

export const handler = async (event) => {
  const { sessionId } = JSON.parse(event.body);
  const token = await videoService.generateClientToken(sessionId, {
    data: 'ip=' + event.requestContext.identity.sourceIp,
  });
  return { statusCode: 200, body: JSON.stringify({ token }) };
};
`;

// NestJS service with an injected Video client (TypeScript).
const NEST_SERVICE = `import { Injectable } from '@nestjs/common';
import { Video } from '@vonage/video';

@Injectable()
export class RoomsService {
  constructor(private readonly video: Video) {}

  tokenFor(sessionId: string, user: UserEntity): string {
    return this.video.generateClientToken(sessionId, {
      role: 'publisher',
      data: JSON.stringify({ id: user.id, dob: user.dateOfBirth as string }),
    });
  }
}
`;

// TypeScript's import = require(), the client kept in a class field, a value renamed through a constant.
const TS_IMPORT_EQUALS = `import OpenTok = require('opentok');

export class TokenIssuer {
  private readonly ot = new OpenTok(process.env.OT_KEY as string, process.env.OT_SECRET as string);

  issue(sessionId: string, patient: Patient): string {
    const contact = patient.homePhone!;
    return this.ot.generateToken(sessionId, { role: 'publisher', data: \`patient=\${patient.id};contact=\${contact}\` });
  }
}
`;

// The data is built in a variable first.
const DATA_VARIABLE = `${OPENTOK}
export function tokenFor(sessionId, { email }) {
  const data = JSON.stringify({ email });
  return opentok.generateToken(sessionId, { data });
}
`;

// Express Router: the payload object is a variable, stringified in the call.
const PAYLOAD_VARIABLE = `import { Router } from 'express';
import OpenTok from 'opentok';

const router = Router();
const opentok = new OpenTok(process.env.OT_KEY, process.env.OT_SECRET);

router.post('/token', authenticate, (req, res) => {
  const payload = { phone: req.body.phone };
  const token = opentok.generateToken(req.body.sessionId, { role: 'publisher', data: JSON.stringify(payload) });
  res.send({ token });
});

export default router;
`;

// node:querystring.
const QUERYSTRING = `import querystring from 'node:querystring';
import { Video } from '@vonage/video';

const video = new Video({ applicationId, privateKey });

export const token = (sessionId, user) =>
  video.generateClientToken(sessionId, { data: querystring.stringify({ userId: user.id, mobile_number: user.mobileNumber }) });
`;

// qs with a nested object (qs encodes `user[street]=…`).
const QS_NESTED = `import qs from 'qs';
import { Video } from '@vonage/video';

const video = new Video({ applicationId, privateKey });

export const token = (sessionId, user) =>
  video.generateClientToken(sessionId, { data: qs.stringify({ user: { id: user.id, street: user.street } }) });
`;

// new URLSearchParams({...}).toString().
const URL_SEARCH_PARAMS = `${OPENTOK}
export const tokenFor = (sessionId, userId, user) =>
  opentok.generateToken(sessionId, { data: new URLSearchParams({ userId, phoneNumber: user.phone }).toString() });
`;

// URLSearchParams kept in a variable and turned into text with String().
const URL_SEARCH_PARAMS_VARIABLE = `${OPENTOK}
export function tokenFor(sessionId, roomId, profile) {
  const params = new URLSearchParams({ room: roomId, birthday: profile.birthday });
  return opentok.generateToken(sessionId, { data: String(params) });
}
`;

// A bare member value, through optional chaining: the whole data is the e-mail address.
const WHOLE_MEMBER = `${OPENTOK}
app.get('/token', (req, res) => res.json({ token: opentok.generateToken(req.query.sessionId, { data: req.user?.email }) }));
`;

// Hand-written JSON in a template literal: the key, its quotes and the comma go with the value.
const TEMPLATE_JSON = `${OPENTOK}
export const tokenFor = (sessionId, roomId, user) =>
  opentok.generateToken(sessionId, { data: \`{"email":"\${user.email}","room":"\${roomId}"}\` });
`;

// Name spellings: camelCase with a suffix, snake_case with an owner prefix, upper case, a split word, a plural.
const SPELLINGS = `${OPENTOK}
export const tokenFor = (sessionId, { emails, e_mail, EMAIL, user_email, emailAddress, id }) =>
  opentok.generateToken(sessionId, { data: JSON.stringify({ id, emailAddress, user_email, EMAIL, e_mail, emails }) });
`;

// One field of each remaining category, in a multi-line object.
const CATEGORIES = `${OPENTOK}
app.post('/api/participants/:id/token', async (req, res) => {
  const participant = await Participant.findById(req.params.id);
  const token = opentok.generateToken(participant.sessionId, {
    data: JSON.stringify({
      participantId: participant.id,
      homeAddress: participant.homeAddress,
      zip: participant.zip,
      streetNo: participant.streetNo,
      ssn: participant.ssn,
      passportNo: participant.passportNo,
      cardNumber: participant.cardNumber,
      ipAddress: req.ip,
      latitude: req.body.position.coords.latitude,
    }),
  });
  res.json({ token });
});
`;

// Flags about personal data are fine; the phone number next to them is not.
const FLAGS_AND_PHONE = `${OPENTOK}
export const tokenFor = (sessionId, user) =>
  opentok.generateToken(sessionId, {
    data: JSON.stringify({ userId: user.id, emailVerified: true, hasPhone: !!user.phone, isAdult: user.age >= 18, phone: user.phone }),
  });
`;

// A nested object made only of personal data goes as a whole.
const NESTED_OBJECT = `${OPENTOK}
export const tokenFor = (sessionId, room, email, phone) =>
  opentok.generateToken(sessionId, { data: JSON.stringify({ user: { email, phone }, room }) });
`;

// A conditional under one key: the e-mail branch makes the key personal, the phone inside the other branch goes alone.
const CONDITIONAL_CONTACT = `${OPENTOK}
export const tokenFor = (sessionId, user, preferEmail) =>
  opentok.generateToken(sessionId, { data: JSON.stringify({ contact: preferEmail ? user.email : { id: user.id, phone: user.phone } }) });
`;

// A spread of a constant made only of personal data.
const SPREAD_CONSTANT = `${OPENTOK}
export function tokenFor(sessionId, id, user) {
  const contact = { email: user.email, phone: user.phone };
  return opentok.generateToken(sessionId, { data: JSON.stringify({ id, ...contact }) });
}
`;

// A conditional spread: `...(cond ? { email } : {})`.
const CONDITIONAL_SPREAD = `${OPENTOK}
export const tokenFor = (sessionId, id, user, includeEmail) =>
  opentok.generateToken(sessionId, { data: JSON.stringify({ id, ...(includeEmail ? { email: user.email } : {}) }) });
`;

// A conditional and a nullish fallback: the value is personal in every branch that is not constant.
const CONDITIONAL = `${OPENTOK}
export const hostToken = (sessionId, user, isHost) => opentok.generateToken(sessionId, { data: isHost ? user.email : undefined });
`;
const NULLISH = `${OPENTOK}
export const tokenFor = (sessionId, user) => opentok.generateToken(sessionId, { data: user.phone ?? '' });
`;

// A getter under a neutral key: the value's name gives it away.
const GETTER = `${OPENTOK}
export const tokenFor = (sessionId, user) =>
  opentok.generateToken(sessionId, { data: JSON.stringify({ id: user.getId(), contact: user.getPhoneNumber() }) });
`;

// Base64 hides nothing: Buffer.from(JSON.stringify(…)).toString('base64').
const BASE64 = `${OPENTOK}
export const tokenFor = (sessionId, id, req) =>
  opentok.generateToken(sessionId, { data: Buffer.from(JSON.stringify({ id, clientIp: req.ip })).toString('base64') });
`;

// JSON inside a template literal.
const TEMPLATE_WITH_JSON = `${OPENTOK}
export const tokenFor = (sessionId, id, ssn) => opentok.generateToken(sessionId, { data: \`v1:\${JSON.stringify({ id, ssn })}\` });
`;

// TypeScript: a parenthesised `as` operand and a parenthesised sum; the rebuilt concatenation stays a string.
const TS_CONCAT = `${OPENTOK}
export const tokenFor = (sessionId: string, user: User, seat: number): string =>
  opentok.generateToken(sessionId, { data: (user.email as string) + ';' + (seat + 1) });
`;

// Escapes survive the rebuilt string: quotes, backslash, CR/LF and the line separators.
const ESCAPES = String.raw`import OpenTok from 'opentok';

const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);

export const tokenFor = (sessionId, room, user) =>
  opentok.generateToken(sessionId, { data: "it's \"quoted\"\r\n\u2028\u2029 \\ " + room + '&email=' + user.email });
`;

// A label with a colon, and a comma after the value.
const LABELLED_TEMPLATE = `${OPENTOK}
export const tokenFor = (sessionId, room, user) => opentok.generateToken(sessionId, { data: \`Name: \${user.fullName}, room \${room}\` });
`;

// Two expressions back to back.
const ADJACENT_EXPRESSIONS = `${OPENTOK}
export const tokenFor = (sessionId, room, user) => opentok.generateToken(sessionId, { data: \`\${user.phone}\${room}\` });
`;

// One options constant shared by two calls: one report.
const SHARED_OPTIONS = `${OPENTOK}
export function tokens(user, sessionId, backupSessionId) {
  const options = { role: 'subscriber', data: \`\${user.phone}\` };
  return [opentok.generateToken(sessionId, options), opentok.generateToken(backupSessionId, options)];
}
`;

// Expressions with no text around them.
const EXPRESSION_FIRST = `${OPENTOK}
export const tokenFor = (sessionId, room, user) => opentok.generateToken(sessionId, { data: user.email + ':' + room });
`;
const EXPRESSIONS_ONLY = `${OPENTOK}
export const tokenFor = (sessionId, prefix, user, role) => opentok.generateToken(sessionId, { data: prefix + user.email + role });
`;

// First and last name: two reports, each suggesting to drop the whole (entirely personal) value.
const FULL_NAME_CONCAT = `${OPENTOK}
export const tokenFor = (sessionId, user) => opentok.generateToken(sessionId, { data: user.firstName + ' ' + user.lastName });
`;

// An encoded value after its key, and bracketed query-string keys.
const ENCODED_VALUE = `${OPENTOK}
export const tokenFor = (sessionId, room, user) =>
  opentok.generateToken(sessionId, { data: \`room=\${room}&email=\${encodeURIComponent(user.email)}\` });
`;
const BRACKET_KEYS = `${OPENTOK}
export const tokenFor = (sessionId, user) => opentok.generateToken(sessionId, { data: \`user[id]=\${user.id}&user[email]=\${user.email}\` });
`;

// Computed member call, and a concatenation of template pieces only (the rebuilt text uses single quotes).
const COMPUTED_CALL = `${OPENTOK}
export const tokenFor = (sessionId, room, user) => opentok['generateToken'](sessionId, { data: \`email=\` + user.email + \`&room=\` + room });
`;

// Options.
const EXTRA_NAMES = `${OPENTOK}
export const tokenFor = (sessionId, member) =>
  opentok.generateToken(sessionId, { data: JSON.stringify({ id: member.id, memberNumber: member.no, age: member.age }) });
`;
const ALLOW_NAMES = `${OPENTOK}
export const tokenFor = (sessionId, u) => opentok.generateToken(sessionId, { data: JSON.stringify({ workEmail: u.workEmail, email: u.email }) });
`;
const DISPLAY_NAMES = `${OPENTOK}
export const tokenFor = (sessionId, user, roomName) =>
  opentok.generateToken(sessionId, {
    data: JSON.stringify({ id: user.id, name: user.name, displayName: user.displayName, username: user.username, nickname: user.nick, roomName }),
  });
`;

// Length.
const LONG_TEXT = 'a'.repeat(1001);
const LONG_LITERAL = `${OPENTOK}
export const tokenFor = (sessionId) => opentok.generateToken(sessionId, { data: '${LONG_TEXT}' });
`;
const LONG_CONSTANT = `${OPENTOK}
const WELCOME = \`${LONG_TEXT}\`;
export const tokenFor = (sessionId) => opentok.generateToken(sessionId, { data: WELCOME });
`;
const LONG_PADDED = `${OPENTOK}
const options = { data: ''.padEnd(1200, '-') };
export const tokens = (a, b) => [opentok.generateToken(a, options), opentok.generateToken(b, options)];
`;

runRuleTester('no-pii-in-token-data', rule, {
  valid: [
    // The documented pattern: an opaque ID and a role.
    {
      code: `const OpenTok = require('opentok');
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
app.post('/token', requireUser, (req, res) => {
  res.json({ token: opentok.generateToken(req.body.sessionId, { data: JSON.stringify({ userId: req.user.id, role: 'host' }) }) });
});`,
      languageOptions: commonjs,
    },
    // Constant text, and a room ID in a template.
    `${OPENTOK}export const a = (sid) => opentok.generateToken(sid, { data: 'role=host' });`,
    `${OPENTOK}export const b = (sid, roomId) => opentok.generateToken(sid, { data: \`room=\${roomId}\` });`,
    // Flags about personal data, not the data.
    `${OPENTOK}
export const tokenFor = (sid, user, prefs) =>
  opentok.generateToken(sid, {
    data: JSON.stringify({
      userId: user.id,
      emailVerified: true,
      isEmailVerified: user.isEmailVerified,
      hasPhone: !!user.phone,
      phoneVerified: user.phoneVerified,
      emailOptIn: prefs.emailOptIn,
      hasEmail: user.email != null,
      showAddress: typeof user.address === 'string',
      canCall: Boolean(user.phone),
      emailDomain: user.email.split('@')[1],
    }),
  });`,
    // Look-alike names: a MAC address (not reported, see the docs), Electron's ipcRenderer, ID fields, iPhone, voicemail.
    `${OPENTOK}
export const tokenFor = (sid, device, book, server, upload, order, member, template) =>
  opentok.generateToken(sid, {
    data: JSON.stringify({
      ipcRenderer: 'main',
      addressBookId: book.id,
      macAddress: device.macAddress,
      serverAddress: server.address,
      iPhone: device.model,
      voicemailId: device.voicemailId,
      emailTemplateId: template.id,
      zipFile: upload.path,
      tipAmount: order.tip,
      relationship: member.relationship,
      hostName: server.hostName,
    }),
  });`,
    // Values written into the code are no participant's personal data.
    `${OPENTOK}
const SUPPORT_PHONE = '+1 555 0100';
export const tokenFor = (sid, id) =>
  opentok.generateToken(sid, { data: JSON.stringify({ id, supportEmail: 'help@example.com', phone: SUPPORT_PHONE, address: null, zip: 12345 }) });`,
    `${OPENTOK}export const c = (sid, user) => opentok.generateToken(sid, { data: \`verified=\${user.emailVerified}&n=\${1}&e=\${!user.email}\` });`,
    // Display names are only reported with checkDisplayNames.
    `${OPENTOK}export const d = (sid, user, username) => opentok.generateToken(sid, { data: JSON.stringify({ name: user.name, displayName: user.displayName, username }) });`,
    // With checkDisplayNames, names of things are still fine.
    {
      code: `${OPENTOK}export const e = (sid, room, file, server) => opentok.generateToken(sid, { data: JSON.stringify({ roomName: room.name, fileName: file.name, host: server.hostName }) });`,
      options: [{ checkDisplayNames: true }],
    },
    // allowNames: the project decided e-mail addresses are fine here.
    {
      code: `${OPENTOK}export const f = (sid, user) => opentok.generateToken(sid, { data: JSON.stringify({ e_mail: user.email, userEmail: user.email }) });`,
      options: [{ allowNames: ['email'] }],
    },
    // Not a token: signal data (another call), and generateToken of an unrelated library in a file with no Vonage usage.
    `${OPENTOK}opentok.signal(sessionId, null, { type: 'profile', data: JSON.stringify({ email: user.email }) }, done);`,
    'export const token = tokens.generateToken(user.id, { data: user.email });',
    // No data, data from a parameter, unknown spreads and calls, callbacks.
    `${OPENTOK}export const g = (sid, data, user) => [opentok.generateToken(sid), opentok.generateToken(sid, { role: 'publisher' }), opentok.generateToken(sid, { data }), opentok.generateToken(sid, { data: JSON.stringify({ ...publicProfile(user), at: Date.now() }) })];`,
    `${OPENTOK}export const h = (sid, user, fields) => opentok.generateToken(sid, { data: JSON.stringify({ [fields.key]: user.id, toJSON() { return user.email; }, id: (() => user.email)() }) });`,
    `${OPENTOK}export const i = (sid, user) => opentok.generateToken(sid, { data: sql\`\${user.email}\`, role: (0, pick)(user) });`,
    // Serialisers and wrappers around non-personal values.
    `${OPENTOK}export const j = (sid, user, room, accessor, field) => opentok.generateToken(sid, { data: JSON.stringify() + new Map([[1, user.email]]) + new URLSearchParams() + format(user.email, room, 1) + user.get(1) + user[accessor]() + user[field] });`,
    `${OPENTOK}export const k = (sid, room, user) => opentok.generateToken(sid, { data: String(room).padStart(4, '0') + (room - user.seat) });`,
    // Exactly the limit: 1000 characters.
    `${OPENTOK}export const l = (sid) => opentok.generateToken(sid, { data: '${'b'.repeat(1000)}' });`,
    // Blind spot (documented): String.prototype.repeat is not evaluated statically.
    `${OPENTOK}export const m = (sid) => opentok.generateToken(sid, { data: 'x'.repeat(2000) });`,
    // Constants that refer to each other do not loop.
    `${OPENTOK}
const owner = { id: ownerId, team };
const team = { id: teamId, owner };
export const n = (sid) => opentok.generateToken(sid, { data: JSON.stringify(owner) });`,
    // TypeScript: typed values that are not personal.
    {
      code: `${OPENTOK}export const o = (sid: string, user: { id: string; role: Role }): string => opentok.generateToken(sid, { data: JSON.stringify({ userId: user.id as string, role: user.role satisfies Role }) });`,
      parsers: ['typescript'],
    },
  ],
  invalid: [
    {
      code: EXPRESS,
      languageOptions: commonjs,
      errors: [pii(EXPRESS, 'email: req.user.email', 'email', 'email', removeField('email', edit(EXPRESS, ', email: req.user.email')))],
    },
    {
      code: TEMPLATE_QUERY,
      errors: [pii(TEMPLATE_QUERY, 'user.email', 'email', 'email', removeField('email', edit(TEMPLATE_QUERY, '&email=${user.email}')))],
    },
    {
      code: CREATE_SESSION_CALLBACK,
      languageOptions: commonjs,
      errors: [
        pii(CREATE_SESSION_CALLBACK, 'user.fullName', 'fullName', 'legalName', removeData(edit(CREATE_SESSION_CALLBACK, ', data: `name=${user.fullName}`'))),
      ],
    },
    {
      code: NEXT_ROUTE,
      parsers: ['typescript'],
      errors: [pii(NEXT_ROUTE, "email: form.get('email')", 'email', 'email', removeField('email', edit(NEXT_ROUTE, ", email: form.get('email')")))],
    },
    {
      code: SERVER_SDK_CONCAT,
      languageOptions: commonjs,
      errors: [pii(SERVER_SDK_CONCAT, 'user.email', 'email', 'email', removeData(edit(SERVER_SDK_CONCAT, "data: 'email=' + user.email, ")))],
    },
    {
      code: LAMBDA_BY_NAME,
      errors: [
        pii(
          LAMBDA_BY_NAME,
          'event.requestContext.identity.sourceIp',
          'ip',
          'network',
          removeData(edit(LAMBDA_BY_NAME, "{\n    data: 'ip=' + event.requestContext.identity.sourceIp,\n  }", '{}')),
        ),
      ],
    },
    {
      code: NEST_SERVICE,
      parsers: ['typescript'],
      errors: [pii(NEST_SERVICE, 'dob: user.dateOfBirth as string', 'dob', 'birthDate', removeField('dob', edit(NEST_SERVICE, ', dob: user.dateOfBirth as string')))],
    },
    {
      code: TS_IMPORT_EQUALS,
      parsers: ['typescript'],
      errors: [pii(TS_IMPORT_EQUALS, 'patient.homePhone', 'homePhone', 'phone', removeField('contact', edit(TS_IMPORT_EQUALS, ';contact=${contact}')))],
    },
    {
      code: DATA_VARIABLE,
      errors: [pii(DATA_VARIABLE, 'email', 'email', 'email', removeData(edit(DATA_VARIABLE, '{ data }', '{}')), 2)],
    },
    {
      code: PAYLOAD_VARIABLE,
      errors: [pii(PAYLOAD_VARIABLE, 'phone: req.body.phone', 'phone', 'phone', removeData(edit(PAYLOAD_VARIABLE, ', data: JSON.stringify(payload)')))],
    },
    {
      code: QUERYSTRING,
      errors: [
        pii(QUERYSTRING, 'mobile_number: user.mobileNumber', 'mobile_number', 'phone', removeField('mobile_number', edit(QUERYSTRING, ', mobile_number: user.mobileNumber'))),
      ],
    },
    {
      code: QS_NESTED,
      errors: [pii(QS_NESTED, 'street: user.street', 'street', 'postalAddress', removeField('street', edit(QS_NESTED, ', street: user.street')))],
    },
    {
      code: URL_SEARCH_PARAMS,
      errors: [pii(URL_SEARCH_PARAMS, 'phoneNumber: user.phone', 'phoneNumber', 'phone', removeField('phoneNumber', edit(URL_SEARCH_PARAMS, ', phoneNumber: user.phone')))],
    },
    {
      code: URL_SEARCH_PARAMS_VARIABLE,
      errors: [
        pii(URL_SEARCH_PARAMS_VARIABLE, 'birthday: profile.birthday', 'birthday', 'birthDate', removeField('birthday', edit(URL_SEARCH_PARAMS_VARIABLE, ', birthday: profile.birthday'))),
      ],
    },
    {
      code: WHOLE_MEMBER,
      errors: [pii(WHOLE_MEMBER, 'req.user?.email', 'email', 'email', removeData(edit(WHOLE_MEMBER, '{ data: req.user?.email }', '{}')))],
    },
    {
      code: TEMPLATE_JSON,
      errors: [pii(TEMPLATE_JSON, 'user.email', 'email', 'email', removeField('email', edit(TEMPLATE_JSON, '"email":"${user.email}",')))],
    },
    {
      code: SPELLINGS,
      errors: [
        pii(SPELLINGS, 'emailAddress', 'emailAddress', 'email', removeField('emailAddress', edit(SPELLINGS, 'emailAddress, user_email, EMAIL, e_mail, emails })', 'user_email, EMAIL, e_mail, emails })')), 2),
        pii(SPELLINGS, 'user_email', 'user_email', 'email', removeField('user_email', edit(SPELLINGS, 'user_email, EMAIL, e_mail, emails })', 'EMAIL, e_mail, emails })')), 2),
        pii(SPELLINGS, 'EMAIL', 'EMAIL', 'email', removeField('EMAIL', edit(SPELLINGS, 'EMAIL, e_mail, emails })', 'e_mail, emails })')), 2),
        pii(SPELLINGS, 'e_mail', 'e_mail', 'email', removeField('e_mail', edit(SPELLINGS, 'e_mail, emails })', 'emails })')), 2),
        pii(SPELLINGS, 'emails', 'emails', 'email', removeField('emails', edit(SPELLINGS, ', emails })', ' })')), 2),
      ],
    },
    {
      code: CATEGORIES,
      errors: [
        pii(CATEGORIES, 'homeAddress: participant.homeAddress', 'homeAddress', 'postalAddress', removeField('homeAddress', edit(CATEGORIES, 'homeAddress: participant.homeAddress,\n      '))),
        pii(CATEGORIES, 'zip: participant.zip', 'zip', 'postalAddress', removeField('zip', edit(CATEGORIES, 'zip: participant.zip,\n      '))),
        pii(CATEGORIES, 'streetNo: participant.streetNo', 'streetNo', 'postalAddress', removeField('streetNo', edit(CATEGORIES, 'streetNo: participant.streetNo,\n      '))),
        pii(CATEGORIES, 'ssn: participant.ssn', 'ssn', 'nationalId', removeField('ssn', edit(CATEGORIES, 'ssn: participant.ssn,\n      '))),
        pii(CATEGORIES, 'passportNo: participant.passportNo', 'passportNo', 'nationalId', removeField('passportNo', edit(CATEGORIES, 'passportNo: participant.passportNo,\n      '))),
        pii(CATEGORIES, 'cardNumber: participant.cardNumber', 'cardNumber', 'payment', removeField('cardNumber', edit(CATEGORIES, 'cardNumber: participant.cardNumber,\n      '))),
        pii(CATEGORIES, 'ipAddress: req.ip', 'ipAddress', 'network', removeField('ipAddress', edit(CATEGORIES, 'ipAddress: req.ip,\n      '))),
        pii(CATEGORIES, 'latitude: req.body.position.coords.latitude', 'latitude', 'location', removeField('latitude', edit(CATEGORIES, ',\n      latitude: req.body.position.coords.latitude'))),
      ],
    },
    {
      code: FLAGS_AND_PHONE,
      errors: [pii(FLAGS_AND_PHONE, 'phone: user.phone', 'phone', 'phone', removeField('phone', edit(FLAGS_AND_PHONE, ', phone: user.phone')))],
    },
    {
      code: NESTED_OBJECT,
      errors: [
        pii(NESTED_OBJECT, 'email', 'email', 'email', removeField('user', edit(NESTED_OBJECT, 'user: { email, phone }, ')), 2),
        pii(NESTED_OBJECT, 'phone', 'phone', 'phone', removeField('user', edit(NESTED_OBJECT, 'user: { email, phone }, ')), 2),
      ],
    },
    {
      code: CONDITIONAL_CONTACT,
      errors: [
        pii(CONDITIONAL_CONTACT, 'user.email', 'email', 'email', removeData(edit(CONDITIONAL_CONTACT, '{ data: JSON.stringify({ contact: preferEmail ? user.email : { id: user.id, phone: user.phone } }) }', '{}'))),
        pii(CONDITIONAL_CONTACT, 'phone: user.phone', 'phone', 'phone', removeField('phone', edit(CONDITIONAL_CONTACT, ', phone: user.phone'))),
      ],
    },
    {
      code: SPREAD_CONSTANT,
      errors: [
        pii(SPREAD_CONSTANT, 'email: user.email', 'email', 'email', removeField('...contact', edit(SPREAD_CONSTANT, ', ...contact'))),
        pii(SPREAD_CONSTANT, 'phone: user.phone', 'phone', 'phone', removeField('...contact', edit(SPREAD_CONSTANT, ', ...contact'))),
      ],
    },
    {
      code: CONDITIONAL_SPREAD,
      errors: [
        pii(CONDITIONAL_SPREAD, 'email: user.email', 'email', 'email', removeField('email', edit(CONDITIONAL_SPREAD, ', ...(includeEmail ? { email: user.email } : {})'))),
      ],
    },
    {
      code: CONDITIONAL,
      errors: [pii(CONDITIONAL, 'user.email', 'email', 'email', removeData(edit(CONDITIONAL, '{ data: isHost ? user.email : undefined }', '{}')))],
    },
    {
      code: NULLISH,
      errors: [pii(NULLISH, 'user.phone', 'phone', 'phone', removeData(edit(NULLISH, "{ data: user.phone ?? '' }", '{}')))],
    },
    {
      code: GETTER,
      errors: [pii(GETTER, 'user.getPhoneNumber()', 'getPhoneNumber', 'phone', removeField('contact', edit(GETTER, ', contact: user.getPhoneNumber()')))],
    },
    {
      code: BASE64,
      errors: [pii(BASE64, 'clientIp: req.ip', 'clientIp', 'network', removeField('clientIp', edit(BASE64, ', clientIp: req.ip')))],
    },
    {
      code: TEMPLATE_WITH_JSON,
      errors: [pii(TEMPLATE_WITH_JSON, 'ssn', 'ssn', 'nationalId', removeField('ssn', edit(TEMPLATE_WITH_JSON, '{ id, ssn }', '{ id }')), 2)],
    },
    {
      code: TS_CONCAT,
      parsers: ['typescript'],
      errors: [pii(TS_CONCAT, 'user.email', 'email', 'email', removeField('email', edit(TS_CONCAT, "(user.email as string) + ';' + (seat + 1)", 'String((seat + 1))')))],
    },
    {
      code: ESCAPES,
      errors: [pii(ESCAPES, 'user.email', 'email', 'email', removeField('email', edit(ESCAPES, " + '&email=' + user.email")))],
    },
    {
      code: LABELLED_TEMPLATE,
      errors: [pii(LABELLED_TEMPLATE, 'user.fullName', 'fullName', 'legalName', removeField('Name', edit(LABELLED_TEMPLATE, 'Name: ${user.fullName}, ')))],
    },
    {
      code: ADJACENT_EXPRESSIONS,
      errors: [pii(ADJACENT_EXPRESSIONS, 'user.phone', 'phone', 'phone', removeField('phone', edit(ADJACENT_EXPRESSIONS, '${user.phone}')))],
    },
    {
      code: SHARED_OPTIONS,
      errors: [pii(SHARED_OPTIONS, 'user.phone', 'phone', 'phone', removeData(edit(SHARED_OPTIONS, ', data: `${user.phone}`')))],
    },
    {
      code: EXPRESSION_FIRST,
      errors: [pii(EXPRESSION_FIRST, 'user.email', 'email', 'email', removeField('email', edit(EXPRESSION_FIRST, "user.email + ':' + room", 'String(room)')))],
    },
    {
      code: EXPRESSIONS_ONLY,
      errors: [pii(EXPRESSIONS_ONLY, 'user.email', 'email', 'email', removeField('email', edit(EXPRESSIONS_ONLY, 'prefix + user.email + role', 'String(prefix) + role')))],
    },
    {
      code: FULL_NAME_CONCAT,
      errors: [
        pii(FULL_NAME_CONCAT, 'user.firstName', 'firstName', 'legalName', removeData(edit(FULL_NAME_CONCAT, "{ data: user.firstName + ' ' + user.lastName }", '{}'))),
        pii(FULL_NAME_CONCAT, 'user.lastName', 'lastName', 'legalName', removeData(edit(FULL_NAME_CONCAT, "{ data: user.firstName + ' ' + user.lastName }", '{}'))),
      ],
    },
    {
      code: ENCODED_VALUE,
      errors: [pii(ENCODED_VALUE, 'encodeURIComponent(user.email)', 'email', 'email', removeField('email', edit(ENCODED_VALUE, '&email=${encodeURIComponent(user.email)}')))],
    },
    {
      code: BRACKET_KEYS,
      errors: [pii(BRACKET_KEYS, 'user.email', 'user[email]', 'email', removeField('user[email]', edit(BRACKET_KEYS, '&user[email]=${user.email}')))],
    },
    {
      code: COMPUTED_CALL,
      errors: [pii(COMPUTED_CALL, 'user.email', 'email', 'email', removeField('email', edit(COMPUTED_CALL, '`email=` + user.email + `&room=` + room', "'room=' + room")))],
    },
    {
      code: EXTRA_NAMES,
      options: [{ extraNames: ['memberNumber', 'age'] }],
      errors: [
        pii(EXTRA_NAMES, 'memberNumber: member.no', 'memberNumber', 'configured', removeField('memberNumber', edit(EXTRA_NAMES, ', memberNumber: member.no'))),
        pii(EXTRA_NAMES, 'age: member.age', 'age', 'configured', removeField('age', edit(EXTRA_NAMES, ', age: member.age'))),
      ],
    },
    {
      code: ALLOW_NAMES,
      options: [{ allowNames: ['workEmail'] }],
      errors: [pii(ALLOW_NAMES, 'email: u.email', 'email', 'email', removeField('email', edit(ALLOW_NAMES, ', email: u.email')))],
    },
    {
      code: DISPLAY_NAMES,
      options: [{ checkDisplayNames: true }],
      errors: [
        pii(DISPLAY_NAMES, 'name: user.name', 'name', 'displayName', removeField('name', edit(DISPLAY_NAMES, ' name: user.name,', ''))),
        pii(DISPLAY_NAMES, 'displayName: user.displayName', 'displayName', 'displayName', removeField('displayName', edit(DISPLAY_NAMES, ' displayName: user.displayName,', ''))),
        pii(DISPLAY_NAMES, 'username: user.username', 'username', 'displayName', removeField('username', edit(DISPLAY_NAMES, ' username: user.username,', ''))),
        pii(DISPLAY_NAMES, 'nickname: user.nick', 'nickname', 'displayName', removeField('nickname', edit(DISPLAY_NAMES, ' nickname: user.nick,', ''))),
      ],
    },
    {
      code: LONG_LITERAL,
      errors: [tooLong(LONG_LITERAL, `'${LONG_TEXT}'`, 1001)],
    },
    {
      code: LONG_CONSTANT,
      errors: [tooLong(LONG_CONSTANT, 'WELCOME', 1001, 2)],
    },
    {
      code: LONG_PADDED,
      errors: [tooLong(LONG_PADDED, "''.padEnd(1200, '-')", 1200)],
    },
  ],
});
