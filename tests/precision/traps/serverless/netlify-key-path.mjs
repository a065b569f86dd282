// Netlify function: reports which key file the deploy uses, for the status page.
export default async () => {
  const keyFile = process.env.VONAGE_PRIVATE_KEY_FILE ?? 'not set';
  console.log('vonage key file', keyFile);
  return new Response(JSON.stringify({ vonagePrivateKeyPath: process.env.VONAGE_PRIVATE_KEY_PATH ?? null }), { headers: { 'content-type': 'application/json' } });
};
