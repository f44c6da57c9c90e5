import {
  embeddedColumns,
  embeddedDdl,
  neo4jDdl,
  NODE_LABELS,
  RECIPIENT_CLASSES,
  RECIPIENT_CLASS_NAMES,
  RELATIONSHIP_TYPES,
  SCHEMA_VERSION,
} from '@disclosure-map/graph-schema';
import type { GraphStore, GraphTx } from './graph-store';
import { INVENTORY_REVISION_ID } from './repositories/inventory-revision.repository';
import { joinIds } from './repositories/ledger-line';

const BACKFILL_LEDGER_LINES = `
MATCH (:Person)-[i:INCLUDED_IN]->(t:Transfer)-[:TO_RECIPIENT]->(r:Recipient) WHERE i.transferId IS NULL
SET i.transferId = t.id, i.occurredOn = t.occurredOn, i.use = t.use, i.recipientId = r.id`;
/** Each transfer's category and purpose ids, for the transfers whose ledger lines lack them. */
const TRANSFERS_WITHOUT_LINE_IDS = `
MATCH (:Person)-[i:INCLUDED_IN]->(t:Transfer) WHERE i.categoryIdList IS NULL WITH DISTINCT t
OPTIONAL MATCH (t)-[:OF_CATEGORY]->(c:DataCategory) WITH t, collect(c.id) AS categoryIds
RETURN t.id AS id, categoryIds`;
const TRANSFER_PURPOSES = `
UNWIND $ids AS id MATCH (t:Transfer {id: id})-[:FOR_PURPOSE]->(u:Purpose) RETURN t.id AS id, u.id AS purposeId`;
const SET_LINE_IDS = `
UNWIND $rows AS row MATCH (:Person)-[i:INCLUDED_IN]->(t:Transfer {id: row.id})
SET i.categoryIdList = row.categoryIdList, i.purposeIdList = row.purposeIdList`;

/** The id lists are joined in code: the engines share no list-to-string function. */
async function backfillLedgerLineIds(tx: GraphTx): Promise<void> {
  const transfers = await tx.run<{ id: string; categoryIds: string[] | null }>(TRANSFERS_WITHOUT_LINE_IDS);
  for (let i = 0; i < transfers.length; i += 10_000) {
    const chunk = transfers.slice(i, i + 10_000);
    const purposes = new Map<string, string[]>();
    for (const row of await tx.run<{ id: string; purposeId: string }>(TRANSFER_PURPOSES, { ids: chunk.map((t) => t.id) })) {
      purposes.set(row.id, [...(purposes.get(row.id) ?? []), row.purposeId]);
    }
    const rows = chunk.map((t) => ({
      id: t.id,
      categoryIdList: joinIds([...(t.categoryIds ?? [])].sort()),
      purposeIdList: joinIds([...(purposes.get(t.id) ?? [])].sort()),
    }));
    await tx.run(SET_LINE_IDS, { rows });
  }
}

const BACKFILL_IDENTIFIER_PERSON_IDS = `
MATCH (i:PersonIdentifier)-[:IDENTIFIES]->(p:Person) WHERE i.personId IS NULL SET i.personId = p.id`;

/** Data migrations, applied once each, in order, inside one unit of work. */
interface Migration {
  readonly version: number;
  readonly description: string;
  up(tx: GraphTx): Promise<void>;
}

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'one RecipientClass node per class',
    async up(tx) {
      await tx.run('UNWIND $rows AS row MERGE (c:RecipientClass {id: row.id}) SET c.name = row.name', {
        rows: RECIPIENT_CLASSES.map((id) => ({ id, name: RECIPIENT_CLASS_NAMES[id] })),
      });
    },
  },
  {
    version: 2,
    description: 'each person’s ledger line (INCLUDED_IN) carries its transfer’s facts; each identifier its person id',
    async up(tx) {
      await tx.run(BACKFILL_LEDGER_LINES);
      await backfillLedgerLineIds(tx);
      await tx.run(BACKFILL_IDENTIFIER_PERSON_IDS);
    },
  },
  {
    version: 3,
    description: 'the inventory revision counter',
    async up(tx) {
      await tx.run(`MERGE (r:InventoryRevision {id: '${INVENTORY_REVISION_ID}'}) SET r.value = coalesce(r.value, 0)`);
    },
  },
];

const READ_VERSION = "OPTIONAL MATCH (m:SchemaMigration {id: 'schema'}) RETURN m.version AS version";
const WRITE_VERSION = "MERGE (m:SchemaMigration {id: 'schema'}) SET m.version = $version, m.appliedAt = $appliedAt";

/** Columns a newer declaration added to an existing embedded table. */
async function addMissingEmbeddedColumns(store: GraphStore): Promise<void> {
  for (const table of [...NODE_LABELS, ...RELATIONSHIP_TYPES]) {
    const existing = await store.read((tx) => tx.run<{ name: string }>(`CALL table_info('${table}') RETURN name`));
    const have = new Set(existing.map((c) => c.name));
    for (const column of embeddedColumns(table)) {
      if (!have.has(column.name)) await store.runSchema(`ALTER TABLE ${table} ADD ${column.name} ${column.type}`);
    }
  }
}

/**
 * Idempotent start-up migration: the DDL derived from graph-schema (every
 * statement is IF NOT EXISTS), then the data migrations not yet applied.
 */
export async function migrate(store: GraphStore): Promise<number> {
  const ddl = store.engine === 'embedded' ? embeddedDdl() : neo4jDdl();
  for (const statement of ddl) await store.runSchema(statement);
  if (store.engine === 'embedded') await addMissingEmbeddedColumns(store);
  return store.write(async (tx) => {
    const [row] = await tx.run<{ version: number | null }>(READ_VERSION);
    const current = row?.version ?? 0;
    for (const migration of MIGRATIONS) {
      if (migration.version > current) await migration.up(tx);
    }
    if (current < SCHEMA_VERSION) {
      await tx.run(WRITE_VERSION, { version: SCHEMA_VERSION, appliedAt: new Date().toISOString() });
    }
    return Math.max(current, SCHEMA_VERSION);
  });
}

export const LATEST_MIGRATION = MIGRATIONS[MIGRATIONS.length - 1].version;
