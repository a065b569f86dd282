// Config schema: each value names the secret to look up in the vault, it is not the secret.
import { Video } from '@vonage/video';

export const secretNames = {
  vonagePrivateKey: 'vonagePrivateKey',
  vonageApiSecret: 'VONAGE_API_SECRET',
  apiSecret: 'API_SECRET',
};

export function createVideo(read: (name: string) => string): Video {
  return new Video({ applicationId: read('vonageApplicationId'), privateKey: read(secretNames.vonagePrivateKey) });
}
