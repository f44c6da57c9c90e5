import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync } from 'class-validator';
import { badInput } from '../common/app-error';
import { firstValidationFailure } from '../common/validation-failure';
import { isCalendarDate } from '../rules/dates';

const DATE_FIELDS = new Set(['since', 'until', 'occurredOn', 'effectiveOn', 'relationshipSince', 'lastPurchaseOn', 'receivedOn']);
type RequiredDate = 'since' | 'occurredOn' | 'effectiveOn' | 'receivedOn';

/** The Date scalar's rule (a real calendar date, YYYY-MM-DD), applied at any depth. */
export function checkDates(value: unknown, path: string): void {
  if (Array.isArray(value)) value.forEach((v, i) => checkDates(v, `${path}[${i}]`));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (DATE_FIELDS.has(k) && v !== null && v !== undefined && (typeof v !== 'string' || !isCalendarDate(v))) {
        throw badInput(path ? `${path}.${k}` : k, 'must be a real calendar date written YYYY-MM-DD');
      }
      checkDates(v, path ? `${path}.${k}` : k);
    }
  }
}

/** Required dates of a line (GraphQL's non-null Date! would reject them missing). */
export function requireDates(plain: Record<string, unknown>, fields: readonly RequiredDate[]): void {
  for (const f of fields) if (plain[f] === undefined || plain[f] === null) throw badInput(f, 'is required');
}

/**
 * A plain object checked as the API checks its input: dates, then class-validator on the input class (synchronously:
 * the input classes have no asynchronous rule). The message keeps class-validator's wording, property included.
 */
export function validatedLine<T extends object>(cls: ClassConstructor<T>, plain: Record<string, unknown>): T {
  checkDates(plain, '');
  const instance = plainToInstance(cls, plain);
  const errors = validateSync(instance, { forbidUnknownValues: false, stopAtFirstError: true });
  if (!errors.length) return instance;
  const failure = firstValidationFailure(errors);
  throw failure ? badInput(failure.field, failure.message) : badInput(errors[0].property, 'is invalid');
}
