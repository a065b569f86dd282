import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { enclosingFunction, getCalleeMember, getPropertyName, skipValueWrappers, topLevelModules } from '../ast';
import { expressionPath, findGuard, pathPrefix } from '../analysis/condition-guards';
import type { ConditionTest, ExpressionPath } from '../analysis/condition-guards';
import { mayUseVonage } from '../analysis/file-markers';
import { getSdkFile } from '../analysis/sdk-calls';
import {
  BROWSER_CAPABILITIES_PROPERTY,
  BROWSER_PERMITTED_TO_METHOD,
  CAPABILITY_GRANTED,
  CAPABILITY_OF_OPERATION,
  PERMISSION_DENIED_ERROR,
  REACT_NATIVE_CAPABILITIES_METHOD,
  REACT_NATIVE_MODULE,
} from '../sdk';
import type { RequiredCapability } from '../sdk';
import { BROWSER_SDK_MODULES, REACT_COMPONENT_MODULES } from '../sdk/modules';
import { OPERATIONS } from '../sdk/operations';
import { checksCallerIdentity, isAuthenticationGuard } from '../analysis/caller-identity';
import { enclosingRoute, isServerForceCall, routeChecksModerator } from '../analysis/moderation-authorization';
import { createRule } from '../util/create-rule';
import { quote } from '../util/quote';

type Options = [{ checkPublish?: boolean }];
type MessageIds = 'missingCheck' | 'wrapInCheck' | 'missingModeratorCheck';
type Node = TSESTree.Node;

/** Client-side session operations that need a capability, by method name (cheap pre-filter before asking the matcher). */
const CLIENT_OPERATIONS = OPERATIONS.filter(
  operation => (operation.receiver === 'browser-session' || operation.receiver === 'react-native-session') && CAPABILITY_OF_OPERATION[operation.kind] !== undefined,
);
const MODERATION_METHODS = new Set(CLIENT_OPERATIONS.filter(operation => operation.kind !== 'client.publish').map(operation => operation.method));
const ALL_METHODS = new Set(CLIENT_OPERATIONS.map(operation => operation.method));

/** What a server force operation does, for messages. */
const FORCE_ACTION: Readonly<Partial<Record<string, string>>> = {
  'moderation.disconnect': 'force-disconnect',
  'moderation.unpublish': 'force-unpublish',
  'moderation.mute': 'force-mute',
  'moderation.mute-all': 'mute all',
};

/** Modules that show a file runs the browser SDK. */
const BROWSER_MODULES = new Set([...BROWSER_SDK_MODULES, ...Object.keys(REACT_COMPONENT_MODULES).filter(module => module !== REACT_NATIVE_MODULE)]);

/** Whether a comparison with a literal, when true (`whenTrue`) or false (`whenFalse`), proves the capability. */
const COMPARISONS: Readonly<Record<string, { whenTrue: readonly unknown[]; whenFalse: readonly unknown[] }>> = {
  '===': { whenTrue: [CAPABILITY_GRANTED, true], whenFalse: [0, false] },
  '==': { whenTrue: [CAPABILITY_GRANTED, true], whenFalse: [0, false] },
  '!==': { whenTrue: [0, false], whenFalse: [CAPABILITY_GRANTED, true] },
  '!=': { whenTrue: [0, false], whenFalse: [CAPABILITY_GRANTED, true] },
  '>': { whenTrue: [0], whenFalse: [] },
  '>=': { whenTrue: [CAPABILITY_GRANTED], whenFalse: [] },
  '<': { whenTrue: [], whenFalse: [CAPABILITY_GRANTED] },
  '<=': { whenTrue: [], whenFalse: [0] },
};
/** `1 === x` reads as `x === 1`; `0 < x` as `x > 0`. */
const MIRRORED: Readonly<Record<string, string>> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };

/** Which capability checks prove the permission for one call. `session.capabilities.<x>` / `permittedTo('<x>')` always do. */
interface Requirement {
  capability: RequiredCapability;
  /** `(await ref.getCapabilities()).can<X>` counts too. */
  reactNative: boolean;
  /** The session the call is made on, when it can be named. */
  receiver: ExpressionPath | null;
}

