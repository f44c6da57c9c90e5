import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { INVENTORY_ACTIONS, type InventoryAction } from './inventory-plan';

export const InventoryActionEnum = Object.fromEntries(INVENTORY_ACTIONS.map((a) => [a, a])) as Record<InventoryAction, InventoryAction>;
registerEnumType(InventoryActionEnum, {
  name: 'InventoryAction',
  description: 'ADD a new item, CHANGE an entity’s fields, END a flow (validTo)',
});

@ObjectType({ description: 'One change an inventory document makes' })
export class InventoryPlanChange {
  @Field({ description: 'policyClauses, categories, purposes, sources, segments, systems, recipients, collections or disclosures' })
  section!: string;
  @Field(() => ID) id!: string;
  @Field(() => InventoryActionEnum) action!: InventoryAction;
  @Field({ description: 'Where the item is in the document, e.g. disclosures[3]' }) path!: string;
  @Field(() => [String], { description: 'The fields that change (CHANGE, END)' }) fields!: string[];
}

@ObjectType({ description: 'What applyInventory changed, or would change with dryRun' })
export class InventoryPlan {
  @Field() dryRun!: boolean;
  @Field({ description: 'True when the changes were committed (not a dry run, and there were some)' }) applied!: boolean;
  @Field(() => [InventoryPlanChange]) changes!: InventoryPlanChange[];
}
