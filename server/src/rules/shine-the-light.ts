import { inStatutoryOrder, SHINE_THE_LIGHT_CATEGORIES, type ShineTheLightCode, type StatutoryCategory } from '@disclosure-map/graph-schema';
import { addMonths, calendarYear, type IsoDate } from './dates';

/** The use that makes a disclosure reportable under §1798.83; ON_OUR_BEHALF never is (§1798.83(d)(1)(A)). */
export const REPORTABLE_USE = 'OWN_DIRECT_MARKETING';

export interface CategoryNode {
  id: string;
  parentId: string | null;
  shineTheLight: readonly string[];
}

/** A category and its whole subtree (declaring a parent means its subtree). */
export function subtreeOf(categoryId: string, categories: readonly CategoryNode[]): string[] {
  const children = new Map<string, string[]>();
  for (const c of categories) {
    if (c.parentId) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c.id]);
  }
  const seen = new Set<string>();
  const stack = [categoryId];
  while (stack.length) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return [...seen];
}

/** The statutory categories that correspond to declared categories: union over each one and its descendants, in statutory order. */
export function statutoryCategoriesFor(
  categoryIds: Iterable<string>,
  categories: readonly CategoryNode[],
): StatutoryCategory<ShineTheLightCode>[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const codes = new Set<string>();
  for (const id of categoryIds) {
    for (const member of subtreeOf(id, categories)) {
      for (const code of byId.get(member)?.shineTheLight ?? []) codes.add(code);
    }
  }
  return inStatutoryOrder(SHINE_THE_LIGHT_CATEGORIES, codes);
}

export interface EligibilityFacts {
  californiaResident: boolean | null;
  relationshipSince: IsoDate | null;
  lastPurchaseOn: IsoDate | null;
}

export const NOTICE_NOT_CALIFORNIA_RESIDENT = 'not a California resident';
export const NOTICE_NO_BUSINESS_RELATIONSHIP = 'no established business relationship';

const cutoffs = new Map<number, IsoDate>();

/** 18 months before Dec 31 of the year (kept per year: the bulk report asks once per customer). */
function relationshipCutoff(year: number): IsoDate {
  let cutoff = cutoffs.get(year);
  if (cutoff === undefined) {
    cutoff = addMonths(calendarYear(year).end, -18);
    cutoffs.set(year, cutoff);
  }
  return cutoff;
}

/**
 * Notices of the per-person report for year Y: not a California resident;
 * no established business relationship (none recorded, or the last purchase
 * more than 18 months before Dec 31 of Y).
 */
export function eligibilityNotices(person: EligibilityFacts, year: number): string[] {
  const notices: string[] = [];
  if (person.californiaResident === false) notices.push(NOTICE_NOT_CALIFORNIA_RESIDENT);
  const cutoff = relationshipCutoff(year);
  const noneRecorded = person.relationshipSince === null && person.lastPurchaseOn === null;
  const lapsed = person.lastPurchaseOn !== null && person.lastPurchaseOn < cutoff;
  if (noneRecorded || lapsed) notices.push(NOTICE_NO_BUSINESS_RELATIONSHIP);
  return notices;
}

// Built once: String#localeCompare with a locale or options builds a collator on every call.
const NAME_ORDER = new Intl.Collator('en', { sensitivity: 'base' });
const ID_ORDER = new Intl.Collator();

/** Third parties are listed by name, A–Z (case- and accent-insensitive, then by id for ties). */
export function byName<T extends { name: string; id: string }>(a: T, b: T): number {
  return NAME_ORDER.compare(a.name, b.name) || ID_ORDER.compare(a.id, b.id);
}
