/**
 * The SDK call matcher: finds, in one file, every construction of a Vonage Video SDK client and every SDK operation
 * call, with how sure we are that it is one.
 *
 * - *tracked*: the receiver provably comes from an SDK import, `require`, the browser global `OT`/`TB`/`window.OT`, or
 *   an instance of one (variables, destructuring, object properties, class fields, injected constructor parameters,
 *   `vonage.video`, `OT.initSession()` results, the session in `opentok.createSession`'s callback). Import tracking is
 *   eslint-utils' `ReferenceTracker`; this module adds what it does not follow (class fields, undeclared globals,
 *   `import x = require()`).
 * - *resolved*: the callee is a function, class or method of the app's own modules (followed through its imports by the
 *   project model, `src/project/`) that reaches SDK operations; an SDK client exported by the app's own module is
 *   tracked from the import on. A call of the app's own code that reaches no operation is never matched by name.
 * - *by name*: a distinctive method name (see `OperationSpec.distinctiveName`) whose arguments fit the SDK signature,
 *   on a receiver this file cannot trace (an instance from another module, a parameter, dependency injection). Names
 *   that other libraries also use count only in files that show Vonage usage or on a receiver named after Vonage.
 *
 * The analysis runs once per file, on first use by any rule, and is shared by every rule through a WeakMap.
 */
import path from 'node:path';

import { CALL, CONSTRUCT, READ, ReferenceTracker, findVariable } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  ALL_SDK_MODULES,
  BROWSER_SDK_GLOBALS,
  BROWSER_SDK_MODULES,
  OPERATIONS_BY_METHOD,
  REACT_COMPONENT_MODULES,
  SDK_OF_RECEIVER,
  SERVER_CONSTRUCTORS,
  VONAGE_NAME_PATTERN,
  operationsOf,
} from '../sdk';
import type { ArgumentShape, OperationSpec, ReceiverKind, SdkConstructor, SdkName } from '../sdk';
import { createProjectContext, getProjectSetting } from '../project/context';
import type { AnalysedModule, ProjectContext, WrapperInfo } from '../project/context';
import { sdkLikeImportSpecifiers, trackAppImports } from '../project/imports';
import type { ModuleSourceCode } from '../project/parse';
import { importsReachVonage } from '../project/reach';
import { isFencedOff, mayNameAppModule } from '../project/resolve';
import type { ResolverOptions } from '../project/resolve';
import type { ValueSummary } from '../project/summary';
import { getCalleeMember, getPropertyName, getValueParent, receiverNames, requiredModule, skipValueWrappers, walk } from '../ast';
import { mayHoldRestCall, mayUseVonage, textShowsVonage } from './file-markers';
import type { LintedFile } from './rule-preconditions';
import { matchRestCall } from './http-calls';
import type { RestCall } from './http-calls';
import { resolveVariable, scopeOf } from './scope';
import { readSettings } from '../util/settings';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

export type Confidence = 'tracked' | 'resolved' | 'by-name';

export interface SdkCall {
  node: TSESTree.CallExpression;
  /** For a resolved wrapper call, the first (most privileged) operation the wrapper reaches. */
  operation: OperationSpec;
  sdk: SdkName;
  confidence: Confidence;
  /** Set when the call is an HTTP client request to the Video REST API (see `http-calls.ts`), not an SDK method. */
  via?: 'rest';
  rest?: RestCall;
  /**
   * Set when the call is of the app's own wrapper (confidence `'resolved'`): its arguments are the wrapper's, not the
   * SDK's, so options are read through `wrapper.flows` and `wrapper.sets`, never from `operation.optionsArg`.
   */
  wrapper?: WrapperInfo;
}

export interface SdkConstruction {
  node: TSESTree.NewExpression | TSESTree.CallExpression;
  sdkConstructor: SdkConstructor;
}

export interface SdkComponent {
  node: TSESTree.JSXOpeningElement;
  /** `opentok-react` or `opentok-react-native`; `null` when matched by name only. */
  module: string | null;
  component: string;
  confidence: Confidence;
}

/** What the shared setting `settings['vonage-video'].detection` selects. */
export type Detection = 'all' | 'tracked';

export interface MatchOptions {
  /** Also return calls of the app's own wrappers that reach SDK operations. */
  wrappers?: boolean;
}

