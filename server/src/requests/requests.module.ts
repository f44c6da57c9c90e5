import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { RequestsResolver } from './requests.resolver';
import { RequestsService } from './requests.service';

@Module({ imports: [PeopleModule], providers: [RequestsService, RequestsResolver], exports: [RequestsService] })
export class RequestsModule {}
