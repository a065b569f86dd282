import express from 'express';
import OpenTok from 'opentok';

import { requireAuth } from './auth.js';

const app = express();
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);

app.post('/rooms', requireAuth, (req, res) => {
  const sessionOptions = {};
  sessionOptions.mediaMode = 'routed';
  sessionOptions.archiveMode = 'manual';
  opentok.createSession(sessionOptions, (error, session) => {
    if (error) return res.status(500).end();
    return res.json({ sessionId: session.sessionId });
  });
});

app.listen(3000);
