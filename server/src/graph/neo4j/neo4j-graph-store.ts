import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import type { CypherParams, CypherValue, GraphStore, GraphTx, ReadOptions, Row } from '../graph-store';
import { conflict, failed, unavailable } from '../graph.errors';

export interface Neo4jSettings {
  uri: string;
  user?: string;
  password?: string;
  database: string;
}

/**
 * A unit of work still running after this long is terminated by Neo4j (a runaway query). Generous: loading the
 * example map or a 20,000-line import batch is one unit of work and must never be cut.
 */
const TRANSACTION_TIMEOUT_MS = 300_000;

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Driver errors become domain errors; anything else (a domain rule thrown by the work) passes through. */
function translate(error: unknown): unknown {
  if (error instanceof Neo4jError) {
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return conflict('A node with this id already exists', error);
    }
    if (UNAVAILABLE_CODES.has(error.code)) return unavailable(error);
    return failed(error);
  }
  return error;
}

/** Whole numbers go to Neo4j as integers (LIMIT, counters); JavaScript sends every number as a float otherwise. */
function toNeo4jValue(value: CypherValue): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo4jValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4jValue(v)]));
  }
  return value;
}

function toNeo4jParams(params: CypherParams = {}): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, toNeo4jValue(v)]));
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

class Neo4jTx implements GraphTx {
  constructor(
    private readonly tx: ManagedTransaction,
    readonly readOnly: boolean,
  ) {}

  /**
   * The records through an observer that lets go of everything once answered. The driver keeps every result of a
   * transaction, with its observers, until the transaction ends; an awaited result keeps its records, and an observer
   * closing over a promise keeps the promise and so its rows. A long read unit of work (the export of a million people
   * a page at a time) held every page it had read, and ran out of heap.
   */
  run<T = Row>(cypher: string, params?: CypherParams): Promise<T[]> {
    let settle: { resolve(rows: T[]): void; reject(error: Error): void } | null = null;
    const answer = new Promise<T[]>((resolve, reject) => (settle = { resolve, reject }));
    let rows: T[] | null = [];
    const finish = (error: unknown) => {
      const done = settle;
      const out = rows ?? [];
      settle = null;
      rows = null;
      if (error === null) done?.resolve(out);
      else done?.reject(asError(translate(error)));
    };
    try {
      this.tx.run(cypher, toNeo4jParams(params)).subscribe({
        onNext: (record) => void rows?.push(record.toObject()),
        onCompleted: () => finish(null),
        onError: (error) => finish(error),
      });
    } catch (error) {
      finish(error);
    }
    return answer;
  }
}

export class Neo4jGraphStore implements GraphStore {
  readonly engine = 'neo4j' as const;

  private constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  /** Routing URIs (neo4j://, neo4j+s://) work unchanged: the driver discovers the cluster. */
  static open(settings: Neo4jSettings): Neo4jGraphStore {
    const auth = settings.user ? neo4j.auth.basic(settings.user, settings.password ?? '') : undefined;
    const driver = neo4j.driver(settings.uri, auth, {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 3_000,
      // Fail fast when Neo4j is down (callers get UNAVAILABLE within seconds), but ride out a brief leader switch.
      maxTransactionRetryTime: 2_000,
      logging: { level: 'error', logger: () => undefined },
    });
    return new Neo4jGraphStore(driver, settings.database);
  }

  async read<T>(work: (tx: GraphTx) => Promise<T>, options: ReadOptions = {}): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead((tx) => work(new Neo4jTx(tx, true)), { timeout: options.timeoutMs ?? TRANSACTION_TIMEOUT_MS });
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  async write<T>(work: (tx: GraphTx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work(new Neo4jTx(tx, false)), { timeout: TRANSACTION_TIMEOUT_MS });
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** Every Neo4j commit is durable. */
  writeBulk<T>(work: (tx: GraphTx) => Promise<T>): Promise<T> {
    return this.write(work);
  }

  async flushBulk(): Promise<void> {}

  async runSchema(statement: string): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      await session.run(statement);
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  async ping(timeoutMs = 2_000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const probe = this.read((tx) => tx.run('RETURN 1 AS ok')).then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
