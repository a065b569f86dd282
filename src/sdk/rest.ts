/**
 * The Vonage Video REST API, as data beside the SDK operations (facts from shared/sdk-reference.md sections 1.2, 2.3
 * and 6): its hosts, the paths of its operations mapped to the same operation kinds the SDK methods have, its auth
 * headers and the claims of the JWTs that authenticate it. `src/analysis/http-calls.ts` turns HTTP client calls to
 * these paths into matched operations, so every rule that knows `opentok.startArchive` also knows
 * `axios.post('https://api.opentok.com/v2/project/<key>/archive')`.
 */
import type { OperationKind, SdkName } from './operations';

/** One REST API host: the SDK whose API it serves (for messages and SDK-specific facts). */
export interface RestHost {
  host: string;
  sdk: Extract<SdkName, 'opentok' | '@vonage/video'>;
}

/**
 * The API hosts. `opentok`'s default `apiUrl` is `https://api.opentok.com`; `@vonage/video`'s `videoHost` (and opentok's
 * "Vonage mode") is `https://video.api.vonage.com`. Subdomains (regional or dedicated-cluster hosts such as
 * `api.<region>.opentok.com`, which the SDK reference does not list) count as the same API.
 */
export const REST_HOSTS: readonly RestHost[] = [
  { host: 'api.opentok.com', sdk: 'opentok' },
  { host: 'opentok.com', sdk: 'opentok' },
  { host: 'video.api.vonage.com', sdk: '@vonage/video' },
];

/** The REST host `host` (a hostname, no port) belongs to, or `null`. */
export function restHostOf(host: string): RestHost | null {
  const lower = host.toLowerCase();
  return REST_HOSTS.find(known => lower === known.host || lower.endsWith(`.${known.host}`)) ?? null;
}

/** A placeholder for a part of a URL that is not known statically (a variable, an environment value). */
export const UNKNOWN_PART = '\u0000';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One REST operation: its path under `/v2/project/<key>` (segments, `*` for an ID) and method. */
export interface RestOperationSpec {
  /** Path segments after `/v2/project/<key>` (or the whole path for `session/create`); `*` matches one ID segment. */
  path: readonly string[];
  /** Under `/v2/project/<key>` (true) or at the host's root (`/session/create`). */
  project: boolean;
  method: HttpMethod;
  kind: OperationKind;
  privileged: boolean;
  /** How messages name it: `POST /v2/project/{apiKey}/archive`. */
  label: string;
}

const OPERATION_ROWS: readonly [HttpMethod, string, OperationKind, boolean][] = [
  ['POST', 'archive', 'archive.start', true],
  ['POST', 'archive/*/stop', 'archive.stop', true],
  ['DELETE', 'archive/*', 'archive.delete', true],
  ['GET', 'archive', 'archive.read', false],
  ['GET', 'archive/*', 'archive.read', false],
  ['PUT', 'archive/*/layout', 'archive.update', true],
  ['PATCH', 'archive/*/streams', 'archive.update', true],
  ['POST', 'broadcast', 'broadcast.start', true],
  ['POST', 'broadcast/*/stop', 'broadcast.stop', true],
  ['PUT', 'broadcast/*/layout', 'broadcast.update', true],
  ['PATCH', 'broadcast/*/streams', 'broadcast.update', true],
  ['POST', 'captions', 'captions.start', true],
  ['POST', 'captions/*/stop', 'captions.stop', true],
  ['POST', 'render', 'render.start', true],
  ['DELETE', 'render/*', 'render.stop', true],
  ['POST', 'dial', 'sip.dial', true],
  ['POST', 'session/*/play-dtmf', 'sip.dtmf', true],
  ['POST', 'session/*/connection/*/play-dtmf', 'sip.dtmf', true],
  ['POST', 'connect', 'audio-connector.connect', true],
  ['DELETE', 'session/*/connection/*', 'moderation.disconnect', true],
  ['POST', 'session/*/stream/*/mute', 'moderation.mute', true],
  ['POST', 'session/*/mute', 'moderation.mute-all', true],
  ['POST', 'session/*/signal', 'signal.send', true],
  ['POST', 'session/*/connection/*/signal', 'signal.send', true],
  ['PUT', 'session/*/stream', 'stream.layout', true],
  ['GET', 'session/*/stream', 'stream.read', false],
  ['GET', 'session/*/stream/*', 'stream.read', false],
  ['POST', 'callback', 'callback.register', true],
];

/** Every REST operation the rules know; `/session/create` (form-encoded POST at the host's root) first. */
export const REST_OPERATIONS: readonly RestOperationSpec[] = [
  { path: ['session', 'create'], project: false, method: 'POST', kind: 'session.create', privileged: true, label: 'POST /session/create' },
  ...OPERATION_ROWS.map(([method, path, kind, privileged]) => ({
    path: path.split('/'),
    project: true,
    method,
    kind,
    privileged,
    label: `${method} /v2/project/{apiKey}/${path.replaceAll('*', '{id}')}`,
  })),
];

/** The path prefix of project operations. */
export const REST_PROJECT_PREFIX = ['v2', 'project'] as const;

/**
 * Headers that carry REST credentials: `X-OPENTOK-AUTH: <project JWT>` (opentok), `Authorization: Bearer <application
 * JWT>` (`@vonage/video`, opentok's Vonage mode) and the legacy `X-TB-PARTNER-AUTH: <apiKey>:<apiSecret>`, which sends
 * the API secret itself.
 */
export const REST_AUTH_HEADERS = { projectJwt: 'x-opentok-auth', bearer: 'authorization', legacyPartner: 'x-tb-partner-auth' } as const;

/** Headers whose presence alone says a request goes to the Video REST API, whatever its URL. */
export const VIDEO_ONLY_AUTH_HEADERS: readonly string[] = [REST_AUTH_HEADERS.projectJwt, REST_AUTH_HEADERS.legacyPartner];

/**
 * The claims of a REST JWT. opentok signs `{ iss: apiKey, ist: 'project', iat, exp: iat + 300 }` with the API secret
 * (HS256); the Vonage application JWT (`@vonage/jwt`, RS256 with the private key) carries `application_id`.
 */
export const PROJECT_JWT_CLAIMS = { issuerType: 'ist', issuerTypeValue: 'project', issuer: 'iss', applicationId: 'application_id' } as const;

/** The lifetime of the JWT opentok signs for each REST call (`auth.expire: 300`): the default of `maxRestJwtSeconds`. */
export const REST_JWT_LIFETIME_SECONDS = 300;
