import { Vonage } from '@vonage/server-sdk';
import pino from 'pino';

const logger = pino();
const privateKeyPath = process.env.VONAGE_PRIVATE_KEY_PATH ?? './private.key';
const privateKeyFile = process.env.PRIVATE_KEY_FILE;

logger.info({ privateKeyPath, privateKeyFile }, 'loading the Vonage key');

export const vonage = new Vonage({ applicationId: process.env.VONAGE_APPLICATION_ID as string, privateKey: privateKeyPath });
