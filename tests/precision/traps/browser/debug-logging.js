// Browser page: verbose OpenTok.js logs only on a development build.
import OT from '@opentok/client';

if (process.env.NODE_ENV !== 'production') {
  OT.setLogLevel(OT.DEBUG);
}

export async function join(room) {
  const response = await fetch(`/api/rooms/${room}/token`, { credentials: 'include' });
  const { apiKey, sessionId, token } = await response.json();
  const session = OT.initSession(apiKey, sessionId);
  session.connect(token, error => error && console.error(error.name));
  return session;
}
