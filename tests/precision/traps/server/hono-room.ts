import { Video } from '@vonage/video';
import { Hono } from 'hono';
import { jwt } from 'hono/jwt';

const app = new Hono();
const video = new Video({ applicationId: process.env.VONAGE_APPLICATION_ID as string, privateKey: process.env.VONAGE_PRIVATE_KEY_PATH as string });

app.use('/api/*', jwt({ secret: process.env.JWT_SIGNING_KEY as string }));

app.get('/api/rooms/:id/token', async c => {
  const options: Record<string, unknown> = { expireTime: Math.floor(Date.now() / 1000) + 3600 };
  Object.assign(options, { role: c.get('jwtPayload').host ? 'moderator' : 'subscriber' });
  return c.json({ token: video.generateClientToken(c.req.param('id'), options) });
});

export default app;
