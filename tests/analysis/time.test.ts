import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { evaluateTime, formatDuration } from '../../src/analysis/time';
import type { TimeValue } from '../../src/analysis/time';
import { lintWithProbe } from '../helpers/lint-probe';

/** Evaluates the initialiser of `const probe = …` in `code`. */
function evaluate(code: string): TimeValue | null {
  let result: TimeValue | null | undefined;
  lintWithProbe(
    code,
    context => ({
      VariableDeclarator(node: TSESTree.VariableDeclarator) {
        if (node.id.type === 'Identifier' && node.id.name === 'probe' && node.init) result = evaluateTime(node.init, context.sourceCode.getScope(node));
      },
    }),
    { typescript: true },
  );
  if (result === undefined) throw new Error('no probe');
  return result;
}

const nowSeconds = (offset: number): TimeValue => ({ base: 'now-seconds', offset });
const nowMilliseconds = (offset: number): TimeValue => ({ base: 'now-milliseconds', offset });
const constant = (offset: number): TimeValue => ({ base: 'none', offset });

describe('evaluateTime', () => {
  it.each([
    ['Math.floor(Date.now() / 1000) + 3600', nowSeconds(3600)],
    ['Math.ceil(Date.now() / 1000) - 60', nowSeconds(-60)],
    ['(Date.now() / 1000 | 0) + 60', nowSeconds(60)],
    ['(Date.now() / 1000 >> 0) + 60', nowSeconds(60)],
    ['~~(Date.now() / 1000) + 60', nowSeconds(60)],
    ['new Date().getTime() / 1000 + 60', nowSeconds(60)],
    ['new Date().valueOf() + 5', nowMilliseconds(5)],
    ['+new Date() + 5', nowMilliseconds(5)],
    ['Number(new Date()) + 5', nowMilliseconds(5)],
    ['dayjs().unix() + 60', nowSeconds(60)],
    ['moment.utc().unix() + 60', nowSeconds(60)],
    ['dayjs().valueOf() + 60', nowMilliseconds(60)],
    ['DateTime.now().toUnixInteger() + 60', nowSeconds(60)],
    ['DateTime.now().toMillis() + 60', nowMilliseconds(60)],
    ['getUnixTime(new Date()) + 60', nowSeconds(60)],
    ['(Date.now() as number) + 1000', nowMilliseconds(1000)],
    ['60 * 60 * 24', constant(86400)],
    ['7200 / 2', constant(3600)],
    ['Math.floor(7200.5)', constant(7200.5)],
    ['(Date.now as () => number)() + 1', nowMilliseconds(1)],
  ])('%s', (expression, expected) => {
    expect(evaluate(`const probe = ${expression};`)).toEqual(expected);
  });

  it('follows constants, including one holding "now"', () => {
    expect(evaluate(`const TTL = 3600; const start = Math.floor(Date.now() / 1000); const probe = start + TTL;`)).toEqual(nowSeconds(3600));
    expect(evaluate(`let start = 0; start = 5; const probe = start + 1;`)).toBeNull();
  });

  it.each([
    'Date.now() + Date.now()',
    '3600 - Date.now()',
    'Date.now() / 0',
    'Date.now() / 60',
    'Date.now() | 1',
    'Date.now() % 7',
    '-Date.now()',
    'someTime()',
    'now()',
    'getUnixTime(someDate)',
    'dayjs(date).unix()',
    'dayjs().add(1, "hour").unix()',
    'dayjs.tz().unix()',
    'moment().format()',
    'DateTime.now().toISO()',
    'new Date(2020, 1, 1)',
    'new Foo()',
    'meeting.endsAt',
    'Math.floor()',
    'Math.max(1, 2) + x',
    'Date.parse(x)',
    'obj.getTime()',
    'fn()()',
    '"3600"',
    'Infinity',
  ])('%s is not a known time', expression => {
    const result = evaluate(`const probe = ${expression};`);
    expect(result === null || result.base === 'none').toBe(true);
    if (result) expect(['Math.max(1, 2) + x']).not.toContain(expression);
  });

  it('gives up on pathological nesting instead of recursing without bound', () => {
    const declarations = Array.from({ length: 30 }, (_, index) => `const v${index + 1} = v${index} + 1;`).join('\n');
    expect(evaluate(`const v0 = Date.now();\n${declarations}\nconst probe = v30;`)).toBeNull();
  });
});

describe('formatDuration', () => {
  it.each([
    [7 * 86400, '7 days'],
    [86400, '24 hours'],
    [7200, '2 hours'],
    [3600, '1 hour'],
    [5400, '90 minutes'],
    [60, '1 minute'],
    [3601, '1.0 hours'],
    [90.5, '91 seconds'],
  ])('%d s is %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
