/**
 * Where code runs and what it must not carry there: the environment-variable prefixes that bundlers inline into
 * browser code, the markers that make a file server-only, the modules that only work with a secret (so never belong
 * in a browser bundle), and the `debug` namespaces under which the server SDKs print secrets
 * (shared/sdk-reference.md sections 1.2, 2.1 and 6 row 28).
 */
import { SERVER_SDK_MODULES } from './modules';

/** How code reads a build-time variable: `process.env.X`, `import.meta.env.X`, or an import from a virtual module. */
export type BuildTimeEnvForm = 'process.env' | 'import.meta.env' | 'module';

/** A toolchain that compiles environment variables with a prefix into the browser bundle. */
export interface BundledEnvToolchain {
  prefix: string;
  toolchain: string;
  forms: readonly BuildTimeEnvForm[];
}

/**
 * Toolchains that inline environment variables into browser code: the bundler replaces `process.env.<PREFIX>X` /
 * `import.meta.env.<PREFIX>X` (or SvelteKit's `import { PUBLIC_X } from '$env/static/public'`) with its value in the
 * JavaScript sent to every visitor.
 */
export const BUNDLED_ENV_TOOLCHAINS: readonly BundledEnvToolchain[] = [
  { prefix: 'NEXT_PUBLIC_', toolchain: 'Next.js', forms: ['process.env'] },
  { prefix: 'VITE_', toolchain: 'Vite', forms: ['import.meta.env'] },
  { prefix: 'REACT_APP_', toolchain: 'Create React App', forms: ['process.env'] },
  { prefix: 'EXPO_PUBLIC_', toolchain: 'Expo', forms: ['process.env'] },
  { prefix: 'PUBLIC_', toolchain: 'SvelteKit or Astro', forms: ['module', 'import.meta.env'] },
  { prefix: 'GATSBY_', toolchain: 'Gatsby', forms: ['process.env'] },
  { prefix: 'NUXT_PUBLIC_', toolchain: 'Nuxt', forms: ['process.env'] },
  { prefix: 'VUE_APP_', toolchain: 'Vue CLI', forms: ['process.env'] },
];

/**
 * Prefixes that make an environment variable public (see `BUNDLED_ENV_TOOLCHAINS`): Next.js, Vite, Create React App,
 * Expo, SvelteKit/Astro (`PUBLIC_`), Gatsby, Nuxt, Vue CLI.
 */
export const BROWSER_PUBLIC_ENV_PREFIXES: readonly string[] = BUNDLED_ENV_TOOLCHAINS.map(toolchain => toolchain.prefix);

/**
 * How a read of an environment variable ends up in the browser: through a public prefix (compiled into the bundle
 * by its toolchain, wherever it is read), through `import.meta.env` (Vite and friends replace every such read at build
 * time), or, for a plain `process.env.X` read in browser code, through the bundler's `define` (webpack `DefinePlugin`,
 * `dotenv-webpack`, Vite `define`, esbuild `--define`): `null` when it stays on the server.
 */
export function bundledEnvToolchain(name: string, form: BuildTimeEnvForm, inBrowserCode: boolean): string | null {
  const toolchain = BUNDLED_ENV_TOOLCHAINS.find(candidate => name.startsWith(candidate.prefix) && name.length > candidate.prefix.length);
  if (toolchain) return toolchain.toolchain;
  if (!inBrowserCode) return null;
  return form === 'import.meta.env' ? 'Vite' : "the bundler's `define`";
}

/** SvelteKit's modules of public environment variables (`import { PUBLIC_X } from '$env/static/public'`). */
export const PUBLIC_ENV_MODULES: readonly string[] = ['$env/static/public', '$env/dynamic/public'];
/** The object `$env/dynamic/public` exports (`env.PUBLIC_X`). */
export const PUBLIC_ENV_OBJECT = 'env';

/** The browser-public prefix `name` starts with, or `null`. */
export function publicEnvPrefix(name: string): string | null {
  return BROWSER_PUBLIC_ENV_PREFIXES.find(prefix => name.startsWith(prefix) && name.length > prefix.length) ?? null;
}

