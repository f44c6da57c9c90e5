import { Module } from '@nestjs/common';
import { LineageModule } from '../lineage/lineage.module';
import { PeopleModule } from '../people/people.module';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({ imports: [LineageModule, PeopleModule], providers: [ReportsService, ReportsResolver], exports: [ReportsService] })
export class ReportsModule {}
