import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getCalleeMember } from '../ast';
import { findLiteralOrigin } from '../analysis/values';
import { getOption, insertOption, matchOperation } from '../analysis/operation-options';
import { replacePropertyValue } from '../fix';
import type { OperationOptions } from '../analysis/operation-options';
import { mayUseVonage } from '../analysis/file-markers';
import { assignedValues, unboundedRequestInput } from '../analysis/changing-values';
import { matchProjectJwt, parseDuration } from '../analysis/project-jwt';
import type { ProjectJwtSigning } from '../analysis/project-jwt';
import { evaluateTime, formatDuration } from '../analysis/time';
import {
  DEFAULT_TOKEN_LIFETIME_SECONDS,
  EPOCH_SECONDS_THRESHOLD,
  MAX_TOKEN_LIFETIME_SECONDS,
  MILLISECONDS_THRESHOLD,
  REST_JWT_LIFETIME_SECONDS,
  TOKEN_OPTION,
} from '../sdk';
import { createRule } from '../util/create-rule';
import { scopeOf } from '../analysis/scope';

type Options = [{ maxSeconds?: number; fixMilliseconds?: boolean; maxRestJwtSeconds?: number }];
type MessageIds =
  | 'missingExpiry'
  | 'tooLong'
  | 'milliseconds'
  | 'duration'
  | 'clientLifetime'
  | 'restJwtNoExpiry'
  | 'restJwtTooLong'
  | 'restJwtMilliseconds'
  | 'addExpiry'
  | 'useMaxLifetime'
  | 'useMaxDuration'
  | 'toSeconds'
  | 'addNow';

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
      clientLifetime:
        '`expireTime` is computed from request input ({{source}}) with no upper bound: a caller can make its token last 30 days. Cap it, e.g. `Math.min(…, now + {{seconds}})`.',
      restJwtNoExpiry:
        'This Video REST API JWT never expires: whoever obtains it can call the API as your project for good. Give it an expiry of at most {{max}}.',
      restJwtTooLong:
        'This Video REST API JWT stays valid for {{lifetime}}, over the limit of {{max}}: whoever obtains it can call the API as your project until then. Sign short-lived JWTs.',
      restJwtMilliseconds:
        '`exp` of this JWT for the Video REST API is in milliseconds, but JWT times are seconds since the epoch: it would stay valid for thousands of years. Divide by 1000.',
      useMaxDuration: 'Replace with `{{seconds}}` (seconds).',
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
          maxRestJwtSeconds: {
            type: 'integer',
            minimum: 1,
            description: `Longest lifetime allowed for a JWT signed by hand to call the Video REST API (\`jwt.sign\`, \`jose\`, \`@vonage/jwt\`), in seconds; the SDKs sign each one for ${REST_JWT_LIFETIME_SECONDS} s.`,
          },
          fixMilliseconds: {
            type: 'boolean',
            description: 'Apply the milliseconds-to-seconds conversion with `--fix` instead of offering it as a suggestion.',
          },
        },
      },
    ],
    defaultOptions: [{ maxSeconds: DEFAULT_MAX_SECONDS, fixMilliseconds: false, maxRestJwtSeconds: REST_JWT_LIFETIME_SECONDS }],
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
      const scope = scopeOf(sourceCode, property.value);
      // A `let` written more than once, or a parameter's default: every value it can hold reaches the token.
      const values = assignedValues(property.value, scope) ?? [property.value];
      let reported = false;
      for (const value of values) reported = checkTime(value, value === property.value ? property : null, inline) || reported;
      if (reported) return;
      const input = unboundedRequestInput(property.value, context);
      if (input) context.report({ node: property.value, messageId: 'clientLifetime', data: { source: input.description, seconds: limits.seconds } });
    }

    /** Reports `value` when it is in milliseconds, a duration, or too far ahead; `property` (when it is the value's own) gets the edits. */
    function checkTime(value: TSESTree.Node, property: TSESTree.Property | null, inline: boolean): boolean {
      const time = evaluateTime(value, scopeOf(sourceCode, value));
      if (!time) return false;
      const text = sourceCode.getText(value);
      const operand = SIMPLE_OPERAND.has(value.type) ? text : `(${text})`;
      if (time.base === 'now-milliseconds' || (time.base === 'none' && time.offset >= MILLISECONDS_THRESHOLD)) {
        const toSeconds = (fixer: TSESLint.RuleFixer) => (property ? replacePropertyValue(fixer, property, `Math.floor(${operand} / 1000)`) : fixer.replaceText(value, `Math.floor(${operand} / 1000)`));
        // An autofix only edits this call's own options, never a shared constant.
        const autofix = options.fixMilliseconds === true && inline && property !== null;
        context.report({
          node: value,
          messageId: 'milliseconds',
          fix: autofix ? toSeconds : null,
          suggest: autofix ? [] : [{ messageId: 'toSeconds', fix: toSeconds }],
        });
        return true;
      }
      if (time.base === 'none' && time.offset > 0 && time.offset < EPOCH_SECONDS_THRESHOLD) {
        context.report({
          node: value,
          messageId: 'duration',
          data: { lifetime: formatDuration(time.offset) },
          suggest: property
            ? [
                { messageId: 'addNow', fix: fixer => replacePropertyValue(fixer, property, `${NOW_IN_SECONDS} + ${operand}`) },
                ...(time.offset > maxSeconds ? [useMaxLifetime(property)] : []),
              ]
            : [],
        });
        return true;
      }
      if (time.base === 'now-seconds' && time.offset > maxSeconds) {
        context.report({ node: value, messageId: 'tooLong', data: { lifetime: formatDuration(time.offset), max: limits.max }, suggest: property ? [useMaxLifetime(property)] : [] });
        return true;
      }
      return false;
    }

    function useMaxLifetime(property: TSESTree.Property): TSESLint.SuggestionReportDescriptor<MessageIds> {
      return { messageId: 'useMaxLifetime', data: limits, fix: fixer => replacePropertyValue(fixer, property, `${NOW_IN_SECONDS} + ${maxSeconds}`) };
    }

    // --- JWTs signed by hand for the REST API ---

    const maxJwtSeconds = options.maxRestJwtSeconds ?? REST_JWT_LIFETIME_SECONDS;
    const jwtLimits = { max: formatDuration(maxJwtSeconds), seconds: String(maxJwtSeconds) };

    function checkRestJwt(signing: ProjectJwtSigning): void {
      const expiry = signing.expiry;
      if (!expiry) {
        if (!signing.complete) return;
        if (signing.defaultLifetime === null) context.report({ node: signing.reportNode, messageId: 'restJwtNoExpiry', data: jwtLimits });
        else if (signing.defaultLifetime > maxJwtSeconds) {
          context.report({ node: signing.reportNode, messageId: 'restJwtTooLong', data: { lifetime: formatDuration(signing.defaultLifetime), max: jwtLimits.max } });
        }
        return;
      }
      if (expiry.form === 'exp') {
        checkJwtExp(expiry.property);
        return;
      }
      const seconds = jwtDurationSeconds(expiry.value, signing.library, scopeOf(sourceCode, expiry.value));
      if (seconds === null || seconds <= maxJwtSeconds) return;
      const property = expiry.form === 'duration' ? expiry.property : null;
      context.report({
        node: expiry.value,
        messageId: 'restJwtTooLong',
        data: { lifetime: formatDuration(seconds), max: jwtLimits.max },
        suggest: property ? [{ messageId: 'useMaxDuration', data: jwtLimits, fix: fixer => replacePropertyValue(fixer, property, String(maxJwtSeconds)) }] : [],
      });
    }

    /** An absolute `exp`: milliseconds, or further ahead than the limit. */
    function checkJwtExp(property: TSESTree.Property): void {
      const value = property.value;
      const time = evaluateTime(value, scopeOf(sourceCode, value));
      if (!time) return;
      if (time.base === 'now-milliseconds' || (time.base === 'none' && time.offset >= MILLISECONDS_THRESHOLD)) {
        const text = sourceCode.getText(value);
        const operand = SIMPLE_OPERAND.has(value.type) ? text : `(${text})`;
        context.report({ node: value, messageId: 'restJwtMilliseconds', suggest: [{ messageId: 'toSeconds', fix: fixer => replacePropertyValue(fixer, property, `Math.floor(${operand} / 1000)`) }] });
      } else if (time.base === 'now-seconds' && time.offset > maxJwtSeconds) {
        context.report({
          node: value,
          messageId: 'restJwtTooLong',
          data: { lifetime: formatDuration(time.offset), max: jwtLimits.max },
          suggest: [{ messageId: 'useMaxLifetime', data: jwtLimits, fix: fixer => replacePropertyValue(fixer, property, `${NOW_IN_SECONDS} + ${maxJwtSeconds}`) }],
        });
      }
    }

    return {
      CallExpression(node) {
        const signing = matchProjectJwt(node, scopeOf(sourceCode, node));
        if (signing) {
          checkRestJwt(signing);
          return;
        }
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

/**
 * A JWT lifetime given as a duration, in seconds: a number of seconds, or a time-span string (`'5m'`, `'2 days'`).
 * `jsonwebtoken` reads a string with no unit as milliseconds; `jose` reads a number as an absolute time, not a duration.
 */
function jwtDurationSeconds(node: TSESTree.Node, library: ProjectJwtSigning['library'], scope: TSESLint.Scope.Scope): number | null {
  const origin = findLiteralOrigin(node, scope);
  if (origin) {
    const seconds = parseDuration(origin.text);
    if (seconds === null) return null;
    return library === 'jsonwebtoken' && /^\s*[\d.]+\s*$/.test(origin.text) ? seconds / 1000 : seconds;
  }
  const time = evaluateTime(node, scope);
  // `setExpirationTime(Math.floor(Date.now() / 1000) + 3600)`: an absolute time.
  if (library === 'jose') return time?.base === 'now-seconds' ? time.offset : null;
  return time?.base === 'none' ? time.offset : null;
}
