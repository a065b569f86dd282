/** Meteor: methods declared with `Meteor.methods({ getToken() {…}, 'rooms.join': function () {…} })`; the caller is `this.userId`. */
import type { TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, isFunction, skipValueWrappers, staticName } from '../ast';

import type { FunctionNode } from '../ast';

import { makeRoute } from './route';
import type { FrameworkAdapter, Route } from './types';

/** Properties of a method's `this` that hold the caller: checking them authenticates (`if (!this.userId) throw …`). */
export const METEOR_THIS_IDENTITY: ReadonlySet<string> = new Set(['userId']);

function meteorMethods(call: TSESTree.CallExpression): Route[] | null {
  if (staticName(call.callee) !== 'Meteor.methods' || call.arguments[0]?.type !== 'ObjectExpression') return null;
  const routes: Route[] = [];
  for (const property of call.arguments[0].properties) {
    if (property.type !== 'Property') continue;
    const name = getPropertyName(property);
    const value = skipValueWrappers(property.value);
    // An arrow function cannot read `this.userId`, but clients can still call it: it is an endpoint all the same.
    if (name === null || !isFunction(value)) continue;
    routes.push(makeRoute({ framework: 'meteor', label: `Meteor method \`${name}\``, name, reportNode: property.key, handler: value }));
  }
  return routes;
}

export const meteor: FrameworkAdapter = {
  id: 'meteor',
  name: 'Meteor methods',
  modules: ['meteor/meteor'],
  facts: {
    guards: 'a check of `this.userId` before the operation that throws or returns (`Meteor.userId()` is not recognised yet)',
    identity: ['this.userId', 'this.user()', 'Meteor.userId()', 'Meteor.user()'],
    response: 'the value the method returns to the client',
    input: 'every argument of the method',
  },
  callNames: ['methods'],
  routesOfCall: meteorMethods,
  returnedResponse(fn: FunctionNode) {
    return this.takesClientArguments?.(fn) ? 'the value a Meteor method returns' : null;
  },
  takesClientArguments(fn: FunctionNode) {
    const property = fn.parent;
    const call = property.parent?.parent;
    return property.type === 'Property' && property.value === fn && call?.type === 'CallExpression' && staticName(call.callee) === 'Meteor.methods';
  },
};
