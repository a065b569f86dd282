// Template for the deploy script, which substitutes ${…} before it writes config.js.
import OpenTok from 'opentok';

export const opentokApiSecret = '${SECRET}';
export const vonagePrivateKey = '{{VONAGE_PRIVATE_KEY}}';
export const opentok = new OpenTok(process.env.OPENTOK_API_KEY, process.env.OPENTOK_API_SECRET);
