import { Inject, Injectable } from '@nestjs/common';
import type { DisclosureUse, OptOutScope } from '@disclosure-map/graph-schema';
import { embeddedBulkCreate } from '../embedded/embedded-bulk-writer';
import { splitIds } from './ledger-line';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph-store';
import { neo4jBulkCreate } from '../neo4j/neo4j-bulk-writer';
import { firstNodeRange, inNodeRange, type NodeRange, nodeRangePage } from './node-ranges';
import type { BulkCreate, BulkMembershipRow, BulkPersonRow } from './bulk-rows';

/**
 * Every lookup starts from primary keys given in `$keys` (UNWIND, then a
 * key match), so its cost follows the batch, not the size of the graph.
 */
const PEOPLE_BY_IDENTIFIER_IDS = `
UNWIND $keys AS key
MATCH (i:PersonIdentifier {id: key})
RETURN i.id AS identifierId, i.personId AS personId`;
const EXISTING_PEOPLE = 'UNWIND $keys AS key MATCH (n:Person {id: key}) RETURN n.id AS id';
const EXISTING_TRANSFERS = 'UNWIND $keys AS key MATCH (n:Transfer {id: key}) RETURN n.id AS id';
const EXISTING_OPT_OUTS = 'UNWIND $keys AS key MATCH (n:OptOut {id: key}) RETURN n.id AS id';
const MEMBERSHIPS_OF_PEOPLE = `
UNWIND $keys AS key
MATCH (p:Person {id: key})-[m:MEMBER_OF]->(s:Segment)
RETURN p.id AS personId, s.id AS segmentId, m.since AS since, m.until AS until`;
const UPDATE_PEOPLE = `
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
SET p.californiaResident = row.californiaResident, p.relationshipSince = row.relationshipSince,
    p.lastPurchaseOn = row.lastPurchaseOn`;
const SET_MEMBERSHIPS_UNTIL = `
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})-[m:MEMBER_OF]->(s:Segment {id: row.segmentId})
WHERE m.since = row.since
SET m.until = row.until`;
const PERSON_FIELDS = `
RETURN p.id AS id, p.display AS display, p.californiaResident AS californiaResident,
  p.relationshipSince AS relationshipSince, p.lastPurchaseOn AS lastPurchaseOn`;
const PEOPLE_BY_IDS = `UNWIND $keys AS key MATCH (p:Person {id: key}) ${PERSON_FIELDS}`;
const FIRST_PEOPLE_PAGE = `MATCH (p:Person) ${PERSON_FIELDS} ORDER BY id LIMIT $limit`;
const NEXT_PEOPLE_PAGE = `MATCH (p:Person) WHERE p.id > $after ${PERSON_FIELDS} ORDER BY id LIMIT $limit`;
/** A page of people as a range of node numbers on the embedded engine (see node-ranges.ts). */
const IN_RANGE = inNodeRange('p');
const PEOPLE_IN_RANGE = `MATCH (p:Person) WHERE ${IN_RANGE} ${PERSON_FIELDS}`;
const MEMBERSHIPS_IN_RANGE = `
MATCH (p:Person)-[m:MEMBER_OF]->(s:Segment) WHERE ${IN_RANGE}
RETURN p.id AS personId, s.id AS segmentId, m.since AS since, m.until AS until`;
const TRANSFERS_WITH_USE_IN_RANGE = `
MATCH (p:Person)-[i:INCLUDED_IN]->(:Transfer)
WHERE ${IN_RANGE} AND i.use = $use AND i.occurredOn >= $periodStart AND i.occurredOn <= $periodEnd
RETURN p.id AS personId, i.transferId AS id, i.occurredOn AS occurredOn, i.recipientId AS recipientId, i.categoryIdList AS categoryIdList`;
const OPT_OUTS_IN_RANGE = `
MATCH (p:Person)-[:MADE]->(o:OptOut) WHERE ${IN_RANGE}
RETURN p.id AS personId, o.id AS id, o.scope AS scope, o.effectiveOn AS effectiveOn, o.channel AS channel`;
/** Transfers with one use in [start, end] naming each person, with their recipient and categories. */
const TRANSFERS_OF_PEOPLE_WITH_USE = `
UNWIND $keys AS key
MATCH (p:Person {id: key})-[i:INCLUDED_IN]->(:Transfer)
WHERE i.use = $use AND i.occurredOn >= $periodStart AND i.occurredOn <= $periodEnd
RETURN p.id AS personId, i.transferId AS id, i.occurredOn AS occurredOn, i.recipientId AS recipientId, i.categoryIdList AS categoryIdList`;
const OPT_OUTS_OF_PEOPLE = `
UNWIND $keys AS key
MATCH (p:Person {id: key})-[:MADE]->(o:OptOut)
RETURN p.id AS personId, o.id AS id, o.scope AS scope, o.effectiveOn AS effectiveOn, o.channel AS channel`;

