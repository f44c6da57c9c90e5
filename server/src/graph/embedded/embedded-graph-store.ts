import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Connection, Database, type LbugValue, type PreparedStatement, type QueryResult } from '@ladybugdb/core';
import { AsyncMutex } from '../async-mutex';
import type { CypherParams, GraphStore, GraphTx, Row } from '../graph-store';
import { conflict, failed, GraphError } from '../graph.errors';

/** The file of the embedded database inside DATA_DIR. */
export const EMBEDDED_DB_FILE = 'graph.lbug';

/**
 * When the store folds the write-ahead log into the database file. Three facts of LadybugDB 0.19.1 decide it:
 * - `COPY FROM` does not go through the log: what it loads is durable only once a checkpoint has written it (a
 *   process killed after the commit and before a checkpoint comes back without it);
 * - a process killed in the middle of a checkpoint can leave the primary-key index out of step with the node
 *   tables (stored nodes no longer found by id, new ones refused as duplicates; seen in
 *   test/reliability/import-crash.test.ts about once in six kills while the engine checkpointed on its own);
 * - each checkpoint of bulk-loaded rows adds a segment to the tables' columns, and key lookups slow down with the
 *   number of segments (a checkpoint after every 20,000-person batch made identifier lookups ten times slower at
 *   300,000 people than one checkpoint at the end).
 * So the engine's automatic checkpoint, which runs inside whichever commit crosses its threshold, is off, and the
 * store checkpoints at known points: before a `write` that loaded with COPY returns (an API call is durable when it
 * answers), after every BULK_UNITS_PER_CHECKPOINT bulk-import units and at `flushBulk()`, after a commit that leaves
 * the log above CHECKPOINT_WAL_BYTES, and on a clean close. Everything else a unit writes is in the log, replayed on
 * the next open.
 */
const CHECKPOINT_WAL_BYTES = 256 * 1024 * 1024;
const BULK_UNITS_PER_CHECKPOINT = 8;

const BULK_LOAD = /^\s*COPY\b/i;

/** Database(path, bufferManagerSize, enableCompression, readOnly, maxDBSize, autoCheckpoint). */
const openDatabase = (path: string) => new Database(path, 0, true, false, 0, false);

function walBytes(databasePath: string): number {
  try {
    return statSync(`${databasePath}.wal`).size;
  } catch {
    return 0;
  }
}

function translate(error: unknown): GraphError {
  if (error instanceof GraphError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/duplicated primary key/i.test(message)) return conflict('A node with this id already exists', error);
  return failed(error);
}

/**
 * One embedded connection with its prepared-statement cache. The engine's
 * node binding prepares per connection, so the cache lives here.
 */
class PooledConnection {
  private readonly prepared = new Map<string, PreparedStatement>();
  constructor(readonly connection: Connection) {}

  async run(cypher: string, params: CypherParams = {}): Promise<Row[]> {
    let statement = this.prepared.get(cypher);
    if (!statement) {
      statement = await this.connection.prepare(cypher);
      if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
      this.prepared.set(cypher, statement);
    }
    const result = await this.connection.execute(statement, params as Record<string, LbugValue>);
    const results: QueryResult[] = Array.isArray(result) ? result : [result];
    const rows = (await results[results.length - 1].getAll()) as Row[];
    for (const r of results) r.close();
    return rows;
  }

  /** Transaction control and DDL are not prepared: they carry no parameters. */
  async control(statement: string): Promise<void> {
    const result = await this.connection.query(statement);
    for (const r of Array.isArray(result) ? result : [result]) r.close();
  }
}

/**
 * A unit of work on one connection. If any statement fails, the engine has
 * already rolled the transaction back and would run later statements in
 * auto-commit mode; so a failed unit refuses every further statement.
 */
class EmbeddedTx implements GraphTx {
  private failure: unknown = null;
  /** A COPY ran: the unit's data is durable only after a checkpoint. */
  bulkLoaded = false;
  constructor(
    private readonly conn: PooledConnection,
    readonly readOnly: boolean,
  ) {}

  async run<T = Row>(cypher: string, params?: CypherParams): Promise<T[]> {
    if (this.failure) throw translate(this.failure);
    if (BULK_LOAD.test(cypher)) this.bulkLoaded = true;
    try {
      return (await this.conn.run(cypher, params)) as T[];
    } catch (error) {
      this.failure = error;
      throw translate(error);
    }
  }
}

export class EmbeddedGraphStore implements GraphStore {
  readonly engine = 'embedded' as const;
  private readonly writeLock = new AsyncMutex();
  private readonly idle: PooledConnection[] = [];
  private closed = false;
  /** Bulk-import units committed since the last checkpoint whose COPY data is not on disk yet. */
  private bulkUnitsInMemory = 0;

