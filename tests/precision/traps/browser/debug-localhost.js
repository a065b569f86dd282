/* global OT */
// Plain script tag page: debug logs on localhost only.
if (window.location.hostname === 'localhost') {
  OT.setLogLevel(OT.LOG);
}

async function start() {
  const response = await fetch('/session', { credentials: 'same-origin' });
  const { apiKey, sessionId, token } = await response.json();
  OT.initSession(apiKey, sessionId).connect(token, error => error && console.error(error.name));
}

start();
