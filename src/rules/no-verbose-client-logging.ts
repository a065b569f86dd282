import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, importedBinding, skipValueWrappers } from '../ast';
import { developmentOnly, expressionPath, isGuarded } from '../analysis/condition-guards';
import { mayUseVonage } from '../analysis/file-markers';
import { getSdkFile } from '../analysis/sdk-calls';
import { findProperty, resolveConstant, resolveObject } from '../analysis/values';
import { removeStatement } from '../fix';
import { CLIENT_LOG_LEVELS, QUIET_CLIENT_LOG_LEVEL, VERBOSE_CLIENT_LOG_LEVEL, clientLogLevelName } from '../sdk';
import { BROWSER_SDK_GLOBALS, BROWSER_SDK_MODULES } from '../sdk/modules';
import { createRule } from '../util/create-rule';
import { quote } from '../util/quote';
import { scopeOf } from '../analysis/scope';

/** Hosts that only a developer's own machine serves. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
const HOSTNAME_PATHS = new Set(['location.hostname', 'window.location.hostname', 'document.location.hostname', 'location.host', 'window.location.host']);

/** `location.hostname === 'localhost'` (truthy) or `!== 'localhost'` (falsy): the page runs on a developer's machine. */
function isLocalhostCheck(condition: TSESTree.Expression, truthy: boolean, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (condition.type !== 'BinaryExpression' || !['===', '==', '!==', '!='].includes(condition.operator)) return false;
  const [host, other] = condition.left.type === 'Literal' ? [condition.right, condition.left] : [condition.left, condition.right];
  if (other.type !== 'Literal' || typeof other.value !== 'string' || !LOCAL_HOSTS.has(other.value)) return false;
  if (!HOSTNAME_PATHS.has(sourceCode.getText(host).replace(/\s+/g, ''))) return false;
  return (condition.operator === '===' || condition.operator === '==') === truthy;
}

type MessageIds = 'verboseLogging' | 'removeCall' | 'useQuietLevel';
type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;

const MAX_DEPTH = 8;
const SET_LOG_LEVEL = 'setLogLevel';

