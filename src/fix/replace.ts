/** Fix builders that replace a node or remove a statement, keeping the code around them parsing the same way. */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { isBlank, lineEndOf, lineStartOf } from './tokens';
import type { SourceCode } from './tokens';

type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

/**
 * Replaces `node` with the expression `text`. A JSX attribute value (`token="…"`) takes it in braces
 * (`token={process.env.TOKEN}`); everywhere else the text replaces the node's own (parentheses around it stay).
 */
export function replaceWithExpression(fixer: Fixer, node: TSESTree.Node, text: string): Fix {
  return fixer.replaceText(node, node.parent?.type === 'JSXAttribute' ? `{${text}}` : text);
}

/** Replaces a property's value; a shorthand property (`{ role }`) becomes `role: <text>`. */
export function replacePropertyValue(fixer: Fixer, property: TSESTree.Property, text: string): Fix {
  if (property.shorthand && property.key.type === 'Identifier') return fixer.replaceText(property, `${property.key.name}: ${text}`);
  return fixer.replaceText(property.value, text);
}

/** Tokens that continue the previous line's expression when a statement between them is deleted (ASI hazards). */
const CONTINUING_TOKENS = new Set(['(', '[', '`', '+', '-', '/']);

/**
 * Removes a statement from its statement list. A statement alone on its line takes the line along; one whose removal
 * would join its neighbours into one expression (`a()\n(b)()` with no semicolons) becomes an empty statement `;`.
 */
export function removeStatement(fixer: Fixer, sourceCode: SourceCode, statement: TSESTree.Statement): Fix {
  const next = sourceCode.getTokenAfter(statement);
  const previous = sourceCode.getTokenBefore(statement);
  if (next && CONTINUING_TOKENS.has(next.value) && previous && ![';', '{', '}'].includes(previous.value)) return fixer.replaceText(statement, ';');
  const text = sourceCode.text;
  const [start, end] = statement.range;
  const lineStart = lineStartOf(text, start);
  const lineEnd = lineEndOf(text, end);
  const alone = isBlank(text, lineStart, start) && isBlank(text, end, lineEnd);
  return alone ? fixer.removeRange([lineStart, lineEnd]) : fixer.remove(statement);
}
