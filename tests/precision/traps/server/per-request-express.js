import express from 'express';
import OpenTok from 'opentok';

import { requireAuth } from './auth.js';
import { findRoom } from './rooms.js';

const app = express();
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);

app.get('/rooms/:id/token', requireAuth, async (req, res) => {
  const room = await findRoom(req.params.id);
  const options = {};
  options.role = room.ownerId === req.user.id ? 'moderator' : 'subscriber';
  options.expireTime = Math.floor(Date.now() / 1000) + 3600;
  res.json({ token: opentok.generateToken(room.sessionId, options) });
});

app.listen(3000);