  private constructor(
    private readonly database: Database,
    private readonly databasePath: string,
  ) {}

  static async open(dataDir: string): Promise<EmbeddedGraphStore> {
    mkdirSync(dataDir, { recursive: true });
    const path = join(dataDir, EMBEDDED_DB_FILE);
    const database = openDatabase(path);
    try {
      await database.init();
    } catch (error) {
      throw failed(error);
    }
    return new EmbeddedGraphStore(database, path);
  }

  /** Called under the write lock, between units of work. */
  private async checkpoint(): Promise<void> {
    const conn = await this.acquire();
    try {
      await conn.control('CHECKPOINT');
    } catch (error) {
      throw translate(error);
    } finally {
      this.release(conn);
    }
  }

  private async checkpointIfLogIsLarge(): Promise<void> {
    if (walBytes(this.databasePath) > CHECKPOINT_WAL_BYTES) await this.checkpoint();
  }

  private async acquire(): Promise<PooledConnection> {
    if (this.closed) throw failed(new Error('embedded store is closed'));
    const pooled = this.idle.pop();
    if (pooled) return pooled;
    const connection = new Connection(this.database);
    await connection.init();
    return new PooledConnection(connection);
  }

  private release(conn: PooledConnection): void {
    if (this.closed) conn.connection.closeSync();
    else this.idle.push(conn);
  }

  private async unit<T>(mode: 'read' | 'write', work: (tx: GraphTx) => Promise<T>): Promise<{ result: T; bulkLoaded: boolean }> {
    const conn = await this.acquire();
    try {
      await conn.control(mode === 'read' ? 'BEGIN TRANSACTION READ ONLY' : 'BEGIN TRANSACTION').catch((e: unknown) => {
        throw translate(e);
      });
      let result: T;
      const tx = new EmbeddedTx(conn, mode === 'read');
      try {
        result = await work(tx);
      } catch (error) {
        await conn.control('ROLLBACK').catch(() => undefined); // already rolled back if a statement failed
        throw error; // driver errors were translated by EmbeddedTx; domain errors pass through
      }
      await conn.control('COMMIT').catch((e: unknown) => {
        throw translate(e);
      });
      return { result, bulkLoaded: tx.bulkLoaded };
    } finally {
      this.release(conn);
    }
  }

  async read<T>(work: (tx: GraphTx) => Promise<T>): Promise<T> {
    return (await this.unit('read', work)).result;
  }

  write<T>(work: (tx: GraphTx) => Promise<T>): Promise<T> {
    return this.writeLock.runExclusive(async () => {
      const { result, bulkLoaded } = await this.unit('write', work);
      // Bulk-loaded data is not in the log: until this checkpoint succeeds it is not kept, and the caller must know.
      if (bulkLoaded) await this.checkpointBulk();
      // Otherwise the unit is in the log; a failed checkpoint here only leaves the log longer.
      else await this.checkpointIfLogIsLarge().catch(() => undefined);
      return result;
    });
  }

  writeBulk<T>(work: (tx: GraphTx) => Promise<T>): Promise<T> {
    return this.writeLock.runExclusive(async () => {
      const { result, bulkLoaded } = await this.unit('write', work);
      if (bulkLoaded && ++this.bulkUnitsInMemory >= BULK_UNITS_PER_CHECKPOINT) await this.checkpointBulk();
      else if (!bulkLoaded) await this.checkpointIfLogIsLarge().catch(() => undefined);
      return result;
    });
  }

  flushBulk(): Promise<void> {
    return this.writeLock.runExclusive(async () => {
      if (this.bulkUnitsInMemory > 0) await this.checkpointBulk();
    });
  }

  private async checkpointBulk(): Promise<void> {
    await this.checkpoint();
    this.bulkUnitsInMemory = 0;
  }

  async runSchema(statement: string): Promise<void> {
    await this.writeLock.runExclusive(async () => {
      const conn = await this.acquire();
      try {
        await conn.control(statement);
      } catch (error) {
        throw translate(error);
      } finally {
        this.release(conn);
      }
    });
  }

  async ping(): Promise<boolean> {
    if (this.closed) return false;
    try {
      await this.read((tx) => tx.run('RETURN 1 AS ok'));
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    // Let a running write finish before the files are closed.
    await this.writeLock.runExclusive(async () => {
      if (this.bulkUnitsInMemory > 0 || walBytes(this.databasePath) > 0) await this.checkpoint().catch(() => undefined);
      this.closed = true;
      for (const conn of this.idle.splice(0)) conn.connection.closeSync();
      await this.database.close();
    });
  }
}
