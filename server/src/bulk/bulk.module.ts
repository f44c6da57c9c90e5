import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { RequestsModule } from '../requests/requests.module';
import { loadPersonIdSecret, PERSON_IDENTITY, PersonIdentity } from '../people/person-identity';
import { BulkImportService } from './bulk-import.service';
import { BulkResolver } from './bulk.resolver';
import { BulkService } from './bulk.service';
import { ShineTheLightBulkService } from './stl-bulk.service';

/** Scale: bulk ingest, the batch transfer mutation and the streaming Shine-the-Light run. */
@Module({
  imports: [RequestsModule],
  providers: [
    {
      provide: PERSON_IDENTITY,
      inject: [APP_CONFIG],
      useFactory: (c: AppConfig) => new PersonIdentity(loadPersonIdSecret(c.dataDir, c.personIdSecret)),
    },
    BulkImportService,
    BulkService,
    BulkResolver,
    ShineTheLightBulkService,
  ],
  exports: [BulkImportService, ShineTheLightBulkService],
})
export class BulkModule {}
