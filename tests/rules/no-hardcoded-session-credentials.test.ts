import rule from '../../src/rules/no-hardcoded-session-credentials';
import { runRuleTester } from '../helpers/rule-tester';

// ---------------------------------------------------------------------------------------------------------------------
// Test values. All FAKE: API key 12345678, made-up dates and room names, signatures that sign nothing. They are built
// here, in the open, from the formats in shared/sdk-reference.md section 5, so a reader can see exactly what each is.
// ---------------------------------------------------------------------------------------------------------------------

const base64url = (text: string): string => Buffer.from(text).toString('base64url');
const base64 = (text: string): string => Buffer.from(text).toString('base64');
/** A JWT: base64url(header).base64url(payload).signature (the signature is never checked, only its shape). */
const jwt = (header: object, payload: object, signature: string): string =>
  `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}.${signature}`;

const FAKE_APPLICATION_ID = 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab';

/** `1_` + base64url(`1~<apiKey>~<location>~<create date>~<random>~…`), numeric (OpenTok) API key: starts `1_MX4`. */
const SESSION_ID = `1_${base64url('1~12345678~~Mon Jan 01 00:00:00 PST 2024~fakefakefake~MX4~')}`;
/** The same shape with the `2_` version prefix. */
const SESSION_ID_V2 = `2_${base64url('1~12345678~~Tue Feb 06 10:30:00 PST 2024~anotherfakeroom~MX4~')}`;
/** A session of a Vonage application: the key field is the application UUID, so it starts `2_MX5h`. */
const SESSION_ID_APP = `2_${base64url(`1~${FAKE_APPLICATION_ID}~~Wed Mar 13 12:00:00 PDT 2024~fakevonageapp~MX4~`)}`;

/** Legacy OpenTok token: `T1==` + base64(`partner_id=…&sig=<40 hex>:session_id=…&…`). */
const T1_TOKEN = `T1==${base64(
  `partner_id=12345678&sig=${'0123456789abcdef'.repeat(2)}01234567:session_id=${SESSION_ID}` +
    '&create_time=1704067200&nonce=0.123456789&role=publisher&expire_time=1704074400&initial_layout_class_list=',
)}`;

/** OpenTok (2.21+) client token: HS256, `{"iss":…,"ist":"project",…,"scope":"session.connect"}`. */
const HS256_TOKEN = jwt(
  { alg: 'HS256', typ: 'JWT' },
  {
    iss: '12345678',
    ist: 'project',
    iat: 1704067200,
    exp: 1704074400,
    nonce: 0.5,
    role: 'publisher',
    initial_layout_class_list: '',
    scope: 'session.connect',
    session_id: SESSION_ID,
  },
  base64url('fake-hs256-signature-not-real'),
);

/** `@vonage/video` client token: RS256, `{"scope":"session.connect",…,"sub":"video","acl":…}`. */
const RS256_TOKEN = jwt(
  { alg: 'RS256', typ: 'JWT' },
  {
    scope: 'session.connect',
    session_id: SESSION_ID_APP,
    role: 'moderator',
    initial_layout_class_list: '',
    sub: 'video',
    acl: { paths: { '/session/**': {} } },
    application_id: FAKE_APPLICATION_ID,
    iat: 1704067200,
    exp: 1704074400,
    jti: '00000000-0000-4000-8000-000000000000',
  },
  base64url('fake-rs256-signature-'.repeat(8)),
);

// Look-alikes: same alphabets and prefixes, not Vonage Video credentials.

/** An Auth0-style ID token: a real-shaped RS256 JWT with an OAuth `scope`, not `session.connect`. */
const AUTH0_ID_TOKEN = jwt(
  { alg: 'RS256', typ: 'JWT', kid: 'fake-key-id' },
  { iss: 'https://example.auth0.com/', sub: 'auth0|123', aud: 'fake-client', iat: 1704067200, exp: 1704074400, scope: 'openid profile email' },
  base64url('fake-auth0-signature-xyz'),
);
/** A JWT with `session.connect` in some other claim: only the `scope` claim counts. */
const JWT_OTHER_CLAIM = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'my-app', purpose: 'session.connect', sub: 'user-42' }, base64url('fake-signature-for-purpose'));
/** JWT-shaped, but the payload is truncated JSON (`{"scope":"session.connect"` with no closing brace). */
const JWT_BROKEN_PAYLOAD = `${base64url('{"alg":"HS256","typ":"JWT"}')}.${base64url('{"scope":"session.connect","role":"publisher"')}.${base64url('fake-signature-truncated')}`;
/** `1_` + base64url that starts `MX4` (`1~…`) but is not `1~<key>~<location>~<date>~`. */
const SESSION_ID_WRONG_BODY = `1_${base64url('1~abc~this is not a session id, only a few words~')}`;
/** `T1==` + base64 of ordinary text. */
const T1_NOT_A_TOKEN = `T1==${base64('hello world, this is some text that is not a token at all')}`;
/** `T1==` + base64 of `partner_id=…` with no `sig=`. */
const T1_WITHOUT_SIGNATURE = `T1==${base64('partner_id=12345678&role=publisher&note=no signature field in here')}`;
const GIT_SHA = '3843aa2f0c9d1e8b7a6f5e4d3c2b1a0918273645';
/** 4 kB of deterministic pseudo-random bytes in base64 (contains `eyJ`, `MX4` and `T1` only by chance, if at all). */
const LONG_BASE64 = Buffer.from(Array.from({ length: 3072 }, (_, i) => (i * 7919 + 13) % 251)).toString('base64');

