import { Field, ID, InputType } from '@nestjs/graphql';
import type { BreachElement, CcpaCode, DisclosureUse, RecipientClass, ShineTheLightCode, SourceKind } from '@disclosure-map/graph-schema';
import {
  BREACH_ELEMENTS,
  CCPA_CODES,
  DISCLOSURE_USES,
  RECIPIENT_CLASSES,
  SHINE_THE_LIGHT_CODES,
  SOURCE_KINDS,
} from '@disclosure-map/graph-schema';
import { ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, MaxLength, ValidateIf } from 'class-validator';
import {
  BreachElementEnum,
  CcpaCategoryEnum,
  DisclosureUseEnum,
  RecipientClassEnum,
  ShineTheLightCategoryEnum,
  SourceKindEnum,
} from '../../common/enums.graphql';
import { IsName, IsOptionalText, IsSlug } from '../../common/validators';

@InputType()
export class CategoryInput {
  @Field(() => ID) @IsSlug() id!: string;
  @Field() @IsName() name!: string;
  @Field(() => String, { nullable: true }) @IsOptionalText() description?: string | null;
  @Field(() => ID, { nullable: true, description: 'null removes the parent; omitted keeps it' })
  @ValidateIf((o: CategoryInput) => o.parentId !== null && o.parentId !== undefined)
  @IsSlug()
  parentId?: string | null;
  @Field(() => [ShineTheLightCategoryEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(SHINE_THE_LIGHT_CODES, { each: true })
  shineTheLight?: ShineTheLightCode[] | null;
  @Field(() => [CcpaCategoryEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(CCPA_CODES, { each: true })
  ccpa?: CcpaCode[] | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() sensitive?: boolean | null;
  @Field(() => [BreachElementEnum], { nullable: true, description: 'Civ. Code §1798.82(h) elements this category holds' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(BREACH_ELEMENTS, { each: true })
  breachElements?: BreachElement[] | null;
  @Field(() => String, { nullable: true, description: 'Time limit for erasure (GDPR Art. 30(1)(f))' })
  @IsOptionalText(500)
  retention?: string | null;
}

@InputType()
export class PurposeInput {
  @Field(() => ID) @IsSlug() id!: string;
  @Field() @IsName() name!: string;
  @Field(() => String, { nullable: true }) @IsOptionalText() description?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() directMarketing?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() targetedAdvertising?: boolean | null;
}

@InputType()
export class SourceInput {
  @Field(() => ID) @IsSlug() id!: string;
  @Field() @IsName() name!: string;
  @Field(() => SourceKindEnum) @IsIn(SOURCE_KINDS) kind!: SourceKind;
}

@InputType()
export class SegmentInput {
  @Field(() => ID) @IsSlug() id!: string;
  @Field() @IsName() name!: string;
  @Field(() => String, { nullable: true }) @IsOptionalText() description?: string | null;
}

@InputType()
export class SystemInput {
  @Field(() => ID) @IsSlug() id!: string;
  @Field() @IsName() name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) owner?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) country?: string | null;
}

@InputType()
export class PolicyClauseInput {
  @Field(() => ID) @IsSlug() id!: string;
  @Field() @IsString() @Length(1, 20) section!: string;
  @Field() @IsName() title!: string;
  @Field(() => String, { nullable: true }) @IsOptionalText(10000) text?: string | null;
  @Field(() => [RecipientClassEnum], { nullable: true, description: 'The recipient classes the clause says data goes to' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(RECIPIENT_CLASSES, { each: true })
  recipientClasses?: RecipientClass[] | null;
  @Field(() => [DisclosureUseEnum], { nullable: true, description: 'The disclosure uses the clause states' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(DISCLOSURE_USES, { each: true })
  uses?: DisclosureUse[] | null;
}
