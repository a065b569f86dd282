import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getCalleeMember, getPropertyName, getValueParent } from '../analysis/ast';
import { runsOnce, sharedPlaceOfAssignment, sharedPlaceOfCall } from '../analysis/execution-context';
import type { RunsOnce, SharedPlace } from '../analysis/execution-context';
import { getSdkFile, mayReachVonage } from '../analysis/sdk-calls';
import type { SdkCall } from '../analysis/sdk-calls';
import { findLiteralOrigin } from '../analysis/values';
import { findSessionCredential } from '../sdk';
import { createRule } from '../util/create-rule';
import { resolveVariable } from '../analysis/scope';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;
type MessageIds = 'sessionCreatedOnce' | 'sessionStored' | 'tokenCreatedOnce' | 'tokenStored' | 'fixedSessionId';

const MAX_HOPS = 4;

export default createRule<[], MessageIds>({
  name: 'no-shared-session',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow one Vonage Video session or token reused for every call',
      recommended: 'recommended',
      guideSection: 'Generate a unique session ID per call and token per participant',
    },
    messages: {
      sessionCreatedOnce:
        'Vonage Video session created once {{when}} and reused for every call: participants of earlier meetings, whose tokens may still be valid, can join later ones. Create a session per meeting and store its ID with that meeting.',
      sessionStored:
        'Vonage Video session kept in {{place}}, which every request shares: all meetings run in one session, so participants of earlier meetings can join later ones. Store the session ID per meeting (a database row, a map keyed by room).',
      tokenCreatedOnce:
        'Client token generated once {{when}} and handed to everyone: every participant shares one identity and role until it expires. Generate a token per participant in the request handler.',
      tokenStored:
        'Client token kept in {{place}}, which every request shares: every participant gets the same identity and role. Generate a token per participant in the request handler.',
      fixedSessionId:
        'Token minted for a fixed session ID ({{source}}): every caller joins the same session, meeting after meeting. Create a session per meeting and look its ID up for the caller.',
    },
    schema: [],
  },
  create(context) {
    if (!mayReachVonage(context)) return {};
    const sourceCode = context.sourceCode;

    function describeOnce(once: RunsOnce): string {
      if (once.when === 'module') return 'at module scope';
      if (once.when === 'startup') return 'when the server starts';
      return `in \`${once.name}()\`, which runs once at start-up`;
    }

    function describePlace(place: SharedPlace): string {
      if (place.kind === 'singleton-field') return `\`this.${place.name}\` of the singleton \`${place.className}\``;
      return `\`${place.name}\``;
    }

    /**
     * A session or token produced once (module scope, start-up) or kept where every request reads it. Returns whether
     * it reported.
     */
    function checkShared(call: SdkCall, messages: { once: MessageIds; stored: MessageIds }): boolean {
      const reportAt = getCalleeMember(call.node)?.property ?? call.node;
      const once = runsOnce(call.node, sourceCode);
      if (once) {
        context.report({ node: reportAt, messageId: messages.once, data: { when: describeOnce(once) } });
        return true;
      }
      const place = findSharedPlace(producedValues(call, sourceCode), sourceCode);
      if (place) context.report({ node: reportAt, messageId: messages.stored, data: { place: describePlace(place) } });
      return place !== null;
    }

    /** `generateToken('2_MX4…')`, `generateToken(process.env.SESSION_ID)`, or a module constant holding one. */
    function checkFixedSessionId(call: SdkCall, scope: Scope): void {
      const index = call.operation.sessionIdArg;
      const argument = index === undefined ? undefined : call.node.arguments[index];
      if (!argument || argument.type === 'SpreadElement') return;
      const origin = findLiteralOrigin(argument, scope);
      if (origin) {
        // A recognisable session ID literal is no-hardcoded-session-credentials' report; do not say it twice.
        if (origin.text.length === 0 || findSessionCredential(origin.text)) return;
        context.report({ node: argument, messageId: 'fixedSessionId', data: { source: 'a string in the code' } });
        return;
      }
      const environment = environmentVariable(argument);
      if (environment) context.report({ node: argument, messageId: 'fixedSessionId', data: { source: `\`${environment}\`` } });
    }

    return {
      CallExpression(node) {
        // The app's own wrappers count too (a session created at start-up through `calls.createRoom()`); their
        // arguments are not the SDK's, so a fixed session ID is looked for at SDK calls only.
        const call = getSdkFile(context).matchCall(node, { wrappers: true });
        if (!call) return;
        const kind = call.operation.kind;
        if (kind !== 'session.create' && kind !== 'token.generate') return;
        if (call.wrapper) {
          checkShared(call, kind === 'session.create' ? { once: 'sessionCreatedOnce', stored: 'sessionStored' } : { once: 'tokenCreatedOnce', stored: 'tokenStored' });
          return;
        }
        if (kind === 'session.create') checkShared(call, { once: 'sessionCreatedOnce', stored: 'sessionStored' });
        else if (!checkShared(call, { once: 'tokenCreatedOnce', stored: 'tokenStored' })) checkFixedSessionId(call, sourceCode.getScope(node));
      },
    };
  },
});

