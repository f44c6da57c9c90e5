import { Field, ObjectType } from '@nestjs/graphql';
import type { CcpaCode, SourceKind } from '@disclosure-map/graph-schema';
import { DateScalarType } from '../../common/date-type';
import { CcpaCategoryEnum, SourceKindEnum } from '../../common/enums.graphql';
import { Purpose } from '../../inventory/models/inventory.models';
import { Person } from '../../people/models/people.models';

@ObjectType({ description: 'A CCPA category of personal information (§1798.140(v)(1), (ae)) with its statutory wording' })
export class CcpaCategoryInfo {
  @Field(() => CcpaCategoryEnum) code!: CcpaCode;
  @Field() label!: string;
  @Field() citation!: string;
}

@ObjectType({ description: 'A category of sources (§1798.110(a)(2)) and the sources of that kind' })
export class CcpaSourceCategory {
  @Field(() => SourceKindEnum) kind!: SourceKind;
  @Field() label!: string;
  @Field(() => [String]) sources!: string[];
}

@ObjectType({ description: '§1798.115(a)(2): a category sold or shared, and the categories of third parties it went to' })
export class CcpaSoldOrShared {
  @Field(() => CcpaCategoryInfo) category!: CcpaCategoryInfo;
  @Field() sold!: boolean;
  @Field() shared!: boolean;
  @Field(() => [String]) thirdPartyCategories!: string[];
}

@ObjectType({ description: '§1798.115(a)(3): a category disclosed for a business purpose, and the categories of recipients' })
export class CcpaBusinessPurposeDisclosure {
  @Field(() => CcpaCategoryInfo) category!: CcpaCategoryInfo;
  @Field(() => [String]) recipientCategories!: string[];
}

@ObjectType({ description: 'CCPA right to know over the 12 months before asOf, for a person or business-wide' })
export class CcpaRightToKnow {
  @Field(() => Person, { nullable: true }) person!: Person | null;
  @Field(() => DateScalarType) periodStart!: string;
  @Field(() => DateScalarType) periodEnd!: string;
  @Field(() => [CcpaCategoryInfo]) categoriesCollected!: CcpaCategoryInfo[];
  @Field(() => [CcpaSourceCategory]) sourceCategories!: CcpaSourceCategory[];
  @Field(() => [Purpose]) purposes!: Purpose[];
  @Field(() => [CcpaSoldOrShared]) soldOrShared!: CcpaSoldOrShared[];
  @Field(() => [CcpaBusinessPurposeDisclosure]) disclosedForBusinessPurpose!: CcpaBusinessPurposeDisclosure[];
}
