import express from 'express';
import OpenTok from 'opentok';

import { requireAuth } from './auth';

const app = express();
const opentok = new OpenTok(process.env.OPENTOK_API_KEY as string, process.env.OPENTOK_API_SECRET as string);

app.post('/token', requireAuth, (req, res) => {
  const tokenOptions: Record<string, unknown> = {};
  Object.assign(tokenOptions, { role: 'moderator', expireTime: Math.floor(Date.now() / 1000) + 1800 });
  res.json({ token: opentok.generateToken(req.body.sessionId, tokenOptions) });
});

app.listen(3000);
