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

const BACKFILL_LEDGER_LINES = `
MATCH (:Person)-[i:INCLUDED_IN]->(t:Transfer)-[:TO_RECIPIENT]->(r:Recipient) WHERE i.transferId IS NULL
SET i.transferId = t.id, i.occurredOn = t.occurredOn, i.use = t.use, i.recipientId = r.id`;
const BACKFILL_LEDGER_LINE_CATEGORIES = `
MATCH (t:Transfer) WHERE EXISTS { MATCH (:Person)-[i:INCLUDED_IN]->(t) WHERE i.categoryIds IS NULL }
OPTIONAL MATCH (t)-[:OF_CATEGORY]->(c:DataCategory) WITH t, collect(c.id) AS categoryIds
MATCH (:Person)-[i:INCLUDED_IN]->(t) SET i.categoryIds = categoryIds`;
const BACKFILL_LEDGER_LINE_PURPOSES = `
MATCH (t:Transfer) WHERE EXISTS { MATCH (:Person)-[i:INCLUDED_IN]->(t) WHERE i.purposeIds IS NULL }
OPTIONAL MATCH (t)-[:FOR_PURPOSE]->(u:Purpose) WITH t, collect(u.id) AS purposeIds
MATCH (:Person)-[i:INCLUDED_IN]->(t) SET i.purposeIds = purposeIds`;
/** The embedded engine's collect() of nothing but nulls is null, not []. */
const EMPTY_LEDGER_LINE_LISTS = `
MATCH (:Person)-[i:INCLUDED_IN]->(:Transfer) WHERE i.categoryIds IS NULL OR i.purposeIds IS NULL
SET i.categoryIds = coalesce(i.categoryIds, []), i.purposeIds = coalesce(i.purposeIds, [])`;

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
      await tx.run(BACKFILL_LEDGER_LINE_CATEGORIES);
      await tx.run(BACKFILL_LEDGER_LINE_PURPOSES);
      await tx.run(EMPTY_LEDGER_LINE_LISTS);
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
