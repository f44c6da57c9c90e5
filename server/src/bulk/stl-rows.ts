import { csvLine, type RecipientClass, SHINE_THE_LIGHT_CATEGORIES } from '@disclosure-map/graph-schema';
import { indexBy } from '../common/index-by';
import type { PeopleFactsPage } from '../graph/repositories/bulk.repository';
import type { BulkPersonRow } from '../graph/repositories/bulk-rows';
import type { OptOutFact } from '../rules/opt-outs';
import { type CategoryNode, eligibilityNotices, REPORTABLE_USE, statutoryCategoriesFor } from '../rules/shine-the-light';
import { contributions, type DisclosureFact, type TransferFact } from '../rules/who-received';

/**
 * The per-person half of the bulk Shine-the-Light run, free of Nest and of the graph: a page of people with their
 * facts in, CSV text out. It runs on the main thread or in worker threads (stl-worker.ts) from the same plain context,
 * so both produce the same bytes.
 */

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

/** A row as CSV (graph-schema's one CSV writer): lists joined by `|`; a third party as `recipientId=CODE+CODE`. */
export function stlCsvLine(r: ShineTheLightRow): string {
  return csvLine([
    r.personId,
    r.display,
    r.californiaResident === null ? '' : String(r.californiaResident),
    r.notices.join('|'),
    r.categories.join('|'),
    r.thirdParties.map((t) => `${t.recipientId}=${t.categories.join('+')}`).join('|'),
  ]);
}

/** Everything the rows of one run depend on besides the people: plain data, so it can be posted to a worker. */
export interface StlRunContext {
  year: number;
  period: { start: string; end: string };
  categories: CategoryNode[];
  /** Recipients in byName order (their rank orders a row's third parties). */
  recipients: { id: string; name: string; class: RecipientClass }[];
  /** The purposes of targeted advertising. */
  targetedAdvertising: string[];
  /** The reportable disclosures overlapping the year. */
  disclosures: DisclosureFact[];
}

/** The facts of a page the rows need (a PeopleFactsPage without its cursor). */
export type StlPage = Omit<PeopleFactsPage, 'next'>;

/** Renders pages of one run; built once per run (per worker), then `render` per page. */
export class StlPageRenderer {
  private readonly codeBits: StatutoryCodeBits;
  private readonly disclosuresOf: (memberships: { segmentId: string }[]) => DisclosureFact[];
  private readonly recipients: Map<string, { name: string; class: RecipientClass; rank: number }>;
  private readonly targeted: Set<string>;

  constructor(private readonly context: StlRunContext) {
    this.codeBits = new StatutoryCodeBits(context.categories);
    this.disclosuresOf = disclosuresBySegment(context.disclosures);
    this.recipients = new Map(context.recipients.map((r, rank) => [r.id, { name: r.name, class: r.class, rank }]));
    this.targeted = new Set(context.targetedAdvertising);
  }

  /** The CSV lines of a page's people, in the page's order, each ending in a newline. */
  render(page: StlPage): string {
    const memberships = groupBy(page.memberships);
    const transfers = groupBy(page.transfers);
    const optOuts = groupBy(page.optOuts);
    const lines: string[] = [];
    for (const person of page.persons) {
      const own = memberships.get(person.id) ?? [];
      const row = this.row(person, this.disclosuresOf(own), {
        memberships: own,
        transfers: transfers.get(person.id) ?? [],
        optOuts: optOuts.get(person.id) ?? [],
      });
      lines.push(stlCsvLine(row) + '\n');
    }
    return lines.join('');
  }

  private recipient(id: string) {
    const r = this.recipients.get(id);
    if (!r) throw new Error(`recipient ${id} missing from catalog`);
    return r;
  }

  private row(
    person: BulkPersonRow,
    /** The disclosures about the person's segments. */
    disclosures: DisclosureFact[],
    facts: {
      memberships: { segmentId: string; since: string; until: string | null }[];
      transfers: { id: string; occurredOn: string; recipientId: string; categoryIds: string[] }[];
      optOuts: OptOutFact[];
    },
  ): ShineTheLightRow {
    const { year, period } = this.context;
    const items = contributions(
      {
        memberships: facts.memberships,
        // Confirmed transfers are never suppressed by opt-outs, so their purposes do not change the report.
        transfers: facts.transfers.map((t): TransferFact => ({ ...t, use: REPORTABLE_USE, purposeIds: [] })),
        disclosures,
        optOuts: facts.optOuts.map((o) => ({ id: o.id, scope: o.scope, effectiveOn: o.effectiveOn })),
        recipientClass: (id) => this.recipient(id).class,
        isTargetedAdvertising: (id) => this.targeted.has(id),
      },
      { from: period.start, to: period.end },
    );
    const byRecipient = new Map<string, number>();
    for (const c of items) {
      if (c.use !== REPORTABLE_USE) continue;
      let bits = byRecipient.get(c.recipientId) ?? 0;
      for (const id of c.categoryIds) bits |= this.codeBits.of(id);
      byRecipient.set(c.recipientId, bits);
    }
    let all = 0;
    const thirdParties = [...byRecipient].map(([recipientId, bits]) => {
      all |= bits;
      const r = this.recipient(recipientId);
      return { recipientId, name: r.name, rank: r.rank, categories: this.codeBits.codes(bits) };
    });
    // The rank of byName order, computed once per run (comparing names per person was most of the run's time).
    thirdParties.sort((a, b) => a.rank - b.rank);
    return {
      personId: person.id,
      display: person.display,
      californiaResident: person.californiaResident,
      notices: eligibilityNotices(person, year),
      categories: this.codeBits.codes(all),
      thirdParties: thirdParties.map(({ recipientId, name, categories }) => ({ recipientId, name, categories })),
    };
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

  constructor(private readonly nodes: CategoryNode[]) {}

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
