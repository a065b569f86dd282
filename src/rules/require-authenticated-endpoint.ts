/**
 * require-authenticated-endpoint: a route whose handler performs a privileged Vonage operation (mints tokens, creates
 * sessions, archives, broadcasts, moderates…) must have authentication in front of it. The pieces live in
 * `analysis/endpoint/`: operation evidence (what the handler does), caller evidence (whether it checks who calls), the
 * middleware / guard graph (what stands in front of it), and suggestions (a guard the file already uses).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { calleeName, decoratorName, getPropertyName, skipValueWrappers } from '../ast';
import type { FunctionNode } from '../ast';
import { createGuardMatcher } from '../analysis/authentication-guards';
import { CallerEvidence } from '../analysis/endpoint/caller-evidence';
import type { Evidence } from '../analysis/endpoint/caller-evidence';
import { EndpointFile } from '../analysis/endpoint/endpoint-file';
import { GuardGraph } from '../analysis/endpoint/guard-graph';
import { MountedElsewhere } from '../analysis/endpoint/mounted-elsewhere';
import { OperationEvidence } from '../analysis/endpoint/operation-evidence';
import { comparePositions } from '../analysis/endpoint/positions';
import type { Operation } from '../analysis/endpoint/positions';
import { GuardSuggestions } from '../analysis/endpoint/suggestions';
import { globMatcher, routeOfMethod, routesOfCall, routesOfProgram } from '../analysis/routes';
import type { Route } from '../analysis/routes';
import { getDetection, mayReachVonage } from '../analysis/sdk-calls';
import { PUBLIC_ROUTE_DECORATORS, REGISTRATION_CALL_NAMES } from '../frameworks';
import { OPERATION_TEXT } from '../sdk';
import { createRule } from '../util/create-rule';
import { quote } from '../util/quote';

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

/** The first privileged operation on a route's chain, the handler's caller evidence, and what ran before it. */
interface ChainFinding {
  operations: Operation[];
  evidence: Evidence | null;
  /** A guard (named, or a same-file function that checks the caller) stands in the chain before the operation. */
  guardInChain: boolean;
  before: Node[];
}

/** Route labels quote a path and a file: room for both, then cut (`Route \`GET /…\``). */
const ROUTE_LABEL_MAX_LENGTH = 120;

