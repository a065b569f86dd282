/**
 * The rules on multi-file fixture apps (`tests/fixtures/projects/`): the project model follows the app's own imports,
 * so a route calling a wrapper is privileged, a request value passed into a wrapper's role parameter is
 * client-controlled, and a method of the app that shares an SDK name is no SDK call. `filename` points into the app
 * (typescript-eslint's RuleTester then lints with `cwd` at the file system root, so the app is inside it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import noClientControlledRole from '../../src/rules/no-client-controlled-role';
import noHardcodedCredentials from '../../src/rules/no-hardcoded-credentials';
import noInsecureUrl from '../../src/rules/no-insecure-url';
import noPiiInTokenData from '../../src/rules/no-pii-in-token-data';
import noSecretExposure from '../../src/rules/no-secret-exposure';
import noSharedSession from '../../src/rules/no-shared-session';
import requireAuthenticatedEndpoint from '../../src/rules/require-authenticated-endpoint';
import requireTokenExpiry from '../../src/rules/require-token-expiry';
import requireTokenRole from '../../src/rules/require-token-role';
import { runRuleTester } from '../helpers/rule-tester';

const projects = path.join(__dirname, '../fixtures/projects');
const at = (file: string): string => path.join(projects, file);
const read = (file: string): string => readFileSync(at(file), 'utf8');
const ONE_FILE = { 'vonage-video': { project: false } };
const commonjs = { sourceType: 'commonjs' as const };

const TOKEN = { does: 'mints client tokens', risk: 'join your sessions and run up your usage' };
const SESSION = { does: 'creates sessions', risk: 'create sessions on your account and run up usage' };
const ARCHIVE = { does: 'starts archiving', risk: 'record calls' };

runRuleTester('require-authenticated-endpoint (project model)', requireAuthenticatedEndpoint, {
  valid: [
    // One file at a time, nothing in the routes file shows Vonage usage.
    { code: read('express-cjs/routes/video.js'), filename: at('express-cjs/routes/video.js'), languageOptions: commonjs, settings: ONE_FILE },
    // The lobby's `generateToken`/`createSession` are the app's own and reach no SDK operation.
    {
      code: "const express = require('express');\nconst opentokLobby = require('../services/lobby');\nconst router = express.Router();\nrouter.get('/lobby', (req, res) => res.json(opentokLobby.generateToken(req.query.id)));\n",
      filename: at('express-cjs/routes/lobby-route.js'),
      languageOptions: commonjs,
    },
    // An import path with an authentication word other than `api`/`id` still voids a by-name guess.
    {
      code: "import express from 'express';\nimport { getToken } from './auth/opentok-token';\nconst router = express.Router();\nrouter.get('/join', (req, res) => res.json({ token: getToken(req.query.id) }));\n",
      filename: 'file.js',
      settings: ONE_FILE,
    },
    // The wrapper is called behind a guard.
    {
      code: "const express = require('express');\nconst calls = require('../services/calls');\nconst requireAuth = require('../auth');\nconst router = express.Router();\nrouter.get('/token', requireAuth, (req, res) => res.json(calls.viewerToken(req.query.id)));\n",
      filename: at('express-cjs/routes/guarded.js'),
      languageOptions: commonjs,
    },
  ],
  invalid: [
    {
      code: read('express-cjs/routes/video.js'),
      filename: at('express-cjs/routes/video.js'),
      languageOptions: commonjs,
      errors: [
        { messageId: 'unauthenticated', line: 7, column: 13, endLine: 7, endColumn: 20, data: { route: 'Route `POST /room`', operation: 'calls.createRoom', ...SESSION } },
        { messageId: 'unauthenticated', line: 11, column: 12, endLine: 11, endColumn: 20, data: { route: 'Route `GET /token`', operation: 'calls.joinToken', ...TOKEN } },
        { messageId: 'unauthenticated', line: 15, column: 12, endLine: 15, endColumn: 21, data: { route: 'Route `GET /viewer`', operation: 'calls.viewerToken', ...TOKEN } },
      ],
    },
    {
      // A handler imported from a controller, registered here: reported at the registration.
      code: "const express = require('express');\nconst video = require('../controllers/video');\nconst router = express.Router();\nrouter.get('/token', video.token);\n",
      filename: at('express-cjs/routes/controller-route.js'),
      languageOptions: commonjs,
      errors: [{ messageId: 'unauthenticated', line: 4, column: 12, endLine: 4, endColumn: 20, data: { route: 'Route `GET /token`', operation: 'video.token', ...TOKEN } }],
    },
    {
      code: read('esm-ts/src/routes/rooms.ts'),
      filename: at('esm-ts/src/routes/rooms.ts'),
      parsers: ['typescript'],
      errors: [
        { messageId: 'unauthenticated', line: 7, column: 13, endLine: 7, endColumn: 31, data: { route: 'Route `POST /rooms/:id/token`', operation: 'rooms.generateToken', ...TOKEN } },
        { messageId: 'unauthenticated', line: 15, column: 13, endLine: 15, endColumn: 33, data: { route: 'Route `POST /rooms/:id/archive`', operation: 'archive', ...ARCHIVE } },
      ],
    },
    {
      // An import path containing `api` is a folder name, not an authentication endpoint: the Vonage evidence stands.
      code: "import express from 'express';\nimport { getToken } from './services/opentok-api';\nconst router = express.Router();\nrouter.get('/join', (req, res) => res.json({ token: getToken(req.query.id) }));\n",
      filename: 'file.js',
      settings: ONE_FILE,
      errors: [{ messageId: 'unauthenticated', line: 4, column: 12, endLine: 4, endColumn: 19, data: { route: 'Route `GET /join`', operation: 'getToken', ...TOKEN } }],
    },
  ],
});

runRuleTester('no-client-controlled-role (project model)', noClientControlledRole, {
  valid: [
    { code: read('express-cjs/routes/video.js'), filename: at('express-cjs/routes/video.js'), languageOptions: commonjs, settings: ONE_FILE },
    // The wrapper's role parameter gets a server-side value.
    {
      code: "const calls = require('../services/calls');\nmodule.exports = (req, res) => res.json({ token: calls.joinToken(req.query.sessionId, 'subscriber') });\n",
      filename: at('express-cjs/routes/fixed.js'),
      languageOptions: commonjs,
    },
    // The request's role is checked against a list without `moderator` first.
    {
      code: "const calls = require('../services/calls');\nmodule.exports = (req, res) => {\n  if (!['publisher', 'subscriber'].includes(req.query.role)) return res.sendStatus(400);\n  res.json({ token: calls.joinToken(req.query.sessionId, req.query.role) });\n};\n",
      filename: at('express-cjs/routes/checked.js'),
      languageOptions: commonjs,
    },
    // viewerToken sets the role itself: the request value is only the session ID.
    {
      code: "const calls = require('../services/calls');\nmodule.exports = (req, res) => res.json({ token: calls.viewerToken(req.query.role) });\n",
      filename: at('express-cjs/routes/viewer.js'),
      languageOptions: commonjs,
    },
  ],
  invalid: [
    {
      code: read('express-cjs/routes/video.js'),
      filename: at('express-cjs/routes/video.js'),
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'roleFromRequest',
          line: 12,
          column: 58,
          endLine: 12,
          endColumn: 72,
          data: { source: 'req.query.role' },
          suggestions: [{ messageId: 'useSubscriber', output: read('express-cjs/routes/video.js').replace('req.query.sessionId, req.query.role', "req.query.sessionId, 'subscriber'") }],
        },
      ],
    },
    {
      // The wrapper passes its options parameter to the SDK as they are.
      code: "const calls = require('../services/calls');\nmodule.exports = (req, res) => res.json({ token: calls.customToken(req.query.sessionId, req.body) });\n",
      filename: at('express-cjs/routes/custom.js'),
      languageOptions: commonjs,
      errors: [{ messageId: 'optionsFromRequest', line: 2, column: 89, endLine: 2, endColumn: 97, data: { source: 'req.body' } }],
    },
    {
      code: read('nest/src/video/video.controller.ts'),
      filename: at('nest/src/video/video.controller.ts'),
      parsers: ['typescript'],
      errors: [
        {
          messageId: 'roleFromRequest',
          line: 10,
          column: 67,
          endLine: 10,
          endColumn: 76,
          data: { source: '@Body() body.role' },
          suggestions: [{ messageId: 'useSubscriber', output: read('nest/src/video/video.controller.ts').replace('body.sessionId, body.role', "body.sessionId, 'subscriber'") }],
        },
      ],
    },
  ],
});

// `rooms.generateToken(id)` is the app's wrapper (it sets expireTime itself): no "missing role/expiry" at the call.
const wrapperCall = "import { RoomService } from '../services/room-service.js';\nconst video = new RoomService();\nexport const join = id => video.generateToken(id);\n";

// A second token with a role: the file shows that a role is a choice (require-token-role reports only then, issue 14).
const wrapperCalls = `${wrapperCall}export const watch = id => video.generateToken(id, { role: 'subscriber' });\n`;

runRuleTester('require-token-role (project model)', requireTokenRole, {
  valid: [
    { code: wrapperCall, filename: at('esm-ts/src/routes/join.ts') },
    { code: wrapperCalls, filename: at('esm-ts/src/routes/join.ts') },
  ],
  invalid: [
    {
      // One file at a time, the same call is taken for the SDK by name.
      code: wrapperCalls,
      filename: at('esm-ts/src/routes/join.ts'),
      settings: ONE_FILE,
      errors: [
        {
          messageId: 'missingRole',
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 46,
          // An edit that does not fit the wrapper's real signature (its second parameter is the role itself).
          suggestions: [
            { messageId: 'useRole', data: { role: 'subscriber' }, output: wrapperCalls.replace('generateToken(id)', "generateToken(id, { role: 'subscriber' })") },
            { messageId: 'useRole', data: { role: 'publisher' }, output: wrapperCalls.replace('generateToken(id)', "generateToken(id, { role: 'publisher' })") },
          ],
        },
      ],
    },
  ],
});

runRuleTester('require-token-expiry (project model)', requireTokenExpiry, {
  valid: [{ code: wrapperCall, filename: at('esm-ts/src/routes/join.ts') }],
  invalid: [],
});

runRuleTester('no-hardcoded-credentials (project model)', noHardcodedCredentials, {
  valid: [
    // One file at a time, `config.apiSecret` is an unknown value.
    { code: read('express-cjs/server.js'), filename: at('express-cjs/server.js'), languageOptions: commonjs, settings: ONE_FILE },
    // Linted alone, a config module that shows no Vonage usage and uses generic names is not reported: the secret is
    // reported where it reaches the SDK.
    { code: "module.exports = { apiKey: '46123456', apiSecret: '3f5a9c2e7b1d4f6a8c0e2b4d6f8a1c3e5b7d9f0a' };\n", filename: at('express-cjs/config.js'), languageOptions: commonjs },
  ],
  invalid: [
    {
      // The fixture's config names the OpenTok secret's environment variable: its fallback is reported there too (issue 14).
      code: read('express-cjs/config.js'),
      filename: at('express-cjs/config.js'),
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'hardcodedApiSecret',
          line: 4,
          column: 48,
          endLine: 4,
          endColumn: 90,
          data: { where: 'as the fallback for `process.env.OPENTOK_API_SECRET`' },
          suggestions: [
            {
              messageId: 'useEnvironment',
              data: { name: 'OPENTOK_API_SECRET' },
              output: read('express-cjs/config.js').replace(" || '3f5a9c2e7b1d4f6a8c0e2b4d6f8a1c3e5b7d9f0a'", ''),
            },
          ],
        },
      ],
    },
    {
      code: read('express-cjs/server.js'),
      filename: at('express-cjs/server.js'),
      languageOptions: commonjs,
      errors: [
        { messageId: 'hardcodedApiSecret', line: 5, column: 44, endLine: 5, endColumn: 60, data: { where: 'passed to `new OpenTok()`, written in `./config.js` as `apiSecret`' } },
        { messageId: 'hardcodedApiSecret', line: 6, column: 35, endLine: 6, endColumn: 44, data: { where: 'passed to `new OpenTok()`, written in `./config.js` as `apiSecret`' } },
      ],
    },
    {
      code: "const OpenTok = require('opentok');\nconst config = require('../config');\nmodule.exports = new OpenTok(config.apiKey, config.apiSecret);\n",
      filename: at('express-cjs/routes/client.js'),
      languageOptions: commonjs,
      errors: [{ messageId: 'hardcodedApiSecret', line: 3, column: 45, endLine: 3, endColumn: 61, data: { where: 'passed to `new OpenTok()`, written in `../config.js` as `apiSecret`' } }],
    },
  ],
});

runRuleTester('no-shared-session (project model)', noSharedSession, {
  valid: [
    { code: read('express-cjs/routes/startup.js'), filename: at('express-cjs/routes/startup.js'), languageOptions: commonjs, settings: ONE_FILE },
    // Per request: fine.
    { code: read('express-cjs/routes/video.js'), filename: at('express-cjs/routes/video.js'), languageOptions: commonjs },
  ],
  invalid: [
    {
      // An SDK client exported by the app's own module, used at module scope (tracked now, not only by name).
      code: read('express-cjs/lib/startup.js'),
      filename: at('express-cjs/lib/startup.js'),
      languageOptions: commonjs,
      errors: [{ messageId: 'sessionCreatedOnce', line: 5, column: 8, endLine: 5, endColumn: 21, data: { when: 'at module scope' } }],
    },
    {
      // The app's own wrapper, called at module scope.
      code: read('express-cjs/routes/startup.js'),
      filename: at('express-cjs/routes/startup.js'),
      languageOptions: commonjs,
      errors: [
        { messageId: 'sessionCreatedOnce', line: 5, column: 7, endLine: 5, endColumn: 17, data: { when: 'at module scope' } },
        { messageId: 'tokenCreatedOnce', line: 13, column: 35, endLine: 13, endColumn: 46, data: { when: 'at module scope' } },
      ],
    },
  ],
});

// A server route handing every caller the session ID the app's config module exports.
const fixedSessionRoute = (sent: string, minted: string): string =>
  `import express from 'express';\nimport OpenTok from 'opentok';\nimport { SESSION_ID, ROOM_NAME } from './session-config.js';\nconst opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);\nconst router = express.Router();\nrouter.get('/join', (req, res) => res.json({ sessionId: ${sent}, token: opentok.generateToken(${minted}, { role: 'publisher' }) }));\nexport default router;\n`;
const FIXED_SOURCE = { source: '`SESSION_ID`, written in `./session-config.js`' };

runRuleTester('no-shared-session (project model: an exported session ID)', noSharedSession, {
  valid: [
    // One file at a time, `SESSION_ID` is an unknown value.
    { code: fixedSessionRoute('SESSION_ID', 'SESSION_ID'), filename: at('browser-config/server/token-route.js'), settings: ONE_FILE },
    // Per request: the caller's own session, looked up.
    { code: fixedSessionRoute('req.query.id', 'req.query.id'), filename: at('browser-config/server/token-route.js') },
    // An empty export is no session.
    { code: fixedSessionRoute('NO_SESSION', 'NO_SESSION'), filename: at('browser-config/server/token-route.js') },
  ],
  invalid: [
    {
      code: fixedSessionRoute('SESSION_ID', 'SESSION_ID'),
      filename: at('browser-config/server/token-route.js'),
      errors: [
        { messageId: 'fixedSessionIdSent', line: 6, column: 57, endLine: 6, endColumn: 67, data: FIXED_SOURCE },
        { messageId: 'fixedSessionId', line: 6, column: 98, endLine: 6, endColumn: 108, data: FIXED_SOURCE },
      ],
    },
    {
      // Sent under `sessionId`, an export whose name and value say nothing of a session is not taken for one; minting
      // a token for any fixed string is.
      code: fixedSessionRoute('ROOM_NAME', 'ROOM_NAME'),
      filename: at('browser-config/server/token-route.js'),
      errors: [{ messageId: 'fixedSessionId', line: 6, column: 97, endLine: 6, endColumn: 106, data: { source: '`ROOM_NAME`, written in `./session-config.js`' } }],
    },
    {
      // Sent from a route in another directory: the export's value is a session ID, whatever its name.
      code: fixedSessionRoute('LOBBY', 'req.query.id').replace("{ SESSION_ID, ROOM_NAME } from './", "{ LOBBY } from '../server/"),
      filename: at('browser-config/routes/token-route.js'),
      errors: [{ messageId: 'fixedSessionIdSent', line: 6, column: 57, endLine: 6, endColumn: 62, data: { source: '`LOBBY`, written in `../server/session-config.js`' } }],
    },
  ],
});

// `namedToken(sessionId, data)` hands its second parameter to the SDK as the token's `data`.
const piiCode =
  "const calls = require('../services/calls');\nmodule.exports = (req, res) => res.json({\n  a: calls.namedToken(req.query.id, req.user.email),\n  b: calls.namedToken(req.query.id, JSON.stringify({ id: req.user.id, email: req.user.email })),\n});\n";

runRuleTester('no-pii-in-token-data (project model)', noPiiInTokenData, {
  valid: [
    { code: piiCode, filename: at('express-cjs/routes/pii.js'), languageOptions: commonjs, settings: ONE_FILE },
    { code: "const calls = require('../services/calls');\nmodule.exports = (req, res) => res.json(calls.namedToken(req.query.id, req.user.id));\n", filename: at('express-cjs/routes/pii.js'), languageOptions: commonjs },
  ],
  invalid: [
    {
      code: piiCode,
      filename: at('express-cjs/routes/pii.js'),
      languageOptions: commonjs,
      errors: [
        // The whole argument is personal: dropping it would not fit the wrapper's signature, so no suggestion.
        { messageId: 'personalData', line: 3, column: 37, endLine: 3, endColumn: 51, data: { category: 'an e-mail address', field: 'email' } },
        {
          messageId: 'personalData',
          line: 4,
          column: 71,
          endLine: 4,
          endColumn: 92,
          data: { category: 'an e-mail address', field: 'email' },
          suggestions: [{ messageId: 'removeField', data: { field: 'email' }, output: piiCode.replace(', email: req.user.email', '') }],
        },
      ],
    },
  ],
});

// A browser video page fetching its token from a URL the app's config module exports.
const videoPage = (fetched: string): string =>
  `import OT from '@opentok/client';\nimport { TOKEN_URL, STATUS_URL, DEV_TOKEN_URL, config } from './config.js';\nconst response = await fetch(${fetched});\nconst { apiKey, sessionId, token } = await response.json();\nOT.initSession(apiKey, sessionId).connect(token, () => {});\n`;

runRuleTester('no-insecure-url (project model)', noInsecureUrl, {
  valid: [
    // One file at a time, `TOKEN_URL` is an unknown value.
    { code: videoPage('TOKEN_URL'), filename: at('browser-config/src/video.js'), settings: ONE_FILE },
    { code: videoPage('STATUS_URL'), filename: at('browser-config/src/video.js') },
    { code: videoPage('DEV_TOKEN_URL'), filename: at('browser-config/src/video.js') },
    // Not a Vonage Video page: the request is none of this rule's business.
    { code: "import { TOKEN_URL } from './config.js';\nfetch(TOKEN_URL);\n", filename: at('browser-config/src/other.js') },
  ],
  invalid: [
    {
      code: videoPage('TOKEN_URL'),
      filename: at('browser-config/src/video.js'),
      errors: [
        {
          messageId: 'insecureTokenRequest',
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 39,
          data: { api: 'fetch of `TOKEN_URL`, written in `./config.js`', scheme: 'http:', secure: 'https:' },
        },
      ],
    },
    {
      code: videoPage('config.tokenUrl'),
      filename: at('browser-config/src/video.js'),
      errors: [
        {
          messageId: 'insecureTokenRequest',
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 45,
          data: { api: 'fetch of `tokenUrl`, written in `./config.js`', scheme: 'http:', secure: 'https:' },
        },
      ],
    },
    {
      // A socket carries whatever the app sends, not the token: the plain request message.
      code: "import OT from '@opentok/client';\nimport { EVENTS_URL } from './config.js';\nconst events = new WebSocket(EVENTS_URL);\nOT.initSession(apiKey, sessionId);\n",
      filename: at('browser-config/src/video.js'),
      errors: [
        {
          messageId: 'insecureRequest',
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 40,
          data: { api: 'new WebSocket of `EVENTS_URL`, written in `./config.js`', scheme: 'ws:', secure: 'wss:' },
        },
      ],
    },
  ],
});

// A server file (it imports the SDK) logging or sending credentials its app's config module exports under plain names.
const SERVER = at('config-secrets/server.js');
const serverFile = (imports: string, body: string): string => `import express from 'express';\nimport OpenTok from 'opentok';\nimport ${imports} from './config.js';\nconst app = express();\n${body}\n`;
const logged = (name: string): string => serverFile(`{ ${name} }`, `console.log('config', ${name});`);
const removeLogged = (name: string) => [{ messageId: 'removeArgument' as const, output: logged(name).replace(`console.log('config', ${name});`, "console.log('config');") }];

runRuleTester('no-secret-exposure (project model)', noSecretExposure, {
  valid: [
    // One file at a time, `key` is a value of unknown origin.
    { code: logged('key'), filename: SERVER, settings: ONE_FILE },
    // Public values, a key file's path, another secret (a cookie's): none is the Vonage secret.
    { code: logged('apiKey'), filename: SERVER },
    { code: logged('applicationId'), filename: SERVER },
    { code: logged('privateKeyPath'), filename: SERVER },
    { code: logged('cookie'), filename: SERVER },
    // Not an environment variable (`settings.env.X`), or one whose name the module does not write (`process.env[name]`).
    { code: logged('notEnvironment'), filename: SERVER },
    { code: logged('dynamic'), filename: SERVER },
    { code: serverFile('cfg', "app.get('/config', (req, res) => res.json(cfg.video));"), filename: SERVER },
    // A key file's path and a placeholder in an exported object; a secret deeper than payloads are searched.
    { code: serverFile('{ files, nested }', "app.get('/config', (req, res) => res.json({ files, nested }));"), filename: SERVER },
    // Whether it is set is no leak.
    { code: logged('key').replace(', key)', ', Boolean(key))'), filename: SERVER },
  ],
  invalid: [
    {
      code: logged('key'),
      filename: SERVER,
      errors: [
        {
          messageId: 'secretLogged',
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 26,
          data: { secret: 'The API secret `key` (imported from `./config.js`)', sink: 'console.log()' },
          suggestions: removeLogged('key'),
        },
      ],
    },
    {
      // Renamed on import, and read from the environment in the config module under a private key's name.
      code: serverFile('{ signing as material }', "app.get('/debug', (req, res) => res.send(material));"),
      filename: SERVER,
      errors: [
        {
          messageId: 'secretInResponse',
          line: 5,
          column: 42,
          endLine: 5,
          endColumn: 50,
          data: { secret: 'The application private key `material` (imported from `./config.js`)', sink: 'res.send()' },
          suggestions: [],
        },
      ],
    },
    {
      // `import.meta.env` in the config module.
      code: logged('viteKey'),
      filename: SERVER,
      errors: [
        {
          messageId: 'secretLogged',
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 30,
          data: { secret: 'The API secret `viteKey` (imported from `./config.js`)', sink: 'console.log()' },
          suggestions: removeLogged('viteKey'),
        },
      ],
    },
    {
      // A private key written into the config module, recognised by its value.
      code: logged('pem'),
      filename: SERVER,
      errors: [
        {
          messageId: 'secretLogged',
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 26,
          data: { secret: 'The application private key `pem` (imported from `./config.js`)', sink: 'console.log()' },
          suggestions: removeLogged('pem'),
        },
      ],
    },
    {
      // An object of the config module holding the secret, sent whole; or the secret, deeper, read from one.
      code: serverFile('{ nested }', "app.get('/config', (req, res) => res.json(nested.a));"),
      filename: SERVER,
      errors: [
        {
          messageId: 'secretInResponse',
          line: 5,
          column: 43,
          endLine: 5,
          endColumn: 51,
          data: { secret: 'The API secret `nested.a.b.apiSecret` (imported from `./config.js`)', sink: 'res.json()' },
          suggestions: [],
        },
      ],
    },
    {
      code: serverFile('cfg', "app.get('/config', (req, res) => res.json(cfg.opentok));"),
      filename: SERVER,
      errors: [
        {
          messageId: 'secretInResponse',
          line: 5,
          column: 43,
          endLine: 5,
          endColumn: 54,
          data: { secret: 'The API secret `cfg.opentok.apiSecret` (imported from `./config.js`)', sink: 'res.json()' },
          suggestions: [],
        },
      ],
    },
    {
      // Copied into a local first; the whole config in a log, two levels deep.
      code: serverFile('cfg, { key }', 'const copy = key;\nconsole.info(`secret: ${copy}`);\nconsole.log(cfg);'),
      filename: SERVER,
      errors: [
        {
          messageId: 'secretLogged',
          line: 6,
          column: 25,
          endLine: 6,
          endColumn: 29,
          data: { secret: 'The API secret `copy` (imported from `./config.js`)', sink: 'console.info()' },
          suggestions: [],
        },
        {
          messageId: 'secretLogged',
          line: 7,
          column: 13,
          endLine: 7,
          endColumn: 16,
          data: { secret: 'The API secret `cfg.opentok.apiSecret` (imported from `./config.js`)', sink: 'console.log()' },
          suggestions: [],
        },
      ],
    },
  ],
});
