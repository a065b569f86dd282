import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/require-authenticated-endpoint';
import { runRuleTester } from '../helpers/rule-tester';

import { VIDEO, unauthenticatedToken } from './endpoint-cases';
import { routesIn } from './routes-in';

const v4 = `import { app } from '@azure/functions';\n${VIDEO}`;

describe('azure-functions adapter', () => {
  it('v4: app.http(name, { handler }) is a function named by its first argument', () => {
    expect(routesIn(`${v4}app.http('token', { methods: ['POST'], handler: async (request, context) => ({}) });\napp.http('x', {});`)).toEqual([
      { framework: 'azure-functions', label: 'Azure function `token`', path: null, method: null, handler: true, inFront: [] },
    ]);
  });

  it('v3: a default-exported (context, req) function', () => {
    expect(routesIn('module.exports = async function (context, req) {};', { sourceType: 'commonjs' }).map(route => route.label)).toEqual(['The exported Azure function']);
    expect(routesIn('module.exports = async function (options, done) {};', { sourceType: 'commonjs' })).toEqual([]);
  });
});

const anonymous = `${v4}app.http('token', {\n  authLevel: 'anonymous',\n  handler: async (request) => ({ jsonBody: { token: video.generateClientToken(request.query.get('s')) } }),\n});\n`;
const v3 = `const { Video } = require('@vonage/video');\nconst video = new Video({ applicationId: process.env.APP_ID, privateKey: process.env.PRIVATE_KEY });\nmodule.exports = async function (context, req) {\n  context.res = { body: video.generateClientToken(req.query.s) };\n};\n`;

runRuleTester('require-authenticated-endpoint: azure-functions', rule, {
  valid: [
    // A function key is required to call it.
    `${v4}app.http('token', { authLevel: 'function', handler: async (request) => ({ jsonBody: video.generateClientToken('s') }) });\n`,
    // A guard call at the top of the handler.
    `${v4}app.http('token', { handler: async (request) => {\n  await requireUser(request);\n  return { jsonBody: video.generateClientToken('s') };\n} });\n`,
  ],
  invalid: [
    { code: anonymous, errors: [unauthenticatedToken(anonymous, "'token'", 'Azure function `token`')] },
    { code: v3, languageOptions: { sourceType: 'commonjs' }, errors: [unauthenticatedToken(v3, 'module.exports', 'The exported Azure function')] },
  ],
});
