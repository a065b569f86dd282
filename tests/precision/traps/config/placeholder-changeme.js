import { Auth } from '@vonage/auth';
import { Video } from '@vonage/video';

const VONAGE_API_SECRET = process.env.VONAGE_API_SECRET || 'changeme';
const VONAGE_PRIVATE_KEY = process.env.VONAGE_PRIVATE_KEY || 'TODO';

export const auth = new Auth({ apiKey: process.env.VONAGE_API_KEY, apiSecret: VONAGE_API_SECRET, applicationId: process.env.VONAGE_APPLICATION_ID, privateKey: VONAGE_PRIVATE_KEY });
export const video = new Video(auth);
