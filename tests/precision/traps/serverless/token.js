// AWS Lambda behind an API Gateway authorizer.
import OpenTok from 'opentok';

const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);

export const handler = async event => {
  const userId = event.requestContext?.authorizer?.userId;
  if (!userId) return { statusCode: 401, body: '' };
  const sessionId = await lookupRoom(event.pathParameters.room, userId);
  const token = opentok.generateToken(sessionId, { role: 'publisher', expireTime: Math.floor(Date.now() / 1000) + 3600, data: `userId=${userId}` });
  return { statusCode: 200, body: JSON.stringify({ sessionId, token }) };
};

async function lookupRoom(room, userId) {
  const response = await fetch(`${process.env.ROOMS_API}/rooms/${encodeURIComponent(room)}?user=${userId}`);
  return (await response.json()).sessionId;
}
