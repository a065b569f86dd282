import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getCalleeMember, getPropertyName, isFunction, skipValueWrappers } from '../ast';
import { checksCallerIdentity } from '../analysis/caller-identity';
import { assignedValues } from '../analysis/changing-values';
import { assignedOptionValues, getOperationOptions } from '../analysis/operation-options';
import { requestInputSource } from '../analysis/request-input';
import type { RequestInputSource } from '../analysis/request-input';
import { getSdkFile, mayReachVonage } from '../analysis/sdk-calls';
import type { SdkCall } from '../analysis/sdk-calls';
import type { WrapperInfo } from '../project/context';
import { findLiteralOrigin, resolveObject } from '../analysis/values';
import { insertProperty, replacePropertyValue } from '../fix';
import { OPERATIONS, TOKEN_OPTION } from '../sdk';
import type { TokenRole } from '../sdk';
import { createRule } from '../util/create-rule';
import { quote } from '../util/quote';
import { scopeOf } from '../analysis/scope';

type MessageIds = 'roleFromRequest' | 'roleAllowsModerator' | 'roleChosenByRequest' | 'optionsFromRequest' | 'useSubscriber' | 'setSubscriberRole';
type Node = TSESTree.Node;
type Context = Readonly<TSESLint.RuleContext<MessageIds, []>>;
/** Reports `node` with the request input it comes from, unless it is already reported. */
type Report = (node: Node, messageId: MessageIds, source: RequestInputSource, suggestion: TSESLint.ReportSuggestionArray<MessageIds>) => void;


/** Method names of token operations: a call by any other name is no token call, and costs nothing more. */
const TOKEN_METHODS = new Set(OPERATIONS.filter(operation => operation.kind === 'token.generate').map(operation => operation.method));
const MODERATOR: TokenRole = 'moderator';
const SAFE_ROLE: TokenRole = 'subscriber';
const MAX_SPREAD_DEPTH = 8;

/** A check let only these values through: it is enough when `moderator` is not among them. */
function admitsModerator(source: RequestInputSource): boolean {
  return !source.allowed || source.allowed.some(value => value.trim().toLowerCase() === MODERATOR);
}

export default createRule<[], MessageIds>({
  name: 'no-client-controlled-role',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow token roles taken from request input (body, query, route parameters, headers, search parameters)',
      recommended: 'recommended',
      guideSection: 'Set up Moderator permissions to force disconnect; Allocate Subscriber-only permissions for those that do not need to publish',
    },
    hasSuggestions: true,
    messages: {
      roleFromRequest:
        'Token role taken from request input (`{{source}}`): any caller can make itself a moderator and remove or mute the others. Derive the role on the server from the authenticated user.',
      roleChosenByRequest:
        'Token role chosen by request input (`{{source}}` can make it `moderator`), and nothing checks who the caller is: anyone can make itself a moderator. Decide the role from the authenticated user.',
      roleAllowsModerator:
        'Token role taken from request input (`{{source}}`), and the check before it accepts `moderator`: any caller can make itself a moderator. Derive the role from the authenticated user.',
      optionsFromRequest:
        'Token options taken from request input (`{{source}}`): any caller can choose its own role, expiry and data. Build the options on the server, with the role from the authenticated user.',
      useSubscriber: "Use the least-privileged role `'subscriber'` instead.",
      setSubscriberRole: "Set `role: 'subscriber'` after the request's options.",
    },
    schema: [],
  },
  create(context) {
    if (!mayReachVonage(context)) return {};
    const report = reportOnce(context);
    return {
      CallExpression(node) {
        const resolved = getSdkFile(context).matchCall(node, { wrappers: true });
        if (resolved?.wrapper) {
          if (resolved.wrapper.operations.some(operation => operation.kind === 'token.generate')) checkWrapperCall(context, report, node, resolved.wrapper);
          return;
        }
        const callee = getCalleeMember(node);
        const method = callee && getPropertyName(callee);
        if (!method || !TOKEN_METHODS.has(method)) return;
        const call = getSdkFile(context).matchCall(node);
        if (call?.operation.kind === 'token.generate') checkTokenOptions(context, report, node, call);
      },
    };
  },
});

