import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import type { RecipientClass } from '@disclosure-map/graph-schema';
import { AllowRoles } from '../auth/roles.decorator';
import { DateScalarType } from '../common/date-type';
import { InventoryAsOfArg } from '../common/inventory-as-of.arg';
import { RecipientClassEnum } from '../common/enums.graphql';
import { MapGroupingInput } from './dto/map-grouping.input';
import { MapService } from './map.service';
import { DataMap } from './models/data-map.models';

@Resolver()
export class MapResolver {
  constructor(private readonly maps: MapService) {}

  @Query(() => DataMap, { description: 'The flows in force on asOf (default today) and the nodes they connect' })
  @AllowRoles('VIEWER', 'EDITOR', 'LEGAL')
  dataMap(
    @Args('asOf', { type: () => DateScalarType, nullable: true }) asOf?: string | null,
    @Args('recipientClasses', { type: () => [RecipientClassEnum], nullable: true }) recipientClasses?: RecipientClass[] | null,
    @Args('categoryIds', { type: () => [ID], nullable: true }) categoryIds?: string[] | null,
    @Args('purposeIds', { type: () => [ID], nullable: true }) purposeIds?: string[] | null,
    @InventoryAsOfArg() inventoryAsOf?: string | null,
    @Args('grouping', {
      type: () => MapGroupingInput,
      nullable: true,
      description: 'Group a large map, open groups, focus on one node (default: every node, ungrouped)',
    })
    grouping?: MapGroupingInput,
  ) {
    // The validation pipe turns an absent input into an empty instance; a given one always has its mode (default AUTO).
    const given = grouping?.mode ? grouping : null;
    return this.maps.dataMap(asOf ?? null, { recipientClasses, categoryIds, purposeIds }, inventoryAsOf ?? null, given);
  }
}
