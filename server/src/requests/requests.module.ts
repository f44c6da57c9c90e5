import { Module } from '@nestjs/common';
import { PropagationModule } from '../obligations/propagation.module';
import { OrganizationModule } from '../organization/organization.module';
import { PeopleModule } from '../people/people.module';
import { ReportsModule } from '../reports/reports.module';
import { RequestsResolver } from './requests.resolver';
import { RequestsService } from './requests.service';

@Module({
  imports: [PeopleModule, PropagationModule, ReportsModule, OrganizationModule],
  providers: [RequestsService, RequestsResolver],
  exports: [RequestsService],
})
export class RequestsModule {}