export interface PersonTransferRow {
  personId: string;
  id: string;
  occurredOn: string;
  recipientId: string;
  categoryIds: string[];
}

/** Where the next page of people starts: a range of node numbers on the embedded engine, a key on Neo4j. */
export type PeopleCursor = ({ kind: 'range' } & NodeRange) | { kind: 'key'; after: string | null };

/** Transfers of one use inside a period: the reportable ones of a Shine-the-Light year. */
export interface TransferWindow {
  use: DisclosureUse;
  periodStart: string;
  periodEnd: string;
}

/** A page of people with the facts the per-person rules need. */
export interface PeopleFactsPage {
  persons: BulkPersonRow[];
  memberships: BulkMembershipRow[];
  transfers: PersonTransferRow[];
  optOuts: PersonOptOutRow[];
  next: PeopleCursor | null;
}

export interface PersonOptOutRow {
  personId: string;
  id: string;
  scope: OptOutScope;
  effectiveOn: string;
  channel: string | null;
}

type LedgerRow = Omit<PersonTransferRow, 'categoryIds'> & { categoryIdList: string };

const withCategoryIds = (rows: LedgerRow[]): PersonTransferRow[] =>
  rows.map(({ categoryIdList, ...r }) => ({ ...r, categoryIds: splitIds(categoryIdList) }));

