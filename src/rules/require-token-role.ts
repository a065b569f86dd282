import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getCalleeMember } from '../ast';
import { getOption, insertOption, matchOperation, replaceOptionValue } from '../analysis/operation-options';
import { mayUseVonage } from '../analysis/sdk-calls';
import { findLiteralOrigin } from '../analysis/values';
import { DEFAULT_TOKEN_ROLE, TOKEN_OPTION, TOKEN_ROLES } from '../sdk';
import type { TokenRole } from '../sdk';
import { createRule } from '../util/create-rule';

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
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      missingRole:
        "Token has no explicit `role`, so it gets the SDK default '" +
        DEFAULT_TOKEN_ROLE +
        "' and can publish: participants who only watch should not. Name the role: 'subscriber' for viewers, 'publisher' only for those who publish.",
      unknownRole:
        "Token role '{{role}}' is not one of " +
        TOKEN_ROLES.map(role => `'${role}'`).join(', ') +
        ': `opentok` throws and `@vonage/video` signs it into a token the platform does not understand. Use a valid role.',
      useRole: "Use role '{{role}}'.",
    },
    schema: [],
  },
  create(context) {
    if (!mayUseVonage(context.sourceCode)) return {};
    const sourceCode = context.sourceCode;

    function checkRole(property: TSESTree.Property): void {
      const origin = findLiteralOrigin(property.value, sourceCode.getScope(property.value));
      if (!origin || (TOKEN_ROLES as readonly string[]).includes(origin.text)) return;
      const intended = intendedRole(origin.text);
      const choices = [...new Set([...(intended ? [intended] : []), SUBSCRIBER])];
      // Edit the literal only where it is written inside this call's options; a shared constant is left to a person.
      const editable = origin.literal === property.value;
      context.report({
        node: origin.literal === property.value ? property.value : property,
        messageId: 'unknownRole',
        data: { role: origin.text },
        suggest: editable
          ? choices.map(role => ({
              messageId: 'useRole' as const,
              data: { role },
              fix: (fixer: TSESLint.RuleFixer) => replaceOptionValue(fixer, property, `'${role}'`),
            }))
          : [],
      });
    }

    return {
      CallExpression(node) {
        const token = matchOperation(context, node, 'token.generate');
        if (!token) return;
        const tokenOptions = token.options;
        const role = getOption(tokenOptions, TOKEN_OPTION.role, token.scope);
        if (role) {
          checkRole(role);
          return;
        }
        if (!tokenOptions.complete || !tokenOptions.editable) {
          if (tokenOptions.complete) context.report({ node: tokenOptions.argument ?? node, messageId: 'missingRole', suggest: [] });
          return;
        }
        const withRole = (role: TokenRole) => (fixer: TSESLint.RuleFixer) => insertOption(fixer, sourceCode, tokenOptions, `${TOKEN_OPTION.role}: '${role}'`);
        // Writing the default is only certain to keep behaviour on the SDK itself: a call matched by name may be the
        // project's own wrapper with a different default, so there it is a suggestion.
        const tracked = token.call.confidence === 'tracked';
        context.report({
          node: tokenOptions.argument ?? getCalleeMember(node)?.property ?? node,
          messageId: 'missingRole',
          fix: tracked ? withRole(DEFAULT_TOKEN_ROLE) : null,
          suggest: [
            ...(tracked ? [] : [{ messageId: 'useRole' as const, data: { role: DEFAULT_TOKEN_ROLE }, fix: withRole(DEFAULT_TOKEN_ROLE) }]),
            { messageId: 'useRole', data: { role: SUBSCRIBER }, fix: withRole(SUBSCRIBER) },
          ],
        });
      },
    };
  },
});

/** The valid role a misspelling most likely means: `'Moderator'`, `'PUBLISHER'`, `'publisher-only'`, `'subscribers'`. */
function intendedRole(text: string): TokenRole | null {
  const normalised = text.toLowerCase().replace(/[\s_-]/g, '');
  return TOKEN_ROLES.find(role => normalised === role || normalised === `${role}s`) ?? null;
}