// ---------------------------------------------------------------------------------------------------------------------

const quote = (value: string): string => `'${value}'`;

type Format = 'session ID' | 'client token (T1)' | 'client token (JWT)';

/**
 * One expected report on a single-line node: `text` is the node's source text (quotes included), so
 * `endColumn` is `column + text.length`. The rule never fixes or suggests: `suggestions: []` pins that.
 */
function report(format: Format, line: number, column: number, text: string) {
  return {
    messageId: format === 'session ID' ? ('hardcodedSessionId' as const) : ('hardcodedToken' as const),
    data: { format },
    line,
    column,
    endLine: line,
    endColumn: column + text.length,
    suggestions: [],
  };
}

/** A real-looking session ID: a plausible API key and random text, nothing that says it is a fake. */
const REAL_LOOKING_SESSION_ID = `1_${base64url('1~46123457~~Mon Jan 01 00:00:00 PST 2024~Zq8rWv2LkP0xNc7y~MX4~')}`;

runRuleTester('no-hardcoded-session-credentials', rule, {
  valid: [
    // Tests, fixtures and mocks: well-known fakes (key 12345678, decoded text saying "fake") are not reported there.
    { code: `const SESSION_ID = ${quote(SESSION_ID)};`, filename: '__tests__/room.test.js' },
    { code: `export const rooms = [{ sessionId: ${quote(SESSION_ID_V2)}, token: ${quote(HS256_TOKEN)} }];`, filename: 'test/fixtures/rooms.ts' },
    { code: `export const token = ${quote(T1_TOKEN)};`, filename: 'src/__mocks__/opentok.js' },
    { code: `it('joins', () => join(${quote(SESSION_ID)}));`, filename: 'src/room.spec.tsx' },
    // Server: the session ID comes from the request, the token is generated per participant.
    `
import OpenTok from 'opentok';
const opentok = new OpenTok(process.env.OT_API_KEY, process.env.OT_API_SECRET);
app.post('/api/rooms/:roomId/token', requireUser, (req, res) => {
  const { sessionId } = req.params;
  const token = opentok.generateToken(sessionId, { role: 'publisher' });
  res.json({ sessionId, token });
});
`,
    // Client: IDs from the environment.
    'const session = OT.initSession(process.env.VONAGE_APP_ID, process.env.SESSION_ID);',
    // Client: the documented pattern, fetched from the token server per meeting.
    `
const response = await fetch('/api/rooms/' + roomId + '/token', { method: 'POST', credentials: 'include' });
const { apiKey, sessionId, token } = await response.json();
const session = OT.initSession(apiKey, sessionId);
session.connect(token, error => console.error(error));
`,
    // React: props come from state, not literals.
    `
function Room({ credentials }) {
  const { apiKey, sessionId, token } = credentials;
  return <OTSession apiKey={apiKey} sessionId={sessionId} token={token}><OTPublisher /></OTSession>;
}
`,
    // Template literal whose only session ID is an interpolated value.
    'const url = `/api/rooms/${sessionId}/token?role=${role}`;',
    // Plain text that merely contains MX4.
    "const product = 'MX4 USB-C cable, 2 m';",
    // A 1_MX prefix followed by text that is not base64 of a session.
    "const label = '1_MXgarbagegarbagegarbagegarbagegarbage';",
    // Base64url that starts MX4 (decodes to `1~…`) but whose fields are not `1~<key>~<location>~<date>~`.
    `const notSession = ${quote(SESSION_ID_WRONG_BODY)};`,
    // T1== followed by base64 of ordinary text.
    `const blob = ${quote(T1_NOT_A_TOKEN)};`,
    // T1== partner_id=… without sig=: not a token.
    `const partial = ${quote(T1_WITHOUT_SIGNATURE)};`,
    // session.connect as plain text and inside a JSON string (only a JWT payload counts).
    `const scope = 'session.connect'; const claims = '{"scope":"session.connect"}';`,
    // A 40-hex git SHA.
    `const commit = ${quote(GIT_SHA)};`,
    // An ordinary JWT (Auth0 ID token): its scope is not session.connect.
    `localStorage.setItem('id_token', ${quote(AUTH0_ID_TOKEN)});`,
    // A JWT whose other claim says session.connect.
    `const apiJwt = ${quote(JWT_OTHER_CLAIM)};`,
    // JWT-shaped text with a payload that is not valid JSON.
    `const broken = ${quote(JWT_BROKEN_PAYLOAD)};`,
    // The empty string, in code and JSX.
    "const sessionId = ''; const el = <OTSession sessionId='' token='' />;",
    // A long random base64 string (e.g. an inlined image).
    `const image = 'data:image/png;base64,${LONG_BASE64}';`,
    // Placeholders in a README-style snippet.
    "const SESSION_ID = 'YOUR_SESSION_ID'; const TOKEN = '<token from your server>'; const hint = '1_MX4…';",
    // A regular expression that recognises session IDs is not a session ID (only string values are checked).
    'const SESSION_ID_PATTERN = /^[12]_MX4[0-9A-Za-z_-]{30,250}$/;',
    // JSX text without credentials, and the credential's *name* in JSX text.
    '<p>Your session ID and token are created when the meeting starts.</p>;',
    // `_MX` inside an ordinary constant name: no `1_`/`2_` version prefix.
    "const LAYOUT = 'ROOM_MX4_PRIMARY';",
    // `1_MX` in the middle of a random base64url ID is not the start of a session ID.
    "const uploadKey = 'Zk3q81_MXq9vLr0dPz7wYt2bNc4hJm6kAe8sUi1oGf';",
    // Base64 of a JSON object (URL state) starts `eyJ` but is not JWT-shaped.
    "const state = new URLSearchParams({ state: 'eyJyb29tIjoibG9iYnkiLCJ2aWV3IjoiZ3JpZCJ9' });",
    // `eyJ` in the middle of a random ID is not the start of a JWT.
    "const requestId = 'a9ZeyJq2Xv9mA0kLp3RtY7uWcB.eyJx';",
    // TypeScript: typed values from the request; string literal types that are not credentials.
    {
      code: "type Role = 'publisher' | 'subscriber'; const sid: string = req.params.sessionId as string;",
      parsers: ['typescript'],
    },
  ],
  invalid: [
    // A real-looking session ID in a test file is still reported; a well-known fake outside tests too.
    {
      code: `const SESSION_ID = ${quote(REAL_LOOKING_SESSION_ID)};`,
      filename: 'src/room.spec.ts',
      errors: [report('session ID', 1, 20, quote(REAL_LOOKING_SESSION_ID))],
    },
    {
      code: `const SESSION_ID = ${quote(SESSION_ID)};`,
      filename: 'src/testimonials.js',
      errors: [report('session ID', 1, 20, quote(SESSION_ID))],
    },
    // A client config.js with both values hard-coded: one report per literal, each with its own format.
    {
      code: `const API_KEY = '12345678';\nconst SESSION_ID = ${quote(SESSION_ID)};\nconst TOKEN = ${quote(T1_TOKEN)};`,
      errors: [report('session ID', 2, 20, quote(SESSION_ID)), report('client token (T1)', 3, 15, quote(T1_TOKEN))],
    },
    // A session ID literal passed straight to OT.initSession.
    {
      code: `const session = OT.initSession(apiKey, ${quote(SESSION_ID)});`,
      errors: [report('session ID', 1, 40, quote(SESSION_ID))],
    },
    // An HS256 (opentok 2.21+) JWT passed to session.connect.
    {
      code: `session.connect(${quote(HS256_TOKEN)}, handleError);`,
      errors: [report('client token (JWT)', 1, 17, quote(HS256_TOKEN))],
    },
    // React: JSX attribute strings (opentok-react).
    {
      code: `const Room = () => (\n  <OTSession\n    apiKey="12345678"\n    sessionId="${SESSION_ID_V2}"\n    token="${RS256_TOKEN}"\n  />\n);`,
      errors: [report('session ID', 4, 15, `"${SESSION_ID_V2}"`), report('client token (JWT)', 5, 11, `"${RS256_TOKEN}"`)],
    },
    // React: string literals inside JSX expression containers.
    {
      code: `<OTSession apiKey={apiKey} sessionId={${quote(SESSION_ID)}} token={${quote(T1_TOKEN)}} />;`,
      errors: [report('session ID', 1, 39, quote(SESSION_ID)), report('client token (T1)', 1, 48 + quote(SESSION_ID).length, quote(T1_TOKEN))],
    },
    // opentok-react-native with module-level constants.
    {
      code: [
        "import { OTSession, OTPublisher } from 'opentok-react-native';",
        `const SESSION = { apiKey: '12345678', sessionId: ${quote(SESSION_ID_APP)}, token: ${quote(RS256_TOKEN)} };`,
        'export const Call = () => <OTSession {...SESSION}><OTPublisher /></OTSession>;',
      ].join('\n'),
      errors: [
        report('session ID', 2, 50, quote(SESSION_ID_APP)),
        report('client token (JWT)', 2, 59 + quote(SESSION_ID_APP).length, quote(RS256_TOKEN)),
      ],
    },
    // A Vue-style component: object properties returned from data().
    {
      code: `export default {\n  data() {\n    return { sessionId: ${quote(SESSION_ID)}, token: ${quote(HS256_TOKEN)} };\n  },\n};`,
      errors: [
        report('session ID', 3, 25, quote(SESSION_ID)),
        report('client token (JWT)', 3, 34 + quote(SESSION_ID).length, quote(HS256_TOKEN)),
      ],
    },
    // A token inside a template element: the element runs from `}` of `${roomId}` to the closing backtick.
    {
      code: `const joinUrl = \`/room/\${roomId}?token=${T1_TOKEN}\`;`,
      errors: [report('client token (T1)', 1, 32, `}?token=${T1_TOKEN}\``)],
    },
    // A session ID inside a URL query string.
    {
      code: `window.location.assign('https://video.example.com/join?session=${SESSION_ID}&name=guest');`,
      errors: [report('session ID', 1, 24, `'https://video.example.com/join?session=${SESSION_ID}&name=guest'`)],
    },
    // A session ID glued to a prefix with `-` (a cache key): it still starts at a word boundary.
    {
      code: `await redis.del('room-${SESSION_ID}:participants');`,
      errors: [report('session ID', 1, 17, `'room-${SESSION_ID}:participants'`)],
    },
    // TypeScript: a type-annotated constant.
    {
      code: `const sid: string = ${quote(SESSION_ID_V2)};`,
      parsers: ['typescript'],
      errors: [report('session ID', 1, 21, quote(SESSION_ID_V2))],
    },
    // TypeScript: an enum of fixed rooms.
    {
      code: `enum Room {\n  Lobby = ${quote(SESSION_ID)},\n}`,
      parsers: ['typescript'],
      errors: [report('session ID', 2, 11, quote(SESSION_ID))],
    },
    // An Express server that hands every caller the same session.
    {
      code: `app.get('/room', (req, res) => {\n  res.json({ sessionId: ${quote(SESSION_ID_V2)}, token: opentok.generateToken(${quote(SESSION_ID_V2)}) });\n});`,
      errors: [
        report('session ID', 2, 25, quote(SESSION_ID_V2)),
        report('session ID', 2, 56 + quote(SESSION_ID_V2).length, quote(SESSION_ID_V2)),
      ],
    },
    // @vonage/video on the server: a UUID application session ID literal.
    {
      code: `const token = vonage.video.generateClientToken(${quote(SESSION_ID_APP)}, { role: 'moderator' });`,
      errors: [report('session ID', 1, 48, quote(SESSION_ID_APP))],
    },
    // JSX text that prints a session ID.
    {
      code: `const Debug = () => <p>Session: ${SESSION_ID}</p>;`,
      errors: [report('session ID', 1, 24, `Session: ${SESSION_ID}`)],
    },
    // A multi-line template with a session ID and a token: one report per string, the session ID found first.
    {
      code: `const env = \`\nOT_SESSION_ID=${SESSION_ID}\nOT_TOKEN=${HS256_TOKEN}\n\`;`,
      errors: [
        {
          messageId: 'hardcodedSessionId',
          data: { format: 'session ID' },
          line: 1,
          column: 13,
          endLine: 4,
          endColumn: 2,
          suggestions: [],
        },
      ],
    },
    // A tagged template whose cooked value is null (`\\u` starts an invalid escape): the raw text is checked.
    {
      code: `const file = String.raw\`C:\\users\\demo\\${SESSION_ID}.txt\`;`,
      errors: [report('session ID', 1, 24, `\`C:\\users\\demo\\${SESSION_ID}.txt\``)],
    },
    // Tokens kept per role in an object, e.g. a demo server.
    {
      code: `const TOKENS = {\n  host: ${quote(RS256_TOKEN)},\n  guest: ${quote(HS256_TOKEN)},\n};`,
      errors: [report('client token (JWT)', 2, 9, quote(RS256_TOKEN)), report('client token (JWT)', 3, 10, quote(HS256_TOKEN))],
    },
    // String concatenation: each literal is checked on its own.
    {
      code: `module.exports = { joinUrl: '/join?token=' + ${quote(T1_TOKEN)} };`,
      errors: [report('client token (T1)', 1, 46, quote(T1_TOKEN))],
    },
  ],
});