export interface SdkFile {
  /** Server SDK client constructions (`new OpenTok(k, s)`, `OpenTok(k, s)`, `new Video({…})`, `new Vonage({…})`, `new Auth({…})`). */
  readonly constructions: readonly SdkConstruction[];
  /** Every tracked operation call, in no particular order. */
  readonly trackedCalls: readonly SdkCall[];
  /** The file imports or requires a Vonage module (or a wrapper named after Vonage), or uses the browser global. */
  readonly showsVonageUsage: boolean;
  /**
   * The operation `node` performs, or `null` when it is not an SDK call. Calls of the app's own wrappers (confidence
   * `'resolved'`) are returned only with `{ wrappers: true }`: their arguments are not the SDK's, so a rule that reads
   * the SDK's arguments must opt in and read `SdkCall.wrapper` instead.
   */
  matchCall(node: TSESTree.CallExpression, options?: MatchOptions): SdkCall | null;
  /** The opentok-react(-native) component an element renders, or `null`. */
  matchComponent(node: TSESTree.JSXOpeningElement): SdkComponent | null;
  /** The callee resolves to the app's own code that reaches no SDK operation: no name-based guess applies to it. */
  callsAppCode(node: TSESTree.CallExpression): boolean;
  /** The app's own wrapper `node` refers to, when it is one imported from another module (a handler, a helper). */
  wrapperAt(node: Node): WrapperInfo | null;
  /** What the project model knows `node` to be, when it is a value imported from the app's own module. */
  appValueAt(node: Node): ValueSummary | null;
  /** Some value of the file is known to come from the app's own module (`appValueAt` has something to say). */
  readonly hasAppValues: boolean;
}

// --- trace maps --------------------------------------------------------------------------------------------------

type TraceInfo =
  | { type: 'construct'; sdkConstructor: SdkConstructor }
  | { type: 'constructor-reference'; sdkConstructor: SdkConstructor }
  | { type: 'operation'; operation: OperationSpec }
  | { type: 'instance'; kind: ReceiverKind }
  | { type: 'component'; module: string; component: string };

interface TraceMap {
  [key: string]: TraceMap;
  [READ]?: TraceInfo;
  [CALL]?: TraceInfo;
  [CONSTRUCT]?: TraceInfo;
}

/** What calling an operation hands back, when that is itself an SDK object. */
const PRODUCES: Partial<Record<string, ReceiverKind>> = { 'ot.initSession': 'browser-session' };
/** Properties of an instance that are themselves instances. */
const INSTANCE_PROPERTIES: Partial<Record<ReceiverKind, Record<string, ReceiverKind>>> = { vonage: { video: 'vonage-video' } };

const instanceTraceMaps = new Map<ReceiverKind, TraceMap>();
function traceMapOf(kind: ReceiverKind): TraceMap {
  const cached = instanceTraceMaps.get(kind);
  if (cached) return cached;
  const map: TraceMap = {};
  instanceTraceMaps.set(kind, map);
  for (const operation of operationsOf(kind).values()) {
    map[operation.method] = { [CALL]: { type: 'operation', operation } };
  }
  for (const [property, propertyKind] of Object.entries(INSTANCE_PROPERTIES[kind] ?? {})) {
    map[property] = { ...traceMapOf(propertyKind), [READ]: { type: 'instance', kind: propertyKind } };
  }
  return map;
}

function buildModuleTraceMap(): TraceMap {
  const modules: TraceMap = {};
  for (const sdkConstructor of SERVER_CONSTRUCTORS) {
    const entry: TraceMap = {
      [CONSTRUCT]: { type: 'construct', sdkConstructor },
      [READ]: { type: 'constructor-reference', sdkConstructor },
    };
    if (sdkConstructor.callable) entry[CALL] = { type: 'construct', sdkConstructor };
    const moduleMap = (modules[sdkConstructor.module] ??= {});
    if (sdkConstructor.exportName === null) Object.assign(moduleMap, entry);
    else moduleMap[sdkConstructor.exportName] = entry;
  }
  for (const module of BROWSER_SDK_MODULES) modules[module] = traceMapOf('ot');
  for (const [module, components] of Object.entries(REACT_COMPONENT_MODULES)) {
    const moduleMap: TraceMap = {};
    for (const component of components) moduleMap[component] = { [READ]: { type: 'component', module, component } };
    modules[module] = moduleMap;
  }
  return modules;
}

const MODULE_TRACE_MAP = buildModuleTraceMap();
const GLOBAL_TRACE_MAP: TraceMap = Object.fromEntries(BROWSER_SDK_GLOBALS.map(name => [name, traceMapOf('ot')]));
/** `vonage.voice.generateToken(…)`: the other Vonage APIs share method names with Video. */
const OTHER_VONAGE_PRODUCT = /^(?:voice|messages|sms|verify2?|numbers|conversations?|users|applications|accounts|pricing|numberInsights?|redact|secrets|subaccounts|meetings|proactiveConnect|network\w*)$/i;
const CLIENT_RECEIVERS = new Set<ReceiverKind>(['browser-session', 'react-native-session']);
const GLOBAL_OBJECT_NAMES = new Set(['window', 'self', 'globalThis', 'global']);
const UNRELATED_RECEIVER = /jwt|jsonwebtoken|auth|csrf|passport|firebase|stripe|twilio|agora|livekit|daily|zoom|chime|crypto|peer|socket|mqtt|redis|kafka|amqp|nats/i;

// --- the analysis ------------------------------------------------------------------------------------------------

interface TrackedReference {
  node: Node;
  info: TraceInfo;
}

