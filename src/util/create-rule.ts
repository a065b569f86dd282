import { ESLintUtils } from '@typescript-eslint/utils';
import type { TSESLint } from '@typescript-eslint/utils';

import { RULE_PRECONDITIONS } from '../analysis/rule-preconditions';
import type { LintedFile, RulePrecondition } from '../analysis/rule-preconditions';
import { fileFacts } from '../analysis/file-markers';
import { reachesVonageThroughImports } from '../analysis/sdk-calls';
import { isEmbeddedScriptFile } from './embedded-scripts';
import { packageInfo, repositoryWebUrl, versionedTreeUrl } from './package-info';
import { quote } from './quote';
import { SETTINGS_KEY, readSettings } from './settings';

/** The project's home, from package.json's `repository` (the one place a publisher sets it). */
export const REPOSITORY_URL = repositoryWebUrl(packageInfo.repository);

const DOCS_BASE_URL = versionedTreeUrl(packageInfo);

/**
 * Where each rule's documentation lives, for the installed version (`…/blob/v<version>/docs/rules/<rule>.md`, as
 * unicorn does); `meta.docs.url`, the editor's docs link and SARIF's `helpUri` are built from it.
 */
export function ruleDocsUrl(name: string): string {
  return `${DOCS_BASE_URL}/docs/rules/${name}.md`;
}

export interface VonageRuleDocs {
  /** The config that first enables the rule: `recommended` rules are also in `strict` and `all`. */
  recommended?: 'recommended' | 'strict';
  /** The section of Vonage's security guide that the rule enforces. */
  guideSection: string;
}

const createNamedRule = ESLintUtils.RuleCreator<VonageRuleDocs>(ruleDocsUrl);

/**
 * `RuleCreator` (docs URL from the name, typed options and messages), with the defaulted options computed once per
 * configured options rather than once per file: RuleCreator deep-clones `meta.defaultOptions` in every `create`,
 * which costs more than most of our rules spend on a file that does not use Vonage. The options are read-only.
 */
/** The listeners of a rule that cannot report in a file: shared, so skipping a file allocates nothing. */
const NO_LISTENERS: TSESLint.RuleListener = Object.freeze({});

/**
 * The file the preconditions were last asked about (the lint's own file context), the rule context that first asked,
 * the file's text facts and, once a rule that follows imports has asked, whether it reaches Vonage through them. ESLint
 * creates every rule for one file before it starts the next, so the first rule to ask computes the facts in one pass
 * and the others read them; a pointer comparison tells a new lint.
 */
let preconditionFile: unknown;
let firstContext: LintedFile | undefined;
let lintedFileFacts = 0;
let reachKnown = false;
let reaches = false;

/**
 * Whether the rule can report in the file at all. Everything a file with nothing to find costs is here, and it reads
 * as little as it can: ESLint gives every lint a new file context as the prototype of its rule contexts, so each
 * property read on a context misses V8's inline caches once per lint, and in a real lint every function and object
 * first touched for a file is cold (the parse has evicted it from the CPU's caches). The common path reads the text,
 * the settings and, for the rules that follow imports, the working directory, once per file.
 */
function holds(precondition: RulePrecondition, context: LintedFile): boolean {
  // ESLint 9 and 10 give every rule of one lint a context inheriting from that lint's own file context: the key. A
  // context that inherits from nothing of the kind (a hand-made one) is asked afresh every time.
  const file: unknown = Object.getPrototypeOf(context);
  if (file === Object.prototype || file === null) {
    readSettings(context.settings);
    return (fileFacts(context.sourceCode) & precondition.textFacts) !== 0 || (precondition.throughImports && reachesVonageThroughImports(context));
  }
  if (file !== preconditionFile || !firstContext) {
    // Settings have no schema in ESLint: a wrong one stops the run with an error naming it (checked once per file,
    // where there are any: ESLint hands each file its own settings object, so only their absence is cheap to see).
    const settings = context.settings;
    if (settings?.[SETTINGS_KEY] !== undefined) readSettings(settings);
    lintedFileFacts = fileFacts(context.sourceCode);
    firstContext = context;
    preconditionFile = file;
    reachKnown = false;
  }
  if ((lintedFileFacts & precondition.textFacts) !== 0) return true;
  if (!precondition.throughImports) return false;
  if (!reachKnown) {
    reaches = reachesVonageThroughImports(firstContext);
    reachKnown = true;
  }
  return reaches;
}

