/**
 * What the project model needs to know about the lint run: where the linted file is, ESLint's `cwd` (nothing outside
 * it is read), the parser set-up, how deep the summaries already go, and the setting
 * `settings['vonage-video'].project` (`true` by default; `false` = one file at a time; `{ tsconfig }` names the
 * tsconfig/jsconfig whose `paths` apply instead of the nearest one).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { OperationSpec, SdkConstructor } from '../sdk';
import { readSettings } from '../util/settings';
import type { ModuleSourceCode, ParserSetup } from './parse';

/** The part of the one-file SDK analysis a module summary reads. */
export interface AnalysedModule {
  readonly constructions: ReadonlyArray<{ node: TSESTree.Node; sdkConstructor: SdkConstructor }>;
  /** Tracked and resolved operation calls. */
  readonly operationCalls: ReadonlyArray<{ node: TSESTree.CallExpression; operation: OperationSpec; wrapper?: WrapperInfo | undefined }>;
}

/** Which parameters of a wrapper flow into what the SDK receives. */
export interface ParameterFlows {
  role?: number;
  expireTime?: number;
  data?: number;
  sessionId?: number;
  options?: number;
}

/** A function or method of the app that reaches SDK operations. */
export interface WrapperInfo {
  /** The module that defines it. */
  file: string;
  name: string;
  operations: readonly OperationSpec[];
  flows: ParameterFlows;
  /** Options the wrapper sets itself on the SDK call (`role`, `expireTime`, `mediaMode`…). */
  sets: readonly string[];
}

export interface ProjectContext {
  /** The module being analysed. */
  file: string;
  cwd: string;
  tsconfig: string | undefined;
  parser: ParserSetup;
  /** 0 for the linted file; summaries of its imports are 1, theirs 2… */
  depth: number;
  /** Modules whose summary is being built (cycles). */
  visiting: ReadonlySet<string>;
  /**
   * The linted file shows no Vonage usage of its own: only imports used under SDK-like names are resolved (so files
   * that cannot reach Vonage pay nothing). Summaries of other modules follow every import.
   */
  sdkLikeImportsOnly?: boolean;
  analyse(sourceCode: ModuleSourceCode, project: ProjectContext): AnalysedModule;
  /**
   * What a module's text can show: `'vonage'` (Vonage usage of its own), `'project'` (words through which it may reach
   * Vonage via its imports), or `null` (neither: it is summarised as the app's own code without being parsed).
   */
  textShows(text: string): 'vonage' | 'project' | null;
}

export interface ProjectSetting {
  enabled: boolean;
  tsconfig: string | undefined;
}

/** The plugin settings read last and their project setting: every rule asks for every file, with the same object. */
let lastOwnSettings: Readonly<Record<string, unknown>> | undefined;
let lastProjectSetting: ProjectSetting = { enabled: true, tsconfig: undefined };

/**
 * Reads `settings['vonage-video'].project` defensively (another part of the plugin validates the settings' keys):
 * anything but `false` keeps the project model on; `{ tsconfig: 'path' }` also names the tsconfig.
 */
export function getProjectSetting(settings: Readonly<Record<string, unknown>> | undefined): ProjectSetting {
  const own = readSettings(settings);
  if (own !== lastOwnSettings) {
    lastOwnSettings = own;
    lastProjectSetting = projectSettingOf(own.project);
  }
  return lastProjectSetting;
}

function projectSettingOf(project: unknown): ProjectSetting {
  if (project === false) return { enabled: false, tsconfig: undefined };
  const tsconfig = project !== null && typeof project === 'object' ? (project as { tsconfig?: unknown }).tsconfig : undefined;
  return { enabled: true, tsconfig: typeof tsconfig === 'string' && tsconfig !== '' ? tsconfig : undefined };
}

/** The project context of the linted file, or `null` when the project model is off or the file is not on disk. */
export function createProjectContext(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  analyse: ProjectContext['analyse'],
  textShows: ProjectContext['textShows'],
): ProjectContext | null {
  const setting = getProjectSetting(context.settings);
  const file = context.filename;
  if (!setting.enabled || !file || file === '<input>' || file === '<text>' || !/^(?:\/|[A-Za-z]:[\\/])/.test(file)) return null;
  const languageOptions = (context.languageOptions ?? {}) as { parser?: unknown; parserOptions?: Record<string, unknown> };
  return {
    file,
    cwd: context.cwd,
    tsconfig: setting.tsconfig,
    parser: {
      parser: languageOptions.parser,
      parserOptions: languageOptions.parserOptions ?? {},
      visitorKeys: context.sourceCode.visitorKeys,
      cwd: context.cwd,
    },
    depth: 0,
    visiting: new Set([file]),
    analyse,
    textShows,
  };
}
