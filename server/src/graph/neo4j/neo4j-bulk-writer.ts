import type { GraphTx } from '../graph-store';
import type { BulkCreate } from '../repositories/bulk-rows';
import { LEDGER_LINE_ROW_FIELDS, ledgerLineParams, type LedgerLine } from '../repositories/ledger-line';

/** Rows per UNWIND statement: large enough to amortise the round trip, small enough for the heap. */
const CHUNK = 10_000;

const CREATE_PEOPLE = `
UNWIND $rows AS row
CREATE (:Person {id: row.id, display: row.display, californiaResident: row.californiaResident,
  relationshipSince: row.relationshipSince, lastPurchaseOn: row.lastPurchaseOn})`;
const CREATE_IDENTIFIERS = `
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
CREATE (:PersonIdentifier {id: row.id, kind: row.kind, personId: row.personId})-[:IDENTIFIES]->(p)`;
const CREATE_MEMBERSHIPS = `
UNWIND $rows AS row
MATCH (p:Person {id: row.personId}), (s:Segment {id: row.segmentId})
CREATE (p)-[:MEMBER_OF {since: row.since, until: row.until}]->(s)`;
const CREATE_TRANSFERS = `
UNWIND $rows AS row
MATCH (r:Recipient {id: row.recipientId})
CREATE (t:Transfer {id: row.id, occurredOn: row.occurredOn, use: row.use})-[:TO_RECIPIENT]->(r)`;
const LINK_TRANSFER_CATEGORIES = `
UNWIND $rows AS row
MATCH (t:Transfer {id: row.transferId}), (c:DataCategory {id: row.targetId})
CREATE (t)-[:OF_CATEGORY]->(c)`;
const LINK_TRANSFER_PURPOSES = `
UNWIND $rows AS row
MATCH (t:Transfer {id: row.transferId}), (c:Purpose {id: row.targetId})
CREATE (t)-[:FOR_PURPOSE]->(c)`;
const INCLUDE_PEOPLE = `
UNWIND $rows AS row
MATCH (t:Transfer {id: row.transferId})
UNWIND row.personIds AS personId
MATCH (p:Person {id: personId})
CREATE (p)-[:INCLUDED_IN {${LEDGER_LINE_ROW_FIELDS}}]->(t)`;
const CREATE_OPT_OUTS = `
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
CREATE (p)-[:MADE]->(:OptOut {id: row.id, scope: row.scope, effectiveOn: row.effectiveOn, channel: row.channel})`;

async function inChunks<T>(tx: GraphTx, cypher: string, rows: readonly T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.run(cypher, { rows: rows.slice(i, i + CHUNK) as never });
  }
}

/** Neo4j's bulk path: batched UNWIND writes inside the caller's (large) transaction. */
export async function neo4jBulkCreate(tx: GraphTx, c: BulkCreate): Promise<void> {
  await inChunks(tx, CREATE_PEOPLE, c.people);
  await inChunks(tx, CREATE_IDENTIFIERS, c.identifiers);
  await inChunks(tx, CREATE_MEMBERSHIPS, c.memberships);
  await inChunks(
    tx,
    CREATE_TRANSFERS,
    c.transfers.map((t) => ({ id: t.id, occurredOn: t.occurredOn, use: t.use, recipientId: t.recipientId })),
  );
  await inChunks(
    tx,
    LINK_TRANSFER_CATEGORIES,
    c.transfers.flatMap((t) => t.categoryIds.map((targetId) => ({ transferId: t.id, targetId }))),
  );
  await inChunks(
    tx,
    LINK_TRANSFER_PURPOSES,
    c.transfers.flatMap((t) => t.purposeIds.map((targetId) => ({ transferId: t.id, targetId }))),
  );
  // Chunked by people named, not by transfers: a transfer may name 10,000 people.
  let chunk: (LedgerLine & { personIds: string[] })[] = [];
  let size = 0;
  for (const t of c.transfers) {
    chunk.push({ ...ledgerLineParams(t), personIds: t.personIds });
    size += t.personIds.length;
    if (size >= CHUNK) {
      await tx.run(INCLUDE_PEOPLE, { rows: chunk });
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length) await tx.run(INCLUDE_PEOPLE, { rows: chunk });
  await inChunks(tx, CREATE_OPT_OUTS, c.optOuts);
}
