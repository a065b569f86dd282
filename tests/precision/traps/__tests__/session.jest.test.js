// Jest integration test: one session for the whole suite is what a test wants.
const OpenTok = require('opentok');

const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
let sessionId;

beforeAll(done => {
  opentok.createSession({ mediaMode: 'routed' }, (error, session) => {
    if (error) return done(error);
    sessionId = session.sessionId;
    return done();
  });
});

test('mints a subscriber token', () => {
  expect(opentok.generateToken(sessionId, { role: 'subscriber', expireTime: Math.floor(Date.now() / 1000) + 60 })).toMatch(/^T1==|^eyJ/);
});
