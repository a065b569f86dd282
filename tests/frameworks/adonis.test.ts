import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/require-authenticated-endpoint';
import roleRule from '../../src/rules/no-client-controlled-role';
import { runRuleTester } from '../helpers/rule-tester';

import { VIDEO, roleFromRequest, unauthenticatedToken } from './endpoint-cases';
import { routesIn } from './routes-in';

const v6 = `import router from '@adonisjs/core/services/router';\nimport { middleware } from '#start/kernel';\n${VIDEO}`;
const v5 = `import Route from '@ioc:Adonis/Core/Route';\n${VIDEO}`;

describe('adonis adapter', () => {
  it('names routes on the v6 router and the v5 Route AdonisJS routes', () => {
    expect(routesIn(`${v6}router.post('/token', async ({ request }) => {});`).map(route => [route.framework, route.label])).toEqual([['adonis', 'Route `POST /token`']]);
    expect(routesIn(`${v5}Route.get('/rooms/:id', 'RoomsController.show');`).map(route => [route.framework, route.handler])).toEqual([['adonis', false]]);
  });

  it('stops at what is not a route chain', () => {
    const code = `${v6}const r = router.post('/a', async () => {});\nrouter.post('/b', async () => {}).as('b').use([middleware.auth(), ...more]).where('id', 1).toJSON().use(x);\nfunction setup() { router.get('/c', async () => {}); }\nlist.map(() => router.get('/d', async () => {}));`;
    expect(routesIn(code).map(route => [route.label, route.inFront])).toEqual([
      ['Route `POST /a`', []],
      ['Route `POST /b`', ['middleware.auth()']],
      ['Route `GET /c`', []],
      ['Route `GET /d`', []],
    ]);
  });

  it('puts middleware chained on the route, and on the groups around it, in front', () => {
    const code = `${v5}Route.group(() => {\n  Route.post('/token', async () => {}).as('token').middleware('throttle');\n}).prefix('/api').middleware(['auth:api']);`;
    expect(routesIn(code)[0]?.inFront).toEqual(["'throttle'", "'auth:api'"]);
  });
});

const openRoute = `${v6}router.post('/token', async ({ request }) => {\n  return { token: video.generateClientToken(request.input('sessionId')) };\n});\n`;
const groupWithoutAuth = `${v6}router.group(() => {\n  router.post('/token', async ({ request }) => ({ token: video.generateClientToken(request.input('sessionId')) }));\n}).prefix('/api');\n`;

runRuleTester('require-authenticated-endpoint: adonis', rule, {
  valid: [
    // v6: auth middleware on the route.
    `${v6}router.post('/token', async ({ request }) => ({ token: video.generateClientToken(request.input('sessionId')) })).use(middleware.auth());\n`,
    // Trap: a route group with auth middleware guards every route in it.
    `${v6}router.group(() => {\n  router.post('/token', async ({ request }) => ({ token: video.generateClientToken(request.input('sessionId')) }));\n}).use(middleware.auth());\n`,
    // v5: named middleware on a group.
    `${v5}Route.group(() => {\n  Route.post('/token', async ({ request }) => ({ token: video.generateClientToken(request.input('sessionId')) }));\n}).middleware('auth');\n`,
    // The HTTP context's `auth` authenticates in the handler.
    `${v6}router.post('/token', async ({ request, auth }) => {\n  await auth.authenticate();\n  return { token: video.generateClientToken(request.input('sessionId')) };\n});\n`,
    `${v6}router.post('/token', async ({ request, auth }) => {\n  if (!auth.user) return { error: 'login' };\n  return { token: video.generateClientToken(request.input('sessionId')) };\n});\n`,
  ],
  invalid: [
    { code: openRoute, errors: [unauthenticatedToken(openRoute, "'/token'", 'Route `POST /token`')] },
    { code: groupWithoutAuth, errors: [unauthenticatedToken(groupWithoutAuth, "'/token'", 'Route `POST /token`')] },
  ],
});

const roleInput = `${v6}router.post('/token', async ({ request }) => ({ token: video.generateClientToken('s', { role: request.input('role') }) })).use(middleware.auth());\n`;

runRuleTester('no-client-controlled-role: adonis', roleRule, {
  valid: [`${v6}router.post('/token', async ({ request, auth }) => ({ token: video.generateClientToken(request.input('sessionId'), { role: auth.user.role }) }));\n`],
  invalid: [{ code: roleInput, errors: [roleFromRequest(roleInput, "request.input('role')", "request.input('role')")] }],
});
