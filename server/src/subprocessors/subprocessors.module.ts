import { Module } from '@nestjs/common';
import { SubprocessorsResolver } from './subprocessors.resolver';
import { SubprocessorsService } from './subprocessors.service';

@Module({ providers: [SubprocessorsResolver, SubprocessorsService], exports: [SubprocessorsService] })
export class SubprocessorsModule {}
