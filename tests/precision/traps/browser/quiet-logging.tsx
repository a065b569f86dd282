import OT from '@opentok/client';
import { useEffect } from 'react';

export function VideoRoom({ sessionId, token, apiKey }: { sessionId: string; token: string; apiKey: string }) {
  useEffect(() => {
    OT.setLogLevel(OT.ERROR);
    const session = OT.initSession(apiKey, sessionId);
    session.connect(token, error => error && console.error(error.name));
    return () => session.disconnect();
  }, [apiKey, sessionId, token]);
  return <div id="publisher" />;
}
