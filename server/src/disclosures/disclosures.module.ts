import { Module } from '@nestjs/common';
import { DisclosuresResolver } from './disclosures.resolver';
import { DisclosuresService } from './disclosures.service';

@Module({ providers: [DisclosuresService, DisclosuresResolver], exports: [DisclosuresService] })
export class DisclosuresModule {}
