const { onCall, HttpsError } = require('firebase-functions/v2/https');
const OpenTok = require('opentok');

const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);

exports.joinRoom = onCall(async request => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'sign in first');
  const room = await loadRoom(request.data.roomId, request.auth.uid);
  return { token: opentok.generateToken(room.sessionId, { role: room.isHost ? 'moderator' : 'subscriber', expireTime: Math.floor(Date.now() / 1000) + 3600 }) };
});

async function loadRoom(roomId, uid) {
  const { getFirestore } = require('firebase-admin/firestore');
  const snapshot = await getFirestore().doc(`rooms/${roomId}`).get();
  return { sessionId: snapshot.get('sessionId'), isHost: snapshot.get('hostUid') === uid };
}
