import { BREACH_ELEMENTS, type BreachElement } from '@disclosure-map/graph-schema';
import { addDays, type IsoDate } from './dates';
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
