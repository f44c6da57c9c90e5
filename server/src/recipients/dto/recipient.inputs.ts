import { Field, ID, InputType } from '@nestjs/graphql';
import { RECIPIENT_CLASSES, type RecipientClass } from '@disclosure-map/graph-schema';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { DateScalarType } from '../../common/date-type';
import { RecipientClassEnum } from '../../common/enums.graphql';
import { IsName, IsSlug, IsSlugList } from '../../common/validators';

@InputType()
export class RecipientInput {
  @Field(() => ID) @IsSlug() id!: string;
  @Field() @IsName() name!: string;
  @Field(() => RecipientClassEnum) @IsIn(RECIPIENT_CLASSES) class!: RecipientClass;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) legalName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) address?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) country?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) natureOfBusiness?: string | null;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  productsMarketed?: string[] | null;
  @Field(() => DateScalarType, { nullable: true }) @IsOptional() agreementSignedOn?: string | null;
  @Field(() => ID, { nullable: true, description: 'For a sub-processor: the processor it works for' })
  @ValidateIf((o: RecipientInput) => o.subprocessorOf !== null && o.subprocessorOf !== undefined)
  @IsSlug()
  subprocessorOf?: string | null;
  @Field(() => DateScalarType, { nullable: true, description: 'When the controller authorised this sub-processor (GDPR Art. 28(2))' })
  subprocessorAuthorizedOn?: string | null;
}

@InputType()
export class ProcessorInput {
  @Field(() => ID) @IsSlug() id!: string;
  @Field() @IsName() name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) legalName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) address?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) country?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) natureOfBusiness?: string | null;
  @Field(() => DateScalarType) agreementSignedOn!: string;
  @Field(() => [ID]) @IsSlugList() @ArrayNotEmpty({ message: 'categoryIds must name at least one category' }) categoryIds!: string[];
  @Field(() => [ID]) @IsSlugList() purposeIds!: string[];
  @Field(() => [ID]) @IsSlugList() segmentIds!: string[];
  @Field(() => DateScalarType) validFrom!: string;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsSlugList() systemIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'For a sub-processor: the processor it works for' })
  @ValidateIf((o: ProcessorInput) => o.subprocessorOf !== null && o.subprocessorOf !== undefined)
  @IsSlug()
  subprocessorOf?: string | null;
}
