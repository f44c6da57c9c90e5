import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { BreachElement, CcpaCode, ShineTheLightCode, SourceKind } from '@disclosure-map/graph-schema';
import { BreachElementEnum, CcpaCategoryEnum, ShineTheLightCategoryEnum, SourceKindEnum } from '../../common/enums.graphql';

@ObjectType({ description: 'A kind of personal data, in a hierarchy, mapped to statutory categories' })
export class DataCategory {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field() sensitive!: boolean;
  @Field(() => [ShineTheLightCategoryEnum]) shineTheLight!: ShineTheLightCode[];
  @Field(() => [CcpaCategoryEnum]) ccpa!: CcpaCode[];
  @Field(() => [BreachElementEnum], { description: 'Civ. Code §1798.82(h) elements (empty when none)' })
  breachElements!: BreachElement[];
  @Field(() => ID, { nullable: true }) parentId!: string | null;
}

@ObjectType()
export class Purpose {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field() directMarketing!: boolean;
  @Field() targetedAdvertising!: boolean;
}

@ObjectType()
export class Source {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => SourceKindEnum) kind!: SourceKind;
}

@ObjectType({ description: 'A group of data subjects' })
export class Segment {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
}

@ObjectType({ description: 'Where personal data is stored' })
export class System {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) owner!: string | null;
  @Field(() => String, { nullable: true }) country!: string | null;
}

@ObjectType({ description: 'A section of the published privacy policy' })
export class PolicyClause {
  @Field(() => ID) id!: string;
  @Field() section!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) text!: string | null;
}