/** Reports a node once: a role value can be reached from several token calls. */
function reportOnce(context: Context): Report {
  const reported = new Set<Node>();
  return (node, messageId, source, suggestion) => {
    if (reported.has(node)) return;
    reported.add(node);
    context.report({ node, messageId, data: { source: quote(source.description) }, suggest: suggestion });
  };
}

/** The options of a token call: an object literal, options assigned step by step, or the request's own object. */
function checkTokenOptions(context: Context, report: Report, node: TSESTree.CallExpression, call: SdkCall): void {
  const sourceCode = context.sourceCode;
  const options = getOperationOptions(call, scopeOf(sourceCode, node));
  const { argument, object } = options;
  if (!argument) return;
  if (object) {
    checkObject(context, report, object, 0);
    return;
  }
  // Options built step by step: `const o = {}; o.role = req.body.role;` or `Object.assign(o, { role: … })`.
  const assigned = assignedOptionValues(options, TOKEN_OPTION.role, scopeOf(sourceCode, node));
  if (assigned.length > 0) {
    for (const value of assigned) checkAssignedRole(context, report, value);
    return;
  }
  const source = requestInputSource(argument, context);
  if (!source) return;
  const text = sourceCode.getText(argument);
  report(argument, 'optionsFromRequest', source, [
    {
      messageId: 'setSubscriberRole',
      fix: fixer => fixer.replaceText(argument, `{ ...${argument.type === 'SequenceExpression' ? `(${text})` : text}, ${TOKEN_OPTION.role}: '${SAFE_ROLE}' }`),
    },
  ]);
}

/** The request input whose test picks `moderator` for `value`: a conditional, or an `if`/`switch` around an assignment. */
function moderatorChosenBy(context: Context, value: Node): RequestInputSource | null {
  const inner = skipValueWrappers(value);
  const candidates = inner.type === 'ConditionalExpression' ? [inner] : (assignedValues(inner, scopeOf(context.sourceCode, inner)) ?? []);
  for (const candidate of candidates) {
    const test =
      candidate.type === 'ConditionalExpression'
        ? isModerator(context, candidate.consequent) || isModerator(context, candidate.alternate)
          ? candidate.test
          : null
        : isModerator(context, candidate)
          ? decidingTest(candidate)
          : null;
    const source = test && requestInputIn(context, test, 0);
    if (source) return source;
  }
  return null;
}

function isModerator(context: Context, node: Node): boolean {
  return findLiteralOrigin(node, scopeOf(context.sourceCode, node))?.text.trim().toLowerCase() === MODERATOR;
}

/** The condition under which `node` is evaluated, up to the enclosing function. */
function decidingTest(node: Node): Node | null {
  for (let current: Node = node; current.parent && !isFunction(current); current = current.parent) {
    const parent: Node = current.parent;
    if (parent.type === 'IfStatement' && parent.test !== current) return parent.test;
    if (parent.type === 'ConditionalExpression' && parent.test !== current) return parent.test;
    if (parent.type === 'SwitchCase' && parent.test !== current) return parent.parent.discriminant;
  }
  return null;
}

/** Request input anywhere in a condition (`req.params.as === 'teacher'`, `!req.body.host || x`). */
function requestInputIn(context: Context, node: Node, depth: number): RequestInputSource | null {
  if (depth > 6) return null;
  const value = skipValueWrappers(node);
  if (value.type === 'BinaryExpression' || value.type === 'LogicalExpression') {
    return (value.left.type === 'PrivateIdentifier' ? null : requestInputIn(context, value.left, depth + 1)) ?? requestInputIn(context, value.right, depth + 1);
  }
  if (value.type === 'UnaryExpression') return requestInputIn(context, value.argument, depth + 1);
  return requestInputSource(value, context);
}

