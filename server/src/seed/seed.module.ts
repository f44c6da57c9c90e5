import { Module } from '@nestjs/common';
import { DisclosuresModule } from '../disclosures/disclosures.module';
import { InventoryModule } from '../inventory/inventory.module';
import { PeopleModule } from '../people/people.module';
import { RecipientsModule } from '../recipients/recipients.module';
import { SeedService } from './seed.service';

@Module({ imports: [InventoryModule, RecipientsModule, DisclosuresModule, PeopleModule], providers: [SeedService], exports: [SeedService] })
export class SeedModule {}
