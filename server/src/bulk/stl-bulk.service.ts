import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { SHINE_THE_LIGHT_CATEGORIES, inStatutoryOrder, type DisclosureUse, type OptOutScope } from '@disclosure-map/graph-schema';
import { badInput } from '../common/app-error';
import type { Catalog } from '../catalog/catalog';
import { CatalogService } from '../catalog/catalog.service';
import { GRAPH_STORE, type GraphStore } from '../graph/graph-store';
import { BulkRepository } from '../graph/repositories/bulk.repository';
import type { BulkPersonRow } from '../graph/repositories/bulk-rows';
import { FlowsRepository } from '../graph/repositories/flows.repository';
import { calendarYear } from '../rules/dates';
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
 * read in key order a page at a time, each page's memberships, reportable
 * transfers and opt-outs in three lookups, and the rows of PRODUCT.md §3 are
 * computed by the same rules as the per-person report and streamed out.
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
    const pageSize = options.pageSize ?? 5_000;
    const period = calendarYear(year);
    const { catalog, disclosures } = await this.graph.read(async (tx) => ({
      catalog: await this.catalogs.load(tx),
      disclosures: (await this.flows.disclosuresOverlapping(tx, REPORTABLE_USE, period.start, period.end)).map((d): DisclosureFact => ({
        ...d,
        use: d.use as DisclosureUse,
      })),
    }));
    const codesOf = statutoryCodeCache(catalog);
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, 'drain');
    };
    await write(STL_CSV_HEADER.join(',') + '\n');
    let after: string | null = null;
    let people = 0;
    for (;;) {
      const page = await this.graph.read(async (tx) => {
        const persons = await this.repo.peoplePage(tx, after, pageSize);
        const ids = persons.map((p) => p.id);
        return {
          persons,
          memberships: groupBy(await this.repo.membershipsOf(tx, ids)),
          transfers: groupBy(await this.repo.transfersOfPeopleWithUse(tx, ids, REPORTABLE_USE, period.start, period.end)),
          optOuts: groupBy(await this.repo.optOutsOfPeople(tx, ids)),
        };
      });
      if (!page.persons.length) break;
      let text = '';
      for (const person of page.persons) {
        const row = personRow(person, year, period, catalog, codesOf, disclosures, {
          memberships: page.memberships.get(person.id) ?? [],
          transfers: page.transfers.get(person.id) ?? [],
          optOuts: page.optOuts.get(person.id) ?? [],
        });
        text += stlCsvLine(row) + '\n';
      }
      await write(text);
      people += page.persons.length;
      after = page.persons[page.persons.length - 1].id;
      peak = Math.max(peak, process.memoryUsage().rss);
      options.onPage?.(people);
      if (page.persons.length < pageSize) break;
    }
    return { year, people, seconds: (Date.now() - started) / 1000, peakRssBytes: peak };
  }
}

function groupBy<T extends { personId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.personId);
    if (list) list.push(r);
    else out.set(r.personId, [r]);
  }
  return out;
}

/** Statutory codes per declared category (its subtree expanded once), the per-call work of statutoryCategoriesFor. */
function statutoryCodeCache(catalog: Catalog): (categoryId: string) => string[] {
  const nodes = [...catalog.categories.values()];
  const cache = new Map<string, string[]>();
  return (id) => {
    let codes = cache.get(id);
    if (!codes) {
      codes = statutoryCategoriesFor([id], nodes).map((c) => c.code);
      cache.set(id, codes);
    }
    return codes;
  };
}

function personRow(
  person: BulkPersonRow,
  year: number,
  period: { start: string; end: string },
  catalog: Catalog,
  codesOf: (categoryId: string) => string[],
  disclosures: DisclosureFact[],
  facts: {
    memberships: { segmentId: string; since: string; until: string | null }[];
    transfers: { id: string; occurredOn: string; recipientId: string; categoryIds: string[] }[];
    optOuts: { id: string; scope: string; effectiveOn: string }[];
  },
): ShineTheLightRow {
  const segments = new Set(facts.memberships.map((m) => m.segmentId));
  const items = contributions(
    {
      memberships: facts.memberships,
      // Confirmed transfers are never suppressed by opt-outs, so their purposes do not change the report.
      transfers: facts.transfers.map((t): TransferFact => ({ ...t, use: REPORTABLE_USE, purposeIds: [] })),
      disclosures: disclosures.filter((d) => d.segmentIds.some((s) => segments.has(s))),
      optOuts: facts.optOuts.map((o) => ({ id: o.id, scope: o.scope as OptOutScope, effectiveOn: o.effectiveOn })),
      recipientClass: (id) => catalog.recipientClass(id),
      isTargetedAdvertising: (id) => catalog.isTargetedAdvertising(id),
    },
    { from: period.start, to: period.end },
  );
  const byRecipient = new Map<string, Set<string>>();
  for (const c of items) {
    if (c.use !== REPORTABLE_USE) continue;
    const set = byRecipient.get(c.recipientId) ?? new Set<string>();
    for (const id of c.categoryIds) for (const code of codesOf(id)) set.add(code);
    byRecipient.set(c.recipientId, set);
  }
  const all = new Set<string>();
  const thirdParties = [...byRecipient].map(([recipientId, codes]) => {
    codes.forEach((c) => all.add(c));
    const recipient = catalog.recipient(recipientId);
    return {
      recipientId,
      name: recipient.name,
      categories: inStatutoryOrder(SHINE_THE_LIGHT_CATEGORIES, codes).map((c) => c.code),
    };
  });
  thirdParties.sort((a, b) => byName({ name: a.name, id: a.recipientId }, { name: b.name, id: b.recipientId }));
  return {
    personId: person.id,
    display: person.display,
    californiaResident: person.californiaResident,
    notices: eligibilityNotices(person, year),
    categories: inStatutoryOrder(SHINE_THE_LIGHT_CATEGORIES, all).map((c) => c.code),
    thirdParties,
  };
}
