import { Injectable, Logger } from '@nestjs/common';

@Injectable()
export class VonageConfig {
  private readonly logger = new Logger(VonageConfig.name);
  readonly applicationId = process.env.VONAGE_APPLICATION_ID ?? '';
  readonly privateKeyPath = process.env.VONAGE_PRIVATE_KEY_PATH ?? './private.key';
  readonly vonageApiSecretName = 'VONAGE_API_SECRET';

  logSummary(): void {
    this.logger.log(`Vonage app ${this.applicationId}, key at ${this.privateKeyPath}, secret read from ${this.vonageApiSecretName}`);
  }
}
