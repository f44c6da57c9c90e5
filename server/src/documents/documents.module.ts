import { Module } from '@nestjs/common';
import { GdprModule } from '../gdpr/gdpr.module';
import { OrganizationModule } from '../organization/organization.module';
import { ReportsModule } from '../reports/reports.module';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';

@Module({ imports: [ReportsModule, OrganizationModule, GdprModule], controllers: [DocumentsController], providers: [DocumentsService] })
export class DocumentsModule {}
