// Load test: creates sessions in a loop and reports how long each took.
import OpenTok from 'opentok';

const ot = new OpenTok(process.env.OT_API_KEY, process.env.OT_API_SECRET);
let created = 0;
const started = Date.now();

function createOne() {
  return new Promise((resolve, reject) => {
    ot.createSession({ mediaMode: 'routed' }, (error, session) => (error ? reject(error) : resolve(session.sessionId)));
  });
}

for (let i = 0; i < 20; i++) {
  await createOne();
  created++;
}
console.log(`${created} sessions in ${Date.now() - started} ms`);
