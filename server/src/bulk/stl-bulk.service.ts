import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { SHINE_THE_LIGHT_CATEGORIES } from '@disclosure-map/graph-schema';
import { badInput } from '../common/app-error';
import { indexBy } from '../common/index-by';
import type { Catalog } from '../catalog/catalog';
import type { DataCategory } from '../inventory/models/inventory.models';
import { CatalogService } from '../catalog/catalog.service';
import { GRAPH_STORE, type GraphStore } from '../graph/graph-store';
import { BulkRepository, type PeopleCursor, type PeopleFactsPage, type TransferWindow } from '../graph/repositories/bulk.repository';
import type { BulkPersonRow } from '../graph/repositories/bulk-rows';
import { FlowsRepository } from '../graph/repositories/flows.repository';
import { calendarYear } from '../rules/dates';
import type { OptOutFact } from '../rules/opt-outs';
import { byName, eligibilityNotices, REPORTABLE_USE, statutoryCategoriesFor } from '../rules/shine-the-light';
import { contributions, type DisclosureFact, type TransferFact } from '../rules/who-received';

/** One customer's row of the bulk report: the same content as the per-person GraphQL report. */
export interface ShineTheLightRow {
  personId: string;
  display: string;
  californiaResident: boolean | null;
  notices: string[];
  /** Statutory codes, in statutory order. */
  categories: string[];
  /** Third parties by name A–Z, each with its statutory codes. */
  thirdParties: { recipientId: string; name: string; categories: string[] }[];
}

export const STL_CSV_HEADER = ['personId', 'display', 'californiaResident', 'notices', 'categories', 'thirdParties'];

const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** A row as CSV: lists joined by `|`; a third party as `recipientId=CODE+CODE`. */
export function stlCsvLine(r: ShineTheLightRow): string {
  return [
    r.personId,
    r.display,
    r.californiaResident === null ? '' : String(r.californiaResident),
    r.notices.join('|'),
    r.categories.join('|'),
    r.thirdParties.map((t) => `${t.recipientId}=${t.categories.join('+')}`).join('|'),
  ]
    .map(cell)
    .join(',');
}

export interface ShineTheLightRunSummary {
  year: number;
  people: number;
  seconds: number;
  peakRssBytes: number;
}

/**
 * The annual Shine-the-Light run for every customer in one pass: people are
 * read a page at a time with their memberships, reportable transfers and
 * opt-outs (the next page read while this one is computed), and the rows of
 * PRODUCT.md §3 are computed by the same rules as the per-person report and
 * streamed out. Neo4j writes the rows in person-id order, the embedded engine
 * in storage order.
 */
@Injectable()
export class ShineTheLightBulkService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly repo: BulkRepository,
    private readonly flows: FlowsRepository,
    private readonly catalogs: CatalogService,
  ) {}

  async run(
    year: number,
    out: Writable,
    options: { pageSize?: number; onPage?: (people: number) => void } = {},
  ): Promise<ShineTheLightRunSummary> {
    if (!Number.isInteger(year) || year < 1 || year > 9999) throw badInput('year', 'must be a calendar year');
    const started = Date.now();
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    sampler.unref();
    try {
      const people = await this.writeRows(year, out, options);
      return { year, people, seconds: (Date.now() - started) / 1000, peakRssBytes: Math.max(peak, process.memoryUsage().rss) };
    } finally {
      clearInterval(sampler);
    }
  }

  /** Writes every customer's row; returns how many. */
  private async writeRows(year: number, out: Writable, options: { pageSize?: number; onPage?: (people: number) => void }): Promise<number> {
    // The embedded engine reads a page in four scans whatever its size; Neo4j by key lookups, in smaller pages.
    const pageSize = options.pageSize ?? (this.graph.engine === 'embedded' ? 50_000 : 20_000);
    const period = calendarYear(year);
    const window: TransferWindow = { use: REPORTABLE_USE, periodStart: period.start, periodEnd: period.end };
    const { catalog, disclosures, cursor } = await this.graph.read(async (tx) => ({
      catalog: await this.catalogs.load(tx),
      disclosures: await this.flows.disclosuresOverlapping(tx, REPORTABLE_USE, period.start, period.end),
      cursor: await this.repo.firstPeopleCursor(tx),
    }));
    const codeBits = new StatutoryCodeBits(catalog);
    const disclosuresOf = disclosuresBySegment(disclosures);
    const recipientRank = new Map([...catalog.recipients.values()].sort(byName).map((r, i) => [r.id, i]));
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, 'drain');
    };
    await write(STL_CSV_HEADER.join(',') + '\n');
    const read = (from: PeopleCursor) => {
      const page = this.repo.peopleFactsPage(from, pageSize, window);
      page.catch(() => undefined); // awaited below; handled now so a failure while the previous page is written is not "unhandled"
      return page;
    };
    let people = 0;
    // The next page is read while this one is computed and written: two pages in memory at most.
    for (let reading: Promise<PeopleFactsPage> | null = read(cursor); reading;) {
      const page: PeopleFactsPage = await reading;
      reading = page.next ? read(page.next) : null;
      const memberships = groupBy(page.memberships);
      const transfers = groupBy(page.transfers);
      const optOuts = groupBy(page.optOuts);
      let text = '';
      for (const person of page.persons) {
        const own = memberships.get(person.id) ?? [];
        const row = personRow(person, year, period, catalog, codeBits, recipientRank, disclosuresOf(own), {
          memberships: own,
          transfers: transfers.get(person.id) ?? [],
          optOuts: optOuts.get(person.id) ?? [],
        });
        text += stlCsvLine(row) + '\n';
        if (text.length > 1 << 20) {
          await write(text);
          text = '';
        }
      }
      await write(text);
      people += page.persons.length;
      options.onPage?.(people);
    }
    return people;
  }
}

