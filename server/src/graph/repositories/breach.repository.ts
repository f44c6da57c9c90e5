import { Inject, Injectable } from '@nestjs/common';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph-store';
import type { BulkMembershipRow, BulkPersonRow } from './bulk-rows';
import type { PersonOptOutRow, PersonTransferRow } from './bulk.repository';
import { splitIds } from './ledger-line';
import { firstNodeRange, inNodeRange, type NodeRange, nodeRangePage } from './node-ranges';

/**
 * The people walk of a breach's impact: a page of people with the facts "who received" needs (memberships, their
 * ledger lines to the breached recipients inside the window, opt-outs), so a million people are read a page at a
 * time in bounded memory. Pages go in person-id order (keyset along the id index) or, on the embedded engine when
 * only totals are wanted, as ranges of node numbers in one scan each (see BulkRepository).
 */
const PERSON_FIELDS = `p.id AS id, p.display AS display, p.californiaResident AS californiaResident,
  p.relationshipSince AS relationshipSince, p.lastPurchaseOn AS lastPurchaseOn`;
const FIRST_PEOPLE = `MATCH (p:Person) RETURN ${PERSON_FIELDS} ORDER BY id LIMIT $limit`;
const PEOPLE_AFTER = `MATCH (p:Person) WHERE p.id > $after RETURN ${PERSON_FIELDS} ORDER BY id LIMIT $limit`;
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

const IN_RANGE = inNodeRange('p');
const PEOPLE_IN_RANGE = `MATCH (p:Person) WHERE ${IN_RANGE} RETURN ${PERSON_FIELDS}`;
const MEMBERSHIPS_IN_RANGE = `
MATCH (p:Person)-[m:MEMBER_OF]->(s:Segment) WHERE ${IN_RANGE}
RETURN p.id AS personId, s.id AS segmentId, m.since AS since, m.until AS until`;
const LINES_IN_RANGE = `
MATCH (p:Person)-[i:INCLUDED_IN]->(:Transfer)
WHERE ${IN_RANGE} AND i.occurredOn >= $from AND i.occurredOn <= $to AND i.recipientId IN $recipientIds
RETURN p.id AS personId, i.transferId AS id, i.occurredOn AS occurredOn, i.use AS use, i.recipientId AS recipientId,
  i.categoryIdList AS categoryIdList`;
const OPT_OUTS_IN_RANGE = `
MATCH (p:Person)-[:MADE]->(o:OptOut) WHERE ${IN_RANGE}
RETURN p.id AS personId, o.id AS id, o.scope AS scope, o.effectiveOn AS effectiveOn, o.channel AS channel`;

/** What a page reads besides people: the ledger lines only for a breached recipient, opt-outs only with them. */
export interface BreachFactsScope {
  from: string;
  to: string;
  /** Ledger lines to these recipients (empty: no ledger lines or opt-outs are read, as for a system). */
  recipientIds: string[];
}

export type BreachLedgerLine = PersonTransferRow & { use: string };

export interface BreachFactsPage {
  persons: BulkPersonRow[];
  memberships: BulkMembershipRow[];
  transfers: BreachLedgerLine[];
  optOuts: PersonOptOutRow[];
}

/** Where the walk goes on: after a person id (id order), or a range of node numbers (embedded, storage order). */
export type BreachCursor = { kind: 'key'; after: string | null } | ({ kind: 'range' } & NodeRange);

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

  /** The cheapest walk over every person when the order does not matter (totals). */
  async unorderedStart(tx: GraphTx): Promise<BreachCursor> {
    if (this.store.engine !== 'embedded') return { kind: 'key', after: null };
    return { kind: 'range', ...(await firstNodeRange(tx, 'Person')) };
  }

  /** Up to `limit` people from the cursor with their facts, in one read unit of work; `next` null at the end. */
  page(cursor: BreachCursor, limit: number, scope: BreachFactsScope): Promise<BreachFactsPage & { next: BreachCursor | null }> {
    return this.store.read(async (tx) => {
      if (cursor.kind === 'range') {
        const { params: range, next } = nodeRangePage(cursor, limit);
        const facts = await this.facts(tx, scope, await tx.run<BulkPersonRow>(PEOPLE_IN_RANGE, range), {
          memberships: MEMBERSHIPS_IN_RANGE,
          lines: LINES_IN_RANGE,
          optOuts: OPT_OUTS_IN_RANGE,
          params: range,
        });
        return { ...facts, next: next && { kind: 'range', ...next } };
      }
      const persons =
        cursor.after === null
          ? await tx.run<BulkPersonRow>(FIRST_PEOPLE, { limit })
          : await tx.run<BulkPersonRow>(PEOPLE_AFTER, { after: cursor.after, limit });
      const keys = persons.map((p) => p.id);
      const facts = await this.facts(tx, scope, persons, {
        memberships: MEMBERSHIPS_OF,
        lines: LINES_OF,
        optOuts: OPT_OUTS_OF,
        params: { keys },
      });
      return { ...facts, next: persons.length < limit ? null : { kind: 'key', after: keys[keys.length - 1] } };
    });
  }

  private async facts(
    tx: GraphTx,
    scope: BreachFactsScope,
    persons: BulkPersonRow[],
    q: { memberships: string; lines: string; optOuts: string; params: Record<string, number | string[]> },
  ): Promise<BreachFactsPage> {
    if (!persons.length) return { persons, memberships: [], transfers: [], optOuts: [] };
    const memberships = await tx.run<BulkMembershipRow>(q.memberships, q.params);
    if (!scope.recipientIds.length) return { persons, memberships, transfers: [], optOuts: [] };
    const lines = await tx.run<LineRow>(q.lines, { ...q.params, from: scope.from, to: scope.to, recipientIds: scope.recipientIds });
    const optOuts = await tx.run<PersonOptOutRow>(q.optOuts, q.params);
    return { persons, memberships, transfers: withCategoryIds(lines), optOuts };
  }
}
