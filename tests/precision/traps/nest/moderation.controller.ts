// NestJS: a roles decorator and guard in front of the moderation endpoints.
import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { Video } from '@vonage/video';

import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { Roles } from '../auth/roles.decorator';
import { RolesGuard } from '../auth/roles.guard';

@Controller('calls')
@UseGuards(JwtAuthGuard, RolesGuard)
export class ModerationController {
  constructor(private readonly video: Video) {}

  @Post('disconnect')
  @Roles('moderator')
  async disconnect(@Body() body: { sessionId: string; connectionId: string }) {
    await this.video.disconnectClient(body.sessionId, body.connectionId);
  }
}
