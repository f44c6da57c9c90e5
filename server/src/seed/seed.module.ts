import { Module } from '@nestjs/common';
import { DisclosuresModule } from '../disclosures/disclosures.module';
import { InventoryModule } from '../inventory/inventory.module';
import { PeopleModule } from '../people/people.module';
import { RecipientsModule } from '../recipients/recipients.module';
import { OrganizationModule } from '../organization/organization.module';
import { RequestsModule } from '../requests/requests.module';
import { SeedService } from './seed.service';

@Module({
  imports: [InventoryModule, RecipientsModule, DisclosuresModule, PeopleModule, OrganizationModule, RequestsModule],
  providers: [SeedService],
  exports: [SeedService],
})
export class SeedModule {}
