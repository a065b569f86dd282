/**
 * Fix and suggestion builders, one definition each. Rules build every edit from these, so parentheses, comments,
 * trailing commas and line layout are handled in one place (and tested once, in `tests/fix/`).
 */
export { appendListElement, insertArgument, insertProperty, removeArgument, removeListElement, removeProperty } from './lists';
export { removeStatement, replacePropertyValue, replaceWithExpression } from './replace';
export { outerTokens } from './tokens';
