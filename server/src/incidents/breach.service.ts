import { Inject, Injectable } from '@nestjs/common';
import { DISCLOSURE_USES, OPT_OUT_SCOPES, type DisclosureUse, type OptOutScope } from '@disclosure-map/graph-schema';
import { badInput } from '../common/app-error';
import { indexBy } from '../common/index-by';
import { requireExisting } from '../common/references';
import type { Catalog } from '../catalog/catalog';
import { CatalogService } from '../catalog/catalog.service';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph/graph-store';
import { BreachRepository, type BreachFactsPage, type BreachFactsScope } from '../graph/repositories/breach.repository';
import type { BulkPersonRow } from '../graph/repositories/bulk-rows';
import { FlowsRepository } from '../graph/repositories/flows.repository';
import { InventoryRepository } from '../graph/repositories/inventory.repository';
import { SubprocessorChangesRepository } from '../graph/repositories/subprocessor-changes.repository';
import {
  breachDeadlines,
  californiaNoticeRequired,
  elementsBySubtree,
  elementsOf,
  processorsAbove,
  recipientBreachCategories,
  systemBreachCategories,
  type CollectionFact,
  type SubprocessorLink,
} from '../rules/breach';
import type { ClosedInterval } from '../rules/dates';
import { contributions, type DisclosureFact } from '../rules/who-received';
import type { BreachInput } from './dto/breach.input';

/** One affected person: their stored record, their categories (declared ids) and whether California law wants a notice. */
export interface AffectedPerson {
  person: BulkPersonRow;
  memberships: { segmentId: string; since: string; until: string | null }[];
  categoryIds: string[];
  californiaNotice: boolean;
}

/** Everything a walk over the people needs, read once per breach: the rule that tells whether a person is affected. */
export interface BreachPlan {
  input: BreachInput;
  catalog: Catalog;
  scope: BreachFactsScope;
  /** The affected people of one page, in the page's order. */
  affected: (page: BreachFactsPage) => AffectedPerson[];
  /** The ids of the people the breach can reach, read once per plan (the totals and a page share them). */
  reachable?: Promise<string[]>;
}

const MAX_PAGE = 1000;
/** People whose facts are read in one unit of work by a walk over the whole breach. */
const WALK_PAGE = 10_000;

/** Stored codes read back as the domain's values; anything else is a corrupt graph, not a value to guess at. */
function known<T extends string>(values: readonly T[], what: string): (value: string) => T {
  return (value) => {
    const found = values.find((v) => v === value);
    if (found === undefined) throw new Error(`unknown ${what} "${value}" in the graph`);
    return found;
  };
}
const useOf = known<DisclosureUse>(DISCLOSURE_USES, 'disclosure use');
const scopeOf = known<OptOutScope>(OPT_OUT_SCOPES, 'opt-out scope');

/**
 * PRODUCT.md §8 breach impact. The people are walked a page at a time (never all in memory); each page's facts go
 * through the same who-received rules as `whoReceived` (rules/who-received.ts: contributions over the window, cut by
 * opt-outs), then through the breach rules (rules/breach.ts).
 */
