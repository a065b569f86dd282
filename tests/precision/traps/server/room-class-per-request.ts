// A small class instantiated per request: its fields live for one call.
import { MediaMode, Video } from '@vonage/video';
import express from 'express';

import { requireAuth } from './auth';

const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID as string, privateKey: process.env.VONAGE_PRIVATE_KEY_PATH as string });

class MeetingBuilder {
  private sessionId = '';

  async create(): Promise<this> {
    this.sessionId = (await video.createSession({ mediaMode: MediaMode.ROUTED, archiveMode: 'manual' as never })).sessionId;
    return this;
  }

  hostToken(): string {
    return video.generateClientToken(this.sessionId, { role: 'moderator', expireTime: Math.floor(Date.now() / 1000) + 3600 });
  }
}

const app = express();
app.post('/meetings', requireAuth, async (_req, res) => {
  const meeting = await new MeetingBuilder().create();
  res.json({ token: meeting.hostToken() });
});
app.listen(3000);
