'use strict';
/**
 * The reliability harness shared by the corpus, fuzz and adversarial tests (TypeScript, through vitest) and the long
 * fuzz run and benchmark (plain Node, on the built plugin). Plain CommonJS so both can load it: a CommonJS `.ts` file
 * may not statically import an ES module under `module: node16`.
 *
 * It never names a rule: every check runs every rule the given plugin has when it runs.
 */
const { Linter } = require('eslint');
const espree = require('espree');
const tsParser = require('@typescript-eslint/parser');

/** Every file name the harness lints; `Linter` only lints a file that some config's `files` matches. */
const LINTED_FILES = ['**/*.js', '**/*.cjs', '**/*.mjs', '**/*.jsx', '**/*.ts', '**/*.cts', '**/*.mts', '**/*.tsx'];

/** `rules` entries that turn on every rule of `plugin`, each with its default options. */
function allRulesOf(plugin) {
  const namespace = plugin.meta.namespace;
  const rules = {};
  for (const name of Object.keys(plugin.rules ?? {})) rules[`${namespace}/${name}`] = 'error';
  return rules;
}

/**
 * @param {{ parser?: 'espree' | 'typescript', sourceType?: 'script' | 'module' | 'commonjs', jsx?: boolean }} [options]
 */
function languageOptionsFor({ parser = 'espree', sourceType = 'module', jsx = false } = {}) {
  return {
    ecmaVersion: 'latest',
    // typescript-estree knows no 'commonjs': ESLint's own scope analysis still adds the CommonJS globals.
    sourceType,
    parser: parser === 'typescript' ? tsParser : espree,
    parserOptions: { ecmaFeatures: { jsx } },
  };
}

/** A message as printed in a failure: `file:line:column rule: message`. */
function describeMessage(filename, message) {
  return `${filename}:${message.line}:${message.column} ${message.ruleId ?? '(no rule)'}: ${message.message}`;
}

function errorText(error) {
  if (!(error instanceof Error)) return String(error);
  const stack = error.stack ?? '';
  // The stack starts with the (multi-line) message, which ESLint ends with the file, line and rule.
  const at = stack.indexOf(error.message);
  const frames = (at === -1 ? stack : stack.slice(at + error.message.length)).split('\n').filter(line => line.trim() !== '').slice(0, 5);
  return [error.message, ...frames].join('\n');
}

/** Characters a message must never carry raw: C0 and C1 controls, bidirectional overrides and isolates, invisible marks. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
/** The longest message or suggestion description: a template and a few quoted values. */
const MAX_MESSAGE_LENGTH = 1500;
/** A message may not contain this many consecutive characters of a known secret. */
const LEAK_WINDOW = 20;

/** Every `LEAK_WINDOW`-character piece of each secret, for a set lookup per window of a message. */
function leakWindows(secrets) {
  const windows = new Set();
  for (const secret of secrets) {
    for (let start = 0; start + LEAK_WINDOW <= secret.length; start++) windows.add(secret.slice(start, start + LEAK_WINDOW));
  }
  return windows;
}

