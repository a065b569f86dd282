/**
 * Operation evidence: the privileged Vonage operations a handler performs, traced to the SDK or, in the *by name* tier,
 * told by the name of a helper, wrapper module or injected service that is tied to Vonage video by its words.
 */
import type { TSESTree } from '@typescript-eslint/utils';

import { importedModuleOf, receiverNames, skipValueWrappers, topLevelModules, walk } from '../../ast';
import type { FunctionNode } from '../../ast';
import { nameWords } from '../authentication-guards';
import { moduleLevelInitCall } from '../changing-values';
import { getOperationOptions, getOption } from '../operation-options';
import { AUTH_ENDPOINT_WORDS, kindFromName } from '../routes';
import type { Route } from '../routes';
import { getSdkFile } from '../sdk-calls';
import { findLiteralOrigin } from '../values';
import { TOKEN_OPTION } from '../../sdk';
import type { OperationKind } from '../../sdk';

import type { CallerEvidence } from './caller-evidence';
import type { EndpointFile } from './endpoint-file';
import { MAX_CALL_DEPTH, comparePositions } from './positions';
import type { Operation } from './positions';
import { scopeOf } from '../scope';

type Node = TSESTree.Node;

/** Words that tie a name or path to Vonage itself: enough context on their own for the *by name* tier. */
const VONAGE_WORDS = new Set(['vonage', 'opentok', 'tokbox', 'tok']);
/** Words that tie a name or path to video calls: context for the *by name* tier in files that import no other video vendor. */
const VIDEO_WORDS = new Set(['video', 'webinar', 'webinars', 'meeting', 'meetings', 'room', 'rooms', 'conference', 'conferences', 'broadcast', 'broadcasts', 'archive', 'archives', 'moderation', 'moderator']);
/** Auth-endpoint words that, in an import path, name a folder or a file (`./services/opentok-api`). */
const SOURCE_FOLDER_WORDS: ReadonlySet<string> = new Set(['api', 'id']);
/** Modules of other video vendors: their handlers are not Vonage operations. */
const OTHER_VENDOR = /twilio|agora|livekit|daily|zoom|chime|jitsi|openvidu|stream-io|getstream|100ms|videosdk|zego|dyte|whereby|mediasoup|janus|peerjs|simple-peer|sendbird|cometchat/i;

export class OperationEvidence {
  private otherVendor: boolean | null = null;

  constructor(
    private readonly file: EndpointFile,
    private readonly caller: CallerEvidence,
  ) {}

  /** The file imports another video vendor's SDK (Twilio, Agora, LiveKit…): weak video context is not Vonage there. */
  private importsOtherVendor(): boolean {
    this.otherVendor ??= topLevelModules(this.file.sourceCode.ast).some(module => OTHER_VENDOR.test(module));
    return this.otherVendor;
  }

  /**
   * Whether names and paths around a by-name match tie it to Vonage video: a Vonage word, or a video word in a file
   * that imports no other video vendor. `fileCounts` lets a file that uses the Vonage SDK count as context.
   * `sources` are import paths: there `api` and `id` are folder words (`./services/opentok-api`), not auth endpoints.
   */
  hasVideoContext(names: readonly string[], fileCounts: boolean, sources: readonly string[] = []): boolean {
    const nameWordList = names.flatMap(text => nameWords(text));
    const sourceWords = sources.flatMap(text => nameWords(text));
    if (nameWordList.some(word => AUTH_ENDPOINT_WORDS.has(word))) return false;
    if (sourceWords.some(word => AUTH_ENDPOINT_WORDS.has(word) && !SOURCE_FOLDER_WORDS.has(word))) return false;
    const words = [...nameWordList, ...sourceWords];
    if (words.some(word => VONAGE_WORDS.has(word)) || (fileCounts && getSdkFile(this.file.context).showsVonageUsage)) return true;
    return words.some(word => VIDEO_WORDS.has(word)) && !this.importsOtherVendor();
  }

  /**
   * A call to a function defined elsewhere whose name says it performs a privileged operation, on something tied to
   * Vonage video: an imported helper (`getOpenTokToken(id)` from `../interactions/opentok`), a method of an imported
   * wrapper module (`opentok.initiateArchiving(id)` with `opentok = require('./opentok')`), or of an injected service
   * (`this.videoService.createToken(…)`).
   */
  byNameCall(call: TSESTree.CallExpression): OperationKind | null {
    if (this.file.trackedOnly || getSdkFile(this.file.context).callsAppCode(call)) return null;
    const callee = skipValueWrappers(call.callee);
    const names = receiverNames(callee);
    const name = names[names.length - 1];
    if (name === undefined || (callee.type !== 'Identifier' && callee.type !== 'MemberExpression')) return null;
    const kind = kindFromName(name);
    if (!kind) return null;
    let root: Node = callee;
    while (root.type === 'MemberExpression') root = skipValueWrappers(root.object);
    if (root.type === 'ThisExpression') return this.hasVideoContext(names.slice(0, -1), false) ? kind : null;
    if (root.type !== 'Identifier' || this.caller.isLookup(call)) return null;
    const source = importedModuleOf(root, this.file.sourceCode);
    return source !== null && !OTHER_VENDOR.test(source) && this.hasVideoContext(names.slice(0, -1), false, [source]) ? kind : null;
  }

