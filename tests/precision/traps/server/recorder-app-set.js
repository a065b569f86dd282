// An authenticated handler hands a per-session token to the server-side recorder job through `app.set`.
import express from 'express';
import OpenTok from 'opentok';

import { requireAuth } from './auth.js';
import { startRecorder } from './recorder.js';

const app = express();
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);

app.post('/rooms/:roomId/recorder', requireAuth, (req, res) => {
  const sessionId = req.room.sessionId;
  const token = opentok.generateToken(sessionId, { role: 'subscriber', expireTime: Math.floor(Date.now() / 1000) + 3600, data: 'recorder' });
  app.set('recorderToken', token);
  startRecorder(sessionId, app.get('recorderToken'));
  res.status(202).json({ started: true });
});

app.listen(3000);
