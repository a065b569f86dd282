import OpenTok from 'opentok';

const OPENTOK_API_KEY = process.env.OPENTOK_API_KEY ?? '<your api key>';
const OPENTOK_API_SECRET = process.env.OPENTOK_API_SECRET ?? '<your secret>';

export default new OpenTok(OPENTOK_API_KEY, OPENTOK_API_SECRET);
