// Moderation routes that check the caller's role or ownership before force-disconnecting or muting.
const express = require('express');
const OpenTok = require('opentok');
const { requireAuth, requireRole } = require('./auth');
const rooms = require('./rooms');

const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
const router = express.Router();

router.post('/rooms/:id/kick', requireAuth, async (req, res) => {
  if (req.user.role !== 'moderator') return res.sendStatus(403);
  const room = await rooms.find(req.params.id);
  opentok.forceDisconnect(room.sessionId, req.body.connectionId, error => res.sendStatus(error ? 500 : 204));
});

router.post('/rooms/:id/mute-all', requireAuth, requireRole('moderator'), async (req, res) => {
  const room = await rooms.find(req.params.id);
  opentok.forceMuteAll(room.sessionId, {}, error => res.sendStatus(error ? 500 : 204));
});

router.post('/rooms/:id/mute', requireAuth, async (req, res) => {
  const room = await rooms.find(req.params.id);
  if (room.hostId !== req.user.id) return res.status(403).json({ error: 'Only the host can mute others' });
  opentok.forceMuteStream(room.sessionId, req.body.streamId, error => res.sendStatus(error ? 500 : 204));
});

module.exports = router;