function checkRole(context: Context, report: Report, property: TSESTree.Property): void {
  const source = requestInputSource(property.value, context);
  if (!source) {
    const chooser = moderatorChosenBy(context, property.value);
    if (chooser && !checksCallerIdentity(context, property)) report(property.value, 'roleChosenByRequest', chooser, [subscriberSuggestion(property)]);
    return;
  }
  if (!admitsModerator(source)) return;
  report(property.value, source.allowed ? 'roleAllowsModerator' : 'roleFromRequest', source, [subscriberSuggestion(property)]);
}

function subscriberSuggestion(property: TSESTree.Property): TSESLint.SuggestionReportDescriptor<MessageIds> {
  return {
    messageId: 'useSubscriber',
    // `{ role }` holds its value in its key: write the key out.
    fix: fixer => replacePropertyValue(fixer, property, `'${SAFE_ROLE}'`),
  };
}

function checkAssignedRole(context: Context, report: Report, value: Node): void {
  const source = requestInputSource(value, context);
  if (!source || !admitsModerator(source)) return;
  report(value, source.allowed ? 'roleAllowsModerator' : 'roleFromRequest', source, [{ messageId: 'useSubscriber', fix: fixer => fixer.replaceText(value, `'${SAFE_ROLE}'`) }]);
}

function checkSpread(context: Context, report: Report, object: TSESTree.ObjectExpression, spread: TSESTree.SpreadElement, source: RequestInputSource): void {
  report(spread.argument, 'optionsFromRequest', source, [
    {
      messageId: 'setSubscriberRole',
      fix: fixer => insertProperty(fixer, context.sourceCode, object, `${TOKEN_OPTION.role}: '${SAFE_ROLE}'`),
    },
  ]);
}

/**
 * Finds what decides `role` in an options object: the last `role` property, or a spread written after it. Returns
 * `true` once decided (reported or not), `false` when nothing in the object sets it.
 */
function checkObject(context: Context, report: Report, object: TSESTree.ObjectExpression, depth: number): boolean {
  const scope = scopeOf(context.sourceCode, object);
  for (let index = object.properties.length - 1; index >= 0; index--) {
    const property = object.properties[index] as TSESTree.ObjectLiteralElement;
    if (property.type === 'Property') {
      if (getPropertyName(property, scope) !== TOKEN_OPTION.role) continue;
      checkRole(context, report, property);
      return true;
    }
    const source = requestInputSource(property.argument, context);
    if (source) {
      checkSpread(context, report, object, property, source);
      return true;
    }
    const spread = depth < MAX_SPREAD_DEPTH ? resolveObject(property.argument, scope) : null;
    // A spread of unknown content may set the role: leave it to the author.
    if (!spread || checkObject(context, report, spread, depth + 1)) return true;
  }
  return false;
}

/**
 * A call of the app's own wrapper (project model) whose parameter reaches the token's role or options: the request
 * value passed into that parameter is the role. The suggestion edits the argument, which fits the wrapper's signature.
 */
function checkWrapperCall(context: Context, report: Report, node: TSESTree.CallExpression, wrapper: WrapperInfo): void {
  const role = wrapper.flows.role === undefined ? undefined : node.arguments[wrapper.flows.role];
  const roleSource = role && role.type !== 'SpreadElement' ? requestInputSource(role, context) : null;
  if (role && roleSource && admitsModerator(roleSource)) {
    report(role, roleSource.allowed ? 'roleAllowsModerator' : 'roleFromRequest', roleSource, [{ messageId: 'useSubscriber', fix: fixer => fixer.replaceText(role, `'${SAFE_ROLE}'`) }]);
  }
  const options = wrapper.flows.options === undefined ? undefined : node.arguments[wrapper.flows.options];
  const optionsSource = options && options.type !== 'SpreadElement' ? requestInputSource(options, context) : null;
  if (options && optionsSource) report(options, 'optionsFromRequest', optionsSource, []);
}
