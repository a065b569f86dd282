/**
 * Token-level facts every fix builder needs: where a node begins and ends once the parentheses written around it are
 * counted, and whether a stretch of source holds a comment (an edit never deletes a comment it was not asked to).
 */
import { isParenthesized } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

export type SourceCode = Readonly<TSESLint.SourceCode>;
export type Token = TSESTree.Token;

/**
 * The first and last token of `node` including every pair of parentheses around it: `f((x))` gives the inner `(` and
 * `)` around `x`, never the call's own parentheses.
 */
export function outerTokens(node: TSESTree.Node, sourceCode: SourceCode): [Token, Token] {
  let first = sourceCode.getFirstToken(node) as Token;
  let last = sourceCode.getLastToken(node) as Token;
  for (let times = 1; isParenthesized(times, node as never, sourceCode as never); times++) {
    first = sourceCode.getTokenBefore(first) as Token;
    last = sourceCode.getTokenAfter(last) as Token;
  }
  return [first, last];
}

/** Whether a comment lies between offsets `start` and `end`. */
export function hasCommentBetween(sourceCode: SourceCode, start: number, end: number): boolean {
  return sourceCode.getAllComments().some(comment => comment.range[0] >= start && comment.range[1] <= end);
}

/** Where the line holding offset `index` starts. */
export function lineStartOf(text: string, index: number): number {
  return text.lastIndexOf('\n', index - 1) + 1;
}

/** The offset just after the end of the line holding `index` (after its `\n`), or the end of the text. */
export function lineEndOf(text: string, index: number): number {
  const newline = text.indexOf('\n', index);
  return newline === -1 ? text.length : newline + 1;
}

/** Whether `text` between `start` and `end` is only spaces and tabs (and a `\r`). */
export function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const char = text[index];
    if (char !== ' ' && char !== '\t' && char !== '\r' && char !== '\n') return false;
  }
  return true;
}
