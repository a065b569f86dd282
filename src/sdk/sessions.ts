/**
 * Facts about session creation in the two server SDKs (shared/sdk-reference.md sections 1.4, 2.2, 2.4, 6 and 7).
 *
 * The SDKs disagree on almost everything here: `opentok` spells media modes `'routed'`/`'relayed'` and defaults to
 * relayed; `@vonage/video` spells them with its `MediaMode` enum (`'disabled'`/`'enabled'`, the raw `p2p.preference`
 * values) and defaults to routed. `opentok` silently replaces an unknown value with its default; `@vonage/video` sends
 * any value unchanged.
 */
import type { OperationKind, SdkName } from './operations';

/** The server SDKs that create sessions. */
export type SessionSdk = Extract<SdkName, 'opentok' | '@vonage/video'>;

/** How media flows: through the Vonage Media Router (`routed`) or directly between clients (`relayed`). */
export type MediaMode = 'routed' | 'relayed';
export const MEDIA_MODES: readonly MediaMode[] = ['routed', 'relayed'];

/** Whether sessions are archived on their own (`always`) or only when the app starts an archive (`manual`). */
export type ArchiveMode = 'manual' | 'always';
export const ARCHIVE_MODES: readonly ArchiveMode[] = ['manual', 'always'];

/** Option names of `createSession`. */
export const SESSION_OPTION = { mediaMode: 'mediaMode', archiveMode: 'archiveMode', e2ee: 'e2ee', location: 'location' } as const;

/** Every option `createSession` takes in either SDK (`opentok` also sends `archiveName` and `archiveResolution`). */
export const SESSION_OPTION_NAMES: readonly string[] = [...Object.values(SESSION_OPTION), 'archiveName', 'archiveResolution'];

/**
 * Receiver names that say they are a Vonage Video client itself, for a `createSession` matched by name (the client
 * came from another module): `opentok`, `ot`, `opentokClient`; `video`, `vonage.video`, `videoClient`. A wrapper of the
 * project's own (`videoService.createSession()`, `opentokService.createSession()`) is not one: its arguments are its own.
 */
export const OPENTOK_CLIENT_NAME = /^(?:opentok|ot|tokbox)(?:client|sdk)?$/i;
export const VONAGE_VIDEO_CLIENT_NAME = /^(?:video|vonage|vonageVideo)(?:client|sdk)?$/i;

/** The module that exports the `MediaMode` and `ArchiveMode` enums. */
export const SESSION_ENUM_MODULE = '@vonage/video';

/** A string enum exported by `SESSION_ENUM_MODULE`: its export name, and each member's name and value, by mode. */
export interface SessionEnum<Mode extends string> {
  name: string;
  members: Readonly<Record<Mode, { member: string; value: string }>>;
}

/** `@vonage/video`'s `MediaMode`: `ROUTED = 'disabled'`, `RELAYED = 'enabled'`. */
export const MEDIA_MODE_ENUM: SessionEnum<MediaMode> = {
  name: 'MediaMode',
  members: { routed: { member: 'ROUTED', value: 'disabled' }, relayed: { member: 'RELAYED', value: 'enabled' } },
};

/** `@vonage/video`'s `ArchiveMode`: `MANUAL = 'manual'`, `ALWAYS = 'always'` (the same strings `opentok` takes). */
export const ARCHIVE_MODE_ENUM: SessionEnum<ArchiveMode> = {
  name: 'ArchiveMode',
  members: { manual: { member: 'MANUAL', value: 'manual' }, always: { member: 'ALWAYS', value: 'always' } },
};

export interface SessionSdkFacts {
  /** The string each media mode is sent as. */
  mediaModeValues: Readonly<Record<MediaMode, string>>;
  /** The enum the SDK's types expect for `mediaMode`, if any (TypeScript rejects a plain string there). */
  mediaModeEnum: SessionEnum<MediaMode> | null;
  defaultMediaMode: MediaMode;
  archiveModeValues: Readonly<Record<ArchiveMode, string>>;
  defaultArchiveMode: ArchiveMode;
  /** What the SDK does with a `mediaMode`/`archiveMode` string it does not know. */
  unknownValue: 'uses-default' | 'sends-unchanged';
  /** `createSession` honours `e2ee: true` (`@vonage/video` drops the option: the session is not encrypted). */
  supportsE2ee: boolean;
  /** `location` must be an IPv4 address, or the SDK fails to create the session. */
  locationMustBeIpv4: boolean;
}

export const SESSION_SDKS: Readonly<Record<SessionSdk, SessionSdkFacts>> = {
  opentok: {
    mediaModeValues: { routed: 'routed', relayed: 'relayed' },
    mediaModeEnum: null,
    defaultMediaMode: 'relayed',
    archiveModeValues: { manual: 'manual', always: 'always' },
    defaultArchiveMode: 'manual',
    unknownValue: 'uses-default',
    supportsE2ee: true,
    locationMustBeIpv4: true,
  },
  '@vonage/video': {
    mediaModeValues: { routed: MEDIA_MODE_ENUM.members.routed.value, relayed: MEDIA_MODE_ENUM.members.relayed.value },
    mediaModeEnum: MEDIA_MODE_ENUM,
    defaultMediaMode: 'routed',
    archiveModeValues: { manual: ARCHIVE_MODE_ENUM.members.manual.value, always: ARCHIVE_MODE_ENUM.members.always.value },
    defaultArchiveMode: 'manual',
    unknownValue: 'sends-unchanged',
    supportsE2ee: false,
    locationMustBeIpv4: false,
  },
};

/** A server feature that needs the Media Router to handle a session's media. */
export interface MediaFeature {
  /** Name shown in messages. */
  feature: string;
  /** It decodes media, so an end-to-end encrypted session cannot use it (documented in the E2EE guide). */
  decodesMedia: boolean;
}

/**
 * Operations that work only in routed sessions (archiving, broadcast, SIP, Audio Connector, Experience Composer, Live
 * Captions), and which of them decode media. Live Captions is documented as routed-only; the E2EE guide's list of
 * features that need decoding does not name it, so it is not claimed here.
 */
export const ROUTED_ONLY_OPERATIONS: Readonly<Partial<Record<OperationKind, MediaFeature>>> = {
  'archive.start': { feature: 'Archiving', decodesMedia: true },
  'broadcast.start': { feature: 'Live streaming broadcast', decodesMedia: true },
  'sip.dial': { feature: 'SIP Interconnect', decodesMedia: true },
  'audio-connector.connect': { feature: 'Audio Connector', decodesMedia: true },
  'render.start': { feature: 'Experience Composer', decodesMedia: true },
  'captions.start': { feature: 'Live Captions', decodesMedia: false },
};

/** The property of a created session (`opentok`'s callback `Session`, `@vonage/video`'s resolved value) holding its ID. */
export const SESSION_ID_PROPERTY = 'sessionId';
/** The option of `opentok`'s `startRender(options)` holding the session ID (it has no session ID argument). */
export const RENDER_SESSION_ID_OPTION = 'sessionId';