/**
 * Modules that only work with the API secret or the application private key: the server SDKs, `@vonage/auth` (the
 * credentials holder they share) and `@vonage/jwt` (signs with the private key). In a browser bundle, the secret
 * would have to ship with them; `@vonage/video`'s browser entry is an "unsupported browser" stub anyway.
 */
export const SECRET_REQUIRING_MODULES: readonly string[] = [...SERVER_SDK_MODULES, '@vonage/auth', '@vonage/jwt'];

/** The secret-requiring module a specifier imports (`@vonage/server-sdk/dist/…` counts as `@vonage/server-sdk`), or `null`. */
export function secretRequiringModule(specifier: string): string | null {
  if (!specifier.startsWith('opentok') && !specifier.startsWith('@vonage/')) return null;
  return SECRET_REQUIRING_MODULES.find(module => specifier === module || specifier.startsWith(`${module}/`)) ?? null;
}

/** Modules whose browser build (`exports.browser`) is `@vonage/video`'s "unsupported browser" stub. */
export const BROWSER_STUB_MODULES: readonly string[] = ['@vonage/video', '@vonage/server-sdk'];

/** Directives that say where a file runs (React Server Components). */
export const CLIENT_DIRECTIVE = 'use client';
export const SERVER_DIRECTIVE = 'use server';

/**
 * Directory names whose files run on a server: Express/Nest `server/`, Next.js `pages/api/`, Nuxt `server/`,
 * Netlify/Firebase `functions/`, AWS `lambda/`.
 */
export const SERVER_DIRECTORIES: ReadonlySet<string> = new Set(['server', 'servers', 'api', 'backend', 'functions', 'lambda', 'lambdas', 'serverless']);

/**
 * Directory names whose component files are server-rendered by default: the Next.js app router (Server Components
 * unless `'use client'`) and Remix/React Router route modules (whose `loader`/`action` imports are stripped from the
 * browser build).
 */
export const SERVER_COMPONENT_DIRECTORIES: ReadonlySet<string> = new Set(['app']);

/** `*.server.ts` and friends: server-only modules by convention (Remix, SvelteKit, Nuxt, React Server Components). */
export const SERVER_FILE_SUFFIX = /\.server\.[cm]?[jt]sx?$/;

/** File extensions of UI components. */
export const COMPONENT_FILE_EXTENSION = /\.(?:jsx|tsx|vue)$/;

/**
 * Exports that only run on the server, whose imports the framework strips from the browser build: Next.js
 * `getServerSideProps`/`getStaticProps`/`getStaticPaths`, Remix/React Router `loader`/`action`.
 */
export const SERVER_ONLY_EXPORTS: ReadonlySet<string> = new Set(['getServerSideProps', 'getStaticProps', 'getStaticPaths', 'loader', 'action']);

/**
 * Packages that only load on a server, with every subpath (`firebase-functions/v2/https`, `express/lib/router`):
 * server frameworks, serverless runtimes, server-only helpers. A file importing one is server code.
 */
export const SERVER_ONLY_PACKAGES: ReadonlySet<string> = new Set([
  'express',
  'koa',
  '@koa/router',
  'koa-router',
  'fastify',
  '@hono/node-server',
  '@remix-run/node',
  'firebase-functions',
  'firebase-admin',
  '@netlify/functions',
  'aws-lambda',
  '@vercel/node',
  '@hapi/hapi',
  'restify',
  'h3',
  'socket.io',
  'dotenv',
  'server-only',
]);

/**
 * Exact module specifiers that only load on a server: Node built-ins that browser bundles do not polyfill, and
 * server entry points of packages that also have browser ones (`hono` but not `hono/client`, `react-dom/server` but
 * not `react-dom/client`).
 */
