import { getStaticValue, isParenthesized } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getPropertyName, lastName, receiverNames, skipValueWrappers } from '../ast';
import { getOperationOptions, getOption } from '../analysis/operation-options';
import { getSdkFile, mayReachVonage } from '../analysis/sdk-calls';
import type { WrapperInfo } from '../project/context';
import { resolveConstant } from '../analysis/values';
import { removeProperty } from '../fix';
import { MAX_TOKEN_DATA_LENGTH, OPERATIONS, TOKEN_OPTION } from '../sdk';
import { PersonalDataMatcher } from '../sdk';
import type { PersonalDataCategory } from '../sdk';
import { createRule } from '../util/create-rule';
import { quote } from '../util/quote';
import { scopeOf } from '../analysis/scope';

type Node = TSESTree.Node;
type Options = [{ extraNames?: string[]; allowNames?: string[]; checkDisplayNames?: boolean }];
type MessageIds = 'personalData' | 'dataTooLong' | 'removeField' | 'removeData';
type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** Method names of token operations: calls named otherwise are skipped before the matcher is asked. */
const TOKEN_METHODS = new Set(OPERATIONS.filter(operation => operation.kind === 'token.generate').map(operation => operation.method));
const MAX_DEPTH = 8;
/** Operators whose result is a boolean: `{ email: user.email !== null }` says whether there is one, not what it is. */
const COMPARISON = new Set(['==', '!=', '===', '!==', '<', '<=', '>', '>=', 'in', 'instanceof']);
/** Calls that hand their (first) argument's text on unchanged or encoded, not hidden. */
const PASS_THROUGH_FUNCTIONS = new Set(['String', 'encodeURIComponent', 'encodeURI', 'escape', 'btoa']);
const PASS_THROUGH_METHODS = new Set(['toString', 'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'normalize']);
/** Calls that serialise their first argument: `JSON.stringify`, `querystring.stringify`/`encode`, `qs.stringify`. */
const SERIALISERS = new Set(['stringify', 'encode']);
/** Characters between fields of a string (`a=1&b=2`, `a:1,b:2`, `a|b`), besides white space (`a b`). */
const SEPARATORS = new Set(['&', ';', ',', '|', ':', '/']);
const SPACES = new Set([' ', '\t', '\n', '\r']);
const KEY_CHAR = /[A-Za-z0-9_.[\]-]/;
/** A configured name: any spelling (`memberNumber`, `member_number`), with at least one letter. */
const NAME_SCHEMA = { type: 'string', pattern: '[A-Za-z]' } as const;

/** A string built from pieces: a template literal, or a `+` concatenation. */
interface Parts {
  node: TSESTree.TemplateLiteral | TSESTree.BinaryExpression;
  template: boolean;
  /** Static text (`text`) or an expression (`text === null`), in order. */
  items: Array<{ node: Node; text: string | null }>;
  /** The `key=` / `"key":` written just before each expression, if any. */
  keys: Array<Key | null>;
}

interface Key {
  name: string;
  /** Where the key starts in the text before the expression. */
  start: number;
  /** The quote opened after the key (`"email":"${…}"`), to be removed with the value. */
  quote: string;
}

/** How to drop a finding: remove an object property (or spread), or a piece of a built string. */
type Removal = { element: TSESTree.ObjectLiteralElement } | { parts: Parts; index: number };

interface Finding {
  node: Node;
  field: string;
  category: PersonalDataCategory;
  removal: Removal;
}

/** What one file's check shares between its token calls. */
interface FileCheck {
  context: Context;
  /** The names that mean personal data under this file's options. */
  matcher: PersonalDataMatcher;
  /** Nodes already reported: a value can be reached from more than one token call. */
  reported: Set<Node>;
}

/** One token `data` value being analysed, with the scope its names are looked up in. */
interface DataAnalysis {
  sourceCode: SourceCode;
  matcher: PersonalDataMatcher;
  scope: TSESLint.Scope.Scope;
}

/** Node types whose personal data lies in their parts (checked one by one), never in the whole. */
const COMPOUND = new Set(['BinaryExpression', 'TemplateLiteral', 'ObjectExpression', 'ArrayExpression', 'ConditionalExpression', 'LogicalExpression']);

/** One compiled name matcher per distinct options, shared by every file (building one costs more than linting most files). */
const matchers = new Map<string, PersonalDataMatcher>();
function matcherFor(options: Required<Options[0]>): PersonalDataMatcher {
  const key = JSON.stringify(options);
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = new PersonalDataMatcher(options);
    matchers.set(key, matcher);
  }
  return matcher;
}

export default createRule<Options, MessageIds>({
  name: 'no-pii-in-token-data',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow personal information (e-mail, phone, address, real name, birth date, national ID…) and values over 1000 characters in token connection `data`',
      recommended: 'recommended',
      guideSection: "Don't use personal information in token data",
    },
    hasSuggestions: true,
    messages: {
      personalData:
        'Token `data` contains {{category}} (`{{field}}`), which every participant and client log can read. Send an opaque ID instead and look up the details on your server.',
      dataTooLong:
        'Token `data` is {{length}} characters long, over the limit of {{max}} (`opentok` throws above 1024). Send an opaque ID instead and look up the details on your server.',
      removeField: 'Remove `{{field}}` from the token data.',
      removeData: 'Remove the `data` option: everything in it is personal data.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          extraNames: {
            type: 'array',
            items: NAME_SCHEMA,
            uniqueItems: true,
            description:
              'More names that mean personal data in your code (e.g. `["memberNumber", "age"]`). Matched like the built-in names: case-insensitively, against the end of a field name, at a word boundary.',
          },
          allowNames: {
            type: 'array',
            items: NAME_SCHEMA,
            uniqueItems: true,
            description: 'Names never to report (e.g. `["workEmail"]`). Matched the same way; they win over the built-in and extra names.',
          },
          checkDisplayNames: {
            type: 'boolean',
            description: 'Also report display names (`name`, `displayName`, `username`, `nickname`): shown to other participants by design, but often a real name.',
          },
        },
      },
    ],
    defaultOptions: [{ extraNames: [], allowNames: [], checkDisplayNames: false }],
  },
  create(context, [options]) {
    if (!mayReachVonage(context)) return {};
    // ESLint merges `meta.defaultOptions` into the options, so every property is set.
    const file: FileCheck = { context, matcher: matcherFor(options as Required<Options[0]>), reported: new Set() };
    return {
      CallExpression(node) {
        if (node.arguments.length === 0) return;
        const resolved = getSdkFile(context).matchCall(node, { wrappers: true });
        if (resolved?.wrapper) {
          checkWrapperData(file, node, resolved.wrapper);
          return;
        }
        const data = tokenDataOf(context, node);
        if (data) checkTokenData(file, data);
      },
    };
  },
});

