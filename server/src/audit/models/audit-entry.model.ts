import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@disclosure-map/graph-schema';
import { RoleEnum } from '../../common/enums.graphql';

@ObjectType({ description: 'One append-only audit record: who did or looked at what, and how it ended' })
export class AuditEntry {
  @Field(() => ID) id!: string;
  @Field({ description: 'ISO date-time' }) at!: string;
  @Field({ description: 'The token name' }) actor!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field({ description: 'The GraphQL operation (field) name' }) operation!: string;
  @Field(() => [String]) targetIds!: string[];
  @Field({ description: 'OK, NOT_FOUND, REJECTED, CONFLICT, FORBIDDEN or FAILED' }) outcome!: string;
}
