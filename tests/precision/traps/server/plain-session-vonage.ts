// Group calls without recording: @vonage/video's routed default is what this app wants.
import { Video } from '@vonage/video';
import express from 'express';

import { requireAuth } from './auth';

const app = express();
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID as string, privateKey: process.env.VONAGE_PRIVATE_KEY_PATH as string });

app.post('/rooms', requireAuth, async (_req, res) => {
  const session = await video.createSession();
  res.json({ sessionId: session.sessionId });
});

app.listen(3000);
