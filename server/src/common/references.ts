import type { NodeLabel } from '@disclosure-map/graph-schema';
import type { GraphTx } from '../graph/graph-store';
import { badInput } from './app-error';

/** Looks up which referenced ids do not exist (implemented by a repository). */
export type MissingIds = (tx: GraphTx, label: NodeLabel, ids: readonly string[]) => Promise<string[]>;

/** Every referenced id must exist: the first one that does not is reported with its field and index. */
export async function requireExisting(
  tx: GraphTx,
  missing: MissingIds,
  checks: { field: string; label: NodeLabel; ids: readonly string[] | string | null | undefined }[],
): Promise<void> {
  for (const check of checks) {
    if (check.ids === null || check.ids === undefined) continue;
    const list = typeof check.ids === 'string' ? [check.ids] : check.ids;
    const absent = await missing(tx, check.label, list);
    if (absent.length) {
      const index = list.indexOf(absent[0]);
      const field = typeof check.ids === 'string' ? check.field : `${check.field}[${index}]`;
      throw badInput(field, `no ${check.label} with id "${absent[0]}"`);
    }
  }
}

/** validTo ≥ validFrom (intervals are inclusive: equal means one day). */
export function requireOrderedDates(from: string, to: string | null | undefined, field = 'validTo', fromField = 'validFrom'): void {
  if (to !== null && to !== undefined && to < from) throw badInput(field, `must be on or after ${fromField} (${from})`);
}
