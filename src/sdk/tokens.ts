/**
 * Facts about client tokens (shared/sdk-reference.md sections 1.5, 2.5, 6 and 7).
 */

/** Valid token roles. `opentok` throws on anything else; `@vonage/video` signs any string into the token. */
export const TOKEN_ROLES = ['subscriber', 'publisher', 'publisheronly', 'moderator'] as const;
export type TokenRole = (typeof TOKEN_ROLES)[number];

/** The role both server SDKs use when none is given. */
export const DEFAULT_TOKEN_ROLE: TokenRole = 'publisher';

/** Token option names. */
export const TOKEN_OPTION = { role: 'role', expireTime: 'expireTime', data: 'data' } as const;

/** A token without `expireTime` lives 24 hours (both SDKs). */
export const DEFAULT_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;
/** The documented maximum token lifetime: 30 days. */
export const MAX_TOKEN_LIFETIME_SECONDS = 30 * 24 * 60 * 60;
/** Connection data limit in the docs (opentok only throws above 1024; @vonage/video never checks). */
export const MAX_TOKEN_DATA_LENGTH = 1000;
/**
 * `expireTime` is seconds since the Unix epoch. Below this it is a duration (year 2001 as a timestamp); above
 * `MILLISECONDS_THRESHOLD` it is milliseconds (year 33658 as seconds).
 */
export const EPOCH_SECONDS_THRESHOLD = 1_000_000_000;
export const MILLISECONDS_THRESHOLD = 1_000_000_000_000;
