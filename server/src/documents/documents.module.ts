import { Module } from '@nestjs/common';
import { GdprModule } from '../gdpr/gdpr.module';
import { IncidentsModule } from '../incidents/incidents.module';
import { OrganizationModule } from '../organization/organization.module';
import { ReportsModule } from '../reports/reports.module';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { NoticeListController } from './notice-list.controller';

@Module({
  imports: [ReportsModule, OrganizationModule, GdprModule, IncidentsModule],
  controllers: [DocumentsController, NoticeListController],
  providers: [DocumentsService],
})
export class DocumentsModule {}
