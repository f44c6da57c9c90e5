import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowRoles } from '../auth/roles.decorator';
import { JsonScalar } from '../common/json-scalar';
import { InventoryPlan } from './inventory-file.models';
import { InventoryFileService } from './inventory-file.service';

@Resolver()
export class InventoryFileResolver {
  constructor(private readonly files: InventoryFileService) {}

  @Query(() => JsonScalar, { description: 'The whole inventory as an inventory document (npm run inventory -- pull)' })
  @AllowRoles('VIEWER', 'EDITOR', 'LEGAL')
  inventoryDocument(): Promise<unknown> {
    return this.files.pull();
  }

  @Mutation(() => InventoryPlan, {
    description: 'Applies an inventory document in one unit of work (dryRun: only the plan); a rejected one changes nothing',
  })
  @AllowRoles('EDITOR')
  applyInventory(
    @Args('document', { type: () => JsonScalar }) document: unknown,
    @Args('dryRun', { type: () => Boolean, nullable: true }) dryRun?: boolean | null,
  ): Promise<InventoryPlan> {
    return this.files.apply(document, dryRun ?? false);
  }
}
