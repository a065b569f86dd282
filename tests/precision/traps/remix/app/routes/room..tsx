import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import OpenTok from 'opentok';

import { requireUser } from '~/session.server';

const opentok = new OpenTok(process.env.OPENTOK_API_KEY!, process.env.OPENTOK_API_SECRET!);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const room = await getRoom(params.id!, user.id);
  const token = opentok.generateToken(room.sessionId, { role: room.hostId === user.id ? 'moderator' : 'subscriber', expireTime: Math.floor(Date.now() / 1000) + 3600 });
  return json({ apiKey: process.env.OPENTOK_API_KEY, sessionId: room.sessionId, token });
}

declare function getRoom(id: string, userId: string): Promise<{ sessionId: string; hostId: string }>;

export default function Room() {
  const { sessionId } = useLoaderData<typeof loader>();
  return <div data-session={sessionId} />;
}
