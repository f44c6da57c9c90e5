import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { LineageResolver } from './lineage.resolver';
import { LineageService } from './lineage.service';

@Module({ imports: [PeopleModule], providers: [LineageService, LineageResolver], exports: [LineageService] })
export class LineageModule {}
