// A per-call factory: `lastId` is scratch for one call, every call creates its own session.
const OpenTok = require('opentok');

const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
let lastId;

exports.newRoom = () =>
  new Promise((resolve, reject) => {
    opentok.createSession({ mediaMode: 'routed' }, (error, session) => {
      if (error) return reject(error);
      lastId = session.sessionId;
      return resolve({ id: lastId, token: opentok.generateToken(lastId, { role: 'publisher', expireTime: Math.floor(Date.now() / 1000) + 3600 }) });
    });
  });
