import { Inject, Injectable } from '@nestjs/common';
import { embeddedBulkCreate } from '../embedded/embedded-bulk-writer';
import { splitIds } from './ledger-line';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph-store';
import { neo4jBulkCreate } from '../neo4j/neo4j-bulk-writer';
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

export interface PersonOptOutRow {
  personId: string;
  id: string;
  scope: string;
  effectiveOn: string;
  channel: string | null;
}

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

  /** People in id order, `limit` at a time after `after` (keyset paging: constant memory whatever the count). */
  peoplePage(tx: GraphTx, after: string | null, limit: number): Promise<BulkPersonRow[]> {
    return after === null ? tx.run<BulkPersonRow>(FIRST_PEOPLE_PAGE, { limit }) : tx.run<BulkPersonRow>(NEXT_PEOPLE_PAGE, { after, limit });
  }

  async transfersOfPeopleWithUse(
    tx: GraphTx,
    personIds: readonly string[],
    use: string,
    periodStart: string,
    periodEnd: string,
  ): Promise<PersonTransferRow[]> {
    if (!personIds.length) return [];
    const rows = await tx.run<Omit<PersonTransferRow, 'categoryIds'> & { categoryIdList: string }>(TRANSFERS_OF_PEOPLE_WITH_USE, {
      keys: [...personIds],
      use,
      periodStart,
      periodEnd,
    });
    return rows.map(({ categoryIdList, ...r }) => ({ ...r, categoryIds: splitIds(categoryIdList) }));
  }

  async optOutsOfPeople(tx: GraphTx, personIds: readonly string[]): Promise<PersonOptOutRow[]> {
    if (!personIds.length) return [];
    return tx.run<PersonOptOutRow>(OPT_OUTS_OF_PEOPLE, { keys: [...personIds] });
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
