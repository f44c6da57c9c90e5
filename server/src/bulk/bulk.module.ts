import { Module } from '@nestjs/common';
import { RequestsModule } from '../requests/requests.module';
import { personIdentityProvider } from '../people/person-identity.provider';
import { BulkImportService } from './bulk-import.service';
import { BulkResolver } from './bulk.resolver';
import { BulkService } from './bulk.service';
import { ShineTheLightBulkService } from './stl-bulk.service';

/** Scale: bulk ingest, the batch transfer mutation and the streaming Shine-the-Light run. */
@Module({
  imports: [RequestsModule],
  providers: [personIdentityProvider, BulkImportService, BulkService, BulkResolver, ShineTheLightBulkService],
  exports: [BulkImportService, ShineTheLightBulkService],
})
export class BulkModule {}
