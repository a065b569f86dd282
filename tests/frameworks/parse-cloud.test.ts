import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/require-authenticated-endpoint';
import roleRule from '../../src/rules/no-client-controlled-role';
import secretRule from '../../src/rules/no-secret-exposure';
import { runRuleTester } from '../helpers/rule-tester';

import { VIDEO, roleFromRequest, secretError, unauthenticatedToken } from './endpoint-cases';
import { routesIn } from './routes-in';

describe('parse-cloud adapter', () => {
  it('Parse.Cloud.define declares a cloud function named by its first argument', () => {
    expect(routesIn("Parse.Cloud.define('token', async (request) => {});\nParse.Cloud.define(name, async () => {});\nParse.Cloud.beforeSave('Room', () => {});")).toEqual([
      { framework: 'parse-cloud', label: 'Cloud function `token`', path: null, method: null, handler: true, inFront: [] },
    ]);
  });
});

const openFunction = `${VIDEO}Parse.Cloud.define('token', async (request) => {\n  return video.generateClientToken(request.params.sessionId);\n});\n`;
const notRequired = `${VIDEO}Parse.Cloud.define('token', async (request) => video.generateClientToken(request.params.sessionId), { requireUser: false });\n`;

runRuleTester('require-authenticated-endpoint: parse-cloud', rule, {
  valid: [
    // Trap: the function checks `request.user` first.
    `${VIDEO}Parse.Cloud.define('token', async (request) => {\n  if (!request.user) throw new Parse.Error(Parse.Error.INVALID_SESSION_TOKEN, 'login');\n  return video.generateClientToken(request.params.sessionId);\n});\n`,
    // Parse rejects anonymous callers itself.
    `${VIDEO}Parse.Cloud.define('token', async (request) => video.generateClientToken(request.params.sessionId), { requireUser: true });\n`,
  ],
  invalid: [
    { code: openFunction, errors: [unauthenticatedToken(openFunction, "'token'", 'Cloud function `token`')] },
    { code: notRequired, errors: [unauthenticatedToken(notRequired, "'token'", 'Cloud function `token`')] },
  ],
});

const roleParam = `${VIDEO}Parse.Cloud.define('token', async (request) => video.generateClientToken(request.params.sessionId, { role: request.params.role }), { requireUser: true });\n`;

runRuleTester('no-client-controlled-role: parse-cloud', roleRule, {
  valid: [`${VIDEO}Parse.Cloud.define('token', async (request) => video.generateClientToken(request.params.sessionId, { role: request.user.get('role') }));\n`],
  invalid: [{ code: roleParam, errors: [roleFromRequest(roleParam, 'request.params.role', 'request.params.role')] }],
});

const returnsSecret = `Parse.Cloud.define('config', async (request) => {\n  return process.env.VONAGE_API_SECRET;\n});\n`;

runRuleTester('no-secret-exposure: parse-cloud', secretRule, {
  valid: [`Parse.Cloud.define('config', async (request) => {\n  return process.env.VONAGE_API_KEY;\n});\n`],
  invalid: [{ code: returnsSecret, errors: [secretError(returnsSecret, 'process.env.VONAGE_API_SECRET', 'the value a Cloud function returns')] }],
});
