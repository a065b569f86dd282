/**
 * Is this file a long-running server (or code a server calls), or a script that runs once per invocation?
 *
 * A file is a *server* when it shows any of: an export (`export …`, `module.exports`, `exports.x`), a server start
 * (`.listen(…)`, `serve(…)`, `Deno.serve(…)`, `createServer(…)`, `addEventListener('fetch', …)`), a route registration
 * (`app.get('/path', …)`), or an import of a web framework or server module. Anything else (a CLI that creates a
 * session and prints it, a seed script, a load test, a test file) is a *script*: what it creates once lives for one
 * invocation and reaches one caller, the person running it.
 *
 * One walk per file, memoised.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, skipValueWrappers, walk } from '../ast';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** Modules that make a file part of a long-running server (a web framework, Node's HTTP servers, serverless runtimes). */
const SERVER_MODULE =
  /^(?:express|koa|@koa\/router|koa-router|fastify|hono|@hono\/|@nestjs\/|next(?:\/|$)|@sveltejs\/kit|@remix-run\/|nuxt|h3|http|https|http2|node:https?|node:http2|socket\.io|ws|@hapi\/hapi|restify|polka|micro|firebase-functions|@netlify\/functions|@vercel\/node|aws-lambda|@azure\/functions|@google-cloud\/functions-framework|meteor\/|parse\/node|@adonisjs\/)/;
const START_METHODS = new Set(['listen', 'serve', 'createServer']);
const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'use', 'route', 'head', 'options']);

const kinds = new WeakMap<object, boolean>();

/** Whether the file is a script that runs once per invocation (see the module comment). */
export function isScript(sourceCode: SourceCode): boolean {
  let script = kinds.get(sourceCode);
  if (script === undefined) {
    script = !showsServer(sourceCode);
    kinds.set(sourceCode, script);
  }
  return script;
}

function showsServer(sourceCode: SourceCode): boolean {
  let server = false;
  walk(sourceCode.ast, sourceCode.visitorKeys, node => {
    if (!server && isServerSign(node)) server = true;
  });
  return server;
}

function isServerSign(node: Node): boolean {
  switch (node.type) {
    case 'ExportNamedDeclaration':
    case 'ExportDefaultDeclaration':
    case 'ExportAllDeclaration':
    case 'TSExportAssignment':
      return true;
    case 'ImportDeclaration':
      return SERVER_MODULE.test(node.source.value);
    case 'AssignmentExpression':
      return isCommonJsExport(node.left);
    case 'CallExpression':
      return isServerCall(node);
    default:
      return false;
  }
}

/** `module.exports = …`, `module.exports.x = …`, `exports.x = …`. */
function isCommonJsExport(target: Node): boolean {
  let current = skipValueWrappers(target);
  while (current.type === 'MemberExpression') {
    const object = skipValueWrappers(current.object);
    if (object.type === 'Identifier' && (object.name === 'exports' || (object.name === 'module' && getPropertyName(current) === 'exports'))) return true;
    current = object;
  }
  return false;
}

function isServerCall(call: TSESTree.CallExpression): boolean {
  const callee = skipValueWrappers(call.callee);
  const first = call.arguments[0];
  if (callee.type === 'Identifier') {
    if (callee.name === 'require') return first?.type === 'Literal' && typeof first.value === 'string' && SERVER_MODULE.test(first.value);
    return START_METHODS.has(callee.name) || (callee.name === 'addEventListener' && first?.type === 'Literal' && first.value === 'fetch');
  }
  if (callee.type !== 'MemberExpression') return false;
  const method = getPropertyName(callee);
  if (method === null) return false;
  if (START_METHODS.has(method)) return true;
  // `app.get('/rooms', handler)`: a route path and a handler after it.
  return ROUTE_METHODS.has(method) && call.arguments.length >= 2 && first?.type === 'Literal' && typeof first.value === 'string' && first.value.startsWith('/');
}
