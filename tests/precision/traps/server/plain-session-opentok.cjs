// Peer-to-peer 1:1 calls: opentok's relayed default is what this app wants (no archiving, no broadcast).
const express = require('express');
const OpenTok = require('opentok');

const { requireAuth } = require('./auth');

const app = express();
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);

app.post('/calls', requireAuth, (req, res) => {
  opentok.createSession((error, session) => {
    if (error) return res.status(500).end();
    return res.json({ sessionId: session.sessionId });
  });
});

app.listen(3000);
