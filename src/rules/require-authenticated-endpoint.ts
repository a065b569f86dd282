import { findVariable } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, receiverNames, skipValueWrappers, walk } from '../analysis/ast';
import { createGuardMatcher, isGuardName, isIdentityLookup, isIdentityName, nameWords, namesIn } from '../analysis/auth-guards';
import { getOperationOptions, getOption } from '../analysis/operation-options';
import { requestObjectOf } from '../analysis/request-input';
import { AUTH_ENDPOINT_WORDS, decoratorName, functionOf, globMatcher, kindFromName, literalPath, routeOfCall, routeOfNestMethod, routeOfServeCall, routesOfProgram } from '../analysis/routes';
import type { FunctionNode, Route } from '../analysis/routes';
import { getDetection, getSdkFile, mayReachVonage } from '../analysis/sdk-calls';
import { findLiteralOrigin } from '../analysis/values';
import { TOKEN_OPTION } from '../sdk';
import type { OperationKind } from '../sdk';
import { createRule } from '../util/create-rule';
import { resolveVariable } from '../analysis/scope';

type Node = TSESTree.Node;
type Variable = TSESLint.Scope.Variable;
type Options = [
  {
    guards?: string[];
    requiredGuards?: string[];
    ignoreRoutes?: string[];
    checkServerlessHandlers?: boolean;
    allowPublicSubscriberTokens?: boolean;
    nestGlobalGuard?: boolean;
  },
];
type MessageIds = 'unauthenticated' | 'missingRequiredGuard' | 'addGuard';

/** Auth-endpoint words that, in an import path, name a folder or a file (`./services/opentok-api`). */
const SOURCE_FOLDER_WORDS: ReadonlySet<string> = new Set(['api', 'id']);
/** What each operation lets an anonymous caller do (only the privileged, server-side ones are ever reported). */
const OPERATION_TEXT: Readonly<Record<OperationKind, { does: string; risk: string }>> = {
  'token.generate': { does: 'mints client tokens', risk: 'join your sessions and run up your usage' },
  'session.create': { does: 'creates sessions', risk: 'create sessions on your account and run up usage' },
  'archive.start': { does: 'starts archiving', risk: 'record calls' },
  'archive.stop': { does: 'stops archives', risk: 'stop recordings' },
  'archive.delete': { does: 'deletes archives', risk: 'delete recordings' },
  'archive.read': { does: 'reads archives', risk: 'download recordings' },
  'archive.update': { does: 'changes archives', risk: 'change what is recorded' },
  'broadcast.start': { does: 'starts broadcasts', risk: 'stream calls to anyone' },
  'broadcast.stop': { does: 'stops broadcasts', risk: 'cut broadcasts' },
  'broadcast.update': { does: 'changes broadcasts', risk: 'change what is broadcast' },
  'sip.dial': { does: 'dials out over SIP', risk: 'place calls on your account' },
  'sip.dtmf': { does: 'sends DTMF tones', risk: 'drive phone menus from your calls' },
  'audio-connector.connect': { does: 'streams call audio to a WebSocket', risk: 'send call audio anywhere' },
  'render.start': { does: 'starts Experience Composer', risk: 'run and record a browser in calls' },
  'render.stop': { does: 'stops Experience Composer', risk: 'stop renders' },
  'captions.start': { does: 'starts live captions', risk: 'run up usage' },
  'captions.stop': { does: 'stops live captions', risk: 'stop captions' },
  'moderation.disconnect': { does: 'force-disconnects participants', risk: 'remove anyone from a call' },
  'moderation.unpublish': { does: 'force-unpublishes streams', risk: 'take anyone off camera' },
  'moderation.mute': { does: 'force-mutes streams', risk: 'silence anyone' },
  'moderation.mute-all': { does: 'force-mutes everyone', risk: 'silence a whole call' },
  'moderation.disable-mute': { does: 'changes forced muting', risk: 'override moderators' },
  'signal.send': { does: 'sends signals to participants', risk: 'send messages to anyone in a call' },
  'stream.read': { does: 'reads stream details', risk: 'see who is in a call' },
  'stream.layout': { does: 'changes stream layouts', risk: 'change what viewers see' },
  'callback.register': { does: 'registers webhooks', risk: "redirect your project's events" },
  'client.init-session': { does: 'initialises a session', risk: 'join calls' },
  'client.init-publisher': { does: 'initialises a publisher', risk: 'publish' },
  'client.connect': { does: 'connects to a session', risk: 'join calls' },
  'client.publish': { does: 'publishes a stream', risk: 'publish' },
  'client.set-log-level': { does: 'sets the log level', risk: 'read logs' },
  'client.set-proxy-url': { does: 'sets a proxy', risk: 'route media' },
  'client.set-encryption-secret': { does: 'sets the encryption secret', risk: 'read media' },
};

/** Words that tie a name or path to Vonage itself: enough context on their own for the *by name* tier. */
const VONAGE_WORDS = new Set(['vonage', 'opentok', 'tokbox', 'tok']);
/** Words that tie a name or path to video calls: context for the *by name* tier in files that import no other video vendor. */
const VIDEO_WORDS = new Set(['video', 'webinar', 'webinars', 'meeting', 'meetings', 'room', 'rooms', 'conference', 'conferences', 'broadcast', 'broadcasts', 'archive', 'archives', 'moderation', 'moderator']);
/** Modules of other video vendors: their handlers are not Vonage operations. */
const OTHER_VENDOR = /twilio|agora|livekit|daily|zoom|chime|jitsi|openvidu|stream-io|getstream|100ms|videosdk|zego|dyte|whereby|mediasoup|janus|peerjs|simple-peer|sendbird|cometchat/i;
/** Nest decorators that mark a route public under a global guard. */
const PUBLIC_DECORATORS = new Set(['Public', 'IsPublic', 'SkipAuth', 'AllowAnonymous', 'Anonymous', 'NoAuth', 'PublicRoute']);
/** Values a handler reads that come from the client, never the authenticated caller (`req.body.userId`). */
const INPUT_CONTAINERS = new Set(['body', 'query', 'params', 'data', 'searchParams', 'queryStringParameters', 'pathParameters', 'headers', 'cookies', 'payload', 'input', 'args', 'variables']);
/** `assert(req.user)`: calls that throw when their argument is falsy. */
const ASSERTIONS = new Set(['assert', 'invariant', 'ok']);
/** Functions that answer the request or stop it (`redirect('/login')`, SvelteKit's `error(401)`, `next()`). */
const ENDING_FUNCTIONS = new Set(['redirect', 'notFound', 'unauthorized', 'forbidden', 'error', 'createError', 'abort', 'next']);
/** Methods that answer the request or stop it (`res.sendStatus(401)`, `ctx.throw(401)`, `c.text('no', 401)`). */
const ENDING_METHODS = new Set(['redirect', 'sendStatus', 'status', 'code', 'send', 'json', 'text', 'end', 'render', 'throw', 'fail', 'reject']);
/** Fastify hooks that run before the handler. */
const PRE_HANDLER_HOOKS = new Set(['onRequest', 'preHandler', 'preValidation', 'preParsing']);
const MAX_CALL_DEPTH = 4;