/**
 * The expressions that hold what an operation produced: the call itself (a token string, a session promise), its
 * awaited value, the session handed to opentok's callback, and variables initialised from any of these (one per hop:
 * `const session = await video.createSession(); const id = session.sessionId;`).
 */
function producedValues(call: SdkCall, sourceCode: Readonly<TSESLint.SourceCode>): Node[] {
  const values: Node[] = [call.node];
  const variables: Variable[] = [];
  const callback = call.node.arguments[call.node.arguments.length - 1];
  if (call.sdk === 'opentok' && callback && (callback.type === 'ArrowFunctionExpression' || callback.type === 'FunctionExpression')) {
    const parameter = callback.params[1];
    if (parameter?.type === 'Identifier') addVariable(parameter, sourceCode, variables);
  }
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const before = values.length + variables.length;
    for (const value of [...values]) {
      const { parent } = holderOf(value);
      if (parent?.type === 'VariableDeclarator') declaredNames(parent.id).forEach(id => addVariable(id, sourceCode, variables));
    }
    for (const variable of variables) {
      for (const reference of variable.references) {
        const identifier = reference.identifier as Node;
        if (reference.isRead() && !values.includes(identifier)) values.push(identifier);
      }
    }
    if (values.length + variables.length === before) break;
  }
  return values;
}

/** Where a value goes (its parent once `await`, `.sessionId` and TS wrappers are skipped), and its outermost form. */
function holderOf(value: Node): { parent: Node | undefined; child: Node } {
  let holder = getValueParent(value);
  if (holder.parent?.type === 'MemberExpression' && holder.parent.object === holder.child && getPropertyName(holder.parent) === 'sessionId') {
    holder = getValueParent(holder.parent);
  }
  // `token = token || generate()`, `x = cond ? generate() : other`: the value passes through.
  while (holder.parent?.type === 'LogicalExpression' || (holder.parent?.type === 'ConditionalExpression' && holder.parent.test !== holder.child)) {
    holder = getValueParent(holder.parent);
  }
  return holder;
}

function declaredNames(pattern: Node): TSESTree.Identifier[] {
  if (pattern.type === 'Identifier') return [pattern];
  if (pattern.type === 'ObjectPattern') {
    return pattern.properties.flatMap(property => (property.type === 'Property' && getPropertyName(property) === 'sessionId' ? declaredNames(property.value) : []));
  }
  if (pattern.type === 'AssignmentPattern') return declaredNames(pattern.left);
  return [];
}

function addVariable(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>, variables: Variable[]): void {
  const variable = resolveVariable(sourceCode.getScope(identifier), identifier);
  if (variable && !variables.includes(variable)) variables.push(variable);
}

function findSharedPlace(values: readonly Node[], sourceCode: Readonly<TSESLint.SourceCode>): SharedPlace | null {
  for (const value of values) {
    const { parent, child } = holderOf(value);
    if (parent?.type === 'AssignmentExpression' && parent.operator === '=' && parent.right === child) {
      const place = sharedPlaceOfAssignment(parent.left, sourceCode);
      if (place) return place;
    }
    if (parent?.type === 'CallExpression' && parent.arguments[1] === child) {
      const place = sharedPlaceOfCall(parent, sourceCode);
      if (place) return place;
    }
  }
  return null;
}

/** `process.env.SESSION_ID`, `process.env['SESSION_ID']`, `import.meta.env.VITE_SESSION_ID`. */
function environmentVariable(node: Node): string | null {
  if (node.type !== 'MemberExpression') return null;
  const name = getPropertyName(node);
  const object = node.object;
  if (name === null || object.type !== 'MemberExpression' || getPropertyName(object) !== 'env') return null;
  const root = object.object;
  if (root.type === 'Identifier' && root.name === 'process') return `process.env.${name}`;
  if (root.type === 'MetaProperty') return `import.meta.env.${name}`;
  return null;
}