interface Tracker {
  iterateEsmReferences(traceMap: TraceMap): IterableIterator<TrackedReference>;
  iterateCjsReferences(traceMap: TraceMap): IterableIterator<TrackedReference>;
  iterateGlobalReferences(traceMap: TraceMap): IterableIterator<TrackedReference>;
  iteratePropertyReferences(node: Node, traceMap: TraceMap): IterableIterator<TrackedReference>;
}

class FileAnalysis implements SdkFile {
  readonly constructions: SdkConstruction[] = [];
  readonly trackedCalls: SdkCall[] = [];
  /** Calls of the app's own wrappers (project model). */
  readonly resolvedCalls: SdkCall[] = [];
  showsVonageUsage = false;

  private readonly appCalls = new Set<Node>();
  private readonly appValues = new Map<Node, ValueSummary>();
  private readonly callsByNode = new Map<Node, SdkCall>();
  private readonly restCalls = new Map<Node, SdkCall | null>();
  private readonly componentVariables = new Map<Variable, { module: string; component: string }>();
  private readonly followed = new Set<Node>();
  private readonly constructed = new Set<Node>();
  private readonly thisMembers = new Map<TSESTree.ClassBody, Map<string, TSESTree.MemberExpression[]>>();
  private readonly variableMembers = new Map<Variable, Map<string, TSESTree.MemberExpression[]>>();
  /** Object literals holding instances (`{ ot: new OpenTok() }`), followed once each with all their instance keys. */
  private readonly objectHolders = new Map<TSESTree.ObjectExpression, TraceMap>();
  private readonly tracker: Tracker;
  private readonly globalScope: Scope;

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly detection: Detection,
    private readonly project: ProjectContext | null = null,
  ) {
    this.globalScope = sourceCode.scopeManager?.globalScope as Scope;
    // 'legacy': a CommonJS module's named exports are reachable through ESM named imports too (`import { Video } from '@vonage/video'`).
    this.tracker = new ReferenceTracker(this.globalScope as never, { mode: 'legacy' }) as unknown as Tracker;
    try {
      this.track();
    } catch (error) {
      // eslint-utils' ReferenceTracker recurses once per alias (`const b = a; const c = b; …`): a pathological chain
      // overflows the stack. Keep what was found so far rather than break the user's lint run.
      if (!(error instanceof RangeError)) throw error;
    }
    this.showsVonageUsage ||= this.constructions.length > 0 || this.callsByNode.size > 0 || this.componentVariables.size > 0;
  }

  matchCall(node: TSESTree.CallExpression, options?: MatchOptions): SdkCall | null {
    const tracked = this.callsByNode.get(node);
    if (tracked) return tracked.confidence === 'resolved' && !options?.wrappers ? null : tracked;
    const rest = this.matchRest(node);
    if (rest) return rest;
    if (this.detection === 'tracked' || this.appCalls.has(node)) return null;
    return this.matchByName(node);
  }

  /** An HTTP client call to the Video REST API, as an operation call; computed once per call node. */
  private matchRest(node: TSESTree.CallExpression): SdkCall | null {
    if (!mayHoldRestCall(this.sourceCode)) return null;
    let call = this.restCalls.get(node);
    if (call === undefined) {
      const matched = matchRestCall(node, scopeOf(this.sourceCode, node));
      call = matched && { node, operation: matched.operation, sdk: matched.sdk, confidence: matched.confidence, via: 'rest', rest: matched.rest };
      this.restCalls.set(node, call);
    }
    return call && (call.confidence === 'tracked' || this.detection === 'all') ? call : null;
  }

  callsAppCode(node: TSESTree.CallExpression): boolean {
    return this.appCalls.has(node);
  }

  wrapperAt(node: Node): WrapperInfo | null {
    const value = this.appValues.get(node);
    return value?.type === 'wrapper' ? value.wrapper : null;
  }

  appValueAt(node: Node): ValueSummary | null {
    return this.appValues.get(node) ?? null;
  }

  get hasAppValues(): boolean {
    return this.appValues.size > 0;
  }

  matchComponent(node: TSESTree.JSXOpeningElement): SdkComponent | null {
    if (node.name.type !== 'JSXIdentifier') return null;
    const name = node.name.name;
    const variable = findVariable(scopeOf(this.sourceCode, node) as never, name) as Variable | null;
    const tracked = variable ? this.componentVariables.get(variable) : undefined;
    if (tracked) return { node, ...tracked, confidence: 'tracked' };
    if (this.detection === 'tracked' || (variable && variable.defs.length > 0 && variable.defs[0]?.type !== 'ImportBinding')) return null;
    const known = Object.values(REACT_COMPONENT_MODULES).some(components => components.includes(name));
    return known ? { node, module: null, component: name, confidence: 'by-name' } : null;
  }

  // --- tracking ---

  private track(): void {
    const tracker = this.tracker;
    for (const reference of tracker.iterateEsmReferences(MODULE_TRACE_MAP)) this.handle(reference);
    for (const reference of tracker.iterateCjsReferences(MODULE_TRACE_MAP)) this.handle(reference);
    for (const reference of tracker.iterateGlobalReferences(GLOBAL_TRACE_MAP)) this.handle(reference);
    this.trackUndeclaredGlobals();
    this.trackImportEqualsDeclarations();
    if (this.project) this.trackProjectImports(this.project);
    // Object literals that hold instances are followed last, once each, with every instance key they hold.
    while (this.objectHolders.size > 0) {
      const [object, holders] = this.objectHolders.entries().next().value as [TSESTree.ObjectExpression, TraceMap];
      this.objectHolders.delete(object);
      if (this.followed.has(object)) continue;
      this.followed.add(object);
      this.follow(object, holders);
    }
    this.findModuleEvidence();
  }

  /**
   * `require`, `OT` and `window` used without being declared (a CommonJS file linted with no globals configured, a
   * script-tag page): ReferenceTracker only follows declared globals, so start it from each such reference.
   */
  private trackUndeclaredGlobals(): void {
    for (const reference of this.globalScope.through) {
      const identifier = reference.identifier as Node;
      if (identifier.type !== 'Identifier') continue;
      const parent = identifier.parent;
      if (identifier.name === 'require' && parent?.type === 'CallExpression' && parent.callee === identifier) {
        const module = requiredModule(parent);
        if (module === null) continue;
        if (ALL_SDK_MODULES.includes(module) || VONAGE_NAME_PATTERN.test(module)) this.showsVonageUsage = true;
        const moduleMap = MODULE_TRACE_MAP[module];
        if (moduleMap) this.follow(parent, moduleMap);
      } else if (BROWSER_SDK_GLOBALS.includes(identifier.name)) {
        this.showsVonageUsage = true;
        this.follow(identifier, traceMapOf('ot'));
      } else if (GLOBAL_OBJECT_NAMES.has(identifier.name) && parent?.type === 'MemberExpression' && parent.object === identifier) {
        const name = getPropertyName(parent);
        if (name !== null && BROWSER_SDK_GLOBALS.includes(name)) {
          this.showsVonageUsage = true;
          this.follow(parent, traceMapOf('ot'));
        }
      }
    }
  }

  /**
   * Values imported from the app's own modules: SDK clients they export, wrappers, the app's other code. Any failure
   * leaves the one-file view (what was found before it stands): the project model never breaks a lint run.
   */
  private trackProjectImports(project: ProjectContext): void {
    try {
      this.followAppImports(project);
    } catch {
      // fall back to the one-file view
    }
  }

  private followAppImports(project: ProjectContext): void {
    trackAppImports(programOf(this.globalScope), this.globalScope, project, {
      variableOf: identifier => this.variableOf(identifier),
      declaredVariables: node => this.sourceCode.scopeManager?.getDeclaredVariables(node) ?? [],
      thisMembers: (classBody, name) => this.thisMembersOf(classBody).get(name) ?? [],
      instance: (node, kind) => {
        this.showsVonageUsage = true;
        this.followInstance(node, kind);
      },
      wrapperCall: (call, wrapper) => {
        const operation = wrapper.operations[0];
        if (!operation || this.callsByNode.has(call)) return;
        const sdkCall: SdkCall = { node: call, operation, sdk: SDK_OF_RECEIVER[operation.receiver], confidence: 'resolved', wrapper };
        this.callsByNode.set(call, sdkCall);
        this.resolvedCalls.push(sdkCall);
        this.showsVonageUsage = true;
      },
      appCall: call => this.appCalls.add(call),
      valueAt: (node, value) => this.appValues.set(node, value),
    });
  }

  /** TypeScript's `import OpenTok = require('opentok')`. */
  private trackImportEqualsDeclarations(): void {
    for (const statement of programOf(this.globalScope).body) {
      if (statement.type !== 'TSImportEqualsDeclaration' || statement.moduleReference.type !== 'TSExternalModuleReference') continue;
      const expression = statement.moduleReference.expression;
      if (expression.type !== 'Literal' || typeof expression.value !== 'string') continue;
      const moduleMap = MODULE_TRACE_MAP[expression.value];
      if (!moduleMap) continue;
      for (const variable of this.sourceCode.scopeManager?.getDeclaredVariables(statement) ?? []) {
        for (const reference of variable.references) {
          if (reference.isRead()) this.follow(reference.identifier as Node, moduleMap);
        }
      }
    }
  }

  private findModuleEvidence(): void {
    if (this.showsVonageUsage) return;
    for (const statement of programOf(this.globalScope).body) {
      let source: string | null = null;
      if ((statement.type === 'ImportDeclaration' || statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportAllDeclaration') && statement.source) {
        source = statement.source.value;
      } else if (statement.type === 'TSImportEqualsDeclaration' && statement.moduleReference.type === 'TSExternalModuleReference') {
        const expression = statement.moduleReference.expression;
        source = expression.type === 'Literal' && typeof expression.value === 'string' ? expression.value : null;
      }
      if (source !== null && VONAGE_NAME_PATTERN.test(source)) {
        this.showsVonageUsage = true;
        return;
      }
    }
    const declaredRequire = this.globalScope.set.get('require');
    for (const reference of declaredRequire?.references ?? []) {
      const parent = (reference.identifier as Node).parent;
      const module = parent?.type === 'CallExpression' ? requiredModule(parent) : null;
      if (module !== null && VONAGE_NAME_PATTERN.test(module)) {
        this.showsVonageUsage = true;
        return;
      }
    }
  }

  private follow(node: Node, traceMap: TraceMap): void {
    for (const reference of this.tracker.iteratePropertyReferences(node, traceMap)) this.handle(reference);
  }

  private handle({ node, info }: TrackedReference): void {
    switch (info.type) {
      case 'construct': {
        const construction = node as TSESTree.NewExpression | TSESTree.CallExpression;
        if (!this.constructed.has(construction)) {
          this.constructed.add(construction);
          this.constructions.push({ node: construction, sdkConstructor: info.sdkConstructor });
        }
        if (info.sdkConstructor.instance) this.followInstance(construction, info.sdkConstructor.instance);
        break;
      }
      case 'operation': {
        const call = node as TSESTree.CallExpression;
        if (!this.callsByNode.has(call)) {
          const sdkCall: SdkCall = { node: call, operation: info.operation, sdk: SDK_OF_RECEIVER[info.operation.receiver], confidence: 'tracked' };
          this.callsByNode.set(call, sdkCall);
          this.trackedCalls.push(sdkCall);
        }
        const produced = PRODUCES[`${info.operation.receiver}.${info.operation.method}`];
        if (produced) this.followInstance(call, produced);
        if (info.operation.receiver === 'opentok' && info.operation.kind === 'session.create') this.followCreateSessionCallback(call);
        break;
      }
      case 'instance':
        this.followHolders(node, info.kind);
        break;
      case 'constructor-reference':
        this.followInjected(node, info.sdkConstructor);
        break;
      case 'component':
        this.recordComponent(node, info);
        break;
    }
  }

  /** Follows an SDK object through variables and member holders to its method calls. */
  private followInstance(node: Node, kind: ReceiverKind): void {
    if (this.followed.has(node)) return;
    this.followed.add(node);
    this.follow(node, traceMapOf(kind));
    this.followHolders(node, kind);
  }

  /**
   * Instances kept where ReferenceTracker does not look: `this.ot = new OpenTok()`, a class field, `app.ot = …`,
   * `{ ot: new OpenTok() }`, and a variable that is later copied into one of those.
   */
  private followHolders(node: Node, kind: ReceiverKind): void {
    const { parent, child } = getValueParent(node);
    if (!parent) return;
    if (parent.type === 'AssignmentExpression' && parent.right === child && parent.left.type === 'MemberExpression') {
      this.followMemberHolder(parent.left, kind);
    } else if (parent.type === 'PropertyDefinition' && parent.value === child && !parent.computed) {
      const name = getPropertyName(parent);
      const classBody = parent.parent;
      if (name !== null && classBody.type === 'ClassBody') this.followThisMembers(classBody, name, kind);
    } else if (parent.type === 'Property' && parent.value === child && parent.parent.type === 'ObjectExpression') {
      const name = getPropertyName(parent);
      if (name === null) return;
      const holders = this.objectHolders.get(parent.parent) ?? {};
      holders[name] = traceMapOf(kind);
      this.objectHolders.set(parent.parent, holders);
    } else if (parent.type === 'VariableDeclarator' && parent.init === child && parent.id.type === 'Identifier') {
      const variable = this.variableOf(parent.id);
      for (const reference of variable?.references ?? []) {
        if (reference.isRead()) this.followHolders(reference.identifier as Node, kind);
      }
    }
  }

  /** `v.x` reads of a variable, by property name: one pass over its references, however many holders it has. */
  private membersOf(variable: Variable): Map<string, TSESTree.MemberExpression[]> {
    let members = this.variableMembers.get(variable);
    if (members) return members;
    members = new Map();
    for (const reference of variable.references) {
      const parent = (reference.identifier as Node).parent;
      if (!reference.isRead() || parent?.type !== 'MemberExpression' || parent.object !== reference.identifier) continue;
      const name = getPropertyName(parent);
      if (name === null) continue;
      const list = members.get(name) ?? [];
      list.push(parent);
      members.set(name, list);
    }
    this.variableMembers.set(variable, members);
    return members;
  }

  private followMemberHolder(holder: TSESTree.MemberExpression, kind: ReceiverKind): void {
    const name = getPropertyName(holder);
    if (name === null) return;
    const object = skipValueWrappers(holder.object);
    if (object.type === 'ThisExpression') {
      const classBody = enclosingClassBody(holder);
      if (classBody) this.followThisMembers(classBody, name, kind);
    } else if (object.type === 'Identifier') {
      const variable = this.variableOf(object);
      for (const member of (variable && this.membersOf(variable).get(name)) ?? []) this.followInstanceUse(member, kind);
    }
  }

  /** Every `this.<name>` in a class, where `<name>` holds an SDK instance. */
  private followThisMembers(classBody: TSESTree.ClassBody, name: string, kind: ReceiverKind): void {
    for (const member of this.thisMembersOf(classBody).get(name) ?? []) this.followInstanceUse(member, kind);
  }

  /** `this.x` member expressions of a class, by name: one walk per class, however many holders it has. */
  private thisMembersOf(classBody: TSESTree.ClassBody): Map<string, TSESTree.MemberExpression[]> {
    let members = this.thisMembers.get(classBody);
    if (members) return members;
    const found = new Map<string, TSESTree.MemberExpression[]>();
    walk(classBody, this.sourceCode.visitorKeys, node => {
      if (node.type !== 'MemberExpression' || node.object.type !== 'ThisExpression') return;
      const name = getPropertyName(node);
      if (name === null) return;
      const list = found.get(name) ?? [];
      list.push(node);
      found.set(name, list);
    });
    members = found;
    this.thisMembers.set(classBody, members);
    return members;
  }

  private followInstanceUse(node: Node, kind: ReceiverKind): void {
    if (this.followed.has(node)) return;
    this.followed.add(node);
    this.follow(node, traceMapOf(kind));
  }

  /** `opentok.createSession(opts, (err, session) => session.generateToken())`. */
  private followCreateSessionCallback(call: TSESTree.CallExpression): void {
    const callback = call.arguments[call.arguments.length - 1];
    if (!callback || (callback.type !== 'ArrowFunctionExpression' && callback.type !== 'FunctionExpression')) return;
    const sessionParam = callback.params[1];
    if (sessionParam?.type !== 'Identifier') return;
    const variable = this.variableOf(sessionParam);
    for (const reference of variable?.references ?? []) {
      if (reference.isRead()) this.followInstanceUse(reference.identifier as Node, 'opentok-session');
    }
  }

  /**
   * An SDK class named as a type: `constructor(private readonly video: Video)` (NestJS and other DI containers),
   * `private video: Video`, or a parameter `(ot: OpenTok) => …`.
   */
  private followInjected(node: Node, sdkConstructor: SdkConstructor): void {
    // ReferenceTracker reports the import itself; the type annotations are among its variable's references.
    const declared = this.variableDeclaredBy(node);
    if (declared) {
      for (const reference of declared.references) this.followInjected(reference.identifier as Node, sdkConstructor);
      return;
    }
    const kind = sdkConstructor.instance;
    const typeReference = node.parent;
    if (!kind || typeReference?.type !== 'TSTypeReference' || typeReference.parent?.type !== 'TSTypeAnnotation') return;
    const annotated = typeReference.parent.parent;
    if (!annotated) return;
    if (annotated.type === 'PropertyDefinition' && !annotated.computed) {
      const name = getPropertyName(annotated);
      if (name !== null && annotated.parent.type === 'ClassBody') this.followThisMembers(annotated.parent, name, kind);
      return;
    }
    if (annotated.type !== 'Identifier') return;
    const parameterProperty = annotated.parent;
    if (parameterProperty?.type === 'TSParameterProperty') {
      const classBody = enclosingClassBody(parameterProperty);
      if (classBody) this.followThisMembers(classBody, annotated.name, kind);
    }
    const variable = this.variableOf(annotated);
    for (const reference of variable?.references ?? []) {
      if (reference.isRead()) {
        this.followInstanceUse(reference.identifier as Node, kind);
        this.followHolders(reference.identifier as Node, kind);
      }
    }
  }

  private recordComponent(node: Node, info: { module: string; component: string }): void {
    const variable = this.variableDeclaredBy(node);
    if (variable) this.componentVariables.set(variable, info);
  }

  /**
   * The variable `identifier` refers to, looked up from its own scope: starting from the global scope would scan every
   * top-level function's scope for each lookup (quadratic in files with many handlers).
   */
  private variableOf(identifier: Node): Variable | null {
    return resolveVariable(scopeOf(this.sourceCode, identifier), identifier);
  }

  /** The variable an import specifier or a destructuring property (`const { Video } = require(…)`) declares. */
  private variableDeclaredBy(node: Node): Variable | null {
    let identifier: Node | null = null;
    if (node.type === 'ImportSpecifier' || node.type === 'ImportDefaultSpecifier') identifier = node.local;
    else if (node.type === 'Property') identifier = node.value;
    if (identifier?.type !== 'Identifier') return null;
    return this.variableOf(identifier);
  }

  // --- by name ---

  private matchByName(node: TSESTree.CallExpression): SdkCall | null {
    const callee = getCalleeMember(node);
    if (!callee) return null;
    const method = getPropertyName(callee);
    const candidates = method === null ? undefined : OPERATIONS_BY_METHOD.get(method);
    if (!candidates) return null;
    const names = receiverNames(callee.object);
    const receiver = names[names.length - 1] ?? '';
    if (UNRELATED_RECEIVER.test(receiver) || OTHER_VONAGE_PRODUCT.test(receiver)) return null;
    const namedAfterVonage = names.some(name => VONAGE_NAME_PATTERN.test(name) || /^(?:ot|video)$/i.test(name) || /video(?:service|client|api)/i.test(name));
    // A `session`/`sessionRef.current` receiver is a client session: the server SDKs' session object has no such methods.
    const clientReceiver = /session$|^current$/i.test(receiver);
    const reactNative = [...this.componentVariables.values()].some(component => component.module === 'opentok-react-native');
    const ordered = clientReceiver
      ? candidates
          .filter(operation => CLIENT_RECEIVERS.has(operation.receiver))
          .sort((a, b) => Number(reactNative ? a.receiver !== 'react-native-session' : a.receiver === 'react-native-session') - Number(reactNative ? b.receiver !== 'react-native-session' : b.receiver === 'react-native-session'))
      : preferBySignature(candidates, node, receiver);
    for (const operation of ordered) {
      if (operation.trackedOnly) continue;
      if (!fitsShape(operation, node.arguments)) continue;
      if (!operation.distinctiveName && !this.showsVonageUsage && !namedAfterVonage) continue;
      return { node, operation, sdk: SDK_OF_RECEIVER[operation.receiver], confidence: 'by-name' };
    }
    return null;
  }
}

