import { findVariable } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, receiverNames, skipValueWrappers, walk } from '../analysis/ast';
import { createGuardMatcher, isAuthCall, isAuthProperty, isAuthPropertyName } from '../analysis/auth-guards';
import { getOperationOptions, getOption } from '../analysis/operation-options';
import { decoratorName, functionOf, routeOfCall, routeOfNestMethod, routesOfProgram } from '../analysis/routes';
import type { FunctionNode, Route } from '../analysis/routes';
import { getSdkFile } from '../analysis/sdk-calls';
import type { SdkCall } from '../analysis/sdk-calls';
import { findLiteralOrigin } from '../analysis/values';
import { TOKEN_OPTION, VONAGE_NAME_PATTERN } from '../sdk';
import type { OperationKind } from '../sdk';
import { createRule } from '../util/create-rule';

type Node = TSESTree.Node;
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

/** Names a file imports or requires at its top (`import { requireAuth } …`, `const { ensureLoggedIn } = require(…)`). */
function importedNames(program: TSESTree.Program): TSESTree.Identifier[] {
  const names: TSESTree.Identifier[] = [];
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') names.push(...statement.specifiers.map(specifier => specifier.local));
    if (statement.type !== 'VariableDeclaration') continue;
    for (const declarator of statement.declarations) {
      const init = declarator.init && skipValueWrappers(declarator.init);
      if (init?.type !== 'CallExpression' || init.callee.type !== 'Identifier' || init.callee.name !== 'require') continue;
      if (declarator.id.type === 'Identifier') names.push(declarator.id);
      if (declarator.id.type === 'ObjectPattern') {
        for (const property of declarator.id.properties) {
          if (property.type === 'Property' && property.value.type === 'Identifier') names.push(property.value);
        }
      }
    }
  }
  return names;
}

/** What each privileged operation lets an anonymous caller do. */
const OPERATION_TEXT: Partial<Record<OperationKind, { does: string; risk: string }>> = {
  'token.generate': { does: 'generates client tokens', risk: 'join sessions and run up your usage' },
  'session.create': { does: 'creates sessions', risk: 'create sessions on your account and run up usage' },
  'archive.start': { does: 'starts archiving', risk: 'record calls' },
  'archive.stop': { does: 'stops archives', risk: 'stop recordings' },
  'archive.delete': { does: 'deletes archives', risk: 'delete recordings' },
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
  'stream.layout': { does: 'changes stream layouts', risk: 'change what viewers see' },
  'callback.register': { does: 'registers webhooks', risk: "redirect your project's events" },
};

/** Handler names that say what they do, for handlers defined in another file (`videoController.getToken`). */
const PRIVILEGED_HANDLER_NAME =
  /^(?:(?:get|create|generate|issue|mint|new|fetch|request)\w*(?:token|session)s?|(?:start|stop|end|delete|remove)\w*(?:archive|broadcast|recording|render|caption)s?|(?:force)?(?:disconnect|kick|mute|unpublish)\w*|kick\w*|dial\w*|\w*sip(?:call)?|connect(?:audio|websocket)\w*|send\w*signal\w*|signal\w*)$/i;
