import { BREACH_ELEMENTS, type BreachElement } from '@disclosure-map/graph-schema';
import { addDays, close, intersect, type ClosedInterval, type IsoDate } from './dates';
import type { Contribution } from './who-received';
import { subtreeOf } from './shine-the-light';

const KNOWN = new Set<string>(BREACH_ELEMENTS);

export const isBreachElement = (value: string): value is BreachElement => KNOWN.has(value);

/** The stored element codes of a category, in the statute's order (unknown codes are dropped, none is empty). */
export function breachElementsOf(values: readonly string[] | null | undefined): BreachElement[] {
  const set = new Set((values ?? []).filter(isBreachElement));
  return BREACH_ELEMENTS.filter((e) => set.has(e));
}

/**
 * Civ. Code §1798.82(h): a California resident is notified when the breached data holds online credentials (a user
 * name or e-mail with its password or security answer, §1798.82(h)(2)) or their name together with any other element
 * (§1798.82(h)(1)). A name alone, or elements without a name, oblige no notice.
 */
export function californiaNoticeRequired(elements: ReadonlySet<BreachElement>): boolean {
  if (elements.has('ONLINE_CREDENTIALS')) return true;
  return elements.has('NAME') && elements.size > 1;
}

export interface BreachCategoryNode {
  id: string;
  parentId: string | null;
  breachElements: readonly BreachElement[];
}

/**
 * Each category's elements: its own and its whole subtree's (declaring a parent means its subtree), expanded once
 * per run so a person's elements are a union of a few small sets.
 */
export function elementsBySubtree(categories: readonly BreachCategoryNode[]): Map<string, ReadonlySet<BreachElement>> {
  const nodes = categories.map((c) => ({ ...c, shineTheLight: [] }));
  const byId = new Map(categories.map((c) => [c.id, c]));
  return new Map(
    categories.map((c) => {
      const set = new Set<BreachElement>();
      for (const member of subtreeOf(c.id, nodes)) for (const e of byId.get(member)?.breachElements ?? []) set.add(e);
      return [c.id, set];
    }),
  );
}

/** The deadlines of PRODUCT.md §8, counted from the day the breach was discovered. */
export function breachDeadlines(discoveredOn: IsoDate): { californiaNoticeDueOn: IsoDate; supervisoryAuthorityDueOn: IsoDate } {
  return {
    // Civ. Code §1798.82(a): notice to residents within 30 calendar days of discovery (PRODUCT.md §8).
    californiaNoticeDueOn: addDays(discoveredOn, 30),
    // GDPR Art. 33(1): 72 hours, counted as three calendar days from the day of discovery.
    supervisoryAuthorityDueOn: addDays(discoveredOn, 3),
  };
}

/** More than 500 California residents notified: a sample copy goes to the Attorney General (§1798.82(f)). */
export const attorneyGeneralSampleRequired = (californiaNotices: number): boolean => californiaNotices > 500;

/** A sub-processor relation: from the sub-processor up to its processor, in force from `from` (null: always). */
export interface SubprocessorLink {
  subprocessorId: string;
  processorId: string;
  from: IsoDate | null;
}

/**
 * The recipients whose rows make a breach of `breachedId` reach a person, each with the first date its data can
 * have reached the breached recipient (null: the whole window): the recipient itself, and every processor above it
 * in the sub-processor chain, followed to any depth. Along a path the relation holds from the latest `from` of its
 * links; of several paths to one processor, the earliest counts. Cycles are cut.
 */
export function processorsAbove(breachedId: string, links: readonly SubprocessorLink[]): Map<string, IsoDate | null> {
  const up = new Map<string, SubprocessorLink[]>();
  for (const l of links) up.set(l.subprocessorId, [...(up.get(l.subprocessorId) ?? []), l]);
  const found = new Map<string, IsoDate | null>([[breachedId, null]]);
  const queue: string[] = [breachedId];
  while (queue.length) {
    const id = queue.shift() as string;
    const since = found.get(id) ?? null;
    for (const link of up.get(id) ?? []) {
      const start = later(since, link.from);
      if (found.has(link.processorId) && !earlier(start, found.get(link.processorId) ?? null)) continue;
      found.set(link.processorId, start);
      queue.push(link.processorId);
    }
  }
  return found;
}

const later = (a: IsoDate | null, b: IsoDate | null): IsoDate | null => (a === null ? b : b === null ? a : a >= b ? a : b);
/** Is `a` strictly earlier than `b` (null = from the beginning, the earliest of all)? */
const earlier = (a: IsoDate | null, b: IsoDate | null): boolean => (a === null ? b !== null : b !== null && a < b);

/** The Art. 28(2) notice's objection deadline and whether the change takes effect before it passes. */
export function subprocessorNoticeTerms(
  noticeOn: IsoDate,
  effectiveOn: IsoDate,
  objectionDays: number,
): { objectionDeadline: IsoDate; shortNotice: boolean } {
  const objectionDeadline = addDays(noticeOn, objectionDays);
  return { objectionDeadline, shortNotice: effectiveOn < objectionDeadline };
}

/** A collection as the system rule needs it. */
export interface CollectionFact {
  validFrom: IsoDate;
  validTo: IsoDate | null;
  categoryIds: readonly string[];
  segmentIds: readonly string[];
}

/**
 * Breached system: the person was a member of a segment, over an interval overlapping the window, that a collection
 * into the system concerns, the collection in force overlapping both (on a line, pairwise overlaps share a common
 * day). Their categories are those collections' categories; null when no collection reached them.
 */
export function systemBreachCategories(
  memberships: readonly { segmentId: string; since: IsoDate; until: IsoDate | null }[],
  collections: readonly CollectionFact[],
  window: ClosedInterval,
): string[] | null {
  const found = new Set<string>();
  let affected = false;
  for (const c of collections) {
    const validity = close({ start: c.validFrom, end: c.validTo });
    for (const m of memberships) {
      if (!c.segmentIds.includes(m.segmentId)) continue;
      if (!intersect(validity, close({ start: m.since, end: m.until }), window)) continue;
      affected = true;
      for (const id of c.categoryIds) found.add(id);
    }
  }
  return affected ? [...found].sort() : null;
}

/**
 * Breached recipient: the person's who-received contributions (already cut to the window and by opt-outs) for the
 * breached recipient or a processor above it, each counted only where it reaches on or after the day that processor's
 * relation to the breached recipient took effect. Their categories are those contributions'; null when none.
 */
export function recipientBreachCategories(
  items: readonly Pick<Contribution, 'recipientId' | 'categoryIds' | 'interval'>[],
  reach: ReadonlyMap<string, IsoDate | null>,
): string[] | null {
  const found = new Set<string>();
  let affected = false;
  for (const c of items) {
    if (!reach.has(c.recipientId)) continue;
    const since = reach.get(c.recipientId) ?? null;
    if (since !== null && c.interval.end < since) continue;
    affected = true;
    for (const id of c.categoryIds) found.add(id);
  }
  return affected ? [...found].sort() : null;
}

/** A person's elements: the union of their categories' subtree elements. */
export function elementsOf(categoryIds: readonly string[], bySubtree: ReadonlyMap<string, ReadonlySet<BreachElement>>): Set<BreachElement> {
  const out = new Set<BreachElement>();
  for (const id of categoryIds) for (const e of bySubtree.get(id) ?? []) out.add(e);
  return out;
}
