// Routers and controllers are mounted behind authentication here, not in the files that define them (issue 12).
const express = require('express');
const { requireAuth } = require('./lib/auth.cjs');
const video = require('./routes/video.cjs');
const sessions = require('./routes/sessions.cjs');

const app = express();
app.use('/api/video', requireAuth, video);
app.use('/api/sessions', sessions);

module.exports = app;
