/** Remix (and React Router framework mode): `action` / `loader` exports of `app/routes/…`. */
import { exportRoute } from './next';
import type { FrameworkAdapter } from './types';

const REMIX_EXPORTS = new Set(['action', 'loader']);

export const remix: FrameworkAdapter = {
  id: 'remix',
  name: 'Remix',
  facts: {
    guards: 'an authenticator call at the top (`await authenticator.isAuthenticated(request, { failureRedirect })`, `requireUserId(request)`)',
    identity: ['requireUserId(request)', 'getUser(request)', 'authenticator.isAuthenticated(request)'],
    response: 'returning `json(…)` / a `Response` / a plain object',
    input: '`await request.formData()`, `await request.json()`, `new URL(request.url).searchParams`, `params`',
  },
  fileExports: [...REMIX_EXPORTS],
  handlerExports: [...REMIX_EXPORTS],
  routesOfExport(exported) {
    const { file, name } = exported;
    if (!file.remixRoute || !REMIX_EXPORTS.has(name) || !exported.unwrapped.handler) return null;
    return exportRoute(exported, 'remix', `The \`${name}\` of \`${file.path}\``, file.path);
  },
};
