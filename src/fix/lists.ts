/**
 * Fix builders for comma-separated lists: object properties, call arguments, array elements, import specifiers.
 * Each keeps the code parsing whatever surrounds the element: parentheses around it (`f((secret), x)`), comments
 * before and after it, a trailing comma, and a multi-line layout (an element alone on its line takes its line along).
 */
import { isOpeningParenToken } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { hasCommentBetween, isBlank, lineEndOf, lineStartOf, outerTokens } from './tokens';
import type { SourceCode, Token } from './tokens';

type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;
/** A list element: a property, an argument, an array element, a specifier. */
type Element = TSESTree.Node;

/**
 * Removes `element` from `list` (the array of nodes it belongs to) with the comma that separates it from a neighbour.
 * The only element leaves an empty list (`f()`, `{}`, `[]`); comments outside the element and its comma are kept.
 */
export function removeListElement(fixer: Fixer, sourceCode: SourceCode, element: Element, list: readonly (Element | null)[]): Fix | Fix[] {
  const text = sourceCode.text;
  const index = list.indexOf(element);
  const [first, last] = outerTokens(element, sourceCode);
  const after = sourceCode.getTokenAfter(last) as Token;
  const comma: Token | null = isComma(after) ? after : null;
  const hasNext = list.slice(index + 1).some(Boolean);
  const hasPrevious = index > 0;
  if (!hasPrevious && !hasNext) {
    const open = sourceCode.getTokenBefore(first) as Token;
    const close = comma ? (sourceCode.getTokenAfter(comma) as Token) : after;
    if (!hasCommentBetween(sourceCode, open.range[1], close.range[0])) return fixer.removeRange([open.range[1], close.range[0]]);
    return fixer.removeRange([first.range[0], (comma ?? last).range[1]]);
  }
  if (comma && (hasNext || !sameLine(text, last.range[1], after.range[1]) || startsLine(text, first.range[0]))) {
    // The element and its own comma; an element alone on its line(s) takes the whole lines.
    const start = first.range[0];
    const end = comma.range[1];
    if (startsLine(text, start) && isBlank(text, end, lineEndOf(text, end))) return fixer.removeRange([lineStartOf(text, start), lineEndOf(text, end)]);
    const next = sourceCode.getTokenAfter(comma, { includeComments: true }) as Token;
    return fixer.removeRange([start, sameLine(text, end, next.range[0]) ? next.range[0] : end]);
  }
  if (comma) {
    // The last element before a trailing comma, on one line: `f(a, b,)` -> `f(a,)`.
    const before = sourceCode.getTokenBefore(first, { includeComments: true }) as Token;
    return fixer.removeRange([before.range[1], comma.range[1]]);
  }
  // The last element: the comma before it, and the element from the end of whatever precedes it (comments stay).
  const previousComma = sourceCode.getTokenBefore(first, isComma) as Token;
  const before = sourceCode.getTokenBefore(first, { includeComments: true }) as Token;
  if (before === previousComma) return fixer.removeRange([previousComma.range[0], last.range[1]]);
  return [fixer.remove(previousComma), fixer.removeRange([before.range[1], last.range[1]])];
}

/**
 * Appends `text` as the last element of `list`, whose closing bracket is `closing`. `padding` goes inside the
 * brackets of an empty list (`' '` for `{ a }`, `''` for `f(a)`).
 */
export function appendListElement(fixer: Fixer, sourceCode: SourceCode, list: readonly (Element | null)[], closing: Token, text: string, padding: string): Fix {
  const last = [...list].reverse().find(Boolean);
  if (!last) {
    const open = sourceCode.getTokenBefore(closing) as Token;
    if (!hasCommentBetween(sourceCode, open.range[1], closing.range[0])) return fixer.replaceTextRange([open.range[1], closing.range[0]], `${padding}${text}${padding}`);
    return fixer.insertTextBefore(closing, `${text}${padding}`);
  }
  const lastToken = outerTokens(last, sourceCode)[1];
  const after = sourceCode.getTokenAfter(lastToken) as Token;
  return isComma(after) ? fixer.insertTextAfter(after, ` ${text},`) : fixer.insertTextAfter(lastToken, `, ${text}`);
}

/** Adds a property (`"role: 'publisher'"`) at the end of an object literal or object pattern (before a `...rest`). */
export function insertProperty(fixer: Fixer, sourceCode: SourceCode, object: TSESTree.ObjectExpression | TSESTree.ObjectPattern, text: string): Fix {
  const last = object.properties[object.properties.length - 1];
  if (last?.type === 'RestElement') return fixer.insertTextBefore(last, `${text}, `);
  return appendListElement(fixer, sourceCode, object.properties, sourceCode.getLastToken(object) as Token, text, ' ');
}

/** Removes a property from its object literal or object pattern. */
export function removeProperty(fixer: Fixer, sourceCode: SourceCode, property: TSESTree.Property | TSESTree.SpreadElement | TSESTree.RestElement): Fix | Fix[] {
  const object = property.parent as TSESTree.ObjectExpression | TSESTree.ObjectPattern;
  return removeListElement(fixer, sourceCode, property, object.properties);
}

/** Removes an argument from its call. */
export function removeArgument(fixer: Fixer, sourceCode: SourceCode, call: TSESTree.CallExpression | TSESTree.NewExpression, argument: TSESTree.CallExpressionArgument): Fix | Fix[] {
  return removeListElement(fixer, sourceCode, argument, call.arguments);
}

/**
 * Inserts `text` as argument number `index` of a call: before the argument there now (and before parentheses around
 * it), or after the last one. `null` when `index` is past the end (a gap would change the other arguments' places).
 */
export function insertArgument(fixer: Fixer, sourceCode: SourceCode, call: TSESTree.CallExpression | TSESTree.NewExpression, index: number, text: string): Fix | null {
  const args = call.arguments;
  const present = args[index];
  if (present) return fixer.insertTextBefore(outerTokens(present, sourceCode)[0], `${text}, `);
  if (index !== args.length) return null;
  const closing = sourceCode.getLastToken(call) as Token;
  // `new Session` has no argument list.
  const open = sourceCode.getTokenAfter(call.typeArguments ?? call.callee, isOpeningParenToken);
  if (!open || open.range[0] >= closing.range[1]) return fixer.insertTextAfter(call, `(${text})`);
  return appendListElement(fixer, sourceCode, args, closing, text, '');
}

function isComma(token: Token | TSESTree.Comment): boolean {
  return token.type === 'Punctuator' && token.value === ',';
}

function sameLine(text: string, start: number, end: number): boolean {
  return !text.slice(start, end).includes('\n');
}

function startsLine(text: string, index: number): boolean {
  return isBlank(text, lineStartOf(text, index), index);
}
