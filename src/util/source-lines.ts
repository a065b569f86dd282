import type { ESLint } from 'eslint';

/**
 * Lint results without source text: the file's text ESLint keeps on a result that has problems (`result.source`, which
 * the `json` formatter prints) and the raw line eslint-plugin-html attaches to each message (`message.source`, which
 * `@microsoft/eslint-formatter-sarif` prints as `snippet.text`). The line of a finding about a hard-coded token holds
 * the token.
 */
export function withoutSourceLines(results: readonly ESLint.LintResult[]): ESLint.LintResult[] {
  return results.map(result => {
    const { source: _file, ...rest } = result;
    return {
      ...rest,
      messages: result.messages.map(message => {
        const { source: _line, ...kept } = message as typeof message & { source?: unknown };
        return kept;
      }),
    };
  });
}
