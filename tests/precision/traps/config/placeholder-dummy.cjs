// Defaults for local development; the real values come from the environment.
const OpenTok = require('opentok');

const apiKey = process.env.OPENTOK_API_KEY || '12345678';
const apiSecret = process.env.OPENTOK_API_SECRET || 'dummy';

module.exports = new OpenTok(apiKey, apiSecret);
