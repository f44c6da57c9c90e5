import { SLUG_PATTERN } from '@disclosure-map/graph-schema';
import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

const SLUG_MESSAGE = 'must be a slug: lower-case letters, digits, ".", "_" or "-", starting with a letter or digit, at most 64 characters';

/** An id: `[a-z0-9][a-z0-9._-]{0,63}`. */
export const IsSlug = () => applyDecorators(IsString(), Matches(SLUG_PATTERN, { message: `$property ${SLUG_MESSAGE}` }));

/** A list of ids without duplicates. */
export const IsSlugList = (max = 1000) =>
  applyDecorators(
    IsArray(),
    ArrayUnique({ message: '$property must not list the same id twice' }),
    ArrayMaxSize(max),
    Matches(SLUG_PATTERN, { each: true, message: `each of $property ${SLUG_MESSAGE}` }),
  );

export const IsName = () => applyDecorators(IsString(), Length(1, 200, { message: '$property must be 1 to 200 characters' }));

export const IsOptionalText = (max = 4000) => applyDecorators(IsOptional(), IsString(), MaxLength(max));
