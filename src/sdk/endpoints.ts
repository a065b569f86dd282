/**
 * Where the Vonage Video SDKs take URLs, as data (facts from shared/sdk-reference.md sections 1.2, 1.3, 1.6, 2.1, 2.3,
 * 3.1, 3.5, 4.1 and 6, rows 20–24): which argument or option of which constructor, operation or component is a URL,
 * what travels over it, and the hosts and file names of the Vonage services and the client SDK script.
 */

/** A path step that stands for every element of an array (or the value itself when it is a single object). */
export const EACH_ELEMENT = '[]';

/** One URL an SDK call takes. */
export interface UrlSlot {
  /** Index of the argument that holds the URL or the object it is in. */
  arg: number;
  /** Property names from that argument to the URL; empty when the argument is the URL. `EACH_ELEMENT` walks arrays. */
  path: readonly string[];
  /** What the URL is, for messages (`the \`apiUrl\` of \`OpenTok\``). */
  label: string;
  /** What travels over it, for messages (`REST calls signed with your project credentials`). */
  carries: string;
}

const REST = 'REST calls signed with your project credentials';

/** The URL of a request to the Video REST API made with an HTTP client (see `src/analysis/http-calls.ts`). */
export const REST_REQUEST_URL: Omit<UrlSlot, 'arg' | 'path'> = { label: 'a Video REST API request', carries: REST };
const CLIENT_TRAFFIC = "the client's signalling and API traffic, tokens included";
const WEBHOOK = 'the events Vonage posts to it';

/**
 * URL arguments of the server SDK constructors, by module. `opentok`'s third argument is the API URL itself or
 * `{ apiUrl, proxy, timeout }`. Its `proxy` is deliberately absent: it names a forward proxy, which carries HTTPS
 * through a `CONNECT` tunnel, so `http://proxy:3128` is its normal form (and opentok 2.23 does not even use it).
 */
export const CONSTRUCTOR_URLS: Readonly<Record<string, readonly UrlSlot[]>> = {
  opentok: [
    { arg: 2, path: [], label: 'the `apiUrl` of `OpenTok`', carries: REST },
    { arg: 2, path: ['apiUrl'], label: 'the `apiUrl` of `OpenTok`', carries: REST },
  ],
  '@vonage/video': [{ arg: 1, path: ['videoHost'], label: 'the `videoHost` of `Video`', carries: REST }],
  '@vonage/server-sdk': ['videoHost', 'apiHost', 'restHost', 'meetingsHost'].map(option => ({
    arg: 1,
    path: [option],
    label: `the \`${option}\` of \`Vonage\``,
    carries: REST,
  })),
};

const BROADCAST_RTMP: UrlSlot = {
  arg: 1,
  path: ['outputs', 'rtmp', EACH_ELEMENT, 'serverUrl'],
  label: "a broadcast's RTMP `serverUrl`",
  carries: 'the live stream and its stream key',
};
const AUDIO_CONNECTOR_CARRIES = "the session's audio and the headers sent with it";
const RENDER_URL_CARRIES = 'the page Vonage renders into your session';

/** URL arguments of SDK operations, by `<receiver>.<method>` (see `OPERATIONS`). */
export const OPERATION_URLS: Readonly<Record<string, readonly UrlSlot[]>> = {
  'opentok.startBroadcast': [BROADCAST_RTMP],
  'vonage-video.startBroadcast': [BROADCAST_RTMP],
  'opentok.websocketConnect': [{ arg: 2, path: [], label: 'the Audio Connector WebSocket URI', carries: AUDIO_CONNECTOR_CARRIES }],
  'vonage-video.connectToWebsocket': [{ arg: 2, path: ['uri'], label: 'the Audio Connector WebSocket `uri`', carries: AUDIO_CONNECTOR_CARRIES }],
  'opentok.startRender': [
    { arg: 0, path: ['url'], label: 'the Experience Composer `url`', carries: RENDER_URL_CARRIES },
    { arg: 0, path: ['statusCallbackUrl'], label: 'the Experience Composer `statusCallbackUrl`', carries: WEBHOOK },
  ],
  'vonage-video.startExperienceComposerRender': [
    { arg: 2, path: ['url'], label: 'the Experience Composer `url`', carries: RENDER_URL_CARRIES },
    { arg: 2, path: ['statusCallbackUrl'], label: 'the Experience Composer `statusCallbackUrl`', carries: WEBHOOK },
  ],
  'opentok.registerCallback': [{ arg: 0, path: ['url'], label: 'the `registerCallback` `url`', carries: WEBHOOK }],
  // opentok's startCaptions sends only languageCode, maxDuration and partialCaptions.
  'vonage-video.enableCaptions': [{ arg: 2, path: ['statusCallbackUrl'], label: 'the captions `statusCallbackUrl`', carries: WEBHOOK }],
  'ot.setProxyUrl': [{ arg: 0, path: [], label: '`OT.setProxyUrl`', carries: CLIENT_TRAFFIC }],
  // The legacy `proxyUrl` option, deprecated in favour of OT.setProxyUrl.
  'ot.initSession': [{ arg: 2, path: ['proxyUrl'], label: 'the `proxyUrl` of `OT.initSession`', carries: CLIENT_TRAFFIC }],
};