/** The `data` option of a token call (`generateToken(sessionId, { data })`), or `null`. */
function tokenDataOf(context: Context, node: TSESTree.CallExpression): TSESTree.Property | null {
  const callee = skipValueWrappers(node.callee);
  const method = callee.type === 'MemberExpression' ? getPropertyName(callee) : callee.type === 'Identifier' ? callee.name : null;
  if (method === null || !TOKEN_METHODS.has(method)) return null;
  const call = getSdkFile(context).matchCall(node);
  if (call?.operation.kind !== 'token.generate') return null;
  const scope = scopeOf(context.sourceCode, node);
  return getOption(getOperationOptions(call, scope), TOKEN_OPTION.data, scope);
}

/** Personal data in a token's `data` option, and a known value over the length limit. */
function checkTokenData(file: FileCheck, data: TSESTree.Property): void {
  const { context, reported } = file;
  const analysis = startAnalysis(file, data.value);
  const findings: Finding[] = [];
  analyze(analysis, data.value, { element: data }, findings, 0);
  for (const finding of findings) report(file, analysis, finding, data);
  const known = getStaticValue(data.value as never, analysis.scope as never);
  if (typeof known?.value === 'string' && known.value.length > MAX_TOKEN_DATA_LENGTH && !reported.has(data.value)) {
    reported.add(data.value);
    context.report({
      node: data.value,
      messageId: 'dataTooLong',
      data: { length: String(known.value.length), max: String(MAX_TOKEN_DATA_LENGTH) },
    });
  }
}

/**
 * A call of the app's own wrapper whose parameter becomes the token's `data` (project model): the argument is the
 * data. Edits inside the argument fit; dropping the whole argument would not fit the wrapper's signature.
 */
