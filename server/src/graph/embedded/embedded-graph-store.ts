import { statSync } from 'node:fs';
import { ensurePrivateDir, restrictFiles } from '../../common/private-files';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import { Connection, Database, type PreparedStatement, type QueryResult } from '@ladybugdb/core';
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
 * - the first checkpoint of a table writes its rows as whole column chunks, but every later checkpoint that appends
 *   rows to a table already on disk splits its columns into small segments, and random reads (key lookups, reading
 *   one node's properties) slow down with them. Measured on 1.9M person identifiers: 16 COPY batches followed by one
 *   checkpoint, 16 µs per key lookup; four COPY batches with a checkpoint after each, 290 µs; the same people
 *   imported with a checkpoint every eight batches, 310 µs. Lookups of rows committed but not yet checkpointed are
 *   fast (7 µs).
 * So the engine's automatic checkpoint, which runs inside whichever commit crosses its threshold, is off, and the
 * store checkpoints at known points: before a `write` that loaded with COPY returns (an API call is durable when it
 * answers); during a bulk import only when the rows it holds in memory pass bulkRowsPerCheckpoint (which bounds
 * the memory an import uses, whatever the file's size) and at `flushBulk()`; after a commit that leaves the log
 * above CHECKPOINT_WAL_BYTES; and on a clean close. Everything else a unit writes is in the log, replayed on the next
 * open.
 */
const CHECKPOINT_WAL_BYTES = 256 * 1024 * 1024;
/**
 * Bulk-loaded rows held in memory before a checkpoint: a quarter of the machine's memory at about 450 bytes a row
 * (14.9M rows on 24 GiB, enough for a 10M-row transfer file in one checkpoint; measured at 1M people: a second
 * checkpoint appending to the ledger made reading a person's ledger lines 6x slower, 17 ms against 2.9 ms). With a
 * page cache set (EMBEDDED_BUFFER_POOL_MB) the rows are held in it: a row per KiB of it at most.
 */
const BULK_ROW_BYTES = 450;
const bulkRowsPerCheckpoint = (bufferPoolMb: number | null) => {
  const share = Math.floor(totalmem() / 4 / BULK_ROW_BYTES);
  return bufferPoolMb === null ? share : Math.min(share, bufferPoolMb * 1024);
};

const BULK_LOAD = /^\s*COPY\b/i;
/** COPY answers "N tuples have been copied to the T table." */
const COPIED_ROWS = /^(\d+) tuples? ha(?:ve|s) been copied/;

/** Database(path, bufferManagerSize (bytes; 0: the engine's default), enableCompression, readOnly, maxDBSize, autoCheckpoint). */
const openDatabase = (path: string, bufferPoolMb: number | null) =>
  new Database(path, bufferPoolMb === null ? 0 : bufferPoolMb * 1024 * 1024, true, false, 0, false);

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
    const result = await this.connection.execute(statement, params);
    const results: QueryResult[] = Array.isArray(result) ? result : [result];
    // The result is complete once execute resolves; reading it synchronously costs about 1 µs a row, where the
    // binding's async getAll() makes one thread-pool round trip per row (about 30 µs).
    const rows = results[results.length - 1].getAllSync() as Row[];
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
  /** Rows the unit's COPY statements loaded. */
  bulkRows = 0;
  constructor(
    private readonly conn: PooledConnection,
    readonly readOnly: boolean,
  ) {}

  async run<T = Row>(cypher: string, params?: CypherParams): Promise<T[]> {
    if (this.failure) throw translate(this.failure);
    const bulk = BULK_LOAD.test(cypher);
    if (bulk) this.bulkLoaded = true;
    try {
      const rows = await this.conn.run(cypher, params);
      if (bulk) this.bulkRows += copiedRows(rows);
      return rows as T[];
    } catch (error) {
      this.failure = error;
      throw translate(error);
    }
  }
}

function copiedRows(rows: Row[]): number {
  const answer = rows[0]?.result;
  const match = COPIED_ROWS.exec(typeof answer === 'string' ? answer : '');
  // An answer in another wording still counts: the import then checkpoints every few batches rather than never.
  return match ? Number(match[1]) : 1_000_000;
}

export class EmbeddedGraphStore implements GraphStore {
  readonly engine = 'embedded' as const;
  private readonly writeLock = new AsyncMutex();
  private readonly idle: PooledConnection[] = [];
  private closed = false;
  /** Rows of bulk-import units committed since the last checkpoint, not on disk yet. */
  private bulkRowsInMemory = 0;

  private constructor(
    private readonly database: Database,
    private readonly databasePath: string,
    private readonly bulkRowsPerCheckpoint: number,
  ) {}

  /** `bufferPoolMb`: the engine's page cache; null for its default. Bulk rows held before a checkpoint live in it too. */
  static async open(dataDir: string, bufferPoolMb: number | null = null): Promise<EmbeddedGraphStore> {
    ensurePrivateDir(dataDir);
    const path = join(dataDir, EMBEDDED_DB_FILE);
    const database = openDatabase(path, bufferPoolMb);
    try {
      await database.init();
    } catch (error) {
      throw failed(error);
    }
    restrictFiles(dataDir);
    return new EmbeddedGraphStore(database, path, bulkRowsPerCheckpoint(bufferPoolMb));
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

  private async unit<T>(
    mode: 'read' | 'write',
    work: (tx: GraphTx) => Promise<T>,
  ): Promise<{ result: T; bulkLoaded: boolean; bulkRows: number }> {
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
      return { result, bulkLoaded: tx.bulkLoaded, bulkRows: tx.bulkRows };
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
      const { result, bulkLoaded, bulkRows } = await this.unit('write', work);
      if (bulkLoaded) {
        this.bulkRowsInMemory += bulkRows;
        if (this.bulkRowsInMemory >= this.bulkRowsPerCheckpoint) await this.checkpointBulk();
      } else await this.checkpointIfLogIsLarge().catch(() => undefined);
      return result;
    });
  }

  flushBulk(): Promise<void> {
    return this.writeLock.runExclusive(async () => {
      if (this.bulkRowsInMemory > 0) await this.checkpointBulk();
    });
  }

  private async checkpointBulk(): Promise<void> {
    await this.checkpoint();
    this.bulkRowsInMemory = 0;
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
      if (this.bulkRowsInMemory > 0 || walBytes(this.databasePath) > 0) await this.checkpoint().catch(() => undefined);
      this.closed = true;
      for (const conn of this.idle.splice(0)) conn.connection.closeSync();
      await this.database.close();
    });
  }
}
