import { auth } from '@/auth';
import { MediaMode, Video } from '@vonage/video';
import { NextResponse } from 'next/server';

const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID as string, privateKey: process.env.VONAGE_PRIVATE_KEY_PATH as string });

export const POST = auth(async request => {
  if (!request.auth) return NextResponse.json({ error: 'unauthorised' }, { status: 401 });
  const session = await video.createSession({ mediaMode: MediaMode.ROUTED });
  const tokenOptions: { role?: 'moderator' | 'publisher' | 'subscriber'; expireTime?: number } = {};
  tokenOptions.role = 'moderator';
  tokenOptions.expireTime = Math.floor(Date.now() / 1000) + 3600;
  return NextResponse.json({ sessionId: session.sessionId, token: video.generateClientToken(session.sessionId, tokenOptions) });
});