function checkWrapperData(file: FileCheck, node: TSESTree.CallExpression, wrapper: WrapperInfo): void {
  const { context, reported } = file;
  const argument = wrapper.flows.data === undefined ? undefined : node.arguments[wrapper.flows.data];
  if (!argument || argument.type === 'SpreadElement') return;
  const analysis = startAnalysis(file, argument);
  const whole = argument as unknown as TSESTree.Property;
  const findings: Finding[] = [];
  analyze(analysis, argument, { element: whole }, findings, 0);
  for (const finding of findings) {
    if ('parts' in finding.removal || finding.removal.element !== whole) {
      report(file, analysis, finding, whole);
    } else if (!reported.has(finding.node)) {
      reported.add(finding.node);
      context.report({ node: finding.node, messageId: 'personalData', data: { category: finding.category.label, field: quote(finding.field) } });
    }
  }
}

function startAnalysis(file: FileCheck, value: Node): DataAnalysis {
  const sourceCode = file.context.sourceCode;
  // One scope lookup per data value: looking it up per operand walks `a + b + …` again for each one.
  return { sourceCode, matcher: file.matcher, scope: scopeOf(sourceCode, value) };
}

/** Finds personal data in a value that ends up in the token data; `outer` drops the whole value. */
function analyze(analysis: DataAnalysis, node: Node, outer: Removal, findings: Finding[], depth: number): void {
  const value = unwrap(node);
  if (depth > MAX_DEPTH || isNotPersonal(analysis, node)) return;
  const leaf = leafName(value);
  const category = leaf ? analysis.matcher.match(leaf.name, leaf.owner) : null;
  if (leaf && category) {
    findings.push({ node: value, field: leaf.name, category, removal: outer });
    return;
  }
  switch (value.type) {
    case 'ObjectExpression':
      analyzeObject(analysis, value, outer, findings, depth);
      break;
    case 'TemplateLiteral':
      analyzeParts(analysis, templateParts(value), outer, findings, depth);
      break;
    case 'BinaryExpression':
      if (value.operator === '+') analyzeParts(analysis, concatenationParts(value), outer, findings, depth);
      break;
    case 'ConditionalExpression':
      analyze(analysis, value.consequent, outer, findings, depth + 1);
      analyze(analysis, value.alternate, outer, findings, depth + 1);
      break;
    case 'LogicalExpression':
      analyze(analysis, value.left, outer, findings, depth + 1);
      analyze(analysis, value.right, outer, findings, depth + 1);
      break;
    case 'Identifier': {
      const init = resolveConstant(value, analysis.scope);
      if (init) analyze(analysis, init, outer, findings, depth + 1);
      break;
    }
    case 'CallExpression':
    case 'NewExpression': {
      const serialised = serialisedArgument(value);
      if (serialised) analyze(analysis, serialised, outer, findings, depth + 1);
      break;
    }
    default:
      break;
  }
}

/** Flags, constants and values fixed in the code (`const SUPPORT = 'help@example.com'`) are no one's personal data. */
function isNotPersonal(analysis: DataAnalysis, node: Node): boolean {
  const value = unwrap(node);
  // Compound values are judged by their parts: folding `a + b + …` at every level would be quadratic.
  if (COMPOUND.has(value.type)) return false;
  return isFlag(value) || getStaticValue(node as never, analysis.scope as never) !== null;
}

/** `{ email: user.email, room }`: keys and values; a fully personal object is dropped as a whole (`outer`). */
function analyzeObject(analysis: DataAnalysis, object: TSESTree.ObjectExpression, outer: Removal, findings: Finding[], depth: number): void {
  const first = findings.length;
  const own = new Set<Removal>();
  let remaining = 0;
  for (const element of object.properties) {
    const removal: Removal = { element };
    own.add(removal);
    const before = findings.length;
    if (element.type === 'SpreadElement') {
      analyze(analysis, element.argument, removal, findings, depth + 1);
    } else if (!isNotPersonal(analysis, element.value)) {
      const key = getPropertyName(element, analysis.scope);
      const category = key === null ? null : analysis.matcher.match(key);
      if (category) findings.push({ node: element, field: key as string, category, removal });
      else analyze(analysis, element.value, removal, findings, depth + 1);
    }
    if (!findings.slice(before).some(finding => finding.removal === removal)) remaining++;
  }
  if (remaining === 0) liftRemovals(findings.slice(first), own, outer);
}

