/**
 * How each Vonage Video SDK is reached from user code (facts from shared/sdk-reference.md sections 1.1, 2.1, 3.1, 4).
 */
import type { ReceiverKind } from './operations';

/** A constructor exported by a server SDK, and what `new` (or a plain call, for `opentok`) gives back. */
export interface SdkConstructor {
  /** Module specifier. */
  module: string;
  /** Export name; `null` for the module itself (`require('opentok')`, `import OpenTok from 'opentok'`). */
  exportName: string | null;
  /** Name shown in messages. */
  displayName: string;
  /** The instance's receiver kind, or `null` for credential holders that expose no operations (`Auth`). */
  instance: ReceiverKind | null;
  /** `opentok` may be called without `new`. */
  callable: boolean;
  /** How the constructor takes credentials. */
  credentials: 'positional-key-secret' | 'object';
}

export const SERVER_CONSTRUCTORS: readonly SdkConstructor[] = [
  { module: 'opentok', exportName: null, displayName: 'OpenTok', instance: 'opentok', callable: true, credentials: 'positional-key-secret' },
  { module: '@vonage/video', exportName: 'Video', displayName: 'Video', instance: 'vonage-video', callable: false, credentials: 'object' },
  { module: '@vonage/server-sdk', exportName: 'Vonage', displayName: 'Vonage', instance: 'vonage', callable: false, credentials: 'object' },
  { module: '@vonage/auth', exportName: 'Auth', displayName: 'Auth', instance: null, callable: false, credentials: 'object' },
];

/** npm packages of the browser SDK; each one's module value is the `OT` namespace. */
export const BROWSER_SDK_MODULES: readonly string[] = ['@opentok/client', '@vonage/client-sdk-video'];

/** Globals under which script-tag pages reach the browser SDK (`TB` is the deprecated alias). */
export const BROWSER_SDK_GLOBALS: readonly string[] = ['OT', 'TB'];

/** React wrappers and the components they export. */
export const REACT_COMPONENT_MODULES: Readonly<Record<string, readonly string[]>> = {
  'opentok-react': ['OTSession', 'OTPublisher', 'OTStreams', 'OTSubscriber'],
  'opentok-react-native': ['OTSession', 'OTPublisher', 'OTSubscriber', 'OTSubscriberView'],
};

/** Server-side SDK packages (never belong in a browser bundle). */
export const SERVER_SDK_MODULES: readonly string[] = ['opentok', '@vonage/video', '@vonage/server-sdk'];

/** Every module that shows a file works with Vonage Video. */
export const ALL_SDK_MODULES: readonly string[] = [
  ...SERVER_SDK_MODULES,
  '@vonage/auth',
  ...BROWSER_SDK_MODULES,
  ...Object.keys(REACT_COMPONENT_MODULES),
];

/**
 * A module specifier or identifier that names Vonage Video without being one of its packages: a project's own wrapper
 * (`require('./lib/opentok')`, `import { video } from '@/services/vonage'`).
 */
export const VONAGE_NAME_PATTERN = /opentok|vonage|tokbox/i;

/**
 * How code writes the product names (module names, classes, hosts, environment variables, auth headers) and `video`
 * (`@vonage/video`, `vonage.video`, a receiver named `video`): the words a file that uses Vonage Video contains.
 */
export const PRODUCT_NAME_SPELLINGS: readonly string[] = [
  'opentok', 'Opentok', 'OpenTok', 'openTok', 'OPENTOK',
  'vonage', 'Vonage', 'VONAGE',
  'tokbox', 'Tokbox', 'TokBox', 'tokBox', 'TOKBOX',
  'video', 'Video', 'VIDEO',
];

/** Receiver kinds whose property `video` is a `vonage-video` (`vonage.video`). */
export const VIDEO_PROPERTY_OF: Partial<Record<ReceiverKind, ReceiverKind>> = { vonage: 'vonage-video' };
