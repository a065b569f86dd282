// Registered behind `checkJwt` in routes/sessions.cjs: not reported here.
const opentok = require('../lib/opentok.cjs');

exports.create = (req, res) => {
  opentok.createSession({ mediaMode: 'routed' }, (error, session) => {
    if (error) return res.status(500).end();
    return res.json({ sessionId: session.sessionId });
  });
};
