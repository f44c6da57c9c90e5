import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { DisclosureUse } from '@disclosure-map/graph-schema';
import { DateScalarType } from '../../common/date-type';
import { DisclosureUseEnum } from '../../common/enums.graphql';
import { DataCategory, PolicyClause, Purpose, Segment, Source, System } from '../../inventory/models/inventory.models';
import { Recipient } from '../../recipients/models/recipient.model';

@ObjectType({ description: 'How personal data enters: from a source, of categories, about segments, for purposes, into systems' })
export class Collection {
  @Field(() => ID) id!: string;
  @Field(() => Source) source!: Source;
  @Field(() => [DataCategory]) categories!: DataCategory[];
  @Field(() => [Segment]) segments!: Segment[];
  @Field(() => [Purpose]) purposes!: Purpose[];
  @Field(() => [System]) systems!: System[];
  @Field(() => [PolicyClause]) policyClauses!: PolicyClause[];
  @Field(() => DateScalarType) validFrom!: string;
  @Field(() => DateScalarType, { nullable: true }) validTo!: string | null;
}

@ObjectType({ description: 'A declared flow of personal data to a recipient' })
export class Disclosure {
  @Field(() => ID) id!: string;
  @Field(() => Recipient) recipient!: Recipient;
  @Field(() => [DataCategory]) categories!: DataCategory[];
  @Field(() => [Segment]) segments!: Segment[];
  @Field(() => [Purpose]) purposes!: Purpose[];
  @Field(() => DisclosureUseEnum) use!: DisclosureUse;
  @Field(() => DateScalarType) validFrom!: string;
  @Field(() => DateScalarType, { nullable: true }) validTo!: string | null;
  @Field(() => [System]) systems!: System[];
  @Field(() => [PolicyClause]) policyClauses!: PolicyClause[];
}
