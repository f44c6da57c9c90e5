import { Module } from '@nestjs/common';
import { LineageModule } from '../lineage/lineage.module';
import { PeopleModule } from '../people/people.module';
import { CcpaResolver } from './ccpa.resolver';
import { CcpaService } from './ccpa.service';

@Module({ imports: [LineageModule, PeopleModule], providers: [CcpaService, CcpaResolver], exports: [CcpaService] })
export class CcpaModule {}