/** A SIP call: where its URI is, and the object (inside the operation's options argument) that holds `secure`. */
export interface SipCallSlots {
  uri: { arg: number; path: readonly string[] };
  /** Property names from the options argument to the object with `secure`; empty when it is the options object. */
  secureHolder: readonly string[];
}

const VONAGE_SIP: SipCallSlots = { uri: { arg: 1, path: ['sip', 'uri'] }, secureHolder: ['sip'] };

/**
 * SIP calls by `<receiver>.<method>`. `secure` encrypts the media and defaults to false (opentok sends it only when
 * truthy); TLS signalling is a `sips:` URI or `;transport=tls`.
 */
export const SIP_CALLS: Readonly<Record<string, SipCallSlots>> = {
  'opentok.dial': { uri: { arg: 2, path: [] }, secureHolder: [] },
  'vonage-video.initiateSIPCall': VONAGE_SIP,
  'vonage-video.intiateSIPCall': VONAGE_SIP,
};

/** The SIP option that encrypts media. */
export const SIP_SECURE_OPTION = 'secure';

/** Object-valued props of the React components whose properties are URLs (`<OTSession options={{ proxyUrl }}>`). */
export const COMPONENT_URLS: Readonly<Record<string, readonly { prop: string; path: readonly string[]; label: string; carries: string }[]>> = {
  OTSession: [
    // opentok-react forwards `options` to OT.initSession; opentok-react-native also takes `apiUrl`.
    { prop: 'options', path: ['proxyUrl'], label: 'the `proxyUrl` of `<OTSession options>`', carries: CLIENT_TRAFFIC },
    { prop: 'options', path: ['apiUrl'], label: 'the `apiUrl` of `<OTSession options>`', carries: CLIENT_TRAFFIC },
  ],
};

/** opentok-react's `preloadScript` prop (and option) naming where the client SDK script is loaded from. */
export const CLIENT_SCRIPT_URL_OPTION = { name: 'opentokClientUrl', label: 'the `opentokClientUrl` of `preloadScript`' } as const;

/** What an SDK script URL carries, for messages. */
export const CLIENT_SCRIPT_CARRIES = 'the SDK script that runs in your video page';

/** File names of the client SDK script (`https://static.opentok.com/v2/js/opentok.min.js`). */
export const CLIENT_SCRIPT_FILES: readonly string[] = ['opentok.min.js', 'opentok.js'];

/** CDNs that serve npm packages by name: a path with a browser SDK package name there is the SDK script. */
export const PACKAGE_CDN_HOSTS: readonly string[] = ['unpkg.com', 'cdn.jsdelivr.net', 'esm.sh', 'cdn.skypack.dev', 'ga.jspm.io'];

/**
 * Vonage Video service hosts (API, CDN, client logging) and their subdomains: any `http:`/`ws:` URL to them is
 * insecure wherever it is written. The marketing and documentation sites (`www.tokbox.com`, `developer.vonage.com`)
 * are not listed.
 */
export const VONAGE_SERVICE_HOSTS: readonly string[] = ['opentok.com', 'video.api.vonage.com', 'hlg.tokbox.com'];
