import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import OpenTok from 'opentok';

@Injectable()
export class VideoService {
  private readonly logger = new Logger(VideoService.name);
  private readonly opentok: OpenTok;

  constructor(config: ConfigService) {
    const keyPath = config.get<string>('OPENTOK_PRIVATE_KEY_PATH');
    this.logger.log(`OpenTok key file: ${keyPath}`);
    this.opentok = new OpenTok(config.getOrThrow<string>('OPENTOK_API_KEY'), config.getOrThrow<string>('OPENTOK_API_SECRET'));
  }

  createRoom(): Promise<string> {
    return new Promise((resolve, reject) => {
      this.opentok.createSession({ mediaMode: 'routed' }, (error, session) => (error || !session ? reject(error) : resolve(session.sessionId)));
    });
  }

  tokenFor(sessionId: string, isHost: boolean): string {
    const options: OpenTok.TokenOptions = { expireTime: Math.floor(Date.now() / 1000) + 3600 };
    options.role = isHost ? 'moderator' : 'subscriber';
    return this.opentok.generateToken(sessionId, options);
  }
}