interface Operation {
  /** The call, for the role check of `allowPublicSubscriberTokens`; `null` for a handler known by name only. */
  call: TSESTree.CallExpression | null;
  kind: OperationKind;
  /** How the message names it: `generateToken`, `videoController.getToken`. */
  name: string;
  /** Where it runs, as offsets along the call chain from the handler (compared lexicographically). */
  start: number[];
  end: number[];
}

interface Use {
  receiver: string | null;
  position: number;
  /** Path prefixes (`app.use('/api', …)`), exact paths for a guard registered as a route, or `null` for all. */
  paths: string[] | null;
  exact: boolean;
  /** HTTP method of a guard registered as a route (`router.post('/x', auth)`), `null` otherwise. */
  method: string | null;
  /** Fastify hooks apply to every route of the instance, whatever the order. */
  hook: boolean;
  /** Paths a guard skips: `expressjwt(…).unless({ path: ['/token'] })`. */
  except: string[];
  values: Node[];
  /** Routers mounted by this call, and whether a guard precedes them in it. */
  mounts: Array<{ key: string; guarded: () => boolean; path: string | null }>;
  guard: () => boolean;
}

/** Names of calls that register routes or middleware (`app.post`, `router.use`, `fastify.addHook`, `Deno.serve`). */
const ROUTE_CALL_NAMES = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'options', 'head', 'route', 'use', 'addHook', 'serve']);

/** `post` for `app.post` / `app['post']`, `serve` for `serve`, else `''`. */
function calleeName(callee: Node): string {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type !== 'MemberExpression') return '';
  if (callee.property.type === 'Identifier' && !callee.computed) return callee.property.name;
  return callee.property.type === 'Literal' && typeof callee.property.value === 'string' ? callee.property.value : '';
}

/** The last name of a chain (`verify` in `jwt.verify`), or `''`. */
function lastOf(names: readonly string[]): string {
  return names[names.length - 1] ?? '';
}

