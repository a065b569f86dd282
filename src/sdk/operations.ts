/**
 * The operations of the Vonage Video SDKs, as data (facts from shared/sdk-reference.md sections 1.3, 2.3, 3.3, 4.2).
 *
 * Every rule that cares about "a call that generates a token" or "a call that starts an archive" asks the call matcher
 * (src/analysis/sdk-calls.ts) for the operation *kind*, never for a method name, so that `opentok`'s
 * `generateToken(sid, opts)` and `@vonage/video`'s `generateClientToken(sid, opts)` are one concept.
 */

/** Which object a method lives on. */
export type ReceiverKind =
  /** `new OpenTok(key, secret)` (package `opentok`). */
  | 'opentok'
  /** The `Session` handed to `opentok.createSession`'s callback (`session.generateToken(opts)`). */
  | 'opentok-session'
  /** `new Video(credentials)` (`@vonage/video`), or `vonage.video`. */
  | 'vonage-video'
  /** `new Vonage(credentials)` (`@vonage/server-sdk`): its `.video` is a `vonage-video`. */
  | 'vonage'
  /** The browser SDK namespace: `OT` (global, `window.OT`, `TB`, `@opentok/client`, `@vonage/client-sdk-video`). */
  | 'ot'
  /** The browser `Session` returned by `OT.initSession(...)`. */
  | 'browser-session'
  /** opentok-react-native's `<OTSession>` ref (`sessionRef.current`). Only ever matched by name. */
  | 'react-native-session';

export type SdkName = 'opentok' | '@vonage/video' | 'browser' | 'opentok-react-native';

export const SDK_OF_RECEIVER: Readonly<Record<ReceiverKind, SdkName>> = {
  opentok: 'opentok',
  'opentok-session': 'opentok',
  'vonage-video': '@vonage/video',
  vonage: '@vonage/video',
  ot: 'browser',
  'browser-session': 'browser',
  'react-native-session': 'opentok-react-native',
};

export type OperationKind =
  | 'token.generate'
  | 'session.create'
  | 'archive.start'
  | 'archive.stop'
  | 'archive.delete'
  | 'archive.read'
  | 'archive.update'
  | 'broadcast.start'
  | 'broadcast.stop'
  | 'broadcast.update'
  | 'sip.dial'
  | 'sip.dtmf'
  | 'audio-connector.connect'
  | 'render.start'
  | 'render.stop'
  | 'captions.start'
  | 'captions.stop'
  | 'moderation.disconnect'
  | 'moderation.unpublish'
  | 'moderation.mute'
  | 'moderation.mute-all'
  | 'moderation.disable-mute'
  | 'signal.send'
  | 'stream.read'
  | 'stream.layout'
  | 'callback.register'
  | 'client.init-session'
  | 'client.init-publisher'
  | 'client.connect'
  | 'client.publish'
  | 'client.set-log-level'
  | 'client.set-proxy-url'
  | 'client.set-encryption-secret';

/** How the arguments of a call must look for a call to count as this operation when matched *by name*. */
export interface ArgumentShape {
  min: number;
  max: number;
  /** Positions that must not be an object literal, array literal, function, number or boolean literal (an ID). */
  idArgs?: readonly number[];
  /** Positions that, when present, must be an object (literal or a reference), never a string/number literal. */
  objectArgs?: readonly number[];
  /**
   * The option names the SDK takes at `optionsArg`: an object literal there with any other key is a project's own
   * function of the same name (`tokenService.generateToken(id, { length: 32 })`), not the SDK's.
   */
  optionNames?: readonly string[];
}

export interface OperationSpec {
  method: string;
  receiver: ReceiverKind;
  kind: OperationKind;
  /**
   * True for operations that grant access, cost usage or act on other participants: they belong behind
   * authentication (guide: "Ensure server generating token is behind authenticated endpoint", "Control who is able
   * to begin archiving", "Set up Moderator permissions to force disconnect").
   */
  privileged: boolean;
  /** Index of the session ID argument, if the operation takes one. */
  sessionIdArg?: number;
  /** Index of the options object argument, if the operation takes one. */
  optionsArg?: number;
  /** The name is distinctive enough to be matched by name in any file, not only in files that show Vonage usage. */
  distinctiveName?: boolean;
  /** Matched only on a traced receiver, never by name (the name is too common: `connect`, `publish`). */
  trackedOnly?: boolean;
  /** Deprecated or misspelled alias kept by the SDK. */
  deprecated?: boolean;
  shape: ArgumentShape;
}

