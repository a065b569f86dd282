/** SvelteKit: `+server.ts` method exports and `+page.server.ts` form actions. */
import type { TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, isFunction } from '../ast';

import { METHOD_EXPORTS, exportRoute } from './next';
import { makeRoute } from './route';
import type { ExportedHandler, FrameworkAdapter, Route } from './types';

/** SvelteKit form actions: `export const actions = { default: async ({ request, locals }) => … }`. */
function svelteActions(exported: ExportedHandler, actions: TSESTree.ObjectExpression): Route[] {
  const routes: Route[] = [];
  for (const property of actions.properties) {
    const name = property.type === 'Property' ? getPropertyName(property) : null;
    const handler = property.type === 'Property' && name !== null ? exported.resolve(property.value) : null;
    if (!handler || !isFunction(handler)) continue;
    const label = `Form action \`${name}\` of \`${exported.file.path}\``;
    routes.push(makeRoute({ framework: 'sveltekit', label, path: exported.file.path, name, method: 'POST', reportNode: (property as TSESTree.Property).key, handler }));
  }
  return routes;
}

export const sveltekit: FrameworkAdapter = {
  id: 'sveltekit',
  name: 'SvelteKit',
  facts: {
    guards: 'a check of `locals.user` / `locals.session` (set by `hooks.server.ts`, which is not read) at the top of the handler',
    identity: ['locals.user', 'locals.session', 'locals.auth()'],
    response: 'returning `json(…)` / a `Response`, the value an action returns',
    input: '`await request.json()`, `await request.formData()`, `url.searchParams`, `params`',
  },
  fileExports: ['actions', ...METHOD_EXPORTS],
  handlerExports: [...METHOD_EXPORTS],
  nestedRequestProperties: { request: ['request'] },
  routesOfExport(exported) {
    const { file, name, value } = exported;
    if (file.sveltePageServer && name === 'actions' && value.type === 'ObjectExpression') return svelteActions(exported, value);
    if (!file.svelteServer || !METHOD_EXPORTS.has(name) || !exported.unwrapped.handler) return null;
    return exportRoute(exported, 'sveltekit', `Endpoint \`${name} ${file.path}\``, file.path, name);
  },
};