export default createRule<Options, MessageIds>({
  name: 'require-capability-check',
  meta: {
    type: 'suggestion',
    docs: {
      description: "Require moderation calls to check permission first: the session's capabilities on the client, the caller's role in server routes",
      recommended: 'recommended',
      guideSection: 'Set up Moderator permissions to force disconnect; Allocate Subscriber-only permissions for those that do not need to publish',
    },
    hasSuggestions: true,
    messages: {
      missingCheck: `\`{{method}}()\` is called without first checking {{check}} on the same session: roles without it get ${PERMISSION_DENIED_ERROR}. Check first and hide the control.`,
      wrapInCheck: 'Call `{{method}}()` only when `{{condition}}`.',
      missingModeratorCheck:
        "{{route}} can {{action}} participants after checking who the caller is, not that they may moderate: any signed-in user can remove or mute others. Check the caller's role first.",
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkPublish: {
            type: 'boolean',
            description:
              'Also require `session.capabilities.publish` before `session.publish(…)` on a session created with `OT.initSession()` in this file (subscriber-only tokens cannot publish).',
          },
        },
      },
    ],
    defaultOptions: [{ checkPublish: false }],
  },
  create(context, [options]) {
    if (!mayUseVonage(context.sourceCode)) return {};
    const checkPublish = options.checkPublish === true;
    // `publish` is a common method name (pub/sub clients): only look at it when asked to.
    const checkedMethods = checkPublish ? ALL_METHODS : MODERATION_METHODS;
    const sourceCode = context.sourceCode;
    let flavour: Flavour | undefined;

    /** Whether `node` reads the capability, truthy when granted. */
    function readsCapability(node: Node, requirement: Requirement): boolean {
      const value = skipValueWrappers(node);
      const { capability } = requirement;
      if (value.type === 'CallExpression') {
        const callee = getCalleeMember(value);
        const argument = value.arguments[0];
        if (!callee || getPropertyName(callee) !== BROWSER_PERMITTED_TO_METHOD) return false;
        if (argument?.type !== 'Literal' || argument.value !== capability.browser) return false;
        const path = expressionPath(callee.object, sourceCode);
        return path !== null && path.names[path.names.length - 1] === BROWSER_CAPABILITIES_PROPERTY && isSameSession(path, path.names.length - 1, requirement);
      }
      // A member, or a variable destructured from one (`const { canForceMute } = await ref.getCapabilities()`).
      const path = value.type === 'MemberExpression' || value.type === 'Identifier' ? expressionPath(value, sourceCode) : null;
      if (!path) return false;
      const last = path.names.length - 1;
      const holder = path.names[last - 1];
      if (path.names[last] === capability.browser && holder === BROWSER_CAPABILITIES_PROPERTY) {
        return isSameSession(path, last - 1, requirement);
      }
      if (requirement.reactNative && path.names[last] === capability.reactNative) {
        // From `getCapabilities()` on a session the rule can name: it must be this one. From state, props or a
        // parameter (`caps.canForceMute`), the rule cannot tell which session it came from and accepts it.
        return holder !== `${REACT_NATIVE_CAPABILITIES_METHOD}()` || isSameSession(path, last - 1, requirement);
      }
      return false;
    }

    /** Whether the first `length` names of `path` are the session of the call (unknown on either side counts). */
    function isSameSession(path: ExpressionPath, length: number, requirement: Requirement): boolean {
      if (length === 0 || !requirement.receiver) return true;
      return pathPrefix(path, length).key === requirement.receiver.key;
    }

    function grants(requirement: Requirement): ConditionTest {
      return (condition, truthy) => {
        if (condition.type !== 'BinaryExpression') return truthy && readsCapability(condition, requirement);
        const rightLiteral = literalValue(condition.right);
        const literal = rightLiteral ?? literalValue(condition.left);
        if (literal === null) return false;
        const operator = rightLiteral === null ? (MIRRORED[condition.operator] ?? condition.operator) : condition.operator;
        const meaning = COMPARISONS[operator];
        const proving = truthy ? meaning?.whenTrue : meaning?.whenFalse;
        return proving !== undefined && proving.includes(literal.value) && readsCapability(rightLiteral === null ? condition.right : condition.left, requirement);
      };
    }

    /**
     * Which client SDK the file evidently uses: it imports opentok-react-native, or it uses the browser SDK (a tracked
     * `OT` call, an import of the browser SDK or opentok-react). Decides the wording and the suggestion for calls
     * matched by name.
     */
    function fileFlavour(): Flavour {
      flavour ??= detectFlavour(sourceCode.ast, () => getSdkFile(context).trackedCalls.some(call => call.sdk === 'browser'));
      return flavour;
    }

    function suggestion(
      call: TSESTree.CallExpression,
      callee: TSESTree.MemberExpression,
      method: string,
      requirement: Requirement,
      useReactNative: boolean,
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const target = wrapTarget(call, sourceCode);
      if (!target) return [];
      const receiver = receiverText(callee.object, sourceCode);
      const dot = callee.optional ? '?.' : '.';
      let condition: string;
      if (useReactNative) {
        if (enclosingFunction(call)?.async !== true) return [];
        condition = `(await ${receiver}${dot}${REACT_NATIVE_CAPABILITIES_METHOD}())${callee.optional ? '?.' : '.'}${requirement.capability.reactNative as string}`;
      } else {
        condition = `${receiver}${dot}${BROWSER_CAPABILITIES_PROPERTY}.${requirement.capability.browser} === ${CAPABILITY_GRANTED}`;
      }
      return [
        {
          messageId: 'wrapInCheck',
          data: { method: quote(method), condition: quote(condition) },
          fix: fixer => {
            if (target.type === 'statement') {
              const text = `if (${condition}) { ${sourceCode.getText(target.node)} }`;
              const parent = target.node.parent;
              // `if (a) x(); else y();`: braces keep the `else` with the outer `if`.
              const dangling = parent?.type === 'IfStatement' && parent.consequent === target.node && parent.alternate !== null;
              return fixer.replaceText(target.node, dangling ? `{ ${text} }` : text);
            }
            return fixer.replaceTextRange(target.range, `{ if (${condition}) { ${sourceCode.getText(target.node)}; } }`);
          },
        },
      ];
    }

    /** A server route that force-disconnects or mutes after authenticating the caller, with no sign of a role check. */
    function checkServerForce(node: TSESTree.CallExpression): void {
      const call = getSdkFile(context).matchCall(node);
      if (!call || !isServerForceCall(call)) return;
      const route = enclosingRoute(node, sourceCode, context.filename);
      if (!route) return;
      // Unauthenticated routes are `require-authenticated-endpoint`'s finding.
      const authenticated = route.authenticatedBy !== undefined || route.inFront.some(isAuthenticationGuard) || checksCallerIdentity(context, node);
      if (!authenticated || routeChecksModerator(route, sourceCode)) return;
      context.report({ node: getCalleeMember(node)?.property ?? node, messageId: 'missingModeratorCheck', data: { route: route.label, action: FORCE_ACTION[call.operation.kind] as string } });
    }

    return {
      CallExpression(node) {
        checkServerForce(node);
        const callee = getCalleeMember(node);
        const method = callee && getPropertyName(callee);
        if (!callee || method === null || !checkedMethods.has(method)) return;
        const call = getSdkFile(context).matchCall(node);
        // Server SDK calls (`opentok`, `@vonage/video`) are guarded by authentication, not by capabilities.
        if (!call || (call.sdk !== 'browser' && call.sdk !== 'opentok-react-native')) return;
        // The method filter above only lets through names whose client operations all need a capability.
        const capability = CAPABILITY_OF_OPERATION[call.operation.kind] as RequiredCapability;
        // The browser and React Native sessions share method names, and React Native's ref is only ever matched by
        // name: a call matched by name may be either, and either check proves it.
        const requirement: Requirement = {
          capability,
          reactNative: capability.reactNative !== null && call.confidence === 'by-name',
          receiver: expressionPath(callee.object, sourceCode),
        };
        if (findGuard(node, grants(requirement), sourceCode)) return;
        const browserCheck = `\`${BROWSER_CAPABILITIES_PROPERTY}.${capability.browser}\``;
        const reactNativeCheck = `\`${capability.reactNative as string}\` from \`${REACT_NATIVE_CAPABILITIES_METHOD}()\``;
        // The message names the check of the SDK this file evidently uses, or both.
        const sdkFlavour = requirement.reactNative ? fileFlavour() : 'browser';
        const check = sdkFlavour === 'browser' ? browserCheck : sdkFlavour === 'react-native' ? reactNativeCheck : `${browserCheck} (React Native: ${reactNativeCheck})`;
        const useReactNative = sdkFlavour === 'react-native';
        context.report({
          node: callee.property,
          messageId: 'missingCheck',
          data: { method: quote(method), check },
          suggest: suggestion(node, callee, method, requirement, useReactNative),
        });
      },
    };
  },
});

