import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowRoles } from '../auth/roles.decorator';
import { CategoryInput, PolicyClauseInput, PurposeInput, SegmentInput, SourceInput, SystemInput } from './dto/inventory.inputs';
import { InventoryService } from './inventory.service';
import { DataCategory, PolicyClause, Purpose, Segment, Source, System } from './models/inventory.models';

@Resolver()
export class InventoryResolver {
  constructor(private readonly inventory: InventoryService) {}

  @Query(() => [DataCategory])
  @AllowRoles('VIEWER', 'EDITOR', 'LEGAL')
  categories() {
    return this.inventory.categories();
  }

  @Query(() => [Purpose])
  @AllowRoles('VIEWER', 'EDITOR', 'LEGAL')
  purposes() {
    return this.inventory.purposes();
  }

  @Query(() => [Source])
  @AllowRoles('VIEWER', 'EDITOR', 'LEGAL')
  sources() {
    return this.inventory.sources();
  }

  @Query(() => [Segment])
  @AllowRoles('VIEWER', 'EDITOR', 'LEGAL')
  segments() {
    return this.inventory.segments();
  }

  @Query(() => [System])
  @AllowRoles('VIEWER', 'EDITOR', 'LEGAL')
  systems() {
    return this.inventory.systems();
  }

  @Query(() => [PolicyClause])
  @AllowRoles('VIEWER', 'EDITOR', 'LEGAL')
  policyClauses() {
    return this.inventory.policyClauses();
  }

  @Mutation(() => DataCategory)
  @AllowRoles('EDITOR')
  upsertCategory(@Args('input') input: CategoryInput) {
    return this.inventory.upsertCategory(input);
  }

  @Mutation(() => Purpose)
  @AllowRoles('EDITOR')
  upsertPurpose(@Args('input') input: PurposeInput) {
    return this.inventory.upsertPurpose(input);
  }

  @Mutation(() => Source)
  @AllowRoles('EDITOR')
  upsertSource(@Args('input') input: SourceInput) {
    return this.inventory.upsertSource(input);
  }

  @Mutation(() => Segment)
  @AllowRoles('EDITOR')
  upsertSegment(@Args('input') input: SegmentInput) {
    return this.inventory.upsertSegment(input);
  }

  @Mutation(() => System)
  @AllowRoles('EDITOR')
  upsertSystem(@Args('input') input: SystemInput) {
    return this.inventory.upsertSystem(input);
  }

  @Mutation(() => PolicyClause)
  @AllowRoles('EDITOR')
  upsertPolicyClause(@Args('input') input: PolicyClauseInput) {
    return this.inventory.upsertPolicyClause(input);
  }
}
