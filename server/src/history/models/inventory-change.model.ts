import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@disclosure-map/graph-schema';
import { RoleEnum } from '../../common/enums.graphql';

@ObjectType({ description: 'One change to an inventory node: who, when, what, and its value before and after' })
export class InventoryChange {
  @Field(() => ID) id!: string;
  @Field({ description: 'ISO date-time' }) at!: string;
  @Field({ description: 'The token name, or "system" for the seed loader' }) actor!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field({ description: 'The mutation, e.g. registerRecipient' }) operation!: string;
  @Field() targetLabel!: string;
  @Field(() => ID) targetId!: string;
  @Field(() => String, { nullable: true, description: 'JSON of the node before (null when created)' }) before!: string | null;
  @Field(() => String, { nullable: true, description: 'JSON of the node after' }) after!: string | null;
}