function literalValue(node: Node): { value: unknown } | null {
  return node.type === 'Literal' && (typeof node.value === 'number' || typeof node.value === 'boolean') ? { value: node.value } : null;
}

type Flavour = 'browser' | 'react-native' | 'unknown';

function detectFlavour(program: TSESTree.Program, usesBrowserSdk: () => boolean): Flavour {
  const modules = topLevelModules(program);
  if (modules.includes(REACT_NATIVE_MODULE)) return 'react-native';
  if (modules.some(module => BROWSER_MODULES.has(module)) || usesBrowserSdk()) return 'browser';
  return 'unknown';
}

/** The receiver's text, in parentheses when it is not a plain member chain (`(a || b).forceDisconnect()`). */
function receiverText(receiver: Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const text = sourceCode.getText(receiver);
  const simple = ['Identifier', 'MemberExpression', 'ThisExpression', 'CallExpression', 'TSNonNullExpression'].includes(receiver.type);
  return simple ? text : `(${text})`;
}

/** The range of `node` with the parentheses around it (`() => (x)`). */
function parenthesisedRange(node: Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Range {
  let [start, end] = node.range;
  for (;;) {
    const before = sourceCode.getTokenBefore({ range: [start, end] } as Node);
    const after = sourceCode.getTokenAfter({ range: [start, end] } as Node);
    if (before?.value !== '(' || after?.value !== ')') return [start, end];
    start = before.range[0];
    end = after.range[1];
  }
}

/**
 * Where the guard can be added without changing what the code does with the call's value: the statement the call
 * is (`session.forceDisconnect(c);`, `await …;`, `….catch(…);`), or the expression body of an arrow function
 * given to a JSX attribute (`onClick={() => session.forceDisconnect(c)}`, whose return value React ignores).
 */
function wrapTarget(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): { type: 'statement'; node: TSESTree.ExpressionStatement } | { type: 'arrow-body'; node: Node; range: TSESTree.Range } | null {
  let child: Node = call;
  let parent: Node | undefined = call.parent;
  while (parent) {
    const isWrapper =
      parent.type === 'AwaitExpression' ||
      parent.type === 'ChainExpression' ||
      parent.type === 'TSAsExpression' ||
      parent.type === 'TSNonNullExpression' ||
      (parent.type === 'UnaryExpression' && parent.operator === 'void') ||
      (parent.type === 'MemberExpression' && parent.object === child && ['then', 'catch', 'finally'].includes(getPropertyName(parent) ?? '') && parent.parent.type === 'CallExpression' && parent.parent.callee === parent);
    if (!isWrapper) break;
    child = parent.type === 'MemberExpression' ? (parent.parent as Node) : parent;
    parent = child.parent;
  }
  if (parent?.type === 'ExpressionStatement') return { type: 'statement', node: parent };
  // A call can only be an arrow function's body, never one of its parameters.
  if (parent?.type === 'ArrowFunctionExpression' && parent.parent.type === 'JSXExpressionContainer' && parent.parent.parent.type === 'JSXAttribute') {
    return { type: 'arrow-body', node: child, range: parenthesisedRange(child, sourceCode) };
  }
  return null;
}
