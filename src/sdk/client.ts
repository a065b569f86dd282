/**
 * Facts about the client SDKs' permission checks and log levels (shared/sdk-reference.md sections 3.3, 3.4, 3.6
 * and 4.2).
 */
import type { OperationKind } from './operations';

/**
 * OpenTok.js log levels (`OT.NONE` … `OT.SPAM`), as `OT.setLogLevel(level)` takes them. An invalid value logs an error
 * and falls back to `WARN`.
 */
export const CLIENT_LOG_LEVELS = { NONE: 0, ERROR: 1, WARN: 2, INFO: 3, LOG: 4, DEBUG: 5, SPAM: 6 } as const;
export type ClientLogLevelName = keyof typeof CLIENT_LOG_LEVELS;

/** `LOG` and above (`LOG`, `DEBUG`, `SPAM`) log every API action, where connection (token) data can be read. */
export const VERBOSE_CLIENT_LOG_LEVEL: number = CLIENT_LOG_LEVELS.LOG;

/** The level to use in production: errors only. */
export const QUIET_CLIENT_LOG_LEVEL: ClientLogLevelName = 'ERROR';

/** The name of a log level number, if it is one. */
export function clientLogLevelName(level: number): ClientLogLevelName | null {
  for (const [name, value] of Object.entries(CLIENT_LOG_LEVELS)) if (value === level) return name as ClientLogLevelName;
  return null;
}

/**
 * The permission each client operation needs, by how a session reports it:
 * - the browser `session.capabilities.<name>`: a Number, `1` when permitted and `0` when not (undefined until the
 *   session has connected); `session.capabilities.permittedTo('<name>')` tests the same;
 * - opentok-react-native's `await sessionRef.current.getCapabilities()`: an object of booleans `can<Name>`.
 *   React Native has no `forceUnpublish`, and publishing there is not a session method.
 */
export interface RequiredCapability {
  browser: string;
  reactNative: string | null;
}

export const CAPABILITY_OF_OPERATION: Readonly<Partial<Record<OperationKind, RequiredCapability>>> = {
  'moderation.disconnect': { browser: 'forceDisconnect', reactNative: 'canForceDisconnect' },
  'moderation.unpublish': { browser: 'forceUnpublish', reactNative: null },
  'moderation.mute': { browser: 'forceMute', reactNative: 'canForceMute' },
  'moderation.mute-all': { browser: 'forceMute', reactNative: 'canForceMute' },
  'moderation.disable-mute': { browser: 'forceMute', reactNative: 'canForceMute' },
  'client.publish': { browser: 'publish', reactNative: 'canPublish' },
};

/** The browser session's property holding its capabilities, and the method on it that tests one by name. */
export const BROWSER_CAPABILITIES_PROPERTY = 'capabilities';
export const BROWSER_PERMITTED_TO_METHOD = 'permittedTo';
/** The value of a granted browser capability. */
export const CAPABILITY_GRANTED = 1;

/** opentok-react-native's session ref method that resolves to the capability booleans. */
export const REACT_NATIVE_CAPABILITIES_METHOD = 'getCapabilities';
/** The module whose `<OTSession>` ref has `getCapabilities()`. */
export const REACT_NATIVE_MODULE = 'opentok-react-native';

/** The error a client operation fails with when the token's role does not allow it. */
export const PERMISSION_DENIED_ERROR = 'OT_PERMISSION_DENIED';
