import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AllowRoles } from '../auth/roles.decorator';
import { HistoryService } from './history.service';
import { InventoryChange } from './models/inventory-change.model';

@Resolver()
export class HistoryResolver {
  constructor(private readonly history: HistoryService) {}

  @Query(() => [InventoryChange], {
    description: 'Every change to an inventory node (category, purpose, source, segment, system, clause, recipient, flow), oldest first',
  })
  @AllowRoles('VIEWER', 'EDITOR', 'LEGAL')
  inventoryHistory(@Args('id', { type: () => ID }) id: string): Promise<InventoryChange[]> {
    return this.history.inventoryHistory(id);
  }
}
