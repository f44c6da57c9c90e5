import { Field, ID, InputType } from '@nestjs/graphql';
import { DISCLOSURE_USES, OPT_OUT_SCOPES, type DisclosureUse, type OptOutScope } from '@disclosure-map/graph-schema';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DateScalarType } from '../../common/date-type';
import { DisclosureUseEnum, OptOutScopeEnum } from '../../common/enums.graphql';
import { IsSlug, IsSlugList } from '../../common/validators';

/**
 * Names a person by exactly one of: the person's id, an e-mail, a phone number, an external id (checked, with the
 * empty-after-normalising case, by `namedIdentifier` in people/person-ref.ts).
 */
@InputType()
export class PersonRef {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) id?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 320) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 40) phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) externalId?: string | null;
}

@InputType()
export class MembershipInput {
  @Field(() => ID) @IsSlug() segmentId!: string;
  @Field(() => DateScalarType) since!: string;
  @Field(() => DateScalarType, { nullable: true }) until?: string | null;
}

@InputType()
export class PersonInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) externalId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(3, 320) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 40) phone?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() californiaResident?: boolean | null;
  @Field(() => DateScalarType, { nullable: true }) relationshipSince?: string | null;
  @Field(() => DateScalarType, { nullable: true }) lastPurchaseOn?: string | null;
  @Field(() => [MembershipInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => MembershipInput)
  memberships?: MembershipInput[] | null;
}

@InputType()
export class TransferInput {
  @Field(() => ID, { nullable: true, description: 'Generated when omitted' }) @IsOptional() @IsSlug() id?: string | null;
  @Field(() => ID) @IsSlug() recipientId!: string;
  @Field(() => [ID]) @IsSlugList() @ArrayNotEmpty({ message: 'categoryIds must name at least one category' }) categoryIds!: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsSlugList() purposeIds?: string[] | null;
  @Field(() => DisclosureUseEnum) @IsIn(DISCLOSURE_USES) use!: DisclosureUse;
  @Field(() => DateScalarType) occurredOn!: string;
  @Field(() => [PersonRef])
  @IsArray()
  @ArrayNotEmpty({ message: 'people must name at least one person' })
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => PersonRef)
  people!: PersonRef[];
}

@InputType()
export class OptOutInput {
  @Field(() => PersonRef) @ValidateNested() @Type(() => PersonRef) person!: PersonRef;
  @Field(() => OptOutScopeEnum) @IsIn(OPT_OUT_SCOPES) scope!: OptOutScope;
  @Field(() => DateScalarType) effectiveOn!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) channel?: string | null;
}
