// `SESSION_ID=… node scripts/token-for-session.cjs`: a token for an existing session, for debugging a support case.
const OpenTok = require('opentok');

const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
const token = opentok.generateToken(process.env.SESSION_ID, { role: 'subscriber', expireTime: Math.floor(Date.now() / 1000) + 600 });
console.log(token);
