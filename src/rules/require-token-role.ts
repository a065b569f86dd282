import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getCalleeMember } from '../ast';
import { assignedOptionValues, getOption, insertOption, matchOperation } from '../analysis/operation-options';
import { replacePropertyValue } from '../fix';
import { mayUseVonage } from '../analysis/file-markers';
import { findLiteralOrigin } from '../analysis/values';
import { DEFAULT_TOKEN_ROLE, TOKEN_OPTION, TOKEN_ROLES } from '../sdk';
import type { TokenRole } from '../sdk';
import { createRule } from '../util/create-rule';
import { quote } from '../util/quote';
import { scopeOf } from '../analysis/scope';

type MessageIds = 'missingRole' | 'unknownRole' | 'useRole';

const SUBSCRIBER: TokenRole = 'subscriber';

export default createRule<[], MessageIds>({
  name: 'require-token-role',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require client tokens to name a valid role explicitly',
      recommended: 'strict',
      guideSection: 'Allocate Subscriber-only permissions for those that do not need to publish',
    },
    hasSuggestions: true,
    messages: {
      missingRole:
        "Token has no explicit `role`, so it gets the SDK default '" +
        DEFAULT_TOKEN_ROLE +
        "' and can publish. Name the role: 'subscriber' for viewers, 'publisher' only for those who publish.",
      unknownRole:
        "Token role '{{role}}' is not one of " +
        TOKEN_ROLES.map(role => `'${role}'`).join(', ') +
        ': `opentok` throws and `@vonage/video` signs an invalid token. Use a valid role.',
      useRole: "Use role '{{role}}'.",
    },
    schema: [],
  },
  create(context) {
    if (!mayUseVonage(context.sourceCode)) return {};
    const sourceCode = context.sourceCode;

    function checkRole(property: TSESTree.Property): void {
      const origin = findLiteralOrigin(property.value, scopeOf(sourceCode, property.value));
      if (!origin || (TOKEN_ROLES as readonly string[]).includes(origin.text)) return;
      const intended = intendedRole(origin.text);
      const choices = [...new Set([...(intended ? [intended] : []), SUBSCRIBER])];
      // Edit the literal only where it is written inside this call's options; a shared constant is left to a person.
      const editable = origin.literal === property.value;
      context.report({
        node: origin.literal === property.value ? property.value : property,
        messageId: 'unknownRole',
        data: { role: quote(origin.text) },
        suggest: editable
          ? choices.map(role => ({
              messageId: 'useRole' as const,
              data: { role },
              fix: (fixer: TSESLint.RuleFixer) => replacePropertyValue(fixer, property, `'${role}'`),
            }))
          : [],
      });
    }

    /** Tokens without a role, reported at the end when this file shows that a role choice matters. */
    const missing: Array<() => void> = [];
    let roleMatters = false;

    return {
      CallExpression(node) {
        const token = matchOperation(context, node, 'token.generate');
        if (!token) return;
        const tokenOptions = token.options;
        const role = getOption(tokenOptions, TOKEN_OPTION.role, token.scope);
        if (role) {
          // Any role other than a literal 'publisher' (a moderator or subscriber token, a role chosen at run time) shows
          // that this code serves more than one kind of participant.
          if (findLiteralOrigin(role.value, token.scope)?.text !== DEFAULT_TOKEN_ROLE) roleMatters = true;
          checkRole(role);
          return;
        }
        // A role set step by step (`o.role = isHost ? 'moderator' : 'subscriber'`) is a choice too.
        if (assignedOptionValues(tokenOptions, TOKEN_OPTION.role, token.scope).some(value => findLiteralOrigin(value, token.scope)?.text !== DEFAULT_TOKEN_ROLE)) {
          roleMatters = true;
        }
        // Options this analysis cannot read (a spread, a variable changed after its declaration): say nothing.
        if (!tokenOptions.complete) return;
        if (!tokenOptions.editable) {
          missing.push(() => context.report({ node: tokenOptions.argument ?? node, messageId: 'missingRole', suggest: [] }));
          return;
        }
        const withRole = (role: TokenRole) => (fixer: TSESLint.RuleFixer) => insertOption(fixer, sourceCode, tokenOptions, `${TOKEN_OPTION.role}: '${role}'`);
        // Never an autofix: writing the SDK default would silence the finding without anyone choosing a role.
        missing.push(() =>
          context.report({
            node: tokenOptions.argument ?? getCalleeMember(node)?.property ?? node,
            messageId: 'missingRole',
            suggest: [
              { messageId: 'useRole', data: { role: SUBSCRIBER }, fix: withRole(SUBSCRIBER) },
              { messageId: 'useRole', data: { role: DEFAULT_TOKEN_ROLE }, fix: withRole(DEFAULT_TOKEN_ROLE) },
            ],
          }),
        );
      },
      'Program:exit'() {
        // A file where every participant gets the same default role (a 1:1 call where both publish) has no choice to make.
        if (roleMatters) missing.forEach(report => report());
      },
    };
  },
});

/** The valid role a misspelling most likely means: `'Moderator'`, `'PUBLISHER'`, `'publisher-only'`, `'subscribers'`. */
function intendedRole(text: string): TokenRole | null {
  const normalised = text.toLowerCase().replace(/[\s_-]/g, '');
  return TOKEN_ROLES.find(role => normalised === role || normalised === `${role}s`) ?? null;
}
