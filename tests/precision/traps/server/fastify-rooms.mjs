import Fastify from 'fastify';
import OpenTok from 'opentok';

const fastify = Fastify({ logger: true });
const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);

fastify.log.info({ keyPath: process.env.OPENTOK_PRIVATE_KEY_PATH }, 'starting');

fastify.post('/rooms/:id/token', { onRequest: [fastify.authenticate] }, async request => {
  const room = await request.server.rooms.find(request.params.id);
  const options = { expireTime: Math.floor(Date.now() / 1000) + 3600 };
  options.role = room.hostId === request.user.id ? 'moderator' : 'subscriber';
  return { token: opentok.generateToken(room.sessionId, options) };
});

fastify.listen({ port: 3000 });
