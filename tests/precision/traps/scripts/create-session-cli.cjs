// A one-off CLI: `node scripts/create-session-cli.cjs` creates a session and prints it for a manual test.
const OpenTok = require('opentok');

const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);

opentok.createSession({ mediaMode: 'routed' }, (error, session) => {
  if (error) {
    console.error('could not create a session', error.message);
    process.exit(1);
  }
  const token = opentok.generateToken(session.sessionId, { role: 'publisher', expireTime: Math.floor(Date.now() / 1000) + 3600 });
  console.log(`session: ${session.sessionId}`);
  console.log(`token:   ${token}`);
});
