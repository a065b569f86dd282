// Sample config shipped with the front-end starter: the values are filled in by the developer.
export const config = {
  apiKey: 'YOUR_API_KEY',
  sessionId: 'YOUR_SESSION_ID',
  token: 'YOUR_TOKEN',
  tokenServerUrl: 'https://example.com/api/token',
};
