import { ApiError, errorMessage, fieldName } from '../api/client';

export type FieldErrors = Partial<Record<string, string>>;

export interface SubmitErrors {
  fields: FieldErrors;
  /** An error no field of the form owns (e.g. a conflict, or a field the form does not show). */
  form: string | null;
}

/**
 * Puts a rejected mutation's message on the right field: BAD_USER_INPUT errors name it in `extensions.field`
 * ("input.validTo", "input.categoryIds[1]"), matched on the last path segment without its index.
 */
export function submitErrors(error: unknown, fields: readonly string[]): SubmitErrors {
  if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') {
    const name = fieldName(error.field);
    if (name && fields.includes(name)) return { fields: { [name]: fieldMessage(error.message, error.field) }, form: null };
  }
  if (error instanceof ApiError && error.code === 'CONFLICT')
    return { fields: fields.includes('id') ? { id: error.message } : {}, form: error.message };
  return { fields: {}, form: errorMessage(error) };
}

/** The message without its leading field path ("categoryIds[1]: no DataCategory…" → "No DataCategory…"). */
export function fieldMessage(message: string, field: string | undefined): string {
  if (!field) return message;
  const candidates = [field, field.replace(/^input\./, ''), fieldName(field) ?? ''].filter(Boolean);
  const prefix = candidates.find((candidate) => message.startsWith(`${candidate}: `));
  const text = prefix ? message.slice(prefix.length + 2) : message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Required fields left empty, with the message each shows. */
export function missingFields(values: Record<string, unknown>, required: readonly string[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const name of required) {
    const value = values[name];
    const empty = Array.isArray(value) ? value.length === 0 : typeof value === 'string' ? value.trim() === '' : value == null;
    if (empty) errors[name] = Array.isArray(value) ? 'Choose at least one.' : 'Required.';
  }
  return errors;
}

/** A slug id suggested from a name: "Example Payments, Inc." → "example-payments-inc". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/** Trimmed text, or undefined when empty (optional inputs are left out rather than sent empty). */
export function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}