/** Words that make a route an authentication endpoint itself (login, refresh), never a Vonage one. */
const AUTH_ENDPOINT = /auth|login|logout|signin|signup|register|refresh|password|csrf|oauth|verify|reset|otp|2fa|mfa/i;
/** Words that tie a route or handler to video calls. */
const VIDEO_CONTEXT = /video|vonage|opentok|tokbox|room|meeting|call|archive|broadcast|stream|webinar|session|conference|moderat/i;
const MAX_CALL_DEPTH = 4;

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
        '{{route}} {{does}} with no authentication in front of it: anyone who finds the endpoint can {{risk}}. Put your authentication middleware or guard before the handler, or reject unauthenticated requests at its top.',
      missingRequiredGuard: '{{route}} {{does}} without `{{guard}}`, which this project requires in front of such routes. Add it before the handler.',
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
            description: "The project's own authentication middleware, hooks, decorators and check functions, by name (`ensureTenant`, `apiKeyCheck`); added to the built-in recognition.",
          },
          requiredGuards: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Names that must stand in front of every token-generating route in addition to authentication, e.g. a capacity check (`limitRoomSize`).',
          },
          ignoreRoutes: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Route paths that are deliberately public (`/demo/token`); `*` matches any characters.',
          },
          checkServerlessHandlers: {
            type: 'boolean',
            description: 'Check AWS Lambda / Netlify `handler` exports. Turn off when an API gateway authorizer authenticates every request before the function runs.',
          },
          allowPublicSubscriberTokens: {
            type: 'boolean',
            description: "Allow unauthenticated routes whose only privileged operation mints tokens with `role: 'subscriber'` (a deliberately public broadcast).",
          },
          nestGlobalGuard: {
            type: 'boolean',
            description: 'The NestJS app registers a global authentication guard (`APP_GUARD`, `app.useGlobalGuards()`): treat controller routes as guarded unless marked `@Public()`.',
          },
        },
      },
    ],
    defaultOptions: [{ guards: [], requiredGuards: [], ignoreRoutes: [], checkServerlessHandlers: true, allowPublicSubscriberTokens: false, nestGlobalGuard: false }],
  },
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const guardMatcher = createGuardMatcher(options.guards ?? []);
    const requiredGuards = options.requiredGuards ?? [];
    const ignored = (options.ignoreRoutes ?? []).map(pattern => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`));
    const routes: Route[] = [];
    /** `x.use(guard)` / `fastify.addHook('onRequest', guard)` calls, and routers mounted with `x.use(path?, …, router)`. */
    const uses: Array<{ receiver: string | null; position: number; guarded: boolean; mounts: string[]; values: Node[] }> = [];

    function recordUse(node: TSESTree.CallExpression, receiver: string | null, args: readonly TSESTree.CallExpressionArgument[]): void {
      const values = args.filter((argument): argument is TSESTree.Expression => argument.type !== 'SpreadElement' && !(argument.type === 'Literal' && typeof argument.value === 'string'));
      const guardIndex = values.findIndex(value => guardMatcher.isGuard(value));
      const mounts = values.slice(guardIndex === -1 ? 0 : guardIndex + 1).flatMap(value => {
        const names = receiverNames(value);
        return names.length > 0 ? [names[0] as string] : [];
      });
      uses.push({ receiver, position: node.range[0], guarded: guardIndex !== -1, mounts, values });
    }

    /** `app.use(auth)` before the route on its receiver, a guarded mount of its router, or a guard on the app that mounts it. */
    function guardedByUse(route: Route): boolean {
      const position = route.registration?.range[0] ?? 0;
      const receiver = route.receiver;
      return uses.some(
        use =>
          (use.guarded && use.receiver === receiver && use.position < position) ||
          (use.guarded && receiver !== null && use.mounts.includes(receiver)) ||
          (receiver !== null &&
            use.mounts.includes(receiver) &&
            uses.some(other => other.guarded && other.receiver === use.receiver && other.position < use.position)),
      );
    }

    /** Local function a handler reference or a call refers to (`function getToken(req, res) {}`, `const h = async () => {}`). */
    function localFunction(reference: Node): FunctionNode | null {
      const value = skipValueWrappers(reference);
      if (value.type !== 'Identifier') return null;
      const variable = findVariable(sourceCode.getScope(value) as never, value as never) as TSESLint.Scope.Variable | null;
      const definition = variable?.defs[0];
      if (definition?.type === 'FunctionName') return definition.node as FunctionNode;
      if (definition?.type === 'Variable' && definition.node.init) return functionOf(definition.node.init);
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

    interface Findings {
      operations: SdkCall[];
      checked: boolean;
    }

    /**
     * The privileged operations a handler performs (directly, or in same-file functions it calls), and whether it
     * authenticates before the first of them.
     */
    function inspect(handler: FunctionNode): Findings {
      const findings: Findings = { operations: [], checked: false };
      const visited = new Set<FunctionNode>();
      let firstOperation = Number.POSITIVE_INFINITY;
      const evidence: number[] = [];
      const visit = (fn: FunctionNode, depth: number, entry: number): void => {
        if (visited.has(fn) || depth > MAX_CALL_DEPTH) return;
        visited.add(fn);
        walk(fn.body, sourceCode.visitorKeys, node => {
          // Positions inside called helpers count as the position of the call in the handler.
          const at = depth === 0 ? node.range[0] : entry;
          if (node.type === 'CallExpression') {
            const call = getSdkFile(context).matchCall(node);
            if (call?.operation.privileged) {
              findings.operations.push(call);
              firstOperation = Math.min(firstOperation, at);
              return;
            }
            const callee = localFunction(node.callee) ?? classMethod(node);
            if (callee) {
              const before = findings.operations.length;
              visit(callee, depth + 1, at);
              if (findings.operations.length === before && isAuthCall(node)) evidence.push(at);
              return;
            }
            if (isAuthCall(node)) evidence.push(at);
          } else if (node.type === 'MemberExpression' && isAuthProperty(node)) {
            evidence.push(at);
          } else if (node.type === 'Property' && node.parent.type === 'ObjectPattern' && isAuthPropertyName(getPropertyName(node) ?? '')) {
            // `const { user } = req`, `({ locals: { user } }) => …`
            evidence.push(at);
          }
        });
      };
      visit(handler, 0, handler.range[0]);
      // A parameter destructured for its user (`({ locals: { user } }) => …`) reads it before anything runs.
      const parameterCheck = handler.params.some(param => {
        let found = false;
        walk(param, sourceCode.visitorKeys, node => {
          if (node.type === 'Property' && isAuthPropertyName(getPropertyName(node) ?? '')) found = true;
        });
        return found;
      });
      findings.checked = parameterCheck || evidence.some(position => position < firstOperation);
      return findings;
    }

    function isIgnored(route: Route): boolean {
      return route.path !== null && ignored.some(pattern => pattern.test(route.path as string));
    }

    function onlySubscriberTokens(operations: readonly SdkCall[]): boolean {
      return operations.every(call => {
        if (call.operation.kind !== 'token.generate') return false;
        const scope = sourceCode.getScope(call.node);
        const role = getOption(getOperationOptions(call, scope), TOKEN_OPTION.role, scope);
        return role !== null && findLiteralOrigin(role.value, scope)?.text === 'subscriber';
      });
    }

    /** For a handler defined in another file: does its name (and context) say it is privileged? */
    function privilegedByName(route: Route): OperationKind | null {
      const reference = route.handlerReference;
      if (!reference) return null;
      const names = receiverNames(reference);
      const handlerName = names[names.length - 1] ?? '';
      if (!PRIVILEGED_HANDLER_NAME.test(handlerName)) return null;
      const context = [route.path ?? '', ...names].join(' ');
      if (AUTH_ENDPOINT.test(context) || !VIDEO_CONTEXT.test(context.replace(handlerName, '')) && !VONAGE_NAME_PATTERN.test(importSourceOf(reference) ?? '') && !VIDEO_CONTEXT.test(handlerName.replace(/token|session/gi, ''))) {
        return null;
      }
      if (/token/i.test(handlerName)) return 'token.generate';
      if (/session/i.test(handlerName)) return 'session.create';
      if (/archive|record/i.test(handlerName)) return /start/i.test(handlerName) ? 'archive.start' : 'archive.stop';
      if (/broadcast/i.test(handlerName)) return 'broadcast.start';
      if (/disconnect|kick/i.test(handlerName)) return 'moderation.disconnect';
      if (/mute/i.test(handlerName)) return 'moderation.mute';
      if (/unpublish/i.test(handlerName)) return 'moderation.unpublish';
      if (/sip|dial/i.test(handlerName)) return 'sip.dial';
      if (/signal/i.test(handlerName)) return 'signal.send';
      return 'render.start';
    }

    function importSourceOf(reference: Node): string | null {
      const names = receiverNames(reference);
      const root = names[0];
      if (root === undefined) return null;
      const variable = (sourceCode.scopeManager?.globalScope?.childScopes ?? [])
        .concat(sourceCode.scopeManager?.globalScope ? [sourceCode.scopeManager.globalScope] : [])
        .map(scope => scope.set.get(root))
        .find(Boolean);
      const definition = variable?.defs[0];
      if (definition?.type === 'ImportBinding' && definition.parent.type === 'ImportDeclaration') return definition.parent.source.value;
      if (definition?.type === 'Variable' && definition.node.init?.type === 'CallExpression') {
        const argument = definition.node.init.arguments[0];
        return argument?.type === 'Literal' && typeof argument.value === 'string' ? argument.value : null;
      }
      return null;
    }

    /** An existing guard expression used on another route of this file, to offer for this one. */
    function guardUsedElsewhere(): Node | null {
      for (const other of routes) {
        const guard = other.inFront.find(node => guardMatcher.isGuard(node) && (node.type === 'Identifier' || node.type === 'MemberExpression'));
        if (guard && other.registration) return guard;
      }
      return null;
    }

    function check(route: Route): void {
      if (isIgnored(route)) return;
      if (route.framework === 'serverless' && options.checkServerlessHandlers === false) return;
      let handler = route.handler ?? (route.handlerReference ? localFunction(route.handlerReference) : null);
      let kind: OperationKind | null = null;
      let operations: SdkCall[] = [];
      let checked = false;
      if (handler) {
        ({ operations, checked } = inspect(handler));
        const first = operations[0];
        if (!first) return;
        kind = first.operation.kind;
      } else {
        kind = privilegedByName(route);
        if (!kind) return;
        handler = null;
      }
      const text = OPERATION_TEXT[kind] ?? { does: 'performs a privileged Vonage Video operation', risk: 'act on your account' };
      const guards = route.inFront.filter(node => guardMatcher.isGuard(node));
      const isPublicNest = route.framework === 'nestjs' && route.inFront.some(node => node.type === 'Decorator' && decoratorName(node) === 'Public');
      const authenticated =
        guards.length > 0 ||
        checked ||
        guardedByUse(route) ||
        (route.framework === 'nestjs' && options.nestGlobalGuard === true && !isPublicNest) ||
        (route.framework === 'exported-handler' && fileShowsGuard);
      const data = { route: route.label, does: text.does, risk: text.risk };
      if (!authenticated) {
        if (options.allowPublicSubscriberTokens && operations.length > 0 && onlySubscriberTokens(operations)) return;
        const guard = route.registration && route.handlerReference === null ? guardUsedElsewhere() : null;
        const handlerArgument = route.registration?.arguments[route.registration.arguments.length - 1];
        context.report({
          node: route.reportNode,
          messageId: 'unauthenticated',
          data,
          suggest:
            guard && handlerArgument && route.framework === 'express'
              ? [{ messageId: 'addGuard', data: { guard: sourceCode.getText(guard) }, fix: fixer => fixer.insertTextBefore(handlerArgument, `${sourceCode.getText(guard)}, `) }]
              : [],
        });
        return;
      }
      if (kind !== 'token.generate') return;
      const position = route.registration?.range[0] ?? Number.POSITIVE_INFINITY;
      const inFrontOfRoute = [...route.inFront, ...uses.filter(use => use.position < position).flatMap(use => use.values)];
      const missing = requiredGuards.find(name => !inFrontOfRoute.some(node => guardMatcher.hasName(node, [name])));
      if (missing !== undefined) context.report({ node: route.reportNode, messageId: 'missingRequiredGuard', data: { ...data, guard: missing } });
    }

    let fileShowsGuard = false;

    return {
      CallExpression(node) {
        const route = routeOfCall(node);
        if (route) {
          routes.push(route);
          return;
        }
        const callee = skipValueWrappers(node.callee);
        if (callee.type !== 'MemberExpression') return;
        const method = getPropertyName(callee);
        const receiver = receiverNames(callee.object)[0] ?? null;
        if (method === 'use') recordUse(node, receiver, node.arguments);
        else if (method === 'addHook' && node.arguments.length >= 2) recordUse(node, receiver, node.arguments.slice(1));
      },
      MethodDefinition(node) {
        if (!node.decorators?.length) return;
        const route = routeOfNestMethod(node);
        if (route) routes.push(route);
      },
      'Program:exit'(program) {
        routes.push(...routesOfProgram(program, context.filename, sourceCode));
        if (routes.length === 0) return;
        fileShowsGuard = importedNames(program).some(name => guardMatcher.isGuard(name));
        for (const route of routes) check(route);
      },
    };
  },
});