/** `` `room=${room}&email=${user.email}` ``, `'email=' + user.email`: each expression with the key written before it. */
function analyzeParts(analysis: DataAnalysis, parts: Parts, outer: Removal, findings: Finding[], depth: number): void {
  const first = findings.length;
  const own = new Set<Removal>();
  const removed = new Set<number>();
  parts.items.forEach((item, index) => {
    if (item.text !== null || isNotPersonal(analysis, item.node)) return;
    const removal: Removal = { parts, index };
    own.add(removal);
    const before = findings.length;
    const key = parts.keys[index];
    const category = key ? analysis.matcher.match(key.name) : null;
    if (key && category) findings.push({ node: item.node, field: key.name, category, removal });
    else analyze(analysis, item.node, removal, findings, depth + 1);
    if (findings.slice(before).some(finding => finding.removal === removal)) removed.add(index);
  });
  if (removed.size > 0 && rebuild(analysis.sourceCode, parts, removed) === null) liftRemovals(findings.slice(first), own, outer);
}

function templateParts(node: TSESTree.TemplateLiteral): Parts {
  const items: Parts['items'] = [];
  node.quasis.forEach((quasi, index) => {
    items.push({ node: quasi, text: quasi.value.raw });
    const expression = node.expressions[index];
    if (expression) items.push({ node: expression, text: null });
  });
  return withKeys({ node, template: true, items, keys: [] });
}

/**
 * The operands of `a + b + c`: the left-leaning chain (`(a + b) + c` is the same string), while a right operand
 * `a + (b + c)` stays one operand (with numbers, `b + c` adds).
 */
function concatenationParts(node: TSESTree.BinaryExpression): Parts {
  const operands: Node[] = [node.right];
  let left = node.left as Node;
  while (left.type === 'BinaryExpression' && left.operator === '+') {
    operands.push(left.right);
    left = left.left;
  }
  operands.push(left);
  operands.reverse();
  const items = operands.map(operand => ({ node: operand, text: staticText(operand) }));
  return withKeys({ node, template: false, items, keys: [] });
}

function withKeys(parts: Parts): Parts {
  parts.keys = parts.items.map((item, index) => {
    const previous = parts.items[index - 1];
    return item.text === null && previous?.text != null ? scanKey(previous.text) : null;
  });
  return parts;
}

/**
 * The text of `parts` without the expressions in `removed` (each with its key, the quote around its value and one
 * separator), or `null` when nothing would be left.
 */
function rebuild(sourceCode: SourceCode, parts: Parts, removed: ReadonlySet<number>): string | null {
  const { items, keys } = parts;
  const bounds = items.map(item => ({ start: 0, end: item.text?.length ?? 0 }));
  for (const index of removed) {
    // The text pieces around the expression (a concatenation may have none: `a + b`).
    const previous = items[index - 1]?.text;
    const next = items[index + 1]?.text;
    const before = previous == null ? undefined : (bounds[index - 1] as { start: number; end: number });
    const after = next == null ? undefined : (bounds[index + 1] as { start: number; end: number });
    const key = keys[index];
    if (key && before) before.end = key.start;
    if (key?.quote && after && next?.[after.start] === key.quote) after.start++;
    // One separator goes with the field: the one before it, or else the one after it.
    const end = before ? trimSeparatorEnd(previous as string, before.start, before.end) : -1;
    if (before && end < before.end) before.end = end;
    else if (after) after.start = trimSeparatorStart(next as string, after.start, after.end);
  }
  const pieces: Array<{ text: string } | { node: Node }> = [];
  items.forEach((item, index) => {
    const { start, end } = bounds[index] as { start: number; end: number };
    if (item.text === null) {
      if (!removed.has(index)) pieces.push({ node: item.node });
      return;
    }
    const text = item.text.slice(start, end);
    const last = pieces[pieces.length - 1];
    if (text === '') return;
    if (last && 'text' in last) last.text += text;
    else pieces.push({ text });
  });
  if (pieces.length === 0) return null;
  if (parts.template) return `\`${pieces.map(piece => ('text' in piece ? piece.text : `\${${sourceCode.getText(piece.node)}}`)).join('')}\``;
  const quote = quoteOf(parts);
  const operands = pieces.map(piece => ('text' in piece ? quoteString(piece.text, quote) : operandText(sourceCode, piece.node)));
  // Keep it a string: `a + b` of two numbers would add them.
  const [firstPiece, secondPiece] = pieces;
  if (firstPiece && 'node' in firstPiece && (!secondPiece || 'node' in secondPiece)) operands[0] = `String(${operands[0]})`;
  return operands.join(' + ');
}