/**
 * `opentok` takes a Node-style callback and `@vonage/video` returns a promise: with no callback, and no receiver named
 * after opentok, the promise-style SDK comes first (`await video.createSession()` is `@vonage/video`).
 */
function preferBySignature(candidates: readonly OperationSpec[], node: TSESTree.CallExpression, receiver: string): readonly OperationSpec[] {
  const last = node.arguments[node.arguments.length - 1];
  const hasCallback = last?.type === 'ArrowFunctionExpression' || last?.type === 'FunctionExpression';
  if (hasCallback || /opentok|tokbox|^ot$/i.test(receiver)) return candidates;
  return [...candidates].sort((a, b) => Number(a.receiver !== 'vonage-video') - Number(b.receiver !== 'vonage-video'));
}

function fitsShape({ shape, optionsArg }: OperationSpec, args: readonly TSESTree.CallExpressionArgument[]): boolean {
  const options = optionsArg === undefined ? undefined : args[optionsArg];
  if (shape.optionNames && options?.type === 'ObjectExpression' && !options.properties.every(property => hasOptionName(property, shape))) return false;
  if (args.length < shape.min || args.length > shape.max || args.some(argument => argument.type === 'SpreadElement')) return false;
  for (const index of shape.idArgs ?? []) {
    const argument = args[index];
    if (!argument) continue;
    switch (argument.type) {
      case 'ObjectExpression':
      case 'ArrayExpression':
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
      case 'ClassExpression':
        return false;
      case 'Literal':
        if (typeof argument.value !== 'string' && argument.value !== null) return false;
        break;
      default:
        break;
    }
  }
  for (const index of shape.objectArgs ?? []) {
    const argument = args[index];
    if (!argument) continue;
    if (argument.type === 'Literal' && argument.value !== null) return false;
    if (argument.type === 'TemplateLiteral' || argument.type === 'ArrayExpression') return false;
  }
  return true;
}

