import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/require-authenticated-endpoint';
import roleRule from '../../src/rules/no-client-controlled-role';
import secretRule from '../../src/rules/no-secret-exposure';
import { runRuleTester } from '../helpers/rule-tester';

import { VIDEO, roleFromRequest, secretError, unauthenticatedToken } from './endpoint-cases';
import { routesIn } from './routes-in';

const meteor = `import { Meteor } from 'meteor/meteor';\n${VIDEO}`;

describe('meteor adapter', () => {
  it('every function of Meteor.methods is an endpoint named by its key', () => {
    expect(routesIn(`${meteor}Meteor.methods({ getToken() {}, 'rooms.join': function (id) {}, version: 1, arrow: () => {} });`).map(route => [route.framework, route.label])).toEqual([
      ['meteor', 'Meteor method `getToken`'],
      ['meteor', 'Meteor method `rooms.join`'],
      // An arrow function cannot read `this.userId`, but clients can still call it.
      ['meteor', 'Meteor method `arrow`'],
    ]);
  });
});

const openMethod = `${meteor}Meteor.methods({\n  getToken(sessionId) {\n    return video.generateClientToken(sessionId);\n  },\n});\n`;
const checkedAfter = `${meteor}Meteor.methods({\n  getToken(sessionId) {\n    const token = video.generateClientToken(sessionId);\n    if (!this.userId) throw new Meteor.Error('not-authorized');\n    return token;\n  },\n});\n`;

runRuleTester('require-authenticated-endpoint: meteor', rule, {
  valid: [
    // Trap: the method checks `this.userId` before minting.
    `${meteor}Meteor.methods({\n  getToken(sessionId) {\n    if (!this.userId) throw new Meteor.Error('not-authorized');\n    return video.generateClientToken(sessionId);\n  },\n});\n`,
    `${meteor}Meteor.methods({\n  'rooms.join': function (sessionId) {\n    if (this.userId) return video.generateClientToken(sessionId);\n    return null;\n  },\n});\n`,
  ],
  invalid: [
    { code: openMethod, errors: [unauthenticatedToken(openMethod, 'getToken', 'Meteor method `getToken`')] },
    // A check after the operation protects nothing.
    { code: checkedAfter, errors: [unauthenticatedToken(checkedAfter, 'getToken', 'Meteor method `getToken`')] },
  ],
});

const roleArgument = `${meteor}Meteor.methods({\n  getToken(sessionId, role) {\n    if (!this.userId) throw new Meteor.Error('login');\n    return video.generateClientToken(sessionId, { role: role });\n  },\n});\n`;

runRuleTester('no-client-controlled-role: meteor', roleRule, {
  valid: [`${meteor}Meteor.methods({\n  getToken(sessionId) {\n    return video.generateClientToken(sessionId, { role: Meteor.user().role });\n  },\n});\n`],
  // A method's arguments are whatever the client passed to `Meteor.call`.
  invalid: [{ code: roleArgument, errors: [roleFromRequest(roleArgument, 'role', 'role', 3)] }],
});

const returnsSecret = `${meteor}Meteor.methods({\n  config() {\n    return process.env.VONAGE_API_SECRET;\n  },\n});\n`;

runRuleTester('no-secret-exposure: meteor', secretRule, {
  valid: [`${meteor}function config() { return process.env.VONAGE_API_SECRET; }\nMeteor.methods({ key() { return process.env.VONAGE_API_KEY; } });\n`],
  invalid: [{ code: returnsSecret, errors: [secretError(returnsSecret, 'process.env.VONAGE_API_SECRET', 'the value a Meteor method returns')] }],
});
