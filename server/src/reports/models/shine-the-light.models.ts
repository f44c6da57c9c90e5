import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ShineTheLightCode } from '@disclosure-map/graph-schema';
import { DateScalarType } from '../../common/date-type';
import { ShineTheLightCategoryEnum } from '../../common/enums.graphql';
import { Person } from '../../people/models/people.models';
import { Recipient } from '../../recipients/models/recipient.model';

@ObjectType({ description: 'A statutory category of Civ. Code §1798.83(e)(6)(A) with its statutory wording' })
export class ShineTheLightCategoryInfo {
  @Field(() => ShineTheLightCategoryEnum) code!: ShineTheLightCode;
  @Field() label!: string;
}

@ObjectType()
export class ShineTheLightThirdParty {
  @Field(() => Recipient) recipient!: Recipient;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => String, { nullable: true }) natureOfBusiness!: string | null;
  @Field(() => [String]) productsMarketed!: string[];
  @Field(() => [ShineTheLightCategoryInfo]) categories!: ShineTheLightCategoryInfo[];
}

@ObjectType()
export class ShineTheLightReport {
  @Field(() => Int) year!: number;
  @Field(() => DateScalarType) periodStart!: string;
  @Field(() => DateScalarType) periodEnd!: string;
  @Field(() => Person, { nullable: true }) person!: Person | null;
  @Field(() => [ShineTheLightCategoryInfo]) categories!: ShineTheLightCategoryInfo[];
  @Field(() => [ShineTheLightThirdParty]) thirdParties!: ShineTheLightThirdParty[];
  @Field(() => [String]) notices!: string[];
}
