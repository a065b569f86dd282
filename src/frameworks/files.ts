/**
 * What a file's location says about its routes: Next.js `pages/api/…` and `app/…/route.ts`, Vercel `api/…`,
 * SvelteKit `+server.ts` / `+page.server.ts`, Remix `app/routes/…`, Nuxt `server/api/…` (with `token.post.ts`
 * method suffixes), Netlify `netlify/functions/*`. String operations only: paths can be long.
 */
import type { RouteFile } from './types';

const NUXT_METHOD_SUFFIXES = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

/** Directory and file names that give a file routes: checked before the path is taken apart. */
const ROUTE_PATH_MARKERS = ['pages', 'app', 'routes', 'server', 'api', 'netlify'];

/** What a file's location says about its routes. String operations only: paths can be long. */
export function routeFile(filename: string): RouteFile {
  if (!ROUTE_PATH_MARKERS.some(marker => filename.includes(marker))) return NO_ROUTE_FILE;
  const normalized = filename.replace(/\\/g, '/');
  const base = normalized.slice(normalized.lastIndexOf('/') + 1);
  const segments = normalized.split('/').filter(segment => segment !== '' && segment !== '.');
  const stem = base.includes('.') ? base.slice(0, base.indexOf('.')) : base;
  const fullStem = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  const directories = segments.slice(0, -1);
  const has = (directory: string): number => directories.lastIndexOf(directory);
  const pagesIndex = has('pages');
  const pagesApi = pagesIndex !== -1 && directories[pagesIndex + 1] === 'api';
  const serverIndex = has('server');
  const nuxtServer = serverIndex !== -1 && (directories[serverIndex + 1] === 'api' || directories[serverIndex + 1] === 'routes');
  const vercelApi = !pagesApi && !nuxtServer && has('api') !== -1 && has('app') === -1;
  const appRoute = stem === 'route' && has('app') !== -1;
  const svelteServer = base.startsWith('+server.');
  const sveltePageServer = base.startsWith('+page.server.');
  const routesIndex = has('routes');
  const remixRoute = !svelteServer && !sveltePageServer && !nuxtServer && routesIndex > 0 && directories[routesIndex - 1] === 'app';
  const netlifyIndex = has('netlify');
  const netlifyFunction = netlifyIndex !== -1 && directories[netlifyIndex + 1] === 'functions' ? `/.netlify/functions/${stem}` : null;
  let rootIndex: number | null = null;
  let last = stem;
  let method: string | null = null;
  if (pagesApi) rootIndex = pagesIndex;
  else if (nuxtServer) {
    rootIndex = directories[serverIndex + 1] === 'api' ? serverIndex : serverIndex + 1;
    const dot = fullStem.lastIndexOf('.');
    if (dot !== -1 && NUXT_METHOD_SUFFIXES.has(fullStem.slice(dot + 1))) method = fullStem.slice(dot + 1).toUpperCase();
    last = dot !== -1 && method !== null ? fullStem.slice(0, dot) : fullStem;
  } else if (appRoute) rootIndex = has('app');
  else if ((svelteServer || sveltePageServer || remixRoute) && routesIndex !== -1) rootIndex = routesIndex;
  else if (vercelApi) rootIndex = has('api') - 1;
  if (remixRoute) last = fullStem;
  const parts = rootIndex === null ? [] : directories.slice(rootIndex + 1).filter(part => !part.startsWith('(') && !part.startsWith('@'));
  // `route.ts`, `+server.ts`, `index.ts` name their directory; Remix flat routes use dots for slashes.
  if (!(last === 'route' || last === 'index' || last === '_index' || last.startsWith('+'))) parts.push(...(remixRoute ? last.split('.') : [last]));
  return {
    path: rootIndex === null ? null : `/${parts.join('/')}`,
    method,
    pagesApi,
    vercelApi,
    appRoute,
    svelteServer,
    sveltePageServer,
    remixRoute,
    nuxtServer,
    netlifyFunction,
  };
}

/** What a location that says nothing about routes gives. */
export const NO_ROUTE_FILE: RouteFile = {
  path: null,
  method: null,
  pagesApi: false,
  vercelApi: false,
  appRoute: false,
  svelteServer: false,
  sveltePageServer: false,
  remixRoute: false,
  nuxtServer: false,
  netlifyFunction: null,
};