  /** The privileged Vonage operations a function performs, directly or in same-file functions it calls. */
  operationsOf(handler: FunctionNode): Operation[] {
    const operations: Operation[] = [];
    const visited = new Set<FunctionNode>();
    const visit = (fn: FunctionNode, path: number[]): void => {
      // A TypeScript `declare function` (an overload or ambient declaration) has no body to look into.
      if (visited.has(fn) || path.length > MAX_CALL_DEPTH || !(fn.body as Node | undefined)) return;
      visited.add(fn);
      walk(fn.body, this.file.sourceCode.visitorKeys, node => {
        // A token made once at module level and handed out here (`res.json({ token: TOKEN })`).
        const made = node.type === 'Identifier' ? moduleLevelInitCall(node, scopeOf(this.file.sourceCode, node)) : null;
        const madeCall = made && getSdkFile(this.file.context).matchCall(made);
        if (madeCall?.operation.kind === 'token.generate') {
          operations.push({ call: made, kind: 'token.generate', name: madeCall.operation.method, start: [...path, node.range[0]], end: [...path, node.range[1]] });
        }
        if (node.type !== 'CallExpression') return;
        const at = [...path, node.range[0]];
        const end = [...path, node.range[1]];
        const call = getSdkFile(this.file.context).matchCall(node, { wrappers: true });
        if (call?.operation.privileged && (call.sdk === 'opentok' || call.sdk === '@vonage/video')) {
          // A wrapper of the app is named as called (`calls.createRoom`), the SDK by its method.
          const name = call.wrapper ? receiverNames(node.callee).join('.') : call.operation.method;
          operations.push({ call: node, kind: call.operation.kind, name, start: at, end });
          return;
        }
        const callee = this.file.localFunction(node.callee) ?? this.file.classMethod(node);
        if (callee && callee !== fn) {
          visit(callee, at);
          return;
        }
        const kind = callee ? null : this.byNameCall(node);
        if (kind) operations.push({ call: null, kind, name: receiverNames(node.callee).join('.'), start: at, end });
      });
    };
    visit(handler, []);
    return operations.sort((a, b) => comparePositions(a.start, b.start));
  }

  onlySubscriberTokens(operations: readonly Operation[]): boolean {
    return operations.every(operation => {
      if (operation.kind !== 'token.generate' || !operation.call) return false;
      const call = getSdkFile(this.file.context).matchCall(operation.call);
      const scope = scopeOf(this.file.sourceCode, operation.call);
      const role = call && getOption(getOperationOptions(call, scope), TOKEN_OPTION.role, scope);
      return !!role && findLiteralOrigin(role.value, scope)?.text === 'subscriber';
    });
  }

  /** A handler imported from the app's own module (a controller) that reaches a privileged operation: the project model knows. */
  importedOperation(reference: Node): Operation | null {
    const wrapper = getSdkFile(this.file.context).wrapperAt(reference);
    const operation = wrapper?.operations.find(candidate => candidate.privileged);
    if (!wrapper || !operation) return null;
    return { call: null, kind: operation.kind, name: this.file.sourceCode.getText(reference), start: [reference.range[0]], end: [reference.range[1]] };
  }

  /** For a handler defined in another file: does its name (and what surrounds it) say it is privileged? */
  operationByName(route: Route, reference: Node): Operation | null {
    if (this.file.trackedOnly) return null;
    const names = receiverNames(reference);
    const handlerName = names[names.length - 1];
    if (handlerName === undefined) return null;
    const kind = kindFromName(handlerName);
    if (!kind) return null;
    let root: Node = skipValueWrappers(reference);
    while (root.type === 'MemberExpression') root = skipValueWrappers(root.object);
    const source = root.type === 'Identifier' ? importedModuleOf(root, this.file.sourceCode) : null;
    if (source !== null && OTHER_VENDOR.test(source)) return null;
    const pathWords = (route.path ?? '').split(/[^A-Za-z0-9]+/);
    if (pathWords.some(word => AUTH_ENDPOINT_WORDS.has(word.toLowerCase()))) return null;
    if (!this.hasVideoContext([...pathWords, ...names.slice(0, -1), handlerName.replace(/token|session/gi, '')], true, [source ?? ''])) return null;
    const position = [reference.range[0]];
    return { call: null, kind, name: names.join('.'), start: position, end: [reference.range[1]] };
  }
}
