import { Module } from '@nestjs/common';
import { DisclosuresModule } from '../disclosures/disclosures.module';
import { InventoryModule } from '../inventory/inventory.module';
import { OrganizationModule } from '../organization/organization.module';
import { RecipientsModule } from '../recipients/recipients.module';
import { InventoryFileResolver } from './inventory-file.resolver';
import { InventoryFileService } from './inventory-file.service';

/** The inventory as code: `inventoryDocument` and `applyInventory` (PRODUCT.md §9). */
@Module({
  imports: [InventoryModule, RecipientsModule, DisclosuresModule, OrganizationModule],
  providers: [InventoryFileService, InventoryFileResolver],
})
export class InventoryFileModule {}