/** The disclosures about any of a person's segments (each once), from an index built once per run. */
function disclosuresBySegment(disclosures: DisclosureFact[]): (memberships: { segmentId: string }[]) => DisclosureFact[] {
  const bySegment = indexBy(disclosures, (d) => d.segmentIds);
  const none: DisclosureFact[] = [];
  return (memberships) => {
    if (memberships.length === 1) return bySegment.get(memberships[0].segmentId) ?? none;
    const found: DisclosureFact[] = [];
    for (const m of memberships) for (const d of bySegment.get(m.segmentId) ?? none) if (!found.includes(d)) found.push(d);
    return found;
  };
}

function groupBy<T extends { personId: string }>(rows: T[]): Map<string, T[]> {
  return indexBy(rows, (r) => [r.personId]);
}

/**
 * Shine-the-Light codes as bit sets (bit i = the i-th category of SHINE_THE_LIGHT_CATEGORIES, so ascending bits are
 * statutory order): per declared category its subtree's codes, expanded once; unions per person are then a bitwise or.
 */
class StatutoryCodeBits {
  private readonly bitsByCategory = new Map<string, number>();
  private readonly codesByBits = new Map<number, string[]>();
  private readonly bitOfCode = new Map<string, number>(SHINE_THE_LIGHT_CATEGORIES.map((c, i) => [c.code, 2 ** i]));
  private readonly nodes: DataCategory[];

  constructor(catalog: Catalog) {
    this.nodes = [...catalog.categories.values()];
  }

  of(categoryId: string): number {
    let bits = this.bitsByCategory.get(categoryId);
    if (bits === undefined) {
      bits = 0;
      for (const c of statutoryCategoriesFor([categoryId], this.nodes)) bits |= this.bitOfCode.get(c.code) ?? 0;
      this.bitsByCategory.set(categoryId, bits);
    }
    return bits;
  }

  /** The codes of a bit set, in statutory order. */
  codes(bits: number): string[] {
    let codes = this.codesByBits.get(bits);
    if (!codes) {
      codes = SHINE_THE_LIGHT_CATEGORIES.filter((c) => bits & (this.bitOfCode.get(c.code) ?? 0)).map((c) => c.code);
      this.codesByBits.set(bits, codes);
    }
    return codes;
  }
}

function personRow(
  person: BulkPersonRow,
  year: number,
  period: { start: string; end: string },
  catalog: Catalog,
  codeBits: StatutoryCodeBits,
  recipientRank: Map<string, number>,
  /** The disclosures about the person's segments. */
  disclosures: DisclosureFact[],
  facts: {
    memberships: { segmentId: string; since: string; until: string | null }[];
    transfers: { id: string; occurredOn: string; recipientId: string; categoryIds: string[] }[];
    optOuts: OptOutFact[];
  },
): ShineTheLightRow {
  const items = contributions(
    {
      memberships: facts.memberships,
      // Confirmed transfers are never suppressed by opt-outs, so their purposes do not change the report.
      transfers: facts.transfers.map((t): TransferFact => ({ ...t, use: REPORTABLE_USE, purposeIds: [] })),
      disclosures,
      optOuts: facts.optOuts.map((o) => ({ id: o.id, scope: o.scope, effectiveOn: o.effectiveOn })),
      recipientClass: (id) => catalog.recipientClass(id),
      isTargetedAdvertising: (id) => catalog.isTargetedAdvertising(id),
    },
    { from: period.start, to: period.end },
  );
  const byRecipient = new Map<string, number>();
  for (const c of items) {
    if (c.use !== REPORTABLE_USE) continue;
    let bits = byRecipient.get(c.recipientId) ?? 0;
    for (const id of c.categoryIds) bits |= codeBits.of(id);
    byRecipient.set(c.recipientId, bits);
  }
  let all = 0;
  const thirdParties = [...byRecipient].map(([recipientId, bits]) => {
    all |= bits;
    return { recipientId, name: catalog.recipient(recipientId).name, categories: codeBits.codes(bits) };
  });
  // The rank of byName order, computed once per run (comparing names per person was most of the run's time).
  thirdParties.sort((a, b) => (recipientRank.get(a.recipientId) ?? 0) - (recipientRank.get(b.recipientId) ?? 0));
  return {
    personId: person.id,
    display: person.display,
    californiaResident: person.californiaResident,
    notices: eligibilityNotices(person, year),
    categories: codeBits.codes(all),
    thirdParties,
  };
}
