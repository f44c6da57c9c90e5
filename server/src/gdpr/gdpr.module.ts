import { Module } from '@nestjs/common';
import { LineageModule } from '../lineage/lineage.module';
import { OrganizationModule } from '../organization/organization.module';
import { PeopleModule } from '../people/people.module';
import { GdprResolver } from './gdpr.resolver';
import { GdprService } from './gdpr.service';

@Module({ imports: [LineageModule, PeopleModule, OrganizationModule], providers: [GdprService, GdprResolver], exports: [GdprService] })
export class GdprModule {}
