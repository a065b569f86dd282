import { Vonage } from '@vonage/server-sdk';

export const vonageConfig = {
  applicationId: process.env.VONAGE_APPLICATION_ID ?? 'YOUR_APPLICATION_ID',
  privateKey: process.env.VONAGE_PRIVATE_KEY ?? 'YOUR_PRIVATE_KEY',
};

export const vonage = new Vonage(vonageConfig);
