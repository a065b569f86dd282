import { MediaMode, Video } from '@vonage/video';

const video = new Video({ applicationId: process.env.VONAGE_APP_ID, privateKey: process.env.VONAGE_PRIVATE_KEY });
let current;

export async function createMeeting() {
  current = await video.createSession({ mediaMode: MediaMode.ROUTED });
  const hostToken = video.generateClientToken(current.sessionId, { role: 'moderator', expireTime: Math.floor(Date.now() / 1000) + 3600 });
  return { sessionId: current.sessionId, hostToken };
}