export const SERVER_ONLY_SPECIFIERS: ReadonlySet<string> = new Set([
  'fs',
  'fs/promises',
  'http',
  'https',
  'http2',
  'net',
  'tls',
  'child_process',
  'cluster',
  'dgram',
  'dns',
  'os',
  'worker_threads',
  'hono',
  'next/server',
  'next/headers',
  'react-dom/server',
]);

/** Scopes whose every package is server-side (NestJS). */
const SERVER_ONLY_SCOPES: readonly string[] = ['@nestjs/'];

/** Whether a module specifier can only be imported on a server (`node:fs`, `express`, `firebase-functions/v2/https`). */
export function isServerOnlyModule(specifier: string): boolean {
  if (specifier.startsWith('node:') || SERVER_ONLY_SPECIFIERS.has(specifier)) return true;
  if (SERVER_ONLY_SCOPES.some(scope => specifier.startsWith(scope))) return true;
  const segments = specifier.split('/');
  const packageName = specifier.startsWith('@') ? segments.slice(0, 2).join('/') : (segments[0] as string);
  return SERVER_ONLY_PACKAGES.has(packageName);
}

/** The npm package whose `enable()` sets the active debug namespaces, like the `DEBUG` variable does. */
export const DEBUG_MODULE = 'debug';
/** The environment variable the `debug` package reads at start-up. */
export const DEBUG_VARIABLE = 'DEBUG';

export interface SecretDebugNamespace {
  namespace: string;
  /** What the SDK prints under it, for messages. */
  prints: string;
}

/**
 * `debug` namespaces under which the server SDKs print secrets: `opentok` logs its REST auth JWT claims and every
 * request (auth header and JSON body: SIP passwords, RTMP stream keys, tokens); `@vonage/jwt` logs
 * `Private key: <PEM>` (namespace `vonage:jwt` in older releases, `vonage:jwt:tokenGenerate` since).
 */
export const SECRET_DEBUG_NAMESPACES: readonly SecretDebugNamespace[] = [
  { namespace: '@opentok', prints: 'REST requests with their auth token and bodies (SIP passwords, stream keys, client tokens)' },
  { namespace: 'vonage:jwt:tokenGenerate', prints: 'the application private key' },
  { namespace: 'vonage:jwt', prints: 'the application private key' },
];

/** Longest `DEBUG` value examined; longer values are not written by hand. */
const MAX_DEBUG_VALUE_LENGTH = 2048;

/**
 * The first secret-printing namespace a `DEBUG` value enables, with the `debug` package's own rules: names separated
 * by commas or whitespace, `*` matching any run of characters, a leading `-` excluding a pattern.
 */
export function secretDebugNamespaceEnabledBy(value: string): SecretDebugNamespace | null {
  if (value.length > MAX_DEBUG_VALUE_LENGTH) return null;
  const patterns = value.split(/[\s,]+/).filter(pattern => pattern.length > 0);
  const skips = patterns.filter(pattern => pattern.startsWith('-')).map(pattern => pattern.slice(1));
  const names = patterns.filter(pattern => !pattern.startsWith('-'));
  return (
    SECRET_DEBUG_NAMESPACES.find(
      ({ namespace }) => names.some(pattern => matchesDebugPattern(namespace, pattern)) && !skips.some(pattern => matchesDebugPattern(namespace, pattern)),
    ) ?? null
  );
}

/** `debug`'s wildcard match (`*` is any run of characters), with one backtracking point: linear in practice. */
export function matchesDebugPattern(name: string, pattern: string): boolean {
  let nameIndex = 0;
  let patternIndex = 0;
  let star = -1;
  let resume = 0;
  while (nameIndex < name.length) {
    if (patternIndex < pattern.length && pattern[patternIndex] === '*') {
      star = patternIndex++;
      resume = nameIndex;
    } else if (patternIndex < pattern.length && pattern[patternIndex] === name[nameIndex]) {
      patternIndex++;
      nameIndex++;
    } else if (star !== -1) {
      patternIndex = star + 1;
      nameIndex = ++resume;
    } else {
      return false;
    }
  }
  while (pattern[patternIndex] === '*') patternIndex++;
  return patternIndex === pattern.length;
}
