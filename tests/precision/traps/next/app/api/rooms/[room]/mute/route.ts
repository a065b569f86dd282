// Next.js route handler: the signed-in user must be allowed to moderate the room.
import { getServerSession } from 'next-auth';
import { Video } from '@vonage/video';

import { authOptions } from '@/lib/auth';
import { can } from '@/lib/permissions';
import { findRoom } from '@/lib/rooms';

const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID!, privateKey: process.env.VONAGE_PRIVATE_KEY! });

export async function POST(request: Request, { params }: { params: { room: string } }) {
  const session = await getServerSession(authOptions);
  if (!session?.user) return new Response(null, { status: 401 });
  const room = await findRoom(params.room);
  if (!can(session.user, 'moderate', room)) return new Response(null, { status: 403 });
  const { streamId } = (await request.json()) as { streamId: string };
  await video.muteStream(room.sessionId, streamId);
  return new Response(null, { status: 204 });
}
