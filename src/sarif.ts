/**
 * An ESLint formatter: SARIF for code scanning, without source snippets.
 *
 * `@microsoft/eslint-formatter-sarif` copies each message's `source` (the raw line of the finding, which
 * eslint-plugin-html attaches to every report in an `.html` page) into `region.snippet.text`: a finding about a
 * hard-coded token would put the token into the SARIF file. It has no option to leave snippets out, so this formatter
 * drops `source` from every message and hands the results to it. Messages themselves never quote a credential (see
 * `util/quote.ts`). Do not set `SARIF_ESLINT_EMBED=true` with it: that embeds whole files.
 *
 * ```sh
 * npm install --no-save @microsoft/eslint-formatter-sarif
 * npx eslint . -f ./node_modules/eslint-plugin-vonage-video/dist/sarif.js -o eslint.sarif
 * ```
 */
import type { ESLint } from 'eslint';

import { withoutSourceLines } from './util/source-lines';

type Formatter = (results: ESLint.LintResult[], data?: ESLint.LintResultData) => string;

function format(results: ESLint.LintResult[], data?: ESLint.LintResultData): string {
  // Loaded from the project that runs ESLint, which installs it next to this package.
  const sarif = require('@microsoft/eslint-formatter-sarif') as Formatter;
  return sarif(withoutSourceLines(results), data);
}

export = format;
