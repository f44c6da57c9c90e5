import { Global, Module } from '@nestjs/common';
import { BackupService } from './backup.service';
import { PortabilityController } from './portability.controller';
import { PortabilityService } from './portability.service';

/** Export over HTTP and scheduled backups (PRODUCT.md §9); the CLIs of export and restore use the same parts. */
@Global()
@Module({ controllers: [PortabilityController], providers: [PortabilityService, BackupService], exports: [BackupService] })
export class PortabilityModule {}