export default createRule<[], MessageIds>({
  name: 'no-verbose-client-logging',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow verbose OpenTok.js client log levels (`LOG`, `DEBUG`, `SPAM`) outside development builds',
      recommended: 'strict',
      guideSection: "Don't use personal information in token data",
    },
    hasSuggestions: true,
    messages: {
      verboseLogging:
        'The OpenTok.js log level is set to {{level}}: verbose client logs expose connection (token) data. Remove the call, log at `ERROR`, or keep it behind a development-build check.',
      removeCall: 'Remove the `setLogLevel()` call (back to the default level).',
      useQuietLevel: 'Log errors only: `{{replacement}}`.',
    },
    schema: [],
  },
  create(context) {
    if (!mayUseVonage(context.sourceCode)) return {};
    const sourceCode = context.sourceCode;
    let isDevelopment: ReturnType<typeof developmentOnly> | undefined;

    /** The log level a value statically evaluates to, or `null` for a runtime value. */
    function evaluateLevel(node: Node, scope: Scope, callNamespace: Node | null, depth = 0): number | null {
      if (depth > MAX_DEPTH) return null;
      const value = skipValueWrappers(node);
      switch (value.type) {
        case 'Literal':
          return typeof value.value === 'number' ? value.value : null;
        case 'Identifier': {
          const init = resolveConstant(value, scope);
          return init ? evaluateLevel(init, scope, callNamespace, depth + 1) : importedLevel(value);
        }
        case 'MemberExpression': {
          const name = getPropertyName(value, scope);
          if (name === null) return null;
          // An object of the project's own (`const LOG = { level: OT.DEBUG }`) decides by its property value.
          const object = resolveObject(value.object, scope);
          if (object) {
            const property = findProperty(object, name, scope);
            return property ? evaluateLevel(property.value, scope, callNamespace, depth + 1) : null;
          }
          return isLevelName(name) && isBrowserNamespace(value.object, callNamespace) ? CLIENT_LOG_LEVELS[name] : null;
        }
        case 'ConditionalExpression': {
          // Reported only when both branches are verbose (`debug ? OT.DEBUG : OT.WARN` is a runtime choice).
          const consequent = evaluateLevel(value.consequent, scope, callNamespace, depth + 1);
          const alternate = evaluateLevel(value.alternate, scope, callNamespace, depth + 1);
          return consequent === null || alternate === null ? null : Math.min(consequent, alternate);
        }
        default:
          return null;
      }
    }

    /**
     * `OT`, `TB`, `window.OT`, or the namespace the call itself is made on (`Video.setLogLevel(Video.LOG)` with
     * `import * as Video from '@vonage/client-sdk-video'`).
     */
    function isBrowserNamespace(node: Node, callNamespace: Node | null): boolean {
      const path = expressionPath(node, sourceCode);
      if (!path) return false;
      return BROWSER_SDK_GLOBALS.includes(path.names[path.names.length - 1] as string) || (callNamespace !== null && path.key === expressionPath(callNamespace, sourceCode)?.key);
    }

    /** `import { DEBUG } from '@opentok/client'`. */
    function importedLevel(identifier: TSESTree.Identifier): number | null {
      // `import { 'DEBUG' as D }` names the export with a string; importedBinding gives it as written.
      const binding = importedBinding(identifier, sourceCode);
      const name = binding?.imported ?? '';
      return binding && isLevelName(name) && BROWSER_SDK_MODULES.includes(binding.module) ? CLIENT_LOG_LEVELS[name] : null;
    }

    function suggestions(call: TSESTree.CallExpression, level: Node): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const result: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      const wrapped = call.parent?.type === 'ChainExpression' ? call.parent : call;
      const parent = wrapped.parent;
      if (parent?.type === 'ExpressionStatement' && isStatementList(parent.parent)) {
        result.push({ messageId: 'removeCall', fix: fixer => removeStatement(fixer, sourceCode, parent) });
      }
      const callee = skipValueWrappers(call.callee);
      if (callee.type === 'MemberExpression') {
        const replacement = `${sourceCode.getText(callee.object)}.${QUIET_CLIENT_LOG_LEVEL}`;
        result.push({ messageId: 'useQuietLevel', data: { replacement: quote(replacement) }, fix: fixer => fixer.replaceText(level, replacement) });
      }
      return result;
    }

    return {
      CallExpression(node) {
        const callee = skipValueWrappers(node.callee);
        const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? getPropertyName(callee) : null;
        if (name !== SET_LOG_LEVEL) return;
        const call = getSdkFile(context).matchCall(node);
        const level = node.arguments[0];
        if (call?.operation.kind !== 'client.set-log-level' || !level || level.type === 'SpreadElement') return;
        const value = evaluateLevel(level, scopeOf(sourceCode, node), callee.type === 'MemberExpression' ? callee.object : null);
        // A value that is not a level at all (`7`) makes OpenTok.js fall back to WARN.
        const levelName = value === null ? null : clientLogLevelName(value);
        if (levelName === null || (value as number) < VERBOSE_CLIENT_LOG_LEVEL) return;
        if (!isDevelopment) {
          const build = developmentOnly(sourceCode);
          isDevelopment = (condition, truthy) => build(condition, truthy) || isLocalhostCheck(condition, truthy, sourceCode);
        }
        if (isGuarded(node, isDevelopment, sourceCode)) return;
        context.report({
          node: level,
          messageId: 'verboseLogging',
          data: { level: `${levelName} (${value as number})` },
          suggest: suggestions(node, level),
        });
      },
    };
  },
});

function isLevelName(name: string): name is keyof typeof CLIENT_LOG_LEVELS {
  return Object.hasOwn(CLIENT_LOG_LEVELS, name);
}

function isStatementList(node: Node | undefined): boolean {
  return node?.type === 'Program' || node?.type === 'BlockStatement' || node?.type === 'StaticBlock' || node?.type === 'SwitchCase';
}
