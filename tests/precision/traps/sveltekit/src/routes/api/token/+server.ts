import { error, json } from '@sveltejs/kit';
import { Video } from '@vonage/video';

import { env } from '$env/dynamic/private';

const video = new Video({ applicationId: env.VONAGE_APPLICATION_ID, privateKey: env.VONAGE_PRIVATE_KEY_PATH });

export async function POST({ locals, request }) {
  if (!locals.user) throw error(401, 'sign in first');
  const { roomId } = await request.json();
  const room = await locals.db.room(roomId);
  const options = { expireTime: Math.floor(Date.now() / 1000) + 3600, role: 'subscriber' as 'subscriber' | 'moderator' };
  if (room.hostId === locals.user.id) options.role = 'moderator';
  return json({ token: video.generateClientToken(room.sessionId, options) });
}