export default createRule<Options, MessageIds>({
  name: 'require-authenticated-endpoint',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require authentication in front of route handlers that mint tokens, create sessions, archive, broadcast or moderate',
      recommended: 'recommended',
      guideSection: 'Ensure server generating token is behind authenticated endpoint; Control who is able to begin archiving; Set up Moderator permissions to force disconnect',
    },
    hasSuggestions: true,
    messages: {
      unauthenticated:
        '{{route}} calls `{{operation}}`, which {{does}}, with no authentication: anyone who can reach it can {{risk}}. Add authentication before the handler.',
      missingRequiredGuard:
        '{{route}} calls `{{operation}}`, which {{does}}, without `{{guard}}`, which this project requires on routes that mint tokens. Add `{{guard}}` before the handler.',
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
    const file = new EndpointFile(context, createGuardMatcher(settings.guards), getDetection(context.settings) === 'tracked');
    const { guards } = file;
    const caller = new CallerEvidence(file);
    const operationEvidence = new OperationEvidence(file, caller);
    const graph = new GuardGraph(file, caller, operationEvidence);
    const routes: Route[] = [];
    const suggestions = new GuardSuggestions(file, routes);
    const elsewhere = new MountedElsewhere(file);
    const ignored = settings.ignoreRoutes.map(globMatcher);

    /** Offers a guard other routes of the file use (any authentication guard, or the required one that is missing). */
    function suggest(route: Route, guardName: string | null): TSESLint.ReportSuggestionArray<MessageIds> {
      return suggestions.suggestionsFor(route, guardName).map(({ guard, fix }) => ({ messageId: 'addGuard', data: { guard: quote(guard) }, fix }));
    }

    function isIgnored(route: Route): boolean {
      const target = route.path ?? route.name;
      return target !== null && ignored.some(matches => matches(target));
    }

    /** The chain of functions a request passes through: middleware in front, then the handler. */
    function chainOf(route: Route): Array<{ node: Node; fn: FunctionNode | null }> {
      const chain = route.inFront.map(node => ({ node, fn: node.type === 'Decorator' ? null : file.localFunction(node) }));
      const last = (route.handler ?? route.handlerReference) as Node;
      chain.push({ node: last, fn: route.handler ?? file.localFunction(last) });
      return chain;
    }

    /** Walks the chain to the first function that performs a privileged operation, noting the guards before it. */
    function findInChain(route: Route): ChainFinding {
      const finding: ChainFinding = { operations: [], evidence: null, guardInChain: false, before: [] };
      for (const { node, fn } of chainOf(route)) {
        if (fn) {
          finding.operations = operationEvidence.operationsOf(fn);
          if (finding.operations.length > 0) {
            finding.evidence = caller.evidenceOf(fn);
            break;
          }
          if (graph.isGuardFunction(fn)) finding.guardInChain = true;
        } else if (node.type !== 'Decorator' && (node === route.handlerReference || !guards.isGuard(node))) {
          const byName = operationEvidence.importedOperation(node) ?? operationEvidence.operationByName(route, node);
          if (byName) {
            finding.operations = [byName];
            break;
          }
        }
        if (guards.isGuard(node)) finding.guardInChain = true;
        finding.before.push(node);
      }
      return finding;
    }

    function check(route: Route): void {
      if (isIgnored(route)) return;
      if (route.framework === 'serverless' && options.checkServerlessHandlers === false) return;
      const { operations, evidence, guardInChain, before } = findInChain(route);
      const first = operations[0];
      if (!first) return;
      // Project model: a handler registered in a routes file of the app is checked there, at its registration.
      if (route.framework === 'exported-handler' && elsewhere.registeredElsewhere(route)) return;
      const text = OPERATION_TEXT[first.kind];
      const data = { route: quote(route.label, { maxLength: ROUTE_LABEL_MAX_LENGTH }), operation: quote(first.name), does: text.does, risk: text.risk };
      const isPublicNest = route.inFront.some(node => node.type === 'Decorator' && PUBLIC_ROUTE_DECORATORS.has(decoratorName(node)));
      const position = route.registration?.range[0] ?? Number.POSITIVE_INFINITY;
      const authenticated =
        route.authenticatedBy !== undefined ||
        (guardInChain && !isPublicNest) ||
        (evidence !== null && caller.authenticatedBefore(evidence, first)) ||
        (route.registration !== null && graph.guardedByUse(graph.keyOf(route.receiverNode as Node), position, route.path, route.method)) ||
        (route.framework === 'nestjs' && options.nestGlobalGuard === true && !isPublicNest) ||
        (route.framework === 'exported-handler' && graph.fileShowsGuard()) ||
        // Project model: the router is mounted behind a guard in another file.
        (route.registration !== null && elsewhere.routerGuarded(route));
      if (!authenticated) {
        if (options.allowPublicSubscriberTokens && operationEvidence.onlySubscriberTokens(operations)) return;
        context.report({ loc: route.reportNode.loc, messageId: 'unauthenticated', data, suggest: suggest(route, null) });
        return;
      }
      if (first.kind !== 'token.generate' || settings.requiredGuards.length === 0) return;
      const inFront = [...before, ...graph.uses.filter(use => use.position < position || use.hook).flatMap(use => use.values)];
      const called = (evidence?.calls ?? []).filter(call => comparePositions(call.at, first.start) < 0).map(call => call.node.callee);
      const missing = settings.requiredGuards.find(name => !inFront.some(node => guards.hasName(node, [name])) && !called.some(callee => guards.hasName(callee, [name])));
      if (missing !== undefined) {
        const missingData = { route: data.route, operation: data.operation, does: data.does, guard: quote(missing) };
        context.report({ loc: route.reportNode.loc, messageId: 'missingRequiredGuard', data: missingData, suggest: suggest(route, missing) });
      }
    }

    return {
      CallExpression(node) {
        // Most calls are not route registrations: look at the callee's name first.
        if (!REGISTRATION_CALL_NAMES.has(calleeName(node.callee) ?? '')) return;
        const declared = routesOfCall(node, { sourceCode });
        for (const route of declared) {
          routes.push(route);
          if (route.registration === node && route.inFront.length === 0 && route.handler === null) graph.recordGuardRoute(route);
        }
        if (declared.length > 0) return;
        const callee = skipValueWrappers(node.callee);
        if (callee.type !== 'MemberExpression') return;
        const method = getPropertyName(callee);
        if (method === 'use' || method === 'addHook' || (method === 'route' && node.arguments.length === 2)) graph.recordUse(node, callee.object, method);
      },
      MethodDefinition(node) {
        if (!node.decorators?.length) return;
        const route = routeOfMethod(node);
        if (route) routes.push(route);
      },
      'Program:exit'(program) {
        const handlers = new Set(routes.flatMap(route => [route.handler, route.handlerReference && file.localFunction(route.handlerReference)]));
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
