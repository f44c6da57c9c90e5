import { Field, ID, InputType } from '@nestjs/graphql';
import {
  DISCLOSURE_USES,
  OPT_OUT_SCOPES,
  type DisclosureUse,
  type OptOutScope,
  type PersonIdentifierKind,
} from '@disclosure-map/graph-schema';
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
import {
  isOneOf,
  IsOneOf,
  isOptionalSlug,
  isOptionalSlugList,
  IsRequiredSlugList,
  isRequiredSlugList,
  isSlug,
  IsSlug,
  IsSlugList,
  isText,
  IsText,
  type TextRule,
} from '../../common/validators';

/**
 * Names a person by exactly one of: the person's id, an e-mail, a phone number, an external id (checked, with the
 * empty-after-normalising case, by `namedIdentifier` in people/person-rules.ts).
 */
export const PERSON_REF_RULES = {
  id: { optional: true, min: 0, max: 100 },
  email: { optional: true, min: 1, max: 320 },
  phone: { optional: true, min: 1, max: 40 },
  externalId: { optional: true, min: 1, max: 200 },
} as const satisfies Record<'id' | PersonIdentifierKind, TextRule>;

@InputType()
export class PersonRef {
  @Field(() => ID, { nullable: true }) @IsText(PERSON_REF_RULES.id) id?: string | null;
  @Field(() => String, { nullable: true }) @IsText(PERSON_REF_RULES.email) email?: string | null;
  @Field(() => String, { nullable: true }) @IsText(PERSON_REF_RULES.phone) phone?: string | null;
  @Field(() => String, { nullable: true }) @IsText(PERSON_REF_RULES.externalId) externalId?: string | null;
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

/** The most people one transfer may name. */
export const TRANSFER_PEOPLE_MAX = 10_000;

@InputType()
export class TransferInput {
  @Field(() => ID, { nullable: true, description: 'Generated when omitted' }) @IsOptional() @IsSlug() id?: string | null;
  @Field(() => ID) @IsSlug() recipientId!: string;
  @Field(() => [ID]) @IsRequiredSlugList('categoryIds must name at least one category') categoryIds!: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsSlugList() purposeIds?: string[] | null;
  @Field(() => DisclosureUseEnum) @IsOneOf(DISCLOSURE_USES) use!: DisclosureUse;
  @Field(() => DateScalarType) occurredOn!: string;
  @Field(() => [PersonRef])
  @IsArray()
  @ArrayNotEmpty({ message: 'people must name at least one person' })
  @ArrayMaxSize(TRANSFER_PEOPLE_MAX)
  @ValidateNested({ each: true })
  @Type(() => PersonRef)
  people!: PersonRef[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The fast form of PersonRef's decorators, from the same PERSON_REF_RULES. */
export function passesPersonRef(value: unknown): boolean {
  return (
    isRecord(value) &&
    isText(PERSON_REF_RULES.id, value.id) &&
    isText(PERSON_REF_RULES.email, value.email) &&
    isText(PERSON_REF_RULES.phone, value.phone) &&
    isText(PERSON_REF_RULES.externalId, value.externalId)
  );
}

/**
 * The fast form of TransferInput's decorators (dates aside: the bulk path checks them first), from the same rule
 * functions: true only when class-validator would find nothing, so the bulk importer may skip it.
 */
export function passesTransferInput(value: Record<string, unknown>): value is Record<string, unknown> & TransferInput {
  const people = value.people;
  return (
    isOptionalSlug(value.id) &&
    isSlug(value.recipientId) &&
    isRequiredSlugList(value.categoryIds) &&
    isOptionalSlugList(value.purposeIds) &&
    isOneOf(DISCLOSURE_USES, value.use) &&
    Array.isArray(people) &&
    people.length > 0 &&
    people.length <= TRANSFER_PEOPLE_MAX &&
    people.every(passesPersonRef)
  );
}

@InputType()
export class OptOutInput {
  @Field(() => PersonRef) @ValidateNested() @Type(() => PersonRef) person!: PersonRef;
  @Field(() => OptOutScopeEnum) @IsIn(OPT_OUT_SCOPES) scope!: OptOutScope;
  @Field(() => DateScalarType) effectiveOn!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) channel?: string | null;
}
