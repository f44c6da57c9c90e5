import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module';
import { RequestsModule } from '../requests/requests.module';
import { ObligationsController } from './obligations.controller';
import { ObligationsResolver, PrivacyRequestObligationsResolver } from './obligations.resolver';
import { ObligationsService } from './obligations.service';
import { PropagationModule } from './propagation.module';

/** PRODUCT.md §7: deletions and corrections passed on to every recipient, reappearances, frozen answers. */
@Module({
  imports: [PropagationModule, RequestsModule, ReportsModule],
  controllers: [ObligationsController],
  providers: [ObligationsService, ObligationsResolver, PrivacyRequestObligationsResolver],
})
export class ObligationsModule {}
