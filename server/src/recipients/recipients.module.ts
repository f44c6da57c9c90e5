import { Module } from '@nestjs/common';
import { RecipientsResolver } from './recipients.resolver';
import { RecipientsService } from './recipients.service';

@Module({ providers: [RecipientsService, RecipientsResolver], exports: [RecipientsService] })
export class RecipientsModule {}
