import path from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getCalleeMember, getPropertyName, getValueParent, skipValueWrappers, walk } from '../ast';
import { runsOnce, sharedPlaceOfAssignment, sharedPlaceOfCall } from '../analysis/execution-context';
import type { RunsOnce, SharedPlace } from '../analysis/execution-context';
import { getSdkFile, mayReachVonage } from '../analysis/sdk-calls';
import type { SdkCall } from '../analysis/sdk-calls';
import { findLiteralOrigin } from '../analysis/values';
import { isScript } from '../analysis/program-kind';
import { getSinks } from '../analysis/sinks';
import type { SinkFinder } from '../analysis/sinks';
import { findSessionCredential } from '../sdk';
import { createRule } from '../util/create-rule';
import { quote } from '../util/quote';
import { resolveVariable, scopeOf } from '../analysis/scope';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;
type MessageIds = 'sessionCreatedOnce' | 'sessionStored' | 'tokenCreatedOnce' | 'tokenStored' | 'fixedSessionId' | 'fixedSessionIdSent';

/** Response properties that hand the caller a session ID. */
const SESSION_ID_PROPERTY = /^session_?id$/i;
/** Environment variables that hold one pre-made session ID (`SESSION_ID`, `OT_SESSION_ID`, `VONAGE_SESSION`). */
const SESSION_ID_VARIABLE = /(?:^|_)SESSION_?ID$|^(?:OT|OPENTOK|TOKBOX|VONAGE|VIDEO)_?SESSION$/i;

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
        'Vonage Video session created once {{when}} and reused for every call: participants of earlier meetings can join later ones. Create a session per meeting and store its ID with it.',
      sessionStored:
        'Vonage Video session kept in {{place}}, which every request shares: all meetings run in one session. Store the session ID per meeting (e.g. a database row).',
      tokenCreatedOnce:
        'Client token generated once {{when}} and handed to everyone: every participant shares one identity and role until it expires. Generate a token per participant in the request handler.',
      tokenStored:
        'Client token kept in {{place}}, which every request shares: every participant gets the same identity and role. Generate a token per participant.',
      fixedSessionId:
        'Token minted for a fixed session ID ({{source}}): every caller joins the same session, meeting after meeting. Create a session per meeting and look its ID up for the caller.',
      fixedSessionIdSent:
        'Every request gets the same session ID ({{source}}): all callers join one session, meeting after meeting. Create a session per meeting and look its ID up for the caller.',
    },
    schema: [],
  },
  create(context) {
    if (!mayReachVonage(context)) return {};
    // A script (no server, no handler, nothing exported) runs once per invocation: what it creates reaches one caller.
    // Decided at the first report, not up front: most files that may reach Vonage have nothing to report.
    let script: boolean | undefined;
    const report = (descriptor: TSESLint.ReportDescriptor<MessageIds>): void => {
      script ??= isScript(context.sourceCode);
      if (!script) context.report(descriptor);
    };
    const sourceCode = context.sourceCode;
    const sinks = getSinks(context);

    function describeOnce(once: RunsOnce): string {
      if (once.when === 'module') return 'at module scope';
      if (once.when === 'startup') return 'when the server starts';
      return `in \`${quote(once.name)}()\`, which runs once at start-up`;
    }

    function describePlace(place: SharedPlace): string {
      if (place.kind === 'singleton-field') return `\`this.${quote(place.name)}\` of the singleton \`${quote(place.className)}\``;
      return `\`${quote(place.name)}\``;
    }

    /**
     * A session or token produced once (module scope, start-up) or kept where every request reads it. Returns whether
     * it reported.
     */
    function checkShared(call: SdkCall, messages: { once: MessageIds; stored: MessageIds }): boolean {
      const reportAt = getCalleeMember(call.node)?.property ?? call.node;
      const isToken = call.operation.kind === 'token.generate';
      const once = runsOnce(call.node, sourceCode);
      if (once) {
        // A start-up token used only server-side (a SIP dial-out leg, an Audio Connector) never reaches a participant.
        if (isToken && isServerOnly(producedValues(call, sourceCode).slice(1))) return true;
        report({ node: reportAt, messageId: messages.once, data: { when: describeOnce(once) } });
        return true;
      }
      const found = findSharedPlace(producedValues(call, sourceCode), sourceCode);
      if (!found) return false;
      // A token kept for a server-side job (`app.set('recorderToken', t)`) that no response reads is not handed out.
      if (isToken && found.reads !== null && found.reads.length > 0 && !found.reads.some(read => reachesClient(read, sinks))) return true;
      report({ node: reportAt, messageId: messages.stored, data: { place: describePlace(found.place) } });
      return true;
    }

    /** Every use of a start-up token is an argument of a server SDK operation (`ot.dial(sid, token, uri)`). */
    function isServerOnly(uses: readonly Node[]): boolean {
      if (uses.length === 0) return false;
      const sdkFile = getSdkFile(context);
      return uses.every(use => {
        const { parent, child } = holderOf(use);
        return parent?.type === 'CallExpression' && parent.arguments.includes(child as TSESTree.CallExpressionArgument) && sdkFile.matchCall(parent) !== null;
      });
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
        report({ node: argument, messageId: 'fixedSessionId', data: { source: 'a string in the code' } });
        return;
      }
      const environment = environmentVariable(argument);
      if (environment) {
        report({ node: argument, messageId: 'fixedSessionId', data: { source: `\`${quote(environment)}\`` } });
        return;
      }
      const imported = importedSessionId(argument, false);
      if (imported) report({ node: argument, messageId: 'fixedSessionId', data: { source: imported } });
    }

    /**
     * A session ID the app's own module exports (`export const SESSION_ID = '…'` in `config.js`, read by the project
     * model): the constant and the module, for the message (never the value). Handed out in a response, the export's
     * name or its value must say it is a session ID.
     */
    function importedSessionId(node: Node, sent: boolean): string | null {
      const value = skipValueWrappers(node);
      if (value.type !== 'Identifier' && value.type !== 'MemberExpression') return null;
      const imported = getSdkFile(context).appValueAt(value);
      if (imported?.type !== 'string' || imported.value.length === 0) return null;
      if (sent && !SESSION_ID_VARIABLE.test(imported.name) && findSessionCredential(imported.value)?.format !== 'session-id') return null;
      const relative = path.relative(path.dirname(context.filename), imported.file).split(path.sep).join('/');
      return `\`${quote(imported.name)}\`, written in \`${quote(relative.startsWith('.') ? relative : `./${relative}`)}\``;
    }

    /** `res.json({ sessionId: process.env.SESSION_ID, token })`: one pre-made session handed to every caller. */
    function checkSentSessionId(node: TSESTree.CallExpression): void {
      // Only an object literal payload names a `sessionId`: skip the sink lookup for every other call.
      if (!node.arguments.some(argument => skipValueWrappers(argument).type === 'ObjectExpression')) return;
      const sink = getSinks(context).ofCall(node);
      if (sink?.kind !== 'response') return;
      for (const value of sink.values) {
        const object = skipValueWrappers(value);
        if (object.type !== 'ObjectExpression') continue;
        for (const property of object.properties) {
          if (property.type !== 'Property' || !SESSION_ID_PROPERTY.test(getPropertyName(property) ?? '')) continue;
          const environment = environmentVariable(skipValueWrappers(property.value));
          const name = environment?.slice(environment.lastIndexOf('.') + 1) ?? '';
          if (environment && SESSION_ID_VARIABLE.test(name)) {
            report({ node: property.value, messageId: 'fixedSessionIdSent', data: { source: `\`${quote(environment)}\`` } });
            continue;
          }
          const imported = environment ? null : importedSessionId(property.value, true);
          if (imported) report({ node: property.value, messageId: 'fixedSessionIdSent', data: { source: imported } });
        }
      }
    }

    return {
      CallExpression(node) {
        checkSentSessionId(node);
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
        else if (!checkShared(call, { once: 'tokenCreatedOnce', stored: 'tokenStored' })) checkFixedSessionId(call, scopeOf(sourceCode, node));
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
  if (call.sdk === 'opentok' && call.via !== 'rest' && callback && (callback.type === 'ArrowFunctionExpression' || callback.type === 'FunctionExpression')) {
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
  const variable = resolveVariable(scopeOf(sourceCode, identifier), identifier);
  if (variable && !variables.includes(variable)) variables.push(variable);
}

interface FoundPlace {
  place: SharedPlace;
  /** The expressions that read the stored value back, or `null` when they cannot be listed (a member path, a field). */
  reads: Node[] | null;
}

function findSharedPlace(values: readonly Node[], sourceCode: Readonly<TSESLint.SourceCode>): FoundPlace | null {
  for (const value of values) {
    const { parent, child } = holderOf(value);
    if (parent?.type === 'AssignmentExpression' && parent.operator === '=' && parent.right === child) {
      const place = sharedPlaceOfAssignment(parent.left, sourceCode);
      const variable = place && parent.left.type === 'Identifier' ? resolveVariable(scopeOf(sourceCode, parent.left), parent.left) : null;
      if (place && variable && isScratch(variable, parent)) continue;
      if (place) return { place, reads: variable ? variable.references.filter(reference => reference.isRead()).map(reference => reference.identifier as Node) : null };
    }
    if (parent?.type === 'CallExpression' && parent.arguments[1] === child) {
      const place = sharedPlaceOfCall(parent, sourceCode);
      if (place) return { place, reads: fixedKeyReads(parent, sourceCode) };
    }
  }
  return null;
}

/**
 * A module-level `let` used as scratch by one function: every reference is inside the (outermost) function that
 * writes it, the write comes first, and its right-hand side does not read the variable (no `x = x || create()`, no
 * `if (!x) x = …` lazy initialisation, which keeps the value across calls).
 */
function isScratch(variable: Variable, assignment: TSESTree.AssignmentExpression): boolean {
  let outer: Node | null = null;
  for (let current: Node | undefined = assignment.parent; current; current = current.parent) {
    if (current.type === 'ArrowFunctionExpression' || current.type === 'FunctionExpression' || current.type === 'FunctionDeclaration') outer = current;
  }
  if (!outer) return false;
  const [start, end] = outer.range;
  const references = variable.references.filter(reference => !reference.init);
  const first = references.reduce<TSESLint.Scope.Reference | null>((best, reference) => (best === null || reference.identifier.range[0] < best.identifier.range[0] ? reference : best), null);
  if (first?.identifier !== assignment.left) return false;
  const [rightStart, rightEnd] = assignment.right.range;
  return references.every(reference => {
    const [at] = reference.identifier.range;
    return at >= start && at < end && !(at >= rightStart && at < rightEnd);
  });
}

/** `app.get('recorderToken')` calls on the same receiver path as `app.set('recorderToken', …)`. */
function fixedKeyReads(store: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): Node[] {
  const callee = store.callee as TSESTree.MemberExpression;
  const key = (store.arguments[0] as TSESTree.StringLiteral).value;
  const receiver = sourceCode.getText(callee.object);
  const reads: Node[] = [];
  walk(sourceCode.ast, sourceCode.visitorKeys, node => {
    if (node.type !== 'CallExpression' || node.arguments.length !== 1) return;
    const member = node.callee;
    const argument = node.arguments[0];
    if (member.type !== 'MemberExpression' || getPropertyName(member) !== 'get' || argument?.type !== 'Literal' || argument.value !== key) return;
    if (sourceCode.getText(member.object) === receiver) reads.push(node);
  });
  return reads;
}

/**
 * Whether a value read back may reach a participant: it is sent (a response or template, not a log), returned, or
 * copied into a variable or property (followed no further: counted as reaching). Looked for up to its statement.
 */
function reachesClient(read: Node, sinks: SinkFinder): boolean {
  for (let current = read.parent; current && !STATEMENT_BOUNDARIES.has(current.type); current = current.parent) {
    if (current.type === 'CallExpression') {
      const sink = sinks.ofCall(current);
      if (sink && sink.kind !== 'log') return true;
    }
    if (current.type === 'NewExpression' && sinks.ofNew(current)) return true;
    if (current.type === 'ReturnStatement' || current.type === 'VariableDeclarator' || current.type === 'AssignmentExpression') return true;
  }
  return false;
}

const STATEMENT_BOUNDARIES = new Set(['ExpressionStatement', 'BlockStatement', 'Program', 'ArrowFunctionExpression', 'FunctionExpression']);

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
