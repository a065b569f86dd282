/** The words messages use for each operation kind, beside the operations table (`operations.ts`). */
import type { OperationKind } from './operations';

/**
 * How messages describe each operation: what it does, and what an anonymous caller who can reach it could do (only
 * the privileged, server-side ones are ever reported).
 */
export const OPERATION_TEXT: Readonly<Record<OperationKind, { does: string; risk: string }>> = {
  'token.generate': { does: 'mints client tokens', risk: 'join your sessions and run up your usage' },
  'session.create': { does: 'creates sessions', risk: 'create sessions on your account and run up usage' },
  'archive.start': { does: 'starts archiving', risk: 'record calls' },
  'archive.stop': { does: 'stops archives', risk: 'stop recordings' },
  'archive.delete': { does: 'deletes archives', risk: 'delete recordings' },
  'archive.read': { does: 'reads archives', risk: 'download recordings' },
  'archive.update': { does: 'changes archives', risk: 'change what is recorded' },
  'broadcast.start': { does: 'starts broadcasts', risk: 'stream calls to anyone' },
  'broadcast.stop': { does: 'stops broadcasts', risk: 'cut broadcasts' },
  'broadcast.update': { does: 'changes broadcasts', risk: 'change what is broadcast' },
  'sip.dial': { does: 'dials out over SIP', risk: 'place calls on your account' },
  'sip.dtmf': { does: 'sends DTMF tones', risk: 'drive phone menus from your calls' },
  'audio-connector.connect': { does: 'streams call audio to a WebSocket', risk: 'send call audio anywhere' },
  'render.start': { does: 'starts Experience Composer', risk: 'run and record a browser in calls' },
  'render.stop': { does: 'stops Experience Composer', risk: 'stop renders' },
  'captions.start': { does: 'starts live captions', risk: 'run up usage' },
  'captions.stop': { does: 'stops live captions', risk: 'stop captions' },
  'moderation.disconnect': { does: 'force-disconnects participants', risk: 'remove anyone from a call' },
  'moderation.unpublish': { does: 'force-unpublishes streams', risk: 'take anyone off camera' },
  'moderation.mute': { does: 'force-mutes streams', risk: 'silence anyone' },
  'moderation.mute-all': { does: 'force-mutes everyone', risk: 'silence a whole call' },
  'moderation.disable-mute': { does: 'changes forced muting', risk: 'override moderators' },
  'signal.send': { does: 'sends signals to participants', risk: 'send messages to anyone in a call' },
  'stream.read': { does: 'reads stream details', risk: 'see who is in a call' },
  'stream.layout': { does: 'changes stream layouts', risk: 'change what viewers see' },
  'callback.register': { does: 'registers webhooks', risk: "redirect your project's events" },
  'client.init-session': { does: 'initialises a session', risk: 'join calls' },
  'client.init-publisher': { does: 'initialises a publisher', risk: 'publish' },
  'client.connect': { does: 'connects to a session', risk: 'join calls' },
  'client.publish': { does: 'publishes a stream', risk: 'publish' },
  'client.set-log-level': { does: 'sets the log level', risk: 'read logs' },
  'client.set-proxy-url': { does: 'sets a proxy', risk: 'route media' },
  'client.set-encryption-secret': { does: 'sets the encryption secret', risk: 'read media' },
};
