/** Nuxt / Nitro: `defineEventHandler` default exports in `server/api/…` and `server/routes/…` (`token.post.ts`). */
import type { TSESTree } from '@typescript-eslint/utils';

import { skipValueWrappers } from '../ast';

import { exportRoute } from './next';
import type { FrameworkAdapter } from './types';

function isDefineEventHandler(value: TSESTree.Node): boolean {
  const call = skipValueWrappers(value);
  return call.type === 'CallExpression' && call.callee.type === 'Identifier' && (call.callee.name === 'defineEventHandler' || call.callee.name === 'eventHandler');
}

export const nuxt: FrameworkAdapter = {
  id: 'nuxt',
  name: 'Nuxt / Nitro',
  facts: {
    guards: 'a session check at the top of the handler (`await requireUserSession(event)`, `getServerSession(event)`); `server/middleware` is not read',
    identity: ['requireUserSession(event)', 'event.context.user', 'event.context.auth'],
    response: 'returning a value from the handler, `send(event, …)`',
    input: '`await readBody(event)`, `getQuery(event)`, `getRouterParam(event, name)`, `getHeader(event, name)`',
  },
  fileExports: ['default'],
  handlerExports: ['default'],
  routesOfExport(exported) {
    const { file, name, value } = exported;
    if (!file.nuxtServer || name !== 'default' || !isDefineEventHandler(value) || !exported.unwrapped.handler) return null;
    return exportRoute(exported, 'nuxt', `Server route \`${file.method ? `${file.method} ` : ''}${file.path}\``, file.path, file.method);
  },
};