@Injectable()
export class BreachService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly breaches: BreachRepository,
    private readonly flows: FlowsRepository,
    private readonly changes: SubprocessorChangesRepository,
    private readonly inventory: InventoryRepository,
    private readonly catalogs: CatalogService,
  ) {}

  deadlines(input: BreachInput) {
    return breachDeadlines(input.discoveredOn);
  }

  /** Validates the input and reads the inventory side of the breach (flows, sub-processor chain, elements). */
  plan(input: BreachInput): Promise<BreachPlan> {
    const systemId = input.systemId ?? null;
    const recipientId = input.recipientId ?? null;
    if ((systemId === null) === (recipientId === null)) throw badInput('recipientId', 'give exactly one of systemId and recipientId');
    if (input.to < input.from) throw badInput('to', `must be on or after from (${input.from})`);
    const window: ClosedInterval = { start: input.from, end: input.to };
    return this.graph.read(async (tx) => {
      await requireExisting(tx, (t, label, ids) => this.inventory.missing(t, label, ids), [
        { field: 'systemId', label: 'System', ids: systemId },
        { field: 'recipientId', label: 'Recipient', ids: recipientId },
      ]);
      const catalog = await this.catalogs.load(tx);
      const elements = elementsBySubtree([...catalog.categories.values()]);
      const finish = (categoryIds: string[] | null, person: BulkPersonRow, memberships: AffectedPerson['memberships']) =>
        categoryIds === null
          ? null
          : {
              person,
              memberships,
              categoryIds,
              californiaNotice: person.californiaResident === true && californiaNoticeRequired(elementsOf(categoryIds, elements)),
            };
      if (systemId !== null) {
        const collections: CollectionFact[] = (await this.flows.collections(tx, null)).filter((c) => c.systemIds.includes(systemId));
        return {
          input,
          catalog,
          scope: { from: input.from, to: input.to, recipientIds: [], segmentIds: segmentsOf(collections) },
          affected: (page) => {
            const memberships = indexBy(page.memberships, (m) => [m.personId]);
            return page.persons.flatMap((p) => {
              const own = memberships.get(p.id) ?? [];
              return finish(systemBreachCategories(own, collections, window), p, own) ?? [];
            });
          },
        };
      }
      return this.recipientPlan(tx, input, recipientId as string, catalog, finish);
    });
  }

  private async recipientPlan(
    tx: GraphTx,
    input: BreachInput,
    recipientId: string,
    catalog: Catalog,
    finish: (ids: string[] | null, p: BulkPersonRow, m: AffectedPerson['memberships']) => AffectedPerson | null,
  ): Promise<BreachPlan> {
    const links: SubprocessorLink[] = [
      ...(await this.changes.links(tx)).map((l) => ({ ...l, from: null })),
      ...(await this.changes.list(tx, null)).map((c) => ({
        subprocessorId: c.subprocessorId,
        processorId: c.processorId,
        from: c.effectiveOn,
      })),
    ];
    // Processors whose relation only starts after the window cannot reach the breached recipient inside it.
    const reach = new Map([...processorsAbove(recipientId, links)].filter(([, since]) => since === null || since <= input.to));
    const disclosures: DisclosureFact[] = (await this.flows.disclosures(tx, null))
      .filter((d) => reach.has(d.recipientId))
      .map((d) => ({ ...d, use: useOf(d.use) }));
    const bySegment = indexBy(disclosures, (d) => d.segmentIds);
    const window = { from: input.from, to: input.to };
    return {
      input,
      catalog,
      scope: { from: input.from, to: input.to, recipientIds: [...reach.keys()].sort(), segmentIds: segmentsOf(disclosures) },
      affected: (page) => {
        const memberships = indexBy(page.memberships, (m) => [m.personId]);
        const transfers = indexBy(page.transfers, (t) => [t.personId]);
        const optOuts = indexBy(page.optOuts, (o) => [o.personId]);
        return page.persons.flatMap((p) => {
          const own = memberships.get(p.id) ?? [];
          const found = new Set<DisclosureFact>();
          for (const m of own) for (const d of bySegment.get(m.segmentId) ?? []) found.add(d);
          const items = contributions(
            {
              memberships: own,
              // Only the recipient and dates of a ledger line matter here: it counts whatever its use and purposes.
              transfers: (transfers.get(p.id) ?? []).map((t) => ({ ...t, use: useOf(t.use), purposeIds: [] })),
              disclosures: [...found],
              optOuts: (optOuts.get(p.id) ?? []).map((o) => ({ id: o.id, scope: scopeOf(o.scope), effectiveOn: o.effectiveOn })),
              recipientClass: (id) => catalog.recipientClass(id),
              isTargetedAdvertising: (id) => catalog.isTargetedAdvertising(id),
            },
            window,
          );
          return finish(recipientBreachCategories(items, reach), p, own) ?? [];
        });
      },
    };
  }

  /**
   * Every affected person after the person id `after`, in id order, page by page (one page of facts in memory, the
   * next one read while this one is evaluated). Only the people the breach can reach are read at all.
   */
  async *affectedPeople(plan: BreachPlan, options: { after?: string | null; pageSize?: number } = {}): AsyncGenerator<AffectedPerson[]> {
    const ids = await (plan.reachable ??= this.breaches.reachablePeople(plan.scope));
    // A short first page (an API page) doubles while the people read turn out not to be affected.
    let pageSize = options.pageSize ?? WALK_PAGE;
    const after = options.after ?? null;
    let start = after === null ? 0 : firstAbove(ids, after);
    const read = (from: number, size: number) => {
      const p = this.breaches.facts(ids.slice(from, from + size), plan.scope);
      p.catch(() => undefined); // awaited below
      return p;
    };
    for (let reading = start < ids.length ? read(start, pageSize) : null; reading;) {
      const page = await reading;
      start += pageSize;
      pageSize = Math.min(pageSize * 2, WALK_PAGE);
      reading = start < ids.length ? read(start, pageSize) : null;
      yield plan.affected(page);
    }
  }

  /**
   * The processor whose declared flows concern the most segment members (the benchmark's "largest processor"): the
   * breach that walks the most people through the who-received rules.
   */
  largestProcessor(): Promise<string | null> {
    return this.graph.read(async (tx) => {
      const sizes = await this.breaches.segmentSizes(tx);
      const catalog = await this.catalogs.load(tx);
      const audience = new Map<string, number>();
      for (const d of await this.flows.disclosures(tx, null)) {
        if (catalog.recipients.get(d.recipientId)?.class !== 'PROCESSOR') continue;
        const members = d.segmentIds.reduce((sum, s) => sum + (sizes.get(s) ?? 0), 0);
        audience.set(d.recipientId, (audience.get(d.recipientId) ?? 0) + members);
      }
      const [largest] = [...audience].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      return largest?.[0] ?? null;
    });
  }

  /** The totals of §8: one pass over the people the breach can reach. */
  async totals(plan: BreachPlan) {
    let peopleAffected = 0;
    let californiaResidents = 0;
    let californiaNotices = 0;
    const perCategory = new Map<string, number>();
    for await (const people of this.affectedPeople(plan)) {
      for (const a of people) {
        peopleAffected++;
        if (a.person.californiaResident === true) californiaResidents++;
        if (a.californiaNotice) californiaNotices++;
        for (const id of a.categoryIds) perCategory.set(id, (perCategory.get(id) ?? 0) + 1);
      }
    }
    const categories = plan.catalog
      .categoriesByName([...perCategory.keys()])
      .map((category) => ({ category, people: perCategory.get(category.id) ?? 0 }));
    return { peopleAffected, californiaResidents, californiaNotices, categories };
  }

  /** Up to `first` affected people after the person id `after`, in id order, and the cursor of the next page. */
  async page(plan: BreachPlan, first: number, after: string | null): Promise<{ items: AffectedPerson[]; nextCursor: string | null }> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw badInput('first', `must be 1 to ${MAX_PAGE}`);
    // One more item than asked tells whether a page follows.
    const wanted = first + 1;
    const items: AffectedPerson[] = [];
    // Almost everyone reachable is affected: read a little more than asked, not a whole walk page.
    for await (const people of this.affectedPeople(plan, { after, pageSize: Math.min(wanted + 64, WALK_PAGE) })) {
      items.push(...people);
      if (items.length >= wanted) break;
    }
    const more = items.length > first;
    const kept = items.slice(0, first);
    return { items: kept, nextCursor: more ? kept[kept.length - 1].person.id : null };
  }
}

/** The segments a set of flows concerns, each once. */
function segmentsOf(flows: readonly { segmentIds: readonly string[] }[]): string[] {
  return [...new Set(flows.flatMap((f) => f.segmentIds))].sort();
}

/** The index of the first id above `after` in ids sorted in code-unit order (binary search). */
function firstAbove(ids: readonly string[], after: string): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ids[mid] <= after) low = mid + 1;
    else high = mid;
  }
  return low;
}