/** The Cypher of bulk ingest and bulk reports; new rows go through each engine's fast path. */
@Injectable()
export class BulkRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  private async ids(tx: GraphTx, cypher: string, keys: readonly string[]): Promise<Set<string>> {
    if (!keys.length) return new Set();
    return new Set((await tx.run<{ id: string }>(cypher, { keys: [...new Set(keys)] })).map((r) => r.id));
  }

  /** identifier id → person id, for the identifier ids that exist. */
  async peopleByIdentifiers(tx: GraphTx, identifierIds: readonly string[]): Promise<Map<string, string>> {
    if (!identifierIds.length) return new Map();
    const rows = await tx.run<{ identifierId: string; personId: string }>(PEOPLE_BY_IDENTIFIER_IDS, {
      keys: [...new Set(identifierIds)],
    });
    return new Map(rows.map((r) => [r.identifierId, r.personId]));
  }

  existingPeople(tx: GraphTx, ids: readonly string[]): Promise<Set<string>> {
    return this.ids(tx, EXISTING_PEOPLE, ids);
  }

  existingTransfers(tx: GraphTx, ids: readonly string[]): Promise<Set<string>> {
    return this.ids(tx, EXISTING_TRANSFERS, ids);
  }

  existingOptOuts(tx: GraphTx, ids: readonly string[]): Promise<Set<string>> {
    return this.ids(tx, EXISTING_OPT_OUTS, ids);
  }

  async membershipsOf(tx: GraphTx, personIds: readonly string[]): Promise<BulkMembershipRow[]> {
    if (!personIds.length) return [];
    return tx.run<BulkMembershipRow>(MEMBERSHIPS_OF_PEOPLE, { keys: [...new Set(personIds)] });
  }

  peopleByIds(tx: GraphTx, ids: readonly string[]): Promise<BulkPersonRow[]> {
    return ids.length ? tx.run<BulkPersonRow>(PEOPLE_BY_IDS, { keys: [...new Set(ids)] }) : Promise.resolve([]);
  }

  /** The start of a walk over every person, `peopleFactsPage` after `peopleFactsPage`. */
  async firstPeopleCursor(tx: GraphTx): Promise<PeopleCursor> {
    if (this.store.engine !== 'embedded') return { kind: 'key', after: null };
    return { kind: 'range', ...(await firstNodeRange(tx, 'Person')) };
  }

  /**
   * Up to `limit` people from `cursor`, with their memberships, their transfers in `window` and their opt-outs
   * (constant memory whatever the count), each page in its own read units. The embedded engine reads a page as a range
   * of node numbers in one unit (four scans). Neo4j pages in id order along its index, then reads the page's three
   * kinds of facts in three concurrent units: its queries are mostly waiting on the server, which runs them side by
   * side (Neo4j reads are read-committed, so one unit would not give a firmer snapshot than three).
   */
  async peopleFactsPage(cursor: PeopleCursor, limit: number, window: TransferWindow): Promise<PeopleFactsPage> {
    if (cursor.kind === 'range') {
      const { params: range, next } = nodeRangePage(cursor, limit);
      return this.store.read(async (tx) => ({
        persons: await tx.run<BulkPersonRow>(PEOPLE_IN_RANGE, range),
        memberships: await tx.run<BulkMembershipRow>(MEMBERSHIPS_IN_RANGE, range),
        transfers: withCategoryIds(await tx.run<LedgerRow>(TRANSFERS_WITH_USE_IN_RANGE, { ...range, ...window })),
        optOuts: await tx.run<PersonOptOutRow>(OPT_OUTS_IN_RANGE, range),
        next: next && { kind: 'range', ...next },
      }));
    }
    const persons = await this.store.read((tx) =>
      cursor.after === null
        ? tx.run<BulkPersonRow>(FIRST_PEOPLE_PAGE, { limit })
        : tx.run<BulkPersonRow>(NEXT_PEOPLE_PAGE, { after: cursor.after, limit }),
    );
    const keys = persons.map((p) => p.id);
    if (!keys.length) return { persons, memberships: [], transfers: [], optOuts: [], next: null };
    const [memberships, transfers, optOuts] = await Promise.all([
      this.store.read((tx) => this.membershipsOf(tx, keys)),
      this.store.read(async (tx) => withCategoryIds(await tx.run<LedgerRow>(TRANSFERS_OF_PEOPLE_WITH_USE, { keys, ...window }))),
      this.store.read((tx) => tx.run<PersonOptOutRow>(OPT_OUTS_OF_PEOPLE, { keys })),
    ]);
    return {
      persons,
      memberships,
      transfers,
      optOuts,
      next: persons.length < limit ? null : { kind: 'key', after: keys[keys.length - 1] },
    };
  }

  /** Existing people: the eligibility facts given in the batch (already merged with what is stored). */
  async updatePeople(tx: GraphTx, rows: readonly BulkPersonRow[]): Promise<void> {
    if (rows.length) await tx.run(UPDATE_PEOPLE, { rows: rows.map((r) => ({ ...r })) });
  }

  async setMembershipsUntil(tx: GraphTx, rows: readonly BulkMembershipRow[]): Promise<void> {
    if (rows.length) await tx.run(SET_MEMBERSHIPS_UNTIL, { rows: rows.map((r) => ({ ...r })) });
  }

  /** New nodes and relationships through the engine's bulk path (COPY FROM embedded, batched UNWIND on Neo4j). */
  create(tx: GraphTx, rows: BulkCreate): Promise<void> {
    return this.store.engine === 'embedded' ? embeddedBulkCreate(tx, rows) : neo4jBulkCreate(tx, rows);
  }
}
