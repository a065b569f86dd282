/**
 * Route handlers in one file, in every framework style the plugin knows (the adapters of `src/frameworks/`), and what
 * handler names say about the operation they perform. Everything here is syntax: the rule decides what counts as
 * authentication.
 */
import type { OperationKind } from '../sdk';

import { nameWords } from './authentication-guards';

export { literalPath, routeOfCall, routeOfMethod, routesOfCall, routesOfProgram } from '../frameworks';
export type { FrameworkId, Route } from '../frameworks';

// --- handler names -------------------------------------------------------------------------------------------------

/** Words of authentication endpoints (`refreshToken`, `verifyToken`, `getAccessToken`): never Vonage operations. */
export const AUTH_ENDPOINT_WORDS: ReadonlySet<string> = new Set(['refresh', 'login', 'logout', 'signin', 'signup', 'register', 'password', 'csrf', 'oauth', 'verify', 'validate', 'reset', 'otp', 'mfa', 'auth', 'jwt', 'access', 'api', 'push', 'fcm', 'device', 'id', 'revoke']);
const TOKEN_VERBS = new Set(['get', 'create', 'generate', 'gen', 'issue', 'mint', 'new', 'fetch', 'request', 'make', 'build', 'sign', 'join']);
const SESSION_VERBS = new Set(['create', 'new', 'start', 'make', 'generate', 'init', 'open', 'setup']);
const START_VERBS = new Set(['start', 'begin', 'initiate', 'create', 'enable']);
const STOP_VERBS = new Set(['stop', 'end', 'finish', 'disable']);
const DELETE_VERBS = new Set(['delete', 'remove', 'destroy']);

/** The operation kind a name says it performs (`getOpenTokToken`, `startArchive`, `kickParticipant`), or `null`. */
export function kindFromName(name: string): OperationKind | null {
  const words = nameWords(name);
  if (words.length === 0 || words.some(word => AUTH_ENDPOINT_WORDS.has(word))) return null;
  const verb = words[0] as string;
  const has = (...candidates: string[]): boolean => words.some(word => candidates.includes(word));
  if (has('token', 'tokens')) return TOKEN_VERBS.has(verb) || words.length === 1 ? 'token.generate' : null;
  if (has('session', 'sessions')) return SESSION_VERBS.has(verb) ? 'session.create' : null;
  if (has('archive', 'archiving', 'recording', 'record')) {
    if (START_VERBS.has(verb)) return 'archive.start';
    if (STOP_VERBS.has(verb)) return 'archive.stop';
    return DELETE_VERBS.has(verb) ? 'archive.delete' : null;
  }
  if (has('broadcast', 'broadcasting', 'streaming', 'livestream') && !has('layout')) {
    if (START_VERBS.has(verb)) return 'broadcast.start';
    return STOP_VERBS.has(verb) ? 'broadcast.stop' : null;
  }
  if (has('layout')) return ['set', 'change', 'update'].includes(verb) ? 'stream.layout' : null;
  if (verb === 'kick' || verb === 'eject' || (verb === 'force' && has('disconnect')) || (verb === 'disconnect' && has('client', 'user', 'participant', 'connection', 'member'))) {
    return 'moderation.disconnect';
  }
  if (has('mute') && (verb === 'mute' || verb === 'force')) return has('all', 'everyone') ? 'moderation.mute-all' : 'moderation.mute';
  if (has('sip') || verb === 'dial') return 'sip.dial';
  if ((verb === 'send' && has('signal')) || verb === 'signal') return 'signal.send';
  if (has('render', 'composer')) return START_VERBS.has(verb) ? 'render.start' : STOP_VERBS.has(verb) ? 'render.stop' : null;
  return null;
}

/** A glob where `*` matches any characters, matched without backtracking. */
export function globMatcher(pattern: string): (text: string) => boolean {
  const parts = pattern.split('*');
  return text => {
    const first = parts[0] as string;
    const lastPart = parts[parts.length - 1] as string;
    if (parts.length === 1) return text === pattern;
    if (!text.startsWith(first) || !text.endsWith(lastPart) || text.length < first.length + lastPart.length) return false;
    let index = first.length;
    const end = text.length - lastPart.length;
    for (const part of parts.slice(1, -1)) {
      const found = text.indexOf(part, index);
      if (found === -1 || found + part.length > end) return false;
      index = found + part.length;
    }
    return true;
  };
}
