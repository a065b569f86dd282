import type { ESLint } from 'eslint';

/**
 * Lint results without the raw source line eslint-plugin-html attaches to each message (`message.source`): formatters
 * print it (`@microsoft/eslint-formatter-sarif` as `snippet.text`, the `json` formatter as is), and the line of a
 * finding about a hard-coded token holds the token.
 */
export function withoutSourceLines(results: readonly ESLint.LintResult[]): ESLint.LintResult[] {
  return results.map(result => ({
    ...result,
    messages: result.messages.map(message => {
      const { source: _source, ...rest } = message as typeof message & { source?: unknown };
      return rest;
    }),
  }));
}
