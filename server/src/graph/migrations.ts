import {
  embeddedColumns,
  embeddedDdl,
  neo4jDdl,
  NODE_LABELS,
  RECIPIENT_CLASSES,
  RECIPIENT_CLASS_NAMES,
  SCHEMA_VERSION,
} from '@disclosure-map/graph-schema';
import type { GraphStore, GraphTx } from './graph-store';

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
];

const READ_VERSION = "OPTIONAL MATCH (m:SchemaMigration {id: 'schema'}) RETURN m.version AS version";
const WRITE_VERSION = "MERGE (m:SchemaMigration {id: 'schema'}) SET m.version = $version, m.appliedAt = $appliedAt";

/** Columns a newer declaration added to an existing embedded table. */
async function addMissingEmbeddedColumns(store: GraphStore): Promise<void> {
  for (const label of NODE_LABELS) {
    const existing = await store.read((tx) => tx.run<{ name: string }>(`CALL table_info('${label}') RETURN name`));
    const have = new Set(existing.map((c) => c.name));
    for (const column of embeddedColumns(label)) {
      if (!have.has(column.name)) await store.runSchema(`ALTER TABLE ${label} ADD ${column.name} ${column.type}`);
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
