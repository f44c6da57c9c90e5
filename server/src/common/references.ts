import type { NodeLabel } from '@disclosure-map/graph-schema';
import type { GraphTx } from '../graph/graph-store';
import { badInput, type AppError } from './app-error';

/** Looks up which referenced ids do not exist (implemented by a repository). */
export type MissingIds = (tx: GraphTx, label: NodeLabel, ids: readonly string[]) => Promise<string[]>;

/** A field naming one or several nodes of one label by id. */
export interface ReferenceCheck {
  field: string;
  label: NodeLabel;
  ids: readonly string[] | string | null | undefined;
}

const idsOf = (check: ReferenceCheck): readonly string[] =>
  check.ids === null || check.ids === undefined ? [] : typeof check.ids === 'string' ? [check.ids] : check.ids;

/** The error for an id that names nothing: BAD_USER_INPUT naming the field (with the id's index in a list). */
function missingReference(check: ReferenceCheck, absent: string): AppError {
  const field = typeof check.ids === 'string' ? check.field : `${check.field}[${idsOf(check).indexOf(absent)}]`;
  return badInput(field, `no ${check.label} with id "${absent}"`);
}

/** Every referenced id must exist: the first one that does not is reported with its field and index. */
export async function requireExisting(tx: GraphTx, missing: MissingIds, checks: ReferenceCheck[]): Promise<void> {
  for (const check of checks) {
    const ids = idsOf(check);
    if (!ids.length) continue;
    const absent = await missing(tx, check.label, ids);
    if (absent.length) throw missingReference(check, absent[0]);
  }
}

/** requireExisting with a lookup that answers at once (the importer's inventory ids, loaded once per import). */
export function requireKnown(checks: ReferenceCheck[], missing: (label: NodeLabel, ids: readonly string[]) => readonly string[]): void {
  for (const check of checks) {
    const absent = missing(check.label, idsOf(check));
    if (absent.length) throw missingReference(check, absent[0]);
  }
}

/** validTo ≥ validFrom (intervals are inclusive: equal means one day). */
export function requireOrderedDates(from: string, to: string | null | undefined, field = 'validTo', fromField = 'validFrom'): void {
  if (to !== null && to !== undefined && to < from) throw badInput(field, `must be on or after ${fromField} (${from})`);
}
