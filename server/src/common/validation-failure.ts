import type { ValidationError } from 'class-validator';

/** The first failing property of a class-validator result: its path below the input, its property and its message. */
export interface ValidationFailure {
  /** e.g. "validTo", "people[1].email". */
  field: string;
  /** The failing property's own name ("email", or "1" for a list item), which class-validator puts in its messages. */
  property: string;
  /** class-validator's message, as it wrote it ("email must be longer than or equal to 1 characters"). */
  message: string;
}

/** The one walk from class-validator's error tree to the field path (used by the API's pipe and the bulk importer). */
export function firstValidationFailure(errors: readonly ValidationError[], prefix = ''): ValidationFailure | null {
  for (const e of errors) {
    const field = /^\d+$/.test(e.property) ? `${prefix}[${e.property}]` : prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) return { field, property: e.property, message: Object.values(e.constraints)[0] ?? 'is invalid' };
    const nested = firstValidationFailure(e.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}
