/**
 * The storage port. Domain services hand a unit of work to read() or write();
 * it runs parameterised Cypher through a GraphTx and commits or rolls back as
 * a whole. Which engine runs it is decided once, by configuration.
 */

export type GraphEngineName = 'embedded' | 'neo4j';

/** Parameter values both engines accept. Dates travel as ISO strings. */
export type CypherValue = string | number | boolean | null | CypherValue[] | { [key: string]: CypherValue };
export type CypherParams = Record<string, CypherValue>;
export type Row = Record<string, unknown>;

export interface GraphTx {
  /** True inside `read`: what this unit of work sees is committed, so it may be kept beyond it. */
  readonly readOnly: boolean;
  run<T = Row>(cypher: string, params?: CypherParams): Promise<T[]>;
}

/** How a read unit of work runs. */
export interface ReadOptions {
  /**
   * Neo4j terminates a unit of work after its transaction timeout (5 minutes): a read that must outlive it (an export
   * of a million people in one transaction) says how long it may take. The embedded engine has no timeout.
   */
  timeoutMs?: number;
}

export interface GraphStore {
  readonly engine: GraphEngineName;
  read<T>(work: (tx: GraphTx) => Promise<T>, options?: ReadOptions): Promise<T>;
  write<T>(work: (tx: GraphTx) => Promise<T>): Promise<T>;
  /**
   * A unit of work of a bulk import: all or nothing like `write`, but what it bulk-loads may reach the disk only at
   * a later point (at the latest `flushBulk()` or `close()`): a crash before then loses it, and re-running the
   * import (idempotent) adds it again. Engines whose commits are always durable treat it as `write`.
   */
  writeBulk<T>(work: (tx: GraphTx) => Promise<T>): Promise<T>;
  /** Makes every bulk unit of work committed so far durable. */
  flushBulk(): Promise<void>;
  /** Auto-committed schema statement (DDL cannot share a transaction with data on either engine). */
  runSchema(statement: string): Promise<void>;
  /** True when the engine answers a trivial query within the timeout. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

/** DI token of the GraphStore bound for the configured engine. */
export const GRAPH_STORE = Symbol('GRAPH_STORE');
