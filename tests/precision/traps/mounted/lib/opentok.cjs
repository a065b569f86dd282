// The app's one SDK client, keys from the environment.
const OpenTok = require('opentok');

module.exports = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
