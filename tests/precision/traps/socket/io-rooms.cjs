// socket.io: each authenticated socket gets its own token.
const { Server } = require('socket.io');
const OpenTok = require('opentok');

const io = new Server(3001);
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);

io.use((socket, next) => (socket.handshake.auth.userId ? next() : next(new Error('unauthorised'))));

io.on('connection', socket => {
  socket.on('join', async roomId => {
    const room = await rooms.find(roomId);
    const role = room.hostId === socket.handshake.auth.userId ? 'moderator' : 'subscriber';
    socket.emit('token', opentok.generateToken(room.sessionId, { role, expireTime: Math.floor(Date.now() / 1000) + 3600 }));
  });
});
