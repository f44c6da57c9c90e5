import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@disclosure-map/graph-schema';
import { RoleEnum } from '../../common/enums.graphql';

@ObjectType({ description: 'One append-only audit record: who did or looked at what, and how it ended' })
export class AuditEntry {
  @Field(() => ID) id!: string;
  @Field({ description: 'ISO date-time' }) at!: string;
  @Field({ description: 'The token name' }) actor!: string;
  @Field(() => RoleEnum, { nullable: true, description: 'The token’s role; null for a caller without a valid token' })
  role!: Role | null;
  @Field({ description: 'The GraphQL operation (field) name' }) operation!: string;
  @Field(() => [String]) targetIds!: string[];
  @Field({ description: 'OK, NOT_FOUND, REJECTED, CONFLICT, FORBIDDEN, UNAUTHENTICATED or FAILED' }) outcome!: string;
}
