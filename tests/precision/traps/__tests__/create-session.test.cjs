// Integration test: creates a real session against the sandbox project.
const OpenTok = require('opentok');
const test = require('node:test');
const assert = require('node:assert');

const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);

test('creates a routed session', (t, done) => {
  opentok.createSession({ mediaMode: 'routed' }, (error, session) => {
    assert.ifError(error);
    assert.match(session.sessionId, /^[12]_MX/);
    done();
  });
});