/** A property the SDK's options can have (spreads and computed keys are given the benefit of the doubt). */
function hasOptionName(property: TSESTree.ObjectLiteralElement, shape: ArgumentShape): boolean {
  if (property.type !== 'Property' || property.computed) return true;
  const name = getPropertyName(property);
  return name === null || (shape.optionNames ?? []).includes(name);
}

function enclosingClassBody(node: Node): TSESTree.ClassBody | null {
  for (let current: Node | undefined = node.parent; current; current = current.parent) {
    if (current.type === 'ClassBody') return current;
  }
  return null;
}

function programOf(globalScope: Scope): TSESTree.Program {
  return globalScope.block as TSESTree.Program;
}

// --- the shared, per-file entry point -------------------------------------------------------------------------------

/** A file with no Vonage usage: no constructions, no calls, nothing to match. */
const NO_SDK_USAGE: SdkFile = {
  constructions: [],
  trackedCalls: [],
  showsVonageUsage: false,
  matchCall: () => null,
  matchComponent: () => null,
  callsAppCode: () => false,
  wrapperAt: () => null,
  appValueAt: () => null,
  hasAppValues: false,
};

const analyses = new WeakMap<object, Map<Detection, FileAnalysis>>();

/** Reads the shared setting `settings['vonage-video'].detection` (`'all'` by default). */
export function getDetection(settings: Readonly<Record<string, unknown>> | undefined): Detection {
  return readSettings(settings).detection === 'tracked' ? 'tracked' : 'all';
}

