import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getCalleeMember } from '../ast';
import { getOption, insertOption, matchOperation } from '../analysis/operation-options';
import { replacePropertyValue } from '../fix';
import type { OperationOptions } from '../analysis/operation-options';
import { mayUseVonage } from '../analysis/sdk-calls';
import { evaluateTime, formatDuration } from '../analysis/time';
import {
  DEFAULT_TOKEN_LIFETIME_SECONDS,
  EPOCH_SECONDS_THRESHOLD,
  MAX_TOKEN_LIFETIME_SECONDS,
  MILLISECONDS_THRESHOLD,
  TOKEN_OPTION,
} from '../sdk';
import { createRule } from '../util/create-rule';

type Options = [{ maxSeconds?: number; fixMilliseconds?: boolean }];
type MessageIds = 'missingExpiry' | 'tooLong' | 'milliseconds' | 'duration' | 'addExpiry' | 'useMaxLifetime' | 'toSeconds' | 'addNow';

const DEFAULT_MAX_SECONDS = 7200;
const MIN_MAX_SECONDS = 60;
const NOW_IN_SECONDS = 'Math.floor(Date.now() / 1000)';
/** Expressions that need no parentheses as an operand of `+` or `/`. */
const SIMPLE_OPERAND = new Set(['Literal', 'Identifier', 'MemberExpression', 'CallExpression']);

export default createRule<Options, MessageIds>({
  name: 'require-token-expiry',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require client tokens to expire soon after the call, with `expireTime` in seconds since the epoch',
      recommended: 'recommended',
      guideSection: 'Generate a unique session ID per call and token per participant',
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      missingExpiry:
        'Token has no `expireTime`, so it stays valid for {{lifetime}} (the SDK default), over the limit of {{max}}. Set `expireTime` to now plus the expected length of the call.',
      tooLong:
        'Token stays valid for {{lifetime}}, longer than the limit of {{max}}: a leaked or shared token outlives the call. Shorten `expireTime` to the expected length of the call.',
      milliseconds:
        '`expireTime` is in milliseconds, but the SDK expects seconds since the epoch: the token would stay valid for thousands of years. Divide by 1000.',
      duration:
        '`expireTime` is a duration ({{lifetime}}), not seconds since the epoch: `opentok` throws and `@vonage/video` silently makes it 15 minutes. Add the current time.',
      addExpiry: 'Add `expireTime: ' + NOW_IN_SECONDS + ' + {{seconds}}`.',
      useMaxLifetime: 'Replace with `' + NOW_IN_SECONDS + ' + {{seconds}}`.',
      toSeconds: 'Convert to seconds: `Math.floor((…) / 1000)`.',
      addNow: 'Add the current time: `' + NOW_IN_SECONDS + ' + …`.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          maxSeconds: {
            type: 'integer',
            minimum: MIN_MAX_SECONDS,
            maximum: MAX_TOKEN_LIFETIME_SECONDS,
            description: `Longest token lifetime allowed, in seconds (at most ${MAX_TOKEN_LIFETIME_SECONDS}, the API's 30 days). A token without \`expireTime\` lives ${DEFAULT_TOKEN_LIFETIME_SECONDS} s and is reported when this is lower.`,
          },
          fixMilliseconds: {
            type: 'boolean',
            description: 'Apply the milliseconds-to-seconds conversion with `--fix` instead of offering it as a suggestion.',
          },
        },
      },
    ],
    defaultOptions: [{ maxSeconds: DEFAULT_MAX_SECONDS, fixMilliseconds: false }],
  },
  create(context, [options]) {
    if (!mayUseVonage(context.sourceCode)) return {};
    const maxSeconds = options.maxSeconds ?? DEFAULT_MAX_SECONDS;
    const sourceCode = context.sourceCode;
    const limits = { max: formatDuration(maxSeconds), seconds: String(maxSeconds) };

    function checkMissing(call: TSESTree.CallExpression, tokenOptions: OperationOptions): void {
      if (maxSeconds >= DEFAULT_TOKEN_LIFETIME_SECONDS || !tokenOptions.complete) return;
      context.report({
        node: tokenOptions.argument ?? getCalleeMember(call)?.property ?? call,
        messageId: 'missingExpiry',
        data: { lifetime: formatDuration(DEFAULT_TOKEN_LIFETIME_SECONDS), max: limits.max },
        suggest: tokenOptions.editable
          ? [
              {
                messageId: 'addExpiry',
                data: limits,
                fix: fixer => insertOption(fixer, sourceCode, tokenOptions, `${TOKEN_OPTION.expireTime}: ${NOW_IN_SECONDS} + ${maxSeconds}`),
              },
            ]
          : [],
      });
    }

    function checkValue(property: TSESTree.Property, inline: boolean): void {
      const value = property.value;
      const time = evaluateTime(value, sourceCode.getScope(value));
      if (!time) return;
      const text = sourceCode.getText(value);
      const operand = SIMPLE_OPERAND.has(value.type) ? text : `(${text})`;
      if (time.base === 'now-milliseconds' || (time.base === 'none' && time.offset >= MILLISECONDS_THRESHOLD)) {
        const toSeconds = (fixer: TSESLint.RuleFixer) => replacePropertyValue(fixer, property, `Math.floor(${operand} / 1000)`);
        // An autofix only edits this call's own options, never a shared constant.
        const autofix = options.fixMilliseconds === true && inline;
        context.report({
          node: value,
          messageId: 'milliseconds',
          fix: autofix ? toSeconds : null,
          suggest: autofix ? [] : [{ messageId: 'toSeconds', fix: toSeconds }],
        });
        return;
      }
      if (time.base === 'none' && time.offset > 0 && time.offset < EPOCH_SECONDS_THRESHOLD) {
        context.report({
          node: value,
          messageId: 'duration',
          data: { lifetime: formatDuration(time.offset) },
          suggest: [
            { messageId: 'addNow', fix: fixer => replacePropertyValue(fixer, property, `${NOW_IN_SECONDS} + ${operand}`) },
            ...(time.offset > maxSeconds ? [useMaxLifetime(property)] : []),
          ],
        });
        return;
      }
      if (time.base === 'now-seconds' && time.offset > maxSeconds) {
        context.report({ node: value, messageId: 'tooLong', data: { lifetime: formatDuration(time.offset), max: limits.max }, suggest: [useMaxLifetime(property)] });
      }
    }

    function useMaxLifetime(property: TSESTree.Property): TSESLint.SuggestionReportDescriptor<MessageIds> {
      return { messageId: 'useMaxLifetime', data: limits, fix: fixer => replacePropertyValue(fixer, property, `${NOW_IN_SECONDS} + ${maxSeconds}`) };
    }

    return {
      CallExpression(node) {
        const token = matchOperation(context, node, 'token.generate');
        if (!token) return;
        const tokenOptions = token.options;
        const expireTime = getOption(tokenOptions, TOKEN_OPTION.expireTime, token.scope);
        if (expireTime) checkValue(expireTime, expireTime.parent === tokenOptions.argument);
        else checkMissing(node, tokenOptions);
      },
    };
  },
});