export const createRule: typeof createNamedRule = rule => {
  const created = createNamedRule(rule);
  const defaults: readonly unknown[] = rule.meta.defaultOptions ?? [];
  // ESLint hands each file a fresh copy of the configured options, so they are keyed by their JSON text (options are
  // plain JSON by schema); an empty configuration, the common case, skips even that.
  const resolved = new Map<string, readonly unknown[]>();
  // What the file must hold for the rule to report at all (`rule-preconditions.ts`): without it, no listeners and no setup.
  const precondition = RULE_PRECONDITIONS[rule.name];
  return {
    ...created,
    create(context: Parameters<typeof created.create>[0]): TSESLint.RuleListener {
      if (precondition) {
        if (!holds(precondition, context)) return NO_LISTENERS;
      } else {
        readSettings(context.settings);
      }
      const key = context.options.length === 0 ? '' : JSON.stringify(context.options);
      let options = resolved.get(key);
      if (!options) {
        options = ESLintUtils.applyDefault(defaults as unknown[], context.options as never) as readonly unknown[];
        resolved.set(key, options);
      }
      return rule.create(withSafeReports(context), options as never);
    },
  };
};

/**
 * The longest `data` value: values are whole phrases (``The API secret `config.apiSecret` ``) whose quoted source text
 * a rule has already cut to `QUOTE_MAX_LENGTH`; this bound catches text a rule forgot to quote.
 */
export const DATA_MAX_LENGTH = 240;

type Data = Readonly<Record<string, unknown>> | undefined;
interface Descriptor {
  data?: Data;
  suggest?: readonly { data?: Data }[] | null;
}

function safeData(data: Data): Data {
  if (!data) return data;
  const safe: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) safe[key] = typeof value === 'string' ? quote(value, { maxLength: DATA_MAX_LENGTH }) : value;
  return safe;
}

/**
 * The rule's context, with every `data` value of a report and of its suggestions passed through `quote` (credentials
 * redacted, control and bidirectional characters escaped, length bounded) on its way to ESLint: whatever a rule
 * interpolates into a message or a suggestion description, no credential reaches a CI log or a SARIF file. In pages
 * whose scripts eslint-plugin-html lints, suggestions are dropped (ESLint would apply them at the wrong offsets).
 * ESLint's rule context is a frozen object whose prototype holds the file's context; the safe one inherits from it.
 */
export function withSafeReports<Context extends { report(descriptor: never): void; filename: string; physicalFilename?: string; settings?: Readonly<Record<string, unknown>> }>(context: Context): Context {
  const report = context.report.bind(context) as (descriptor: Descriptor) => void;
  // Suggestions in an HTML page would be applied at the wrong offsets (see embedded-scripts.ts): none are offered there.
  const offerSuggestions = !isEmbeddedScriptFile(context);
  const safeReport = (descriptor: Descriptor): void => {
    const suggest = offerSuggestions
      ? descriptor.suggest?.map(suggestion => (suggestion.data ? { ...suggestion, data: safeData(suggestion.data) } : suggestion))
      : descriptor.suggest && [];
    report({ ...descriptor, data: safeData(descriptor.data), ...(suggest ? { suggest } : {}) });
  };
  // `Object.create` with a property descriptor: assigning would fail, `report` being read-only on the prototype.
  return Object.freeze(Object.create(context, { report: { value: safeReport, enumerable: true } }) as Context);
}