function operandText(sourceCode: SourceCode, node: Node): string {
  const text = sourceCode.getText(node);
  return isParenthesized(node as never, sourceCode as never) ? `(${text})` : text;
}

function report(file: FileCheck, analysis: DataAnalysis, finding: Finding, dataProperty: TSESTree.Property): void {
  const { context, reported } = file;
  const sourceCode = context.sourceCode;
  if (reported.has(finding.node)) return;
  reported.add(finding.node);
  const { removal } = finding;
  let suggestion: TSESLint.SuggestionReportDescriptor<MessageIds>;
  if ('parts' in removal) {
    const { parts, index } = removal;
    suggestion = {
      messageId: 'removeField',
      data: { field: quote(parts.keys[index]?.name ?? finding.field) },
      fix: fixer => fixer.replaceText(parts.node, rebuild(sourceCode, parts, new Set([index])) as string),
    };
  } else if (removal.element === dataProperty) {
    suggestion = { messageId: 'removeData', fix: fixer => removeProperty(fixer, sourceCode, removal.element) };
  } else {
    suggestion = {
      messageId: 'removeField',
      data: { field: quote(elementName(analysis, removal.element) ?? finding.field) },
      fix: fixer => removeProperty(fixer, sourceCode, removal.element),
    };
  }
  context.report({
    node: finding.node,
    messageId: 'personalData',
    data: { category: finding.category.label, field: quote(finding.field) },
    suggest: [suggestion],
  });
}

function elementName(analysis: DataAnalysis, element: TSESTree.ObjectLiteralElement): string | null {
  if (element.type === 'Property') return getPropertyName(element, analysis.scope);
  return element.argument.type === 'Identifier' ? `...${element.argument.name}` : null;
}

/** Moves the findings that would each remove a piece of a fully personal container onto the container itself. */
function liftRemovals(findings: Finding[], own: ReadonlySet<Removal>, outer: Removal): void {
  for (const finding of findings) if (own.has(finding.removal)) finding.removal = outer;
}

/** Strips TS wrappers and calls that pass text through: `String(x)`, `x.trim()`, `encodeURIComponent(x)`, `Buffer.from(x)`. */
function unwrap(node: Node): Node {
  let current = skipValueWrappers(node);
  for (;;) {
    if (current.type !== 'CallExpression' || current.arguments.length > 2) return current;
    const callee = skipValueWrappers(current.callee);
    const argument = current.arguments[0];
    if (callee.type === 'Identifier' && PASS_THROUGH_FUNCTIONS.has(callee.name) && argument) {
      current = skipValueWrappers(argument);
    } else if (callee.type === 'MemberExpression' && PASS_THROUGH_METHODS.has(getPropertyName(callee) ?? '')) {
      current = skipValueWrappers(callee.object);
    } else if (callee.type === 'MemberExpression' && isIdentifier(callee.object, 'Buffer') && getPropertyName(callee) === 'from' && argument) {
      current = skipValueWrappers(argument);
    } else {
      return current;
    }
  }
}

/** Values that say something about the data, not the data: `!x`, `typeof x`, `a === b`, `Boolean(x)`; functions. */
function isFlag(value: Node): boolean {
  switch (value.type) {
    case 'UnaryExpression':
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
      return true;
    case 'BinaryExpression':
      return COMPARISON.has(value.operator);
    case 'CallExpression':
      return isIdentifier(value.callee, 'Boolean');
    default:
      return false;
  }
}

/**
 * The name a value goes by, and the object it is read from: `email`, `user.email`, `form.get('email')`,
 * `user.getEmail()`.
 */