/**
 * Whether the file may reach Vonage: its own text shows it, or (with the project model on) it imports, under an
 * SDK-like name, an app module through which the app's own wrappers reach it. Rules that also check wrapper calls
 * return early on this.
 */
export function mayReachVonage(context: LintedFile): boolean {
  return mayUseVonage(context.sourceCode) || reachesVonageThroughImports(context);
}

/**
 * The file asked about last (its text, settings, working directory and name), and its answer: the rules ask one after
 * another about the file being linted (one slot, as for the file markers; a file asked about again after another is
 * answered again, the same way).
 */
let lastReachAsked: { sourceCode?: object; settings?: object; cwd?: string; file?: string } = {};
let lastReach = false;
/** The working directory last found to lie in `node_modules` (`isFencedOff`). */
let fencedCwd: string | undefined;

/** The specifiers of the file's imports of the app's own modules used under SDK-like names (`sdkLikeImportSpecifiers`). */
function sdkLikeImportsOf(sourceCode: Readonly<TSESLint.SourceCode>, file: string, options: ResolverOptions): string[] {
  const globalScope = sourceCode.scopeManager?.globalScope as Scope | undefined;
  if (!globalScope) return [];
  return sdkLikeImportSpecifiers(sourceCode.ast, globalScope, sourceCode.text, specifier => mayNameAppModule(specifier, file, options));
}

