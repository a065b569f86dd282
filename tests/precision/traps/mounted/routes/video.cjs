// Mounted behind `requireAuth` in app.cjs.
const express = require('express');
const opentok = require('../lib/opentok.cjs');

const router = express.Router();

router.get('/:sessionId/token', (req, res) => {
  const token = opentok.generateToken(req.params.sessionId, { role: 'publisher', expireTime: Math.floor(Date.now() / 1000) + 3600 });
  res.json({ token });
});

module.exports = router;
