import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { DisclosureUse, OptOutScope } from '@disclosure-map/graph-schema';
import { DateScalarType } from '../../common/date-type';
import { DisclosureUseEnum, OptOutScopeEnum } from '../../common/enums.graphql';
import { DataCategory, Purpose, Segment } from '../../inventory/models/inventory.models';
import { Recipient } from '../../recipients/models/recipient.model';

@ObjectType()
export class Membership {
  @Field(() => Segment) segment!: Segment;
  @Field(() => DateScalarType) since!: string;
  @Field(() => DateScalarType, { nullable: true }) until!: string | null;
}

@ObjectType({ description: 'A data subject, shown only in masked form' })
export class Person {
  @Field(() => ID) id!: string;
  @Field() display!: string;
  @Field(() => Boolean, { nullable: true }) californiaResident!: boolean | null;
  @Field(() => DateScalarType, { nullable: true }) relationshipSince!: string | null;
  @Field(() => DateScalarType, { nullable: true }) lastPurchaseOn!: string | null;
  @Field(() => [Membership]) memberships!: Membership[];
}

@ObjectType({ description: 'A ledger entry: data actually sent to a recipient' })
export class Transfer {
  @Field(() => ID) id!: string;
  @Field(() => DateScalarType) occurredOn!: string;
  @Field(() => DisclosureUseEnum) use!: DisclosureUse;
  @Field(() => Recipient) recipient!: Recipient;
  @Field(() => [DataCategory]) categories!: DataCategory[];
  @Field(() => [Purpose]) purposes!: Purpose[];
}

@ObjectType()
export class OptOut {
  @Field(() => ID) id!: string;
  @Field(() => OptOutScopeEnum) scope!: OptOutScope;
  @Field(() => DateScalarType) effectiveOn!: string;
  @Field(() => String, { nullable: true }) channel!: string | null;
  @Field(() => Person) person!: Person;
}