/** What is wrong with a printed text (a message or a suggestion description): a secret's piece, a raw control character, its length. */
function printedTextProblems(text, windows) {
  const problems = [];
  if (text.length > MAX_MESSAGE_LENGTH) problems.push(`is ${text.length} characters long (at most ${MAX_MESSAGE_LENGTH})`);
  const unsafe = UNSAFE_CHARACTER.exec(text);
  if (unsafe) problems.push(`carries the raw character U+${unsafe[0].charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (windows.size > 0) {
    for (let start = 0; start + LEAK_WINDOW <= text.length; start++) {
      if (windows.has(text.slice(start, start + LEAK_WINDOW))) {
        problems.push(`quotes a secret ("${text.slice(start, start + LEAK_WINDOW)}…")`);
        break;
      }
    }
  }
  return problems;
}

function applyEdit(code, fix) {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

/**
 * @param {object} plugin the plugin object (`src/index.ts` or `dist/index.js`)
 * @param {{ secrets?: readonly string[] }} [harnessOptions] secrets the programs hold: no message or suggestion
 *   description may quote `LEAK_WINDOW` consecutive characters of one
 */
function createHarness(plugin, harnessOptions = {}) {
  const windows = leakWindows(harnessOptions.secrets ?? []);
  const namespace = plugin.meta.namespace;
  const rules = allRulesOf(plugin);
  const ruleIds = Object.keys(rules);
  const linter = new Linter({ configType: 'flat' });
  // Inline `eslint-disable` comments in third-party code must not hide a report, and must not be reported themselves.
  const linterOptions = { noInlineConfig: true, reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' };

  function configFor(languageOptions, withRules) {
    return [
      {
        files: LINTED_FILES,
        languageOptions: languageOptionsFor(languageOptions),
        linterOptions,
        ...(withRules ? { plugins: { [namespace]: plugin }, rules } : {}),
      },
    ];
  }

  const isOurs = message => typeof message.ruleId === 'string' && message.ruleId.startsWith(`${namespace}/`);

  /** The parse error of `code` under these language options, or `null` when it parses. */
  function parseError(code, filename, languageOptions) {
    const fatal = linter
      .verify(code, configFor(languageOptions, false), { filename })
      .find(message => message.fatal || (message.ruleId === null && message.message.startsWith('No matching configuration')));
    return fatal ? `${fatal.line}:${fatal.column} ${fatal.message}` : null;
  }

  /**
   * Lints `code` once with every rule and returns our rules' messages (no fixes applied). Throws what ESLint throws
   * (ESLint names the rule and the line in the error).
   *
   * @param {{ stats?: boolean }} [verifyOptions] `stats: true` records per-rule times, read with `lastRuleTimes()`
   */
  function lint(code, filename, languageOptions, verifyOptions = {}) {
    const config = configFor(languageOptions, true);
    // Times are recorded per fix pass, which only `verifyAndFix` sets up (`verify` with `stats` throws in ESLint 10).
    const messages = verifyOptions.stats
      ? linter.verifyAndFix(code, config, { filename, stats: true, fix: false }).messages
      : linter.verify(code, config, { filename });
    return {
      // A file no config matches (one under `node_modules/`, say) is not linted at all: as bad as one that does not parse.
      fatal: messages.find(message => message.fatal || (message.ruleId === null && message.message.startsWith('No matching configuration'))) ?? null,
      messages: messages.filter(isOurs),
    };
  }

  /** Milliseconds each of our rules took in the last `lint(…, { stats: true })`, summed over its passes. */
  function lastRuleTimes() {
    const times = {};
    for (const pass of linter.getTimes().passes ?? []) {
      for (const [ruleId, time] of Object.entries(pass.rules ?? {})) {
        if (ruleId.startsWith(`${namespace}/`)) times[ruleId] = (times[ruleId] ?? 0) + time.total;
      }
    }
    return times;
  }

  /**
   * The whole check on one program: lint with every rule; if anything is fixable, apply every fix (`verifyAndFix`),
   * check the output parses and that a second fix pass changes nothing; apply each suggestion of each message once,
   * check the result parses and can be linted again.
   *
   * @param {string} code
   * @param {{ filename: string, parser?: 'espree' | 'typescript', sourceType?: 'script' | 'module' | 'commonjs', jsx?: boolean,
   *   maxSuggestions?: number }} options `maxSuggestions` bounds the suggestions applied (each one re-lints the file)
   */
  function check(code, options) {
    const { filename, maxSuggestions = Infinity } = options;
    const result = {
      filename,
      /** The input itself does not parse: nothing was linted. */
      inputError: null,
      /** An exception thrown by ESLint while running our rules (on the input, a fixed output or a suggestion). */
      crashes: [],
      /** Our rules' messages on the input. */
      reports: [],
      fixed: false,
      fixProblems: [],
      suggestionsApplied: 0,
      suggestionProblems: [],
      /** Messages and suggestion descriptions that quote a secret, carry a control character or run too long. */
      printProblems: [],
    };

    let linted;
    try {
      linted = lint(code, filename, options);
    } catch (error) {
      result.crashes.push(`${filename}: ${errorText(error)}`);
      return result;
    }
    if (linted.fatal) {
      result.inputError = `${filename}:${linted.fatal.line}:${linted.fatal.column} ${linted.fatal.message}`;
      return result;
    }
    result.reports = linted.messages;
    for (const message of linted.messages) {
      const printed = [message.message, ...(message.suggestions ?? []).map(suggestion => suggestion.desc)];
      for (const problem of printed.flatMap(text => printedTextProblems(text, windows))) {
        result.printProblems.push(`${describeMessage(filename, message)}: the message or a suggestion description ${problem}`);
      }
    }

    if (linted.messages.some(message => message.fix)) {
      try {
        const first = linter.verifyAndFix(code, configFor(options, true), { filename });
        result.fixed = first.fixed;
        const fatal = first.messages.find(message => message.fatal);
        if (fatal) {
          result.fixProblems.push(`${filename}: the fixed output does not parse (${fatal.line}:${fatal.column} ${fatal.message})\n--- output ---\n${first.output}`);
        } else {
          const second = linter.verifyAndFix(first.output, configFor(options, true), { filename });
          if (second.fixed) {
            result.fixProblems.push(`${filename}: a second fix pass still changes the output\n--- after the first pass ---\n${first.output}\n--- after the second ---\n${second.output}`);
          }
        }
      } catch (error) {
        result.crashes.push(`${filename} (while fixing): ${errorText(error)}`);
      }
    }

    for (const message of linted.messages) {
      for (const suggestion of message.suggestions ?? []) {
        if (result.suggestionsApplied >= maxSuggestions) break;
        result.suggestionsApplied++;
        const suggested = applyEdit(code, suggestion.fix);
        const where = `${describeMessage(filename, message)} [suggestion: ${suggestion.desc}]`;
        const error = parseError(suggested, filename, options);
        if (error !== null) {
          result.suggestionProblems.push(`${where}: the result does not parse (${error})\n--- result ---\n${suggested}`);
          continue;
        }
        try {
          lint(suggested, filename, options);
        } catch (error) {
          result.crashes.push(`${where} (linting the result): ${errorText(error)}`);
        }
      }
    }
    return result;
  }

  return { namespace, ruleIds, rules, configFor, parseError, lint, lastRuleTimes, check, describeMessage };
}

module.exports = { LINTED_FILES, UNSAFE_CHARACTER, allRulesOf, createHarness, describeMessage, languageOptionsFor, printedTextProblems, leakWindows };
