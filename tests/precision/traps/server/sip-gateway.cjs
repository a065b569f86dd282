// A start-up token used only server-side for a SIP dial-out leg; it never reaches a browser.
const express = require('express');
const OpenTok = require('opentok');

const { requireAuth } = require('./auth');
const { gatewaySessionId } = require('./gateway');

const ot = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
const gatewayToken = ot.generateToken(gatewaySessionId(), { role: 'publisher', expireTime: Math.floor(Date.now() / 1000) + 7200, data: 'sip-gateway' });

const app = express();

app.post('/calls/:number/dial', requireAuth, (req, res) => {
  const uri = `sip:${req.params.number}@sip.example.com;transport=tls`;
  ot.dial(gatewaySessionId(), gatewayToken, uri, { auth: { username: process.env.SIP_USER, password: process.env.SIP_PASSWORD }, secure: true }, (error, call) => {
    if (error) return res.status(500).json({ error: 'dial failed' });
    return res.json({ callId: call.id });
  });
});

app.listen(process.env.PORT);