function comparePositions(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const difference = (a[index] as number) - (b[index] as number);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

export default createRule<Options, MessageIds>({
  name: 'require-authenticated-endpoint',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require authentication in front of route handlers that mint tokens, create sessions, archive, broadcast or moderate',
      recommended: 'recommended',
      guideSection: 'Ensure server generating token is behind authenticated endpoint',
    },
    hasSuggestions: true,
    messages: {
      unauthenticated:
        '{{route}} calls `{{operation}}`, which {{does}}, with no authentication in front of it: anyone who can reach it can {{risk}}. Add authentication middleware or a guard before the handler, or reject unauthenticated requests at its top.',
      missingRequiredGuard:
        '{{route}} calls `{{operation}}`, which {{does}}, without `{{guard}}` in front of it, which this project requires on routes that mint tokens (for example to cap how many people join a session). Add `{{guard}}` before the handler.',
      addGuard: 'Add `{{guard}}` in front of the handler, as other routes in this file do.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          guards: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description:
              "The project's own authentication middleware, hooks, decorators, wrappers and check functions, by name (`tenantGate`, `apiKeyCheck`, `auth.required`); added to the built-in recognition.",
          },
          requiredGuards: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description:
              'Names that must stand in front of (or be called at the top of) every route that mints tokens, in addition to authentication: for example a capacity check (`limitRoomSize`).',
          },
          ignoreRoutes: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description:
              'Routes that are deliberately public, by path (`/demo/token`) or, for routes without a path, by function or export name (`getDemoToken`); `*` matches any characters.',
          },
          checkServerlessHandlers: {
            type: 'boolean',
            description:
              'Check AWS Lambda / Netlify `handler` exports and Deno / Supabase Edge `serve` handlers. Turn off when an API gateway authorizer authenticates every request before the function runs.',
          },
          allowPublicSubscriberTokens: {
            type: 'boolean',
            description: "Allow unauthenticated routes whose only privileged operation mints tokens with `role: 'subscriber'` (a deliberately public broadcast).",
          },
          nestGlobalGuard: {
            type: 'boolean',
            description:
              'The NestJS app registers a global authentication guard (`APP_GUARD`, `app.useGlobalGuards()`): treat controller routes as guarded unless marked `@Public()`.',
          },
        },
      },
    ],
    defaultOptions: [{ guards: [], requiredGuards: [], ignoreRoutes: [], checkServerlessHandlers: true, allowPublicSubscriberTokens: false, nestGlobalGuard: false }],
  },
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    if (!mayReachVonage(context)) return {};
    // `defaultOptions` fills every option in.
    const settings = options as Required<Options[0]>;
    const guards = createGuardMatcher(settings.guards);
    const requiredGuards = settings.requiredGuards;
    const ignored = settings.ignoreRoutes.map(globMatcher);
    const trackedOnly = getDetection(context.settings) === 'tracked';
    const routes: Route[] = [];
    const uses: Use[] = [];
    const variableKeys = new WeakMap<Variable, string>();
    let nextKey = 0;

    function variableOf(identifier: TSESTree.Identifier): Variable | null {
      return resolveVariable(sourceCode.getScope(identifier), identifier);
    }

    /** A stable key for the object routes are registered on: variable identity, then property names. */
    function keyOf(node: Node): string | null {
      const value = skipValueWrappers(node);
      switch (value.type) {
        case 'Identifier': {
          const variable = variableOf(value);
          if (!variable) return `global:${value.name}`;
          let key = variableKeys.get(variable);
          if (key === undefined) {
            key = `v${++nextKey}`;
            variableKeys.set(variable, key);
          }
          return key;
        }
        case 'ThisExpression':
          return 'this';
        case 'MemberExpression': {
          const object = keyOf(value.object);
          const name = getPropertyName(value);
          return object === null || name === null ? null : `${object}.${name}`;
        }
        case 'CallExpression': {
          // `router.routes()`, `router.middleware()`: koa-router mounts.
          const callee = skipValueWrappers(value.callee);
          const name = callee.type === 'MemberExpression' ? getPropertyName(callee) : null;
          return name === 'routes' || name === 'middleware' ? keyOf((callee as TSESTree.MemberExpression).object) : null;
        }
        default:
          return null;
      }
    }

    // --- imports ----------------------------------------------------------------------------------------------------

    /** The module a name is imported or required from (`import { getToken } from './opentok'`, `const ot = require('./ot')`). */
    function importSourceOf(identifier: TSESTree.Identifier): string | null {
      const definition = variableOf(identifier)?.defs[0];
      if (definition?.type === 'ImportBinding' && definition.parent.type === 'ImportDeclaration') return definition.parent.source.value;
      if (definition?.type !== 'Variable' || !definition.node.init) return null;
      let init = skipValueWrappers(definition.node.init);
      // `require('./x').y`
      while (init.type === 'MemberExpression') init = skipValueWrappers(init.object);
      if (init.type !== 'CallExpression' || init.callee.type !== 'Identifier' || init.callee.name !== 'require') return null;
      const argument = init.arguments[0];
      return argument?.type === 'Literal' && typeof argument.value === 'string' ? argument.value : null;
    }

    let vendorChecked = false;
    let otherVendor = false;
    /** The file imports another video vendor's SDK (Twilio, Agora, LiveKit…): weak video context is not Vonage there. */
    function importsOtherVendor(): boolean {
      if (vendorChecked) return otherVendor;
      vendorChecked = true;
      for (const statement of sourceCode.ast.body) {
        if (statement.type === 'ImportDeclaration' && OTHER_VENDOR.test(statement.source.value)) otherVendor = true;
        if (statement.type !== 'VariableDeclaration') continue;
        for (const declarator of statement.declarations) {
          const init = declarator.init && skipValueWrappers(declarator.init);
          const argument = init?.type === 'CallExpression' && init.callee.type === 'Identifier' && init.callee.name === 'require' ? init.arguments[0] : undefined;
          if (argument?.type === 'Literal' && typeof argument.value === 'string' && OTHER_VENDOR.test(argument.value)) otherVendor = true;
        }
      }
      return otherVendor;
    }

    /**
     * Whether names and paths around a by-name match tie it to Vonage video: a Vonage word, or a video word in a file
     * that imports no other video vendor. `fileCounts` lets a file that uses the Vonage SDK count as context.
     * `sources` are import paths: there `api` and `id` are folder words (`./services/opentok-api`), not auth endpoints.
     */
    function hasVideoContext(names: readonly string[], fileCounts: boolean, sources: readonly string[] = []): boolean {
      const nameWordList = names.flatMap(text => nameWords(text));
      const sourceWords = sources.flatMap(text => nameWords(text));
      if (nameWordList.some(word => AUTH_ENDPOINT_WORDS.has(word))) return false;
      if (sourceWords.some(word => AUTH_ENDPOINT_WORDS.has(word) && !SOURCE_FOLDER_WORDS.has(word))) return false;
      const words = [...nameWordList, ...sourceWords];
      if (words.some(word => VONAGE_WORDS.has(word)) || (fileCounts && getSdkFile(context).showsVonageUsage)) return true;
      return words.some(word => VIDEO_WORDS.has(word)) && !importsOtherVendor();
    }

    // --- functions a reference or call leads to ---------------------------------------------------------------------

    /** The local function a reference is bound to (`function getToken(req, res) {}`, `const h = async () => {}`, `exports.h`). */
    function localFunction(reference: Node): FunctionNode | null {
      const value = skipValueWrappers(reference);
      if (value.type === 'MemberExpression') return exportedFunction(value);
      if (value.type !== 'Identifier') return functionOf(value);
      const definition = variableOf(value)?.defs[0];
      if (definition?.type === 'FunctionName') return definition.node as FunctionNode;
      if (definition?.type === 'Variable' && definition.node.init) return functionOf(definition.node.init);
      return null;
    }

    /** `exports.getToken` / `module.exports.getToken` used in the file that assigns it a function. */
    function exportedFunction(member: TSESTree.MemberExpression): FunctionNode | null {
      const object = member.object;
      const isExports =
        (object.type === 'Identifier' && object.name === 'exports') ||
        (object.type === 'MemberExpression' && object.object.type === 'Identifier' && object.object.name === 'module' && getPropertyName(object) === 'exports');
      if (!isExports || member.computed) return null;
      const text = sourceCode.getText(member);
      for (const statement of sourceCode.ast.body) {
        if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression') continue;
        if (sourceCode.getText(statement.expression.left) === text) return localFunction(statement.expression.right);
      }
      return null;
    }

    /** `this.helper()` inside a class: the method it calls. */
    function classMethod(call: TSESTree.CallExpression): FunctionNode | null {
      const callee = skipValueWrappers(call.callee);
      if (callee.type !== 'MemberExpression' || callee.object.type !== 'ThisExpression') return null;
      const name = getPropertyName(callee);
      for (let current: Node | undefined = call.parent; current; current = current.parent) {
        if (current.type !== 'ClassBody') continue;
        const method = current.body.find((member): member is TSESTree.MethodDefinition => member.type === 'MethodDefinition' && getPropertyName(member) === name);
        return method?.value.type === 'FunctionExpression' ? method.value : null;
      }
      return null;
    }

    /**
     * A call to a function defined elsewhere whose name says it performs a privileged operation, on something tied to
     * Vonage video: an imported helper (`getOpenTokToken(id)` from `../interactions/opentok`), a method of an imported
     * wrapper module (`opentok.initiateArchiving(id)` with `opentok = require('./opentok')`), or of an injected service
     * (`this.videoService.createToken(…)`).
     */
    function byNameCall(call: TSESTree.CallExpression): OperationKind | null {
      if (trackedOnly || getSdkFile(context).callsAppCode(call)) return null;
      const callee = skipValueWrappers(call.callee);
      const names = receiverNames(callee);
      const name = names[names.length - 1];
      if (name === undefined || (callee.type !== 'Identifier' && callee.type !== 'MemberExpression')) return null;
      const kind = kindFromName(name);
      if (!kind) return null;
      let root: Node = callee;
      while (root.type === 'MemberExpression') root = skipValueWrappers(root.object);
      if (root.type === 'ThisExpression') return hasVideoContext(names.slice(0, -1), false) ? kind : null;
      if (root.type !== 'Identifier' || isLookup(call)) return null;
      const source = importSourceOf(root);
      return source !== null && !OTHER_VENDOR.test(source) && hasVideoContext(names.slice(0, -1), false, [source]) ? kind : null;
    }

    // --- what a handler does ----------------------------------------------------------------------------------------

    /** The privileged Vonage operations a function performs, directly or in same-file functions it calls. */
    function operationsOf(handler: FunctionNode): Operation[] {
      const operations: Operation[] = [];
      const visited = new Set<FunctionNode>();
      const visit = (fn: FunctionNode, path: number[]): void => {
        if (visited.has(fn) || path.length > MAX_CALL_DEPTH) return;
        visited.add(fn);
        walk(fn.body, sourceCode.visitorKeys, node => {
          if (node.type !== 'CallExpression') return;
          const at = [...path, node.range[0]];
          const end = [...path, node.range[1]];
          const call = getSdkFile(context).matchCall(node, { wrappers: true });
          if (call?.operation.privileged && (call.sdk === 'opentok' || call.sdk === '@vonage/video')) {
            // A wrapper of the app is named as called (`calls.createRoom`), the SDK by its method.
            const name = call.wrapper ? receiverNames(node.callee).join('.') : call.operation.method;
            operations.push({ call: node, kind: call.operation.kind, name, start: at, end });
            return;
          }
          const callee = localFunction(node.callee) ?? classMethod(node);
          if (callee && callee !== fn) {
            visit(callee, at);
            return;
          }
          const kind = callee ? null : byNameCall(node);
          if (kind) operations.push({ call: null, kind, name: receiverNames(node.callee).join('.'), start: at, end });
        });
      };
      visit(handler, []);
      return operations.sort((a, b) => comparePositions(a.start, b.start));
    }

    /** Where a variable's value comes from, for identifiers bound by `const x = …` or a destructuring. */
    function bindingOf(identifier: TSESTree.Identifier): { init: Node | null; keys: string[]; parameter: boolean } | null {
      const definition = variableOf(identifier)?.defs[0];
      if (!definition) return null;
      const keys: string[] = [];
      let child: Node = definition.name as Node;
      // Walk up the destructuring pattern to its root, collecting the keys: `const { a: { b } } = x` gives a, b for `b`.
      for (let parent = child.parent; parent && parent.type !== 'VariableDeclarator' && !isFunction(parent); child = parent, parent = parent.parent) {
        if (parent.type === 'Property' && parent.value === child) keys.unshift(getPropertyName(parent) ?? '');
        else if (parent.type !== 'ObjectPattern' && parent.type !== 'AssignmentPattern' && parent.type !== 'ArrayPattern' && parent.type !== 'RestElement') return null;
      }
      if (definition.type === 'Parameter') return { init: null, keys, parameter: true };
      if (definition.type === 'Variable' && definition.node.init) return { init: definition.node.init, keys, parameter: false };
      return null;
    }

    /** `req.user`, `request.auth`, `locals.user`, `ctx.state.user`, `event.requestContext.authorizer`: names a caller on a parameter. */
    function isCallerChain(root: Node, names: readonly string[], depth: number): boolean {
      if (names.some(name => INPUT_CONTAINERS.has(name))) return false;
      if (!names.some(isIdentityName)) return false;
      const value = skipValueWrappers(root);
      if (value.type !== 'Identifier') return false;
      if (INPUT_CONTAINERS.has(value.name)) return false;
      const binding = bindingOf(value);
      if (!binding) return false;
      if (binding.parameter) return true;
      // `const r = req; r.user`, `const state = ctx.state; state.user`.
      return depth < 4 && (isRequestRoot(binding.init as Node) || isCallerValue(binding.init as Node, depth + 1));
    }

    function isLookup(node: Node): boolean {
      const value = skipValueWrappers(node);
      return value.type === 'CallExpression' && isIdentityLookup(value, isRequestArgument);
    }

    /** An argument that is the request, or part of it that carries credentials (`req`, `{ req }`, `req.headers.authorization`). */
    function isRequestArgument(node: Node): boolean {
      const value = skipValueWrappers(node);
      if (requestObjectOf(value, context) !== null) return true;
      const names = receiverNames(value);
      if (value.type === 'CallExpression' && names.length === 1 && (names[0] === 'headers' || names[0] === 'cookies')) return true;
      return names.some(name => name === 'headers' || name === 'cookies' || name === 'authorization');
    }

    /**
     * Whether an expression holds the authenticated caller: a caller property (`req.user`), a variable bound to one or
     * to a lookup (`const session = await getServerSession()`), or a parameter named for one (`user`).
     */
    function isCallerValue(node: Node, depth = 0): boolean {
      const value = skipValueWrappers(node);
      if (depth > 4) return false;
      if (value.type === 'MemberExpression') {
        const names: string[] = [];
        let root: Node = value;
        for (; root.type === 'MemberExpression'; root = skipValueWrappers(root.object)) names.unshift(getPropertyName(root) ?? '');
        // `session.user` where `session` holds a lookup's result, `data.user` from `const { data } = await supabase.auth.getUser()`.
        if (root.type === 'Identifier' && fromLookup(root)) return true;
        return isCallerChain(root, names, depth);
      }
      if (value.type === 'CallExpression') {
        // Hono's `c.get('jwtPayload')`, `c.get('user')`.
        const callee = skipValueWrappers(value.callee);
        const argument = value.arguments[0];
        return (
          callee.type === 'MemberExpression' &&
          getPropertyName(callee) === 'get' &&
          argument?.type === 'Literal' &&
          typeof argument.value === 'string' &&
          isIdentityName(argument.value) &&
          requestObjectOf(callee.object, context)?.kind === 'context'
        );
      }
      if (value.type !== 'Identifier') return false;
      const binding = bindingOf(value);
      if (!binding) return false;
      if (binding.parameter) return isIdentityName(value.name) || (binding.keys.some(isIdentityName) && !binding.keys.some(key => INPUT_CONTAINERS.has(key)));
      const init = binding.init as Node;
      if (binding.keys.length === 0) return isCallerValue(init, depth + 1);
      // Anything destructured from a lookup (`const { userId } = auth()`), or a caller property of the request.
      if (isLookup(init)) return true;
      const keys = binding.keys;
      return !keys.some(key => INPUT_CONTAINERS.has(key)) && (isCallerValue(init, depth + 1) || (keys.some(isIdentityName) && isRequestRoot(init)));
    }

    /** `const { user } = req`, `= context.clientContext`: the value destructured is (part of) a handler parameter. */
    function isRequestRoot(node: Node): boolean {
      let value = skipValueWrappers(node);
      while (value.type === 'MemberExpression') {
        if (INPUT_CONTAINERS.has(getPropertyName(value) ?? '')) return false;
        value = skipValueWrappers(value.object);
      }
      return value.type === 'Identifier' && bindingOf(value)?.parameter === true && !INPUT_CONTAINERS.has(value.name);
    }

    /** `const session = await getServerSession()`: the variable holds what a lookup returned (maybe nothing). */
    function isLookupVariable(identifier: TSESTree.Identifier): boolean {
      const binding = bindingOf(identifier);
      return binding?.init != null && binding.keys.length === 0 && isLookup(binding.init);
    }

    /** A variable holding a lookup's result or part of it (`const { data } = await supabase.auth.getUser()`). */
    function fromLookup(identifier: TSESTree.Identifier): boolean {
      const binding = bindingOf(identifier);
      return binding?.init != null && isLookup(binding.init);
    }

    /** A condition that checks the caller: reads a caller value, a lookup result, or calls a check (`req.isAuthenticated()`). */
    function checksCaller(test: Node): boolean {
      let found = false;
      walk(test, sourceCode.visitorKeys, node => {
        if (found) return;
        if (node.type === 'Identifier' && node.parent.type !== 'MemberExpression') found = isCallerValue(node) || isLookupVariable(node);
        else if (node.type === 'MemberExpression') found = isCallerValue(node);
        else if (node.type === 'CallExpression') found = isLookup(node) || isCallerValue(node) || namesIn(node.callee).some(isGuardName) || guards.isEnforcingCall(node);
      });
      return found;
    }

    interface Check {
      at: number[];
      end: number[];
      /** The check ends the request when it fails (`if (!req.user) return …`): it guards everything after it. */
      ends: boolean;
    }

    interface Evidence {
      /** Checks of the caller (conditions, guard calls, assertions, parameter decorators), with where they run. */
      checks: Check[];
      /** Reads that throw without a caller (`req.user.id`): they guard what follows them, arguments included. */
      dereferences: number[][];
      /** Calls made by the handler, for `requiredGuards`. */
      calls: Array<{ node: TSESTree.CallExpression; at: number[] }>;
    }

    /** A branch that answers the request or stops: `return`, `throw`, `res.sendStatus(401)`, `redirect('/login')`. */
    function ends(node: Node | null): boolean {
      if (!node) return false;
      let found = false;
      walk(node, sourceCode.visitorKeys, inner => {
        if (found) return;
        if (inner.type === 'ReturnStatement' || inner.type === 'ThrowStatement') found = true;
        else if (inner.type === 'CallExpression') {
          const names = receiverNames(inner.callee);
          found = names.length === 1 ? ENDING_FUNCTIONS.has(names[0] as string) : ENDING_METHODS.has(lastOf(names));
        }
      });
      return found;
    }

    /** The authentication a handler (and the same-file functions it calls) shows, with where it happens. */
    function evidenceOf(handler: FunctionNode): Evidence {
      const evidence: Evidence = { checks: [], dereferences: [], calls: [] };
      const visited = new Set<FunctionNode>();
      // NestJS parameter decorators that read the caller a guard has set: `@CurrentUser() user`, `@User()`.
      for (const param of handler.params) {
        const decorators = (param.decorators as TSESTree.Decorator[] | undefined) ?? [];
        if (decorators.some(decorator => isIdentityDecorator(decoratorName(decorator)))) evidence.checks.push({ at: [-1], end: [-1], ends: true });
      }
      const visit = (fn: FunctionNode, path: number[]): void => {
        if (visited.has(fn) || path.length > MAX_CALL_DEPTH) return;
        visited.add(fn);
        walk(fn.body, sourceCode.visitorKeys, node => {
          const at = [...path, node.range[0]];
          const end = [...path, node.range[1]];
          switch (node.type) {
            case 'CallExpression': {
              evidence.calls.push({ node, at });
              const callee = localFunction(node.callee) ?? classMethod(node);
              if (callee && callee !== fn) visit(callee, at);
              const names = namesIn(node.callee);
              const assertion = ASSERTIONS.has(lastOf(names)) && node.arguments[0] !== undefined && checksCaller(node.arguments[0]);
              if (guards.isEnforcingCall(node) || assertion) evidence.checks.push({ at, end, ends: true });
              break;
            }
            case 'IfStatement':
            case 'ConditionalExpression':
              if (checksCaller(node.test)) evidence.checks.push({ at, end, ends: ends(node.consequent) || ends(node.alternate) });
              break;
            case 'LogicalExpression':
              // `req.user && next()`, `req.user || res.sendStatus(401)` as statements, not `const x = req.user || guest`.
              if (node.operator !== '??' && isStatementLike(node) && checksCaller(node.left)) {
                evidence.checks.push({ at, end, ends: ends(node.right) });
              }
              break;
            case 'MemberExpression':
              if (!node.optional && isDereferenced(node.object)) evidence.dereferences.push(at);
              break;
            case 'VariableDeclarator':
              if (node.id.type === 'ObjectPattern' && node.init && isDereferenced(node.init)) evidence.dereferences.push(at);
              break;
            default:
              break;
          }
        });
      };
      visit(handler, []);
      return evidence;
    }

    /** An expression whose value is not kept: a statement, a returned value, an arrow function's body. */
    function isStatementLike(node: TSESTree.LogicalExpression): boolean {
      const parent = node.parent;
      return parent.type === 'ExpressionStatement' || parent.type === 'ReturnStatement' || (parent.type === 'ArrowFunctionExpression' && parent.body === node);
    }

    /** A caller value whose properties are read: reading them throws when there is no caller. */
    function isDereferenced(object: Node): boolean {
      const value = skipValueWrappers(object);
      return !(value.type === 'MemberExpression' && value.optional) && isCallerValue(value);
    }

    function isIdentityDecorator(name: string): boolean {
      return nameWords(name).some(word => word === 'user' || word === 'principal' || word === 'claims' || word === 'identity') || isGuardName(name);
    }

    /** A check that ends the request before the operation, one the operation sits inside, or a read that throws first. */
    function authenticatedBefore(evidence: Evidence, operation: Operation): boolean {
      const inside = (check: Check): boolean => comparePositions(check.at, operation.start) <= 0 && comparePositions(operation.start, check.end) < 0;
      return (
        evidence.checks.some(check => (check.ends && comparePositions(check.at, operation.start) < 0) || inside(check)) ||
        evidence.dereferences.some(at => comparePositions(at, operation.end) < 0)
      );
    }

    // --- what stands in front of a route ----------------------------------------------------------------------------

    const functionGuards = new Map<FunctionNode, boolean>();
    /** Middleware written in this file that checks the caller and performs nothing privileged itself. */
    function isGuardFunction(fn: FunctionNode): boolean {
      let result = functionGuards.get(fn);
      if (result === undefined) {
        functionGuards.set(fn, false);
        const evidence = evidenceOf(fn);
        result = operationsOf(fn).length === 0 && (evidence.checks.some(check => check.ends) || evidence.dereferences.length > 0);
        functionGuards.set(fn, result);
      }
      return result;
    }

    function isGuardValue(node: Node): boolean {
      if (guards.isGuard(node)) return true;
      const value = skipValueWrappers(node);
      if (value.type === 'ArrayExpression') return value.elements.some(element => element !== null && element.type !== 'SpreadElement' && isGuardValue(element));
      const fn = value.type === 'Identifier' || value.type === 'ArrowFunctionExpression' || value.type === 'FunctionExpression' ? localFunction(value) : null;
      return fn !== null && isGuardFunction(fn);
    }

    function pathArguments(args: readonly TSESTree.CallExpressionArgument[]): { paths: string[] | null; rest: Node[] } {
      const paths: string[] = [];
      let index = 0;
      for (; index < args.length; index++) {
        const argument = args[index] as TSESTree.CallExpressionArgument;
        const path = argument.type === 'SpreadElement' ? null : literalPath(argument);
        if (path === null) break;
        paths.push(path);
      }
      return { paths: paths.length > 0 ? paths : null, rest: args.slice(index).filter((argument): argument is TSESTree.Expression => argument.type !== 'SpreadElement') };
    }

    /** `x.use(path?, …middleware, router?)`, `fastify.addHook('onRequest', guard)`, Hono's `app.route('/api', sub)`. */
    function recordUse(node: TSESTree.CallExpression, receiverNode: Node, method: string): void {
      const receiver = keyOf(receiverNode);
      const base = { receiver, position: node.range[0], exact: false, method: null, hook: false, except: node.arguments.flatMap(exceptedPaths) };
      if (method === 'addHook') {
        const [name, hook] = node.arguments;
        if (name?.type !== 'Literal' || !PRE_HANDLER_HOOKS.has(String(name.value)) || !hook || hook.type === 'SpreadElement') return;
        uses.push({ ...base, paths: null, hook: true, values: [hook], mounts: [], guard: () => isGuardValue(hook) });
        return;
      }
      const { paths, rest } = pathArguments(node.arguments);
      if (method === 'route') {
        const key = keyOf(rest[0] as Node);
        if (key !== null && paths !== null) uses.push({ ...base, paths, values: [], mounts: [{ key, guarded: () => false, path: paths[0] as string }], guard: () => false });
        return;
      }
      const mounts = rest.flatMap((value, index) => {
        const key = keyOf(value);
        return key === null ? [] : [{ key, guarded: () => rest.slice(0, index).some(isGuardValue), path: paths?.[0] ?? null }];
      });
      uses.push({ ...base, paths, values: rest, mounts, guard: () => rest.some(isGuardValue) });
    }

    /** A route whose only handlers are guards (`router.post('/x', auth)`, `app.all('*', requireAuth)`): it guards what follows. */
    function recordGuardRoute(route: Route): void {
      const registration = route.registration as TSESTree.CallExpression;
      const values = [...route.inFront, route.handlerReference as Node];
      uses.push({
        receiver: keyOf(route.receiverNode as Node),
        position: registration.range[0],
        paths: [route.path as string],
        exact: true,
        method: route.method,
        hook: false,
        except: [],
        values,
        mounts: [],
        guard: () => route.handler === null && isGuardValue(route.handlerReference as Node),
      });
    }

    /** `expressjwt(…).unless({ path: ['/token', '/demo/*'] })`: the string paths the guard lets through. */
    function exceptedPaths(argument: TSESTree.CallExpressionArgument): string[] {
      const call = skipValueWrappers(argument);
      const callee = call.type === 'CallExpression' ? skipValueWrappers(call.callee) : null;
      const options = call.type === 'CallExpression' ? call.arguments[0] : undefined;
      if (callee?.type !== 'MemberExpression' || getPropertyName(callee) !== 'unless' || options?.type !== 'ObjectExpression') return [];
      const property = options.properties.find((item): item is TSESTree.Property => item.type === 'Property' && getPropertyName(item) === 'path');
      const values = property?.value.type === 'ArrayExpression' ? property.value.elements : [property?.value];
      return values.flatMap(value => (value?.type === 'Literal' && typeof value.value === 'string' ? [value.value] : []));
    }

    function covers(use: Use, path: string | null, method: string | null): boolean {
      if (use.method !== null && use.method !== 'ALL' && use.method !== method) return false;
      const target = path ?? '/';
      if (use.except.some(pattern => globMatcher(pattern)(target))) return false;
      if (use.paths === null) return true;
      return use.paths.some(pattern => {
        if (use.exact) return pattern === '*' || globMatcher(pattern)(target);
        let prefix = pattern;
        while (prefix.endsWith('*') || prefix.endsWith('/')) prefix = prefix.slice(0, -1);
        return prefix === '' || target === prefix || target.startsWith(`${prefix}/`);
      });
    }

    /** A guard registered on the route's receiver before it, on a router it is mounted by, or on what mounts that router. */
    function guardedByUse(receiver: string | null, position: number, path: string | null, method: string | null, depth = 0): boolean {
      if (receiver === null || depth > 3) return false;
      for (const use of uses) {
        if (use.receiver === receiver && (use.hook || use.position < position) && covers(use, path, method) && use.guard()) return true;
      }
      for (const use of uses) {
        for (const mount of use.mounts) {
          if (mount.key !== receiver) continue;
          if (mount.guarded() || guardedByUse(use.receiver, use.position, mount.path, null, depth + 1)) return true;
        }
      }
      return false;
    }

    // --- the check ------------------------------------------------------------------------------------------------------

    function isIgnored(route: Route): boolean {
      const target = route.path ?? route.name;
      return target !== null && ignored.some(matches => matches(target));
    }

    function onlySubscriberTokens(operations: readonly Operation[]): boolean {
      return operations.every(operation => {
        if (operation.kind !== 'token.generate' || !operation.call) return false;
        const call = getSdkFile(context).matchCall(operation.call);
        const scope = sourceCode.getScope(operation.call);
        const role = call && getOption(getOperationOptions(call, scope), TOKEN_OPTION.role, scope);
        return !!role && findLiteralOrigin(role.value, scope)?.text === 'subscriber';
      });
    }

    /** A handler imported from the app's own module (a controller) that reaches a privileged operation: the project model knows. */
    function importedOperation(reference: Node): Operation | null {
      const wrapper = getSdkFile(context).wrapperAt(reference);
      const operation = wrapper?.operations.find(candidate => candidate.privileged);
      if (!wrapper || !operation) return null;
      return { call: null, kind: operation.kind, name: sourceCode.getText(reference), start: [reference.range[0]], end: [reference.range[1]] };
    }

    /** For a handler defined in another file: does its name (and what surrounds it) say it is privileged? */
    function operationByName(route: Route, reference: Node): Operation | null {
      if (trackedOnly) return null;
      const names = receiverNames(reference);
      const handlerName = names[names.length - 1];
      if (handlerName === undefined) return null;
      const kind = kindFromName(handlerName);
      if (!kind) return null;
      let root: Node = skipValueWrappers(reference);
      while (root.type === 'MemberExpression') root = skipValueWrappers(root.object);
      const source = root.type === 'Identifier' ? importSourceOf(root) : null;
      if (source !== null && OTHER_VENDOR.test(source)) return null;
      const pathWords = (route.path ?? '').split(/[^A-Za-z0-9]+/);
      if (pathWords.some(word => AUTH_ENDPOINT_WORDS.has(word.toLowerCase()))) return null;
      if (!hasVideoContext([...pathWords, ...names.slice(0, -1), handlerName.replace(/token|session/gi, '')], true, [source ?? ''])) return null;
      const position = [reference.range[0]];
      return { call: null, kind, name: names.join('.'), start: position, end: [reference.range[1]] };
    }

    /** An existing guard used on another route of this file, that this route can use too. */
    function guardUsedElsewhere(route: Route, wanted: (node: Node) => boolean): Node | null {
      const scope = sourceCode.getScope(route.registration as Node);
      for (const other of routes) {
        if (other === route || !other.registration) continue;
        for (const node of other.inFront) {
          // Only middleware passed as an argument (not a Fastify hook option) fits between arguments.
          const isArgument = node.parent === other.registration || (node.parent?.type === 'ArrayExpression' && node.parent.parent === other.registration);
          if (!isArgument || !wanted(node) || sourceCode.getText(node).length > 100) continue;
          let usable = true;
          walk(node, sourceCode.visitorKeys, inner => {
            if (inner.type === 'ArrowFunctionExpression' || inner.type === 'FunctionExpression') usable = false;
          });
          let root: Node = skipValueWrappers(node);
          while (root.type === 'MemberExpression' || root.type === 'CallExpression') root = skipValueWrappers(root.type === 'CallExpression' ? root.callee : root.object);
          if (root.type !== 'Identifier') continue;
          const here = findVariable(scope as never, root.name);
          if (usable && here === variableOf(root)) return node;
        }
      }
      return null;
    }

    /** `@UseGuards(…)` used on another route of this file, to offer for a NestJS route. */
    function nestGuardElsewhere(route: Route): TSESTree.Decorator | null {
      for (const other of routes) {
        if (other === route || other.framework !== 'nestjs') continue;
        const decorator = other.inFront.find((node): node is TSESTree.Decorator => node.type === 'Decorator' && decoratorName(node) === 'UseGuards' && guards.isGuard(node));
        if (decorator) return decorator;
      }
      return null;
    }

    function suggestionsFor(route: Route, guardName: string | null): TSESLint.ReportSuggestionArray<MessageIds> {
      const handlerArgument = route.registration?.arguments[route.registration.arguments.length - 1];
      if (route.registration && route.framework === 'express' && handlerArgument?.type !== 'ObjectExpression') {
        const guard = guardUsedElsewhere(route, node => (guardName === null ? guards.isGuard(node) : guards.hasName(node, [guardName])));
        if (!guard) return [];
        const text = sourceCode.getText(guard);
        return [{ messageId: 'addGuard', data: { guard: text }, fix: fixer => fixer.insertTextBefore(handlerArgument as Node, `${text}, `) }];
      }
      if (route.framework === 'nestjs' && guardName === null) {
        const decorator = nestGuardElsewhere(route);
        if (!decorator) return [];
        const text = sourceCode.getText(decorator);
        const indent = ' '.repeat(route.reportNode.loc.start.column);
        return [{ messageId: 'addGuard', data: { guard: text }, fix: fixer => fixer.insertTextBeforeRange(route.reportNode.range, `${text}\n${indent}`) }];
      }
      return [];
    }

    /** The chain of functions a request passes through: middleware in front, then the handler. */
    function chainOf(route: Route): Array<{ node: Node; fn: FunctionNode | null }> {
      const chain = route.inFront.map(node => ({ node, fn: node.type === 'Decorator' ? null : localFunction(node) }));
      const last = (route.handler ?? route.handlerReference) as Node;
      chain.push({ node: last, fn: route.handler ?? localFunction(last) });
      return chain;
    }

    let fileShowsGuardCache: boolean | null = null;
    /** A controller file that imports or registers a guard: its handlers are probably guarded where they are registered. */
    function fileShowsGuard(): boolean {
      if (fileShowsGuardCache === null) {
        const imported: Node[] = [];
        for (const statement of sourceCode.ast.body) {
          if (statement.type === 'ImportDeclaration') imported.push(...statement.specifiers.map(specifier => specifier.local));
          if (statement.type !== 'VariableDeclaration') continue;
          for (const declarator of statement.declarations) {
            if (declarator.id.type === 'Identifier') imported.push(declarator.id);
            if (declarator.id.type === 'ObjectPattern') imported.push(...declarator.id.properties.map(property => (property.type === 'Property' ? property.value : property.argument)));
          }
        }
        fileShowsGuardCache = imported.some(node => guards.isGuard(node)) || uses.some(use => use.guard());
      }
      return fileShowsGuardCache;
    }

    function check(route: Route): void {
      if (isIgnored(route)) return;
      if (route.framework === 'serverless' && options.checkServerlessHandlers === false) return;
      // Find the first function in the chain that performs a privileged operation, and what stands before it.
      let operations: Operation[] = [];
      let guardInChain = false;
      let evidence: Evidence | null = null;
      const before: Node[] = [];
      for (const { node, fn } of chainOf(route)) {
        if (fn) {
          operations = operationsOf(fn);
          if (operations.length > 0) {
            evidence = evidenceOf(fn);
            break;
          }
          if (isGuardFunction(fn)) guardInChain = true;
        } else if (node.type !== 'Decorator' && (node === route.handlerReference || !guards.isGuard(node))) {
          const byName = importedOperation(node) ?? operationByName(route, node);
          if (byName) {
            operations = [byName];
            break;
          }
        }
        if (guards.isGuard(node)) guardInChain = true;
        before.push(node);
      }
      const first = operations[0];
      if (!first) return;
      const text = OPERATION_TEXT[first.kind];
      const data = { route: route.label, operation: first.name, does: text.does, risk: text.risk };
      const isPublicNest = route.inFront.some(node => node.type === 'Decorator' && PUBLIC_DECORATORS.has(decoratorName(node)));
      const position = route.registration?.range[0] ?? Number.POSITIVE_INFINITY;
      const authenticated =
        (guardInChain && !isPublicNest) ||
        (evidence !== null && authenticatedBefore(evidence, first)) ||
        (route.registration !== null && guardedByUse(keyOf(route.receiverNode as Node), position, route.path, route.method)) ||
        (route.framework === 'nestjs' && options.nestGlobalGuard === true && !isPublicNest) ||
        (route.framework === 'exported-handler' && fileShowsGuard());
      if (!authenticated) {
        if (options.allowPublicSubscriberTokens && onlySubscriberTokens(operations)) return;
        context.report({ loc: route.reportNode.loc, messageId: 'unauthenticated', data, suggest: suggestionsFor(route, null) });
        return;
      }
      if (first.kind !== 'token.generate' || requiredGuards.length === 0) return;
      const inFront = [...before, ...uses.filter(use => use.position < position || use.hook).flatMap(use => use.values)];
      const called = (evidence?.calls ?? []).filter(call => comparePositions(call.at, first.start) < 0).map(call => call.node.callee);
      const missing = requiredGuards.find(name => !inFront.some(node => guards.hasName(node, [name])) && !called.some(callee => guards.hasName(callee, [name])));
      if (missing !== undefined) {
        context.report({ loc: route.reportNode.loc, messageId: 'missingRequiredGuard', data: { route: data.route, operation: data.operation, does: data.does, guard: missing }, suggest: suggestionsFor(route, missing) });
      }
    }

    return {
      CallExpression(node) {
        // Most calls are not route registrations: look at the callee's name first.
        if (!ROUTE_CALL_NAMES.has(calleeName(node.callee))) return;
        const route = routeOfCall(node) ?? routeOfServeCall(node, name => {
          const variable = findVariable(sourceCode.getScope(node) as never, name) as Variable | null;
          const identifier = variable?.identifiers[0];
          return identifier ? importSourceOf(identifier as TSESTree.Identifier) : null;
        });
        if (route) {
          routes.push(route);
          if (route.registration && route.inFront.length === 0 && route.handler === null) recordGuardRoute(route);
          return;
        }
        const callee = skipValueWrappers(node.callee);
        if (callee.type !== 'MemberExpression') return;
        const method = getPropertyName(callee);
        if (method === 'use' || method === 'addHook' || (method === 'route' && node.arguments.length === 2)) recordUse(node, callee.object, method);
      },
      MethodDefinition(node) {
        if (!node.decorators?.length) return;
        const route = routeOfNestMethod(node);
        if (route) routes.push(route);
      },
      'Program:exit'(program) {
        const handlers = new Set(routes.flatMap(route => [route.handler, route.handlerReference && localFunction(route.handlerReference)]));
        for (const route of routesOfProgram(program, context.filename, sourceCode)) {
          // A handler exported *and* registered in this file is checked once, at its registration.
          if (route.framework === 'exported-handler' && handlers.has(route.handler)) continue;
          routes.push(route);
        }
        for (const route of routes) check(route);
      },
    };
  },
});

function isFunction(node: Node): node is FunctionNode {
  return node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration';
}
