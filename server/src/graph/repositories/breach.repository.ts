import { Inject, Injectable } from '@nestjs/common';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph-store';
import type { BulkMembershipRow, BulkPersonRow } from './bulk-rows';
import type { PersonOptOutRow, PersonTransferRow } from './bulk.repository';
import { splitIds } from './ledger-line';

/**
 * The people side of a breach's impact. A breach reaches only the members of the segments its flows name and the
 * people named in its recipients' ledger lines, so the walk starts from those (a few percent of a million people for
 * the largest processor), not from every person: first their ids, then a page of them at a time with the facts
 * "who received" needs (memberships, ledger lines to the breached recipients inside the window, opt-outs), so memory
 * holds the ids of the reachable people and one page of their facts, never every person's records.
 */
const PERSON_FIELDS = `p.id AS id, p.display AS display, p.californiaResident AS californiaResident,
  p.relationshipSince AS relationshipSince, p.lastPurchaseOn AS lastPurchaseOn`;
const PEOPLE_OF = `UNWIND $keys AS key MATCH (p:Person {id: key}) RETURN ${PERSON_FIELDS}`;
const MEMBERSHIPS_OF = `
UNWIND $keys AS key
MATCH (p:Person {id: key})-[m:MEMBER_OF]->(s:Segment)
RETURN p.id AS personId, s.id AS segmentId, m.since AS since, m.until AS until`;
const LINES_OF = `
UNWIND $keys AS key
MATCH (p:Person {id: key})-[i:INCLUDED_IN]->(:Transfer)
WHERE i.occurredOn >= $from AND i.occurredOn <= $to AND i.recipientId IN $recipientIds
RETURN p.id AS personId, i.transferId AS id, i.occurredOn AS occurredOn, i.use AS use, i.recipientId AS recipientId,
  i.categoryIdList AS categoryIdList`;
const OPT_OUTS_OF = `
UNWIND $keys AS key
MATCH (p:Person {id: key})-[:MADE]->(o:OptOut)
RETURN p.id AS personId, o.id AS id, o.scope AS scope, o.effectiveOn AS effectiveOn, o.channel AS channel`;

/**
 * Members of the segments whose membership (an inclusive interval) touches the window. Without DISTINCT: a person in
 * two of the segments comes twice and the caller folds them (the embedded engine's DISTINCT costs more than the fold).
 */
const SEGMENT_MEMBERS = `
MATCH (p:Person)-[m:MEMBER_OF]->(s:Segment)
WHERE s.id IN $segmentIds AND m.since <= $to AND (m.until IS NULL OR m.until >= $from)
RETURN p.id AS id`;
/** The transfers to the recipients inside the window: a few hundred nodes, found before their people. */
const TRANSFERS_TO = `
MATCH (t:Transfer)-[:TO_RECIPIENT]->(r:Recipient)
WHERE r.id IN $recipientIds AND t.occurredOn >= $from AND t.occurredOn <= $to
RETURN t.id AS id`;
/** From the transfers back to their people (starting at the recipients instead makes the embedded engine scan every ledger line). */
const PEOPLE_IN_TRANSFERS = `
MATCH (t:Transfer)<-[:INCLUDED_IN]-(p:Person)
WHERE t.id IN $transferIds
RETURN DISTINCT p.id AS id`;

/** What a page reads besides people: the ledger lines only for a breached recipient, opt-outs only with them. */
export interface BreachFactsScope {
  from: string;
  to: string;
  /** Ledger lines to these recipients (empty: no ledger lines or opt-outs are read, as for a system). */
  recipientIds: string[];
  /** The segments whose members the breach can reach. */
  segmentIds: string[];
}

export type BreachLedgerLine = PersonTransferRow & { use: string };

export interface BreachFactsPage {
  persons: BulkPersonRow[];
  memberships: BulkMembershipRow[];
  transfers: BreachLedgerLine[];
  optOuts: PersonOptOutRow[];
}

/** Members per segment (one pass over the membership relationships): how large a processor's audience is. */
const SEGMENT_SIZES = 'MATCH (:Person)-[:MEMBER_OF]->(s:Segment) RETURN s.id AS segmentId, count(*) AS members';

type LineRow = Omit<BreachLedgerLine, 'categoryIds'> & { categoryIdList: string };
const withCategoryIds = (rows: LineRow[]): BreachLedgerLine[] =>
  rows.map(({ categoryIdList, ...r }) => ({ ...r, categoryIds: splitIds(categoryIdList) }));

@Injectable()
export class BreachRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  async segmentSizes(tx: GraphTx): Promise<Map<string, number>> {
    const rows = await tx.run<{ segmentId: string; members: number }>(SEGMENT_SIZES);
    return new Map(rows.map((r) => [r.segmentId, Number(r.members)]));
  }

  /** The ids of everyone the breach can reach, each once, in id order (code-unit order, as Cypher's ORDER BY). */
  reachablePeople(scope: BreachFactsScope): Promise<string[]> {
    return this.store.read(async (tx) => {
      const ids = new Set<string>();
      const window = { from: scope.from, to: scope.to };
      if (scope.segmentIds.length) {
        for (const r of await tx.run<{ id: string }>(SEGMENT_MEMBERS, { ...window, segmentIds: scope.segmentIds })) ids.add(r.id);
      }
      if (scope.recipientIds.length) {
        const transfers = await tx.run<{ id: string }>(TRANSFERS_TO, { ...window, recipientIds: scope.recipientIds });
        if (transfers.length) {
          const transferIds = transfers.map((t) => t.id);
          for (const r of await tx.run<{ id: string }>(PEOPLE_IN_TRANSFERS, { transferIds })) ids.add(r.id);
        }
      }
      return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    });
  }

  /** These people (ids in the order wanted) with their facts, in one read unit of work. */
  facts(keys: string[], scope: BreachFactsScope): Promise<BreachFactsPage> {
    return this.store.read(async (tx) => {
      if (!keys.length) return { persons: [], memberships: [], transfers: [], optOuts: [] };
      const byId = new Map((await tx.run<BulkPersonRow>(PEOPLE_OF, { keys })).map((p) => [p.id, p]));
      // Kept in the order asked (the engines do not promise UNWIND's order); a person deleted since is left out.
      const persons = keys.flatMap((k) => byId.get(k) ?? []);
      const memberships = await tx.run<BulkMembershipRow>(MEMBERSHIPS_OF, { keys });
      if (!scope.recipientIds.length) return { persons, memberships, transfers: [], optOuts: [] };
      const lines = await tx.run<LineRow>(LINES_OF, { keys, from: scope.from, to: scope.to, recipientIds: scope.recipientIds });
      const optOuts = await tx.run<PersonOptOutRow>(OPT_OUTS_OF, { keys });
      return { persons, memberships, transfers: withCategoryIds(lines), optOuts };
    });
  }
}