/**
 * With the project model on, a file with no Vonage usage of its own reaches Vonage through its imports when one is
 * used under an SDK-like name and resolves to an app module that shows Vonage usage, itself or through its own
 * imports (their text only: see `project/reach.ts`).
 */
export function reachesVonageThroughImports(context: LintedFile): boolean {
  // A package linted in place: nothing under its working directory can be the app's own module (the common case of
  // the benchmark corpus, and of any lint run inside node_modules), answered before anything else is read.
  if (context.cwd === fencedCwd) return false;
  const { sourceCode, settings, cwd, filename: file } = context;
  const last = lastReachAsked;
  if (sourceCode === last.sourceCode && settings === last.settings && cwd === last.cwd && file === last.file) return lastReach;
  lastReachAsked = { sourceCode, settings, cwd, file };
  lastReach = false;
  if (isFencedOff(cwd)) {
    fencedCwd = cwd;
    return false;
  }
  const setting = getProjectSetting(settings);
  if (!setting.enabled) return false;
  const options: ResolverOptions = { cwd, tsconfig: setting.tsconfig };
  const result = path.isAbsolute(file) && importsReachVonage(sdkLikeImportsOf(sourceCode, file, options), file, options, textShowsVonage);
  lastReach = result;
  return result;
}

/**
 * Words a module that reaches Vonage only through the app's own wrappers (`createRoom`, `joinToken`, `lobby.start`)
 * still contains, and an import: the project model parses another module only when its text shows Vonage usage or these.
 */
