import { Field, ID, InputType } from '@nestjs/graphql';
import { DISCLOSURE_USES, type DisclosureUse } from '@disclosure-map/graph-schema';
import { ArrayNotEmpty, IsIn, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { DateScalarType } from '../../common/date-type';
import { DisclosureUseEnum } from '../../common/enums.graphql';
import { IsSlug, IsSlugList } from '../../common/validators';

const optionalId = <T extends { id?: string | null }>(o: T) => o.id !== null && o.id !== undefined;

@InputType()
export class CollectionInput {
  @Field(() => ID, { nullable: true, description: 'Generated when omitted' }) @ValidateIf(optionalId) @IsSlug() id?: string | null;
  @Field(() => ID) @IsSlug() sourceId!: string;
  @Field(() => [ID]) @IsSlugList() @ArrayNotEmpty({ message: 'categoryIds must name at least one category' }) categoryIds!: string[];
  @Field(() => [ID]) @IsSlugList() segmentIds!: string[];
  @Field(() => [ID]) @IsSlugList() purposeIds!: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsSlugList() systemIds?: string[] | null;
  @Field(() => DateScalarType) validFrom!: string;
  @Field(() => DateScalarType, { nullable: true }) validTo?: string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsSlugList() policyClauseIds?: string[] | null;
}

@InputType()
export class DisclosureInput {
  @Field(() => ID, { nullable: true, description: 'Generated when omitted' }) @ValidateIf(optionalId) @IsSlug() id?: string | null;
  @Field(() => ID) @IsSlug() recipientId!: string;
  @Field(() => [ID]) @IsSlugList() @ArrayNotEmpty({ message: 'categoryIds must name at least one category' }) categoryIds!: string[];
  @Field(() => [ID]) @IsSlugList() segmentIds!: string[];
  @Field(() => [ID]) @IsSlugList() purposeIds!: string[];
  @Field(() => DisclosureUseEnum) @IsIn(DISCLOSURE_USES) use!: DisclosureUse;
  @Field(() => DateScalarType) validFrom!: string;
  @Field(() => DateScalarType, { nullable: true }) validTo?: string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsSlugList() systemIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsSlugList() policyClauseIds?: string[] | null;
  @Field(() => String, { nullable: true, description: 'For a transfer to a third country: its safeguard (GDPR Art. 44–49)' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  transferSafeguard?: string | null;
}
