import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { OrganizationModule } from '../organization/organization.module';
import { ReportsModule } from '../reports/reports.module';
import { tokenQueryToHeader } from './document-access';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';

@Module({ imports: [ReportsModule, OrganizationModule], controllers: [DocumentsController], providers: [DocumentsService] })
export class DocumentsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(tokenQueryToHeader).forRoutes(DocumentsController);
  }
}
