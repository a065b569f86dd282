import Koa from 'koa';
import Router from '@koa/router';
import jwt from 'koa-jwt';
import { MediaMode, Video } from '@vonage/video';

const app = new Koa();
const router = new Router();
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: process.env.VONAGE_PRIVATE_KEY_PATH });

app.use(jwt({ secret: process.env.JWT_SIGNING_KEY }));

router.post('/rooms', async ctx => {
  const session = await video.createSession({ mediaMode: MediaMode.ROUTED });
  const role = ctx.state.user.isHost ? 'moderator' : 'subscriber';
  ctx.body = { sessionId: session.sessionId, token: video.generateClientToken(session.sessionId, { role, expireTime: Math.floor(Date.now() / 1000) + 3600 }) };
});

app.use(router.routes());
app.listen(3000);