function leafName(value: Node): { name: string; owner: string | undefined } | null {
  if (value.type === 'Identifier') return { name: value.name, owner: undefined };
  if (value.type === 'MemberExpression') {
    const name = getPropertyName(value);
    return name === null ? null : { name, owner: lastName(receiverNames(value.object)) || undefined };
  }
  if (value.type !== 'CallExpression') return null;
  const callee = skipValueWrappers(value.callee);
  const member = callee.type === 'MemberExpression' ? callee : null;
  const method = member ? getPropertyName(member) : callee.type === 'Identifier' ? callee.name : null;
  const owner = member ? lastName(receiverNames(member.object)) || undefined : undefined;
  const argument = value.arguments[0];
  if (value.arguments.length === 0) return method === null ? null : { name: method, owner };
  if (method === 'get' && value.arguments.length === 1 && argument?.type === 'Literal' && typeof argument.value === 'string') {
    return { name: argument.value, owner };
  }
  return null;
}

/** What `JSON.stringify(x)`, `qs.stringify(x)`, `querystring.encode(x)` or `new URLSearchParams(x)` serialises. */
function serialisedArgument(value: TSESTree.CallExpression | TSESTree.NewExpression): Node | null {
  const callee = skipValueWrappers(value.callee);
  const name = callee.type === 'MemberExpression' ? getPropertyName(callee) : callee.type === 'Identifier' ? callee.name : null;
  const argument = value.arguments[0];
  if (!argument || name === null) return null;
  if (value.type === 'NewExpression') return name === 'URLSearchParams' ? argument : null;
  return SERIALISERS.has(name) ? argument : null;
}

function isIdentifier(node: Node, name: string): boolean {
  return node.type === 'Identifier' && node.name === name;
}

/** The text of a string literal or an expression-free template, else `null`. */
function staticText(node: Node): string | null {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  // An untagged template always has its one quasi and a cooked value (a bad escape would be a syntax error).
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return (node.quasis[0] as TSESTree.TemplateElement).value.cooked as string;
  return null;
}

/**
 * The key written at the end of `text`, before a value: `email=`, `&user[email]=`, `email: `, `"email":"`. Scans
 * backwards character by character (no regex over the whole text).
 */
function scanKey(text: string): Key | null {
  let end = text.length;
  let quote = '';
  if (text[end - 1] === '"' || text[end - 1] === "'") {
    quote = text[end - 1] as string;
    end--;
  }
  while (text[end - 1] === ' ') end--;
  if (text[end - 1] !== '=' && text[end - 1] !== ':') return null;
  end--;
  while (text[end - 1] === ' ') end--;
  const keyQuote = text[end - 1];
  const quoted = keyQuote === '"' || keyQuote === "'";
  if (quoted) end--;
  let start = end;
  while (start > 0 && KEY_CHAR.test(text[start - 1] as string)) start--;
  if (start === end) return null;
  const name = text.slice(start, end);
  if (quoted && text[start - 1] === keyQuote) start--;
  return { name, start, quote };
}

/** Where `text[start, end)` ends once one separator before a removed field, and white space around it, is dropped. */
function trimSeparatorEnd(text: string, start: number, end: number): number {
  let index = end;
  while (index > start && SPACES.has(text[index - 1] as string)) index--;
  if (index > start && SEPARATORS.has(text[index - 1] as string)) index--;
  while (index > start && SPACES.has(text[index - 1] as string)) index--;
  return index;
}

/** Where `text[start, end)` starts once one separator after a removed field, and white space around it, is dropped. */
function trimSeparatorStart(text: string, start: number, end: number): number {
  let index = start;
  while (index < end && SPACES.has(text[index] as string)) index++;
  if (index < end && SEPARATORS.has(text[index] as string)) index++;
  while (index < end && SPACES.has(text[index] as string)) index++;
  return index;
}

/** The quote character of the first string literal of a concatenation, for the rebuilt one. */
function quoteOf(parts: Parts): string {
  for (const item of parts.items) {
    if (item.text !== null && item.node.type === 'Literal') return item.node.raw[0] as string;
  }
  return "'";
}

function quoteString(text: string, quote: string): string {
  const escaped = text.replace(/[\\\n\r\u2028\u2029'"]/g, character => {
    switch (character) {
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\u2028':
        return '\\u2028';
      case '\u2029':
        return '\\u2029';
      case '\\':
        return '\\\\';
      default:
        return character === quote ? `\\${character}` : character;
    }
  });
  return `${quote}${escaped}${quote}`;
}
