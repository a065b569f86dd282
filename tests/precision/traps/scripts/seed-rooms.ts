// Seeds the local database with one room per fixture user; run once by `npm run seed`.
import { writeFileSync } from 'node:fs';

import { MediaMode, Video } from '@vonage/video';

const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID as string, privateKey: process.env.VONAGE_PRIVATE_KEY_FILE as string });

async function main(): Promise<void> {
  const rooms: Record<string, string> = {};
  for (const name of ['standup', 'retro', 'planning']) {
    const session = await video.createSession({ mediaMode: MediaMode.ROUTED });
    rooms[name] = session.sessionId;
  }
  writeFileSync('rooms.json', JSON.stringify(rooms, null, 2));
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