const PROJECT_MARKER = /[Tt]oken|TOKEN|[Ss]ession|SESSION|[Aa]rchiv|ARCHIV|[Bb]roadcast|[Rr]oom|[Mm]eeting|[Mm]oderat|[Kk]ick|[Ss]ip[A-Z(]/;
const IMPORT_MARKER = /\bimport\b|\brequire\s*\(|\bfrom\s*['"]/;

/** What a module's text can show (see `ProjectContext.textShows`). */
export function moduleTextShows(text: string): 'vonage' | 'project' | null {
  if (textShowsVonage(text)) return 'vonage';
  return PROJECT_MARKER.test(text) && IMPORT_MARKER.test(text) ? 'project' : null;
}

/** The one-file analysis of another module of the app, for its summary (tracked only: no guessing across files). */
export function analyseModule(sourceCode: ModuleSourceCode, project: ProjectContext): AnalysedModule {
  const analysis = new FileAnalysis(sourceCode as unknown as TSESLint.SourceCode, 'tracked', project);
  return { constructions: analysis.constructions, operationCalls: [...analysis.trackedCalls, ...analysis.resolvedCalls] };
}

/** The SDK usage of the file being linted; computed once per file and shared by every rule. */
export function getSdkFile(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): SdkFile {
  const sourceCode = context.sourceCode;
  const detection = getDetection(context.settings);
  const cached = analyses.get(sourceCode)?.get(detection);
  if (cached) return cached;
  const vonage = mayUseVonage(sourceCode);
  if (!vonage && !reachesVonageThroughImports(context)) return NO_SDK_USAGE;
  const project = createProjectContext(context, analyseModule, moduleTextShows);
  if (!vonage && !project) return NO_SDK_USAGE;
  if (project) project.sdkLikeImportsOnly = !vonage;
  let byDetection = analyses.get(sourceCode);
  if (!byDetection) {
    byDetection = new Map();
    analyses.set(sourceCode, byDetection);
  }
  const analysis = new FileAnalysis(sourceCode, detection, project);
  byDetection.set(detection, analysis);
  return analysis;
}
