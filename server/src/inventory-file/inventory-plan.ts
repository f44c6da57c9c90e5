/**
 * The inventory as code (PRODUCT.md §9): what applying an inventory document would change, as pure functions.
 * Entities (categories, purposes, …, recipients) are upserts: a field the document leaves out keeps its value, so
 * only the fields it gives are compared. Flows (collections, disclosures) are records of what was in force: a new id
 * adds one, a new or later validTo ends one, and nothing else about a recorded flow can change (add a new flow, end
 * the old one) — nor can a flow be deleted by leaving it out of the document.
 */
export const INVENTORY_SECTIONS = [
  'policyClauses',
  'categories',
  'purposes',
  'sources',
  'segments',
  'systems',
  'recipients',
  'collections',
  'disclosures',
] as const;
export type InventorySection = (typeof INVENTORY_SECTIONS)[number];

export const INVENTORY_ACTIONS = ['ADD', 'CHANGE', 'END'] as const;
export type InventoryAction = (typeof INVENTORY_ACTIONS)[number];

export const FLOW_SECTIONS: ReadonlySet<InventorySection> = new Set<InventorySection>(['collections', 'disclosures']);

export type Item = Record<string, unknown>;

/** The organization (name and contact printed on legal documents) is one object, not a list. */
export const ORGANIZATION_SECTION = 'organization';

export interface PlannedChange {
  section: InventorySection | typeof ORGANIZATION_SECTION;
  id: string;
  action: InventoryAction;
  /** Where the item is in the document, e.g. `disclosures[3]`. */
  path: string;
  /** The fields that change (CHANGE, END). */
  fields: string[];
}

/** Absent, null and an empty list mean the same; lists compare as sets. */
export function normalise(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.length ? value.map(String).sort() : null;
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));

/** The change an entity item makes, or null when it makes none. */
export function entityChange(current: Item | undefined, desired: Item): Pick<PlannedChange, 'action' | 'fields'> | null {
  if (!current) return { action: 'ADD', fields: [] };
  const fields = Object.keys(desired).filter((k) => desired[k] !== undefined && !same(current[k], desired[k]));
  return fields.length ? { action: 'CHANGE', fields } : null;
}

/** The change a flow item makes, null when none, or why it cannot be made (a message for the item's path). */
export function flowChange(
  current: Item | undefined,
  desired: Item,
): Pick<PlannedChange, 'action' | 'fields'> | null | { refused: string } {
  if (!current) return { action: 'ADD', fields: [] };
  const keys = [...new Set([...Object.keys(current), ...Object.keys(desired)])].filter((k) => k !== 'validTo');
  const changed = keys.filter((k) => !same(current[k], desired[k]));
  if (changed.length) {
    return { refused: `a recorded flow cannot change (${changed.join(', ')}): end it with validTo and add a new flow with a new id` };
  }
  if (same(current.validTo, desired.validTo)) return null;
  if (normalise(desired.validTo) === null)
    return { refused: `validTo: a flow ended on ${String(current.validTo)} cannot be reopened; add a new flow` };
  return { action: 'END', fields: ['validTo'] };
}

/** Flows recorded in the graph that the document leaves out: refused, since leaving a flow out cannot end it. */
export function missingFlows(current: readonly Item[], desired: readonly Item[]): string[] {
  const listed = new Set(desired.map((d) => d.id));
  return current.map((c) => String(c.id)).filter((id) => !listed.has(id));
}

/** The document form of a stored item: nulls and empty lists left out, so a pulled document shows only what is set. */
export function documentItem(item: Item): Item {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => normalise(v) !== null));
}
