/**
 * Field rules declared once as data: each gives the class-validator decorators the API validates with AND the fast
 * check the bulk importer runs on millions of lines (built from class-validator's own check functions), so the two
 * cannot drift apart. The fast check may only accept what the decorators accept; on a refusal the importer asks
 * class-validator again, for its exact message.
 */
import { SLUG_PATTERN } from '@disclosure-map/graph-schema';
import { applyDecorators } from '@nestjs/common';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  arrayUnique,
  IsArray,
  isIn,
  IsIn,
  IsOptional,
  IsString,
  isString,
  Length,
  length,
  Matches,
  matches,
  MaxLength,
  maxLength,
} from 'class-validator';

const SLUG_MESSAGE = 'must be a slug: lower-case letters, digits, ".", "_" or "-", starting with a letter or digit, at most 64 characters';

const absent = (value: unknown): value is null | undefined => value === null || value === undefined;

/** An id: `[a-z0-9][a-z0-9._-]{0,63}`. */
export const IsSlug = () => applyDecorators(IsString(), Matches(SLUG_PATTERN, { message: `$property ${SLUG_MESSAGE}` }));
export const isSlug = (value: unknown): value is string => isString(value) && matches(value, SLUG_PATTERN);

/** A list of ids without duplicates. */
export const IsSlugList = (max = 1000) =>
  applyDecorators(
    IsArray(),
    ArrayUnique({ message: '$property must not list the same id twice' }),
    ArrayMaxSize(max),
    Matches(SLUG_PATTERN, { each: true, message: `each of $property ${SLUG_MESSAGE}` }),
  );
export const isSlugList = (value: unknown, max = 1000): value is string[] =>
  Array.isArray(value) && arrayUnique(value) && value.length <= max && value.every(isSlug);

export const IsName = () => applyDecorators(IsString(), Length(1, 200, { message: '$property must be 1 to 200 characters' }));

export const IsOptionalText = (max = 4000) => applyDecorators(IsOptional(), IsString(), MaxLength(max));

/** A text field: optional or not, its length in characters (min 0: only a maximum). */
export interface TextRule {
  readonly optional: boolean;
  readonly min: number;
  readonly max: number;
}

export const IsText = (rule: TextRule) =>
  applyDecorators(...(rule.optional ? [IsOptional()] : []), IsString(), rule.min > 0 ? Length(rule.min, rule.max) : MaxLength(rule.max));
export const isText = (rule: TextRule, value: unknown): boolean =>
  absent(value) ? rule.optional : isString(value) && (rule.min > 0 ? length(value, rule.min, rule.max) : maxLength(value, rule.max));

/** A closed vocabulary. */
export const IsOneOf = (values: readonly string[]) => IsIn(values);
export const isOneOf = (values: readonly string[], value: unknown): boolean => isIn(value, values);

/** A required, non-empty list of ids. */
export const IsRequiredSlugList = (message: string, max = 1000) => applyDecorators(IsSlugList(max), ArrayNotEmpty({ message }));
export const isRequiredSlugList = (value: unknown, max = 1000): value is string[] => isSlugList(value, max) && value.length > 0;

/** An optional list of ids. */
export const isOptionalSlugList = (value: unknown, max = 1000): boolean => absent(value) || isSlugList(value, max);
export const isOptionalSlug = (value: unknown): boolean => absent(value) || isSlug(value);
