const OpenTok = require('opentok');

const config = {
  opentok: {
    apiKey: process.env.OT_KEY || '00000000',
    apiSecret: process.env.OT_SECRET || 'xxxxxxxxxxxxxxxxxxxxxxxx',
  },
};

module.exports = new OpenTok(config.opentok.apiKey, config.opentok.apiSecret);
