// `node scripts/make-token.mjs`: prints a session and a moderator token for the QA checklist.
import { Auth } from '@vonage/auth';
import { MediaMode, Video } from '@vonage/video';

const video = new Video(new Auth({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY_PATH }));

const session = await video.createSession({ mediaMode: MediaMode.ROUTED });
const token = video.generateClientToken(session.sessionId, { role: 'moderator', expireTime: Math.floor(Date.now() / 1000) + 1800 });
console.log(JSON.stringify({ sessionId: session.sessionId, token }, null, 2));
