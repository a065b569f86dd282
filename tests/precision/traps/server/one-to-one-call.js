// 1:1 video consultation: both participants publish; no other role exists in this app.
import express from 'express';
import OpenTok from 'opentok';

import { requireAuth } from './auth.js';
import { consultationFor } from './consultations.js';

const app = express();
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);

app.get('/consultations/:id/token', requireAuth, async (req, res) => {
  const consultation = await consultationFor(req.params.id, req.user.id);
  res.json({ token: opentok.generateToken(consultation.sessionId, { expireTime: Math.floor(Date.now() / 1000) + 3600 }) });
});

app.listen(3000);