const cb = 1; // an optional Node-style callback, counted in `max`
/** Token options of both server SDKs (opentok's Vonage mode reads `expire_time`). */
const TOKEN_OPTION_NAMES = ['role', 'expireTime', 'expire_time', 'data', 'initialLayoutClassList'];
/** `createSession` options of both server SDKs. */
const SESSION_OPTION_NAMES_ALL = ['mediaMode', 'archiveMode', 'location', 'e2ee', 'archiveName', 'archiveResolution'];

/** Force operations a moderator performs on other participants (disconnect, unpublish, mute one or all). */
export const MODERATOR_FORCE_KINDS: ReadonlySet<OperationKind> = new Set<OperationKind>(['moderation.disconnect', 'moderation.unpublish', 'moderation.mute', 'moderation.mute-all']);

export const OPERATIONS: readonly OperationSpec[] = [
  // --- opentok (legacy Node SDK): callback style -----------------------------------------------------------------
  { method: 'generateToken', receiver: 'opentok', kind: 'token.generate', privileged: true, sessionIdArg: 0, optionsArg: 1, shape: { min: 1, max: 3, idArgs: [0], objectArgs: [1], optionNames: TOKEN_OPTION_NAMES } },
  { method: 'createSession', receiver: 'opentok', kind: 'session.create', privileged: true, optionsArg: 0, shape: { min: 0, max: 1 + cb, objectArgs: [0], optionNames: SESSION_OPTION_NAMES_ALL } },
  { method: 'startArchive', receiver: 'opentok', kind: 'archive.start', privileged: true, sessionIdArg: 0, optionsArg: 1, shape: { min: 1, max: 2 + cb, idArgs: [0] } },
  { method: 'stopArchive', receiver: 'opentok', kind: 'archive.stop', privileged: true, shape: { min: 1, max: 1 + cb, idArgs: [0] } },
  { method: 'deleteArchive', receiver: 'opentok', kind: 'archive.delete', privileged: true, shape: { min: 1, max: 1 + cb, idArgs: [0] } },
  { method: 'getArchive', receiver: 'opentok', kind: 'archive.read', privileged: false, shape: { min: 1, max: 1 + cb, idArgs: [0] } },
  { method: 'listArchives', receiver: 'opentok', kind: 'archive.read', privileged: false, optionsArg: 0, shape: { min: 0, max: 1 + cb } },
  { method: 'setArchiveLayout', receiver: 'opentok', kind: 'archive.update', privileged: true, shape: { min: 2, max: 4 + cb, idArgs: [0] } },
  { method: 'addArchiveStream', receiver: 'opentok', kind: 'archive.update', privileged: true, shape: { min: 2, max: 3 + cb, idArgs: [0, 1] } },
  { method: 'removeArchiveStream', receiver: 'opentok', kind: 'archive.update', privileged: true, shape: { min: 2, max: 2 + cb, idArgs: [0, 1] } },
  { method: 'startBroadcast', receiver: 'opentok', kind: 'broadcast.start', privileged: true, sessionIdArg: 0, optionsArg: 1, shape: { min: 2, max: 2 + cb, idArgs: [0], objectArgs: [1] } },
  { method: 'stopBroadcast', receiver: 'opentok', kind: 'broadcast.stop', privileged: true, shape: { min: 1, max: 1 + cb, idArgs: [0] } },
  { method: 'setBroadcastLayout', receiver: 'opentok', kind: 'broadcast.update', privileged: true, shape: { min: 2, max: 4 + cb, idArgs: [0] } },
  { method: 'dial', receiver: 'opentok', kind: 'sip.dial', privileged: true, sessionIdArg: 0, optionsArg: 3, shape: { min: 3, max: 4 + cb, idArgs: [0, 1] } },
  { method: 'playDTMF', receiver: 'opentok', kind: 'sip.dtmf', privileged: true, sessionIdArg: 0, shape: { min: 3, max: 3 + cb, idArgs: [0] } },
  { method: 'websocketConnect', receiver: 'opentok', kind: 'audio-connector.connect', privileged: true, sessionIdArg: 0, optionsArg: 3, distinctiveName: true, shape: { min: 3, max: 4 + cb, idArgs: [0, 1] } },
  { method: 'startRender', receiver: 'opentok', kind: 'render.start', privileged: true, optionsArg: 0, shape: { min: 1, max: 1 + cb, objectArgs: [0] } },
  { method: 'stopRender', receiver: 'opentok', kind: 'render.stop', privileged: true, shape: { min: 1, max: 1 + cb, idArgs: [0] } },
  { method: 'startCaptions', receiver: 'opentok', kind: 'captions.start', privileged: true, sessionIdArg: 0, optionsArg: 2, shape: { min: 3, max: 3 + cb, idArgs: [0, 1] } },
  { method: 'stopCaptions', receiver: 'opentok', kind: 'captions.stop', privileged: true, shape: { min: 1, max: 1 + cb, idArgs: [0] } },
  { method: 'forceDisconnect', receiver: 'opentok', kind: 'moderation.disconnect', privileged: true, sessionIdArg: 0, shape: { min: 2, max: 2 + cb, idArgs: [0, 1] } },
  { method: 'forceMuteStream', receiver: 'opentok', kind: 'moderation.mute', privileged: true, sessionIdArg: 0, distinctiveName: true, shape: { min: 2, max: 2 + cb, idArgs: [0, 1] } },
  { method: 'forceMuteAll', receiver: 'opentok', kind: 'moderation.mute-all', privileged: true, sessionIdArg: 0, optionsArg: 1, distinctiveName: true, shape: { min: 1, max: 2 + cb, idArgs: [0] } },
  { method: 'disableForceMute', receiver: 'opentok', kind: 'moderation.disable-mute', privileged: true, sessionIdArg: 0, distinctiveName: true, shape: { min: 1, max: 1 + cb, idArgs: [0] } },
  { method: 'signal', receiver: 'opentok', kind: 'signal.send', privileged: true, sessionIdArg: 0, optionsArg: 2, shape: { min: 3, max: 3 + cb, idArgs: [0], objectArgs: [2] } },
  { method: 'listStreams', receiver: 'opentok', kind: 'stream.read', privileged: false, sessionIdArg: 0, shape: { min: 1, max: 1 + cb, idArgs: [0] } },
  { method: 'getStream', receiver: 'opentok', kind: 'stream.read', privileged: false, sessionIdArg: 0, shape: { min: 2, max: 2 + cb, idArgs: [0, 1] } },
  { method: 'setStreamClassLists', receiver: 'opentok', kind: 'stream.layout', privileged: true, sessionIdArg: 0, shape: { min: 2, max: 2 + cb, idArgs: [0] } },
  { method: 'registerCallback', receiver: 'opentok', kind: 'callback.register', privileged: true, optionsArg: 0, shape: { min: 1, max: 1 + cb, objectArgs: [0] } },
  { trackedOnly: true, method: 'generateToken', receiver: 'opentok-session', kind: 'token.generate', privileged: true, optionsArg: 0, shape: { min: 0, max: 1, objectArgs: [0] } },

  // --- @vonage/video and vonage.video: promise style ---------------------------------------------------------------
  { method: 'generateClientToken', receiver: 'vonage-video', kind: 'token.generate', privileged: true, sessionIdArg: 0, optionsArg: 1, distinctiveName: true, shape: { min: 1, max: 2, idArgs: [0], objectArgs: [1], optionNames: TOKEN_OPTION_NAMES } },
  { method: 'createSession', receiver: 'vonage-video', kind: 'session.create', privileged: true, optionsArg: 0, shape: { min: 0, max: 1, objectArgs: [0], optionNames: SESSION_OPTION_NAMES_ALL } },
  { method: 'startArchive', receiver: 'vonage-video', kind: 'archive.start', privileged: true, sessionIdArg: 0, optionsArg: 1, shape: { min: 1, max: 2, idArgs: [0], objectArgs: [1] } },
  { method: 'stopArchive', receiver: 'vonage-video', kind: 'archive.stop', privileged: true, shape: { min: 1, max: 1, idArgs: [0] } },
  { method: 'deleteArchive', receiver: 'vonage-video', kind: 'archive.delete', privileged: true, shape: { min: 1, max: 1, idArgs: [0] } },
  { method: 'getArchive', receiver: 'vonage-video', kind: 'archive.read', privileged: false, shape: { min: 1, max: 1, idArgs: [0] } },
  { method: 'searchArchives', receiver: 'vonage-video', kind: 'archive.read', privileged: false, optionsArg: 0, shape: { min: 0, max: 1 } },
  { method: 'updateArchiveLayout', receiver: 'vonage-video', kind: 'archive.update', privileged: true, shape: { min: 2, max: 2, idArgs: [0] } },
  { method: 'addArchiveStream', receiver: 'vonage-video', kind: 'archive.update', privileged: true, shape: { min: 2, max: 4, idArgs: [0, 1] } },
  { method: 'removeArchiveStream', receiver: 'vonage-video', kind: 'archive.update', privileged: true, shape: { min: 2, max: 2, idArgs: [0, 1] } },
  { method: 'startBroadcast', receiver: 'vonage-video', kind: 'broadcast.start', privileged: true, sessionIdArg: 0, optionsArg: 1, shape: { min: 2, max: 2, idArgs: [0], objectArgs: [1] } },
  { method: 'stopBroadcast', receiver: 'vonage-video', kind: 'broadcast.stop', privileged: true, shape: { min: 1, max: 1, idArgs: [0] } },
  { method: 'updateBroadcast', receiver: 'vonage-video', kind: 'broadcast.update', privileged: true, optionsArg: 0, shape: { min: 1, max: 1, objectArgs: [0] } },
  { method: 'initiateSIPCall', receiver: 'vonage-video', kind: 'sip.dial', privileged: true, sessionIdArg: 0, optionsArg: 1, distinctiveName: true, shape: { min: 2, max: 2, idArgs: [0], objectArgs: [1] } },
  { method: 'intiateSIPCall', receiver: 'vonage-video', kind: 'sip.dial', privileged: true, sessionIdArg: 0, optionsArg: 1, distinctiveName: true, deprecated: true, shape: { min: 2, max: 2, idArgs: [0], objectArgs: [1] } },
  { method: 'playDTMF', receiver: 'vonage-video', kind: 'sip.dtmf', privileged: true, sessionIdArg: 0, shape: { min: 2, max: 3, idArgs: [0] } },
  { method: 'connectToWebsocket', receiver: 'vonage-video', kind: 'audio-connector.connect', privileged: true, sessionIdArg: 0, optionsArg: 2, distinctiveName: true, shape: { min: 3, max: 3, idArgs: [0, 1], objectArgs: [2] } },
  { method: 'startExperienceComposerRender', receiver: 'vonage-video', kind: 'render.start', privileged: true, sessionIdArg: 0, optionsArg: 2, distinctiveName: true, shape: { min: 3, max: 3, idArgs: [0, 1], objectArgs: [2] } },
  { method: 'stopExperienceComposerRender', receiver: 'vonage-video', kind: 'render.stop', privileged: true, distinctiveName: true, shape: { min: 1, max: 1, idArgs: [0] } },
  { method: 'enableCaptions', receiver: 'vonage-video', kind: 'captions.start', privileged: true, sessionIdArg: 0, optionsArg: 2, shape: { min: 2, max: 3, idArgs: [0, 1] } },
  { method: 'disableCaptions', receiver: 'vonage-video', kind: 'captions.stop', privileged: true, shape: { min: 1, max: 1, idArgs: [0] } },
  { method: 'disconnectClient', receiver: 'vonage-video', kind: 'moderation.disconnect', privileged: true, sessionIdArg: 0, shape: { min: 2, max: 2, idArgs: [0, 1] } },
  { method: 'muteStream', receiver: 'vonage-video', kind: 'moderation.mute', privileged: true, sessionIdArg: 0, shape: { min: 2, max: 2, idArgs: [0, 1] } },
  { method: 'forceMuteAll', receiver: 'vonage-video', kind: 'moderation.mute-all', privileged: true, sessionIdArg: 0, distinctiveName: true, shape: { min: 1, max: 2, idArgs: [0] } },
  { method: 'disableForceMute', receiver: 'vonage-video', kind: 'moderation.disable-mute', privileged: true, sessionIdArg: 0, distinctiveName: true, shape: { min: 1, max: 2, idArgs: [0] } },
  { method: 'sendSignal', receiver: 'vonage-video', kind: 'signal.send', privileged: true, sessionIdArg: 1, optionsArg: 0, shape: { min: 2, max: 3, objectArgs: [0], idArgs: [1] } },
  { method: 'getStreamInfo', receiver: 'vonage-video', kind: 'stream.read', privileged: false, sessionIdArg: 0, shape: { min: 1, max: 2, idArgs: [0] } },
  { method: 'setStreamClassLists', receiver: 'vonage-video', kind: 'stream.layout', privileged: true, sessionIdArg: 0, shape: { min: 2, max: 2, idArgs: [0] } },

  // --- browser SDK: OT namespace and Session ------------------------------------------------------------------------
  { trackedOnly: true, method: 'initSession', receiver: 'ot', kind: 'client.init-session', privileged: false, sessionIdArg: 1, optionsArg: 2, shape: { min: 1, max: 3 } },
  { trackedOnly: true, method: 'initPublisher', receiver: 'ot', kind: 'client.init-publisher', privileged: false, optionsArg: 1, shape: { min: 0, max: 3 } },
  { trackedOnly: true, method: 'setLogLevel', receiver: 'ot', kind: 'client.set-log-level', privileged: false, shape: { min: 1, max: 1 } },
  { trackedOnly: true, method: 'setProxyUrl', receiver: 'ot', kind: 'client.set-proxy-url', privileged: false, shape: { min: 1, max: 1 } },
  { trackedOnly: true, method: 'connect', receiver: 'browser-session', kind: 'client.connect', privileged: false, shape: { min: 1, max: 2 } },
  { trackedOnly: true, method: 'publish', receiver: 'browser-session', kind: 'client.publish', privileged: false, shape: { min: 0, max: 3 } },
  { method: 'forceDisconnect', receiver: 'browser-session', kind: 'moderation.disconnect', privileged: true, shape: { min: 1, max: 2 } },
  { method: 'forceUnpublish', receiver: 'browser-session', kind: 'moderation.unpublish', privileged: true, distinctiveName: true, shape: { min: 1, max: 2 } },
  { method: 'forceMuteStream', receiver: 'browser-session', kind: 'moderation.mute', privileged: true, distinctiveName: true, shape: { min: 1, max: 1 } },
  { method: 'forceMuteAll', receiver: 'browser-session', kind: 'moderation.mute-all', privileged: true, distinctiveName: true, shape: { min: 0, max: 1 } },
  { method: 'disableForceMute', receiver: 'browser-session', kind: 'moderation.disable-mute', privileged: true, distinctiveName: true, shape: { min: 0, max: 0 } },
  { trackedOnly: true, method: 'signal', receiver: 'browser-session', kind: 'signal.send', privileged: false, optionsArg: 0, shape: { min: 1, max: 2, objectArgs: [0] } },
  { method: 'setEncryptionSecret', receiver: 'browser-session', kind: 'client.set-encryption-secret', privileged: false, distinctiveName: true, shape: { min: 1, max: 1 } },

  // --- opentok-react-native: the <OTSession> ref --------------------------------------------------------------------
  { method: 'forceDisconnect', receiver: 'react-native-session', kind: 'moderation.disconnect', privileged: true, shape: { min: 1, max: 1 } },
  { method: 'forceMuteStream', receiver: 'react-native-session', kind: 'moderation.mute', privileged: true, distinctiveName: true, shape: { min: 1, max: 1 } },
  { method: 'forceMuteAll', receiver: 'react-native-session', kind: 'moderation.mute-all', privileged: true, distinctiveName: true, shape: { min: 0, max: 1 } },
  { method: 'disableForceMute', receiver: 'react-native-session', kind: 'moderation.disable-mute', privileged: true, distinctiveName: true, shape: { min: 0, max: 0 } },
  { method: 'setEncryptionSecret', receiver: 'react-native-session', kind: 'client.set-encryption-secret', privileged: false, distinctiveName: true, shape: { min: 1, max: 1 } },
];

/** Operations on one receiver kind, by method name. */
export function operationsOf(receiver: ReceiverKind): ReadonlyMap<string, OperationSpec> {
  return OPERATIONS_BY_RECEIVER.get(receiver) ?? new Map();
}

const OPERATIONS_BY_RECEIVER = new Map<ReceiverKind, Map<string, OperationSpec>>();
/** Every operation with a given method name, in table order (server SDKs first). */
export const OPERATIONS_BY_METHOD = new Map<string, OperationSpec[]>();
for (const operation of OPERATIONS) {
  let byMethod = OPERATIONS_BY_RECEIVER.get(operation.receiver);
  if (!byMethod) {
    byMethod = new Map();
    OPERATIONS_BY_RECEIVER.set(operation.receiver, byMethod);
  }
  byMethod.set(operation.method, operation);
  const sameName = OPERATIONS_BY_METHOD.get(operation.method) ?? [];
  sameName.push(operation);
  OPERATIONS_BY_METHOD.set(operation.method, sameName);
}
