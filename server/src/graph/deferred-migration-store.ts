import { Logger } from '@nestjs/common';
import type { GraphStore, GraphTx, ReadOptions } from './graph-store';
import { GraphError, GraphErrorCode } from './graph.errors';
import { migrate } from './migrations';

export const isUnavailable = (error: unknown) => error instanceof GraphError && error.code === GraphErrorCode.UNAVAILABLE;

/**
 * A store whose database was unreachable at start-up: the server starts anyway
 * and the schema migration runs on the first successful connection — retried
 * in the background, and before any unit of work (which fails fast with
 * UNAVAILABLE until the database answers).
 */
export class DeferredMigrationStore implements GraphStore {
  private readonly logger = new Logger('Graph');
  private done = false;
  private attempt: Promise<void> | null = null;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly inner: GraphStore,
    retryMs = 2_000,
  ) {
    this.timer = setInterval(() => {
      this.ensureMigrated().catch(() => undefined);
    }, retryMs);
    this.timer.unref();
  }

  get engine() {
    return this.inner.engine;
  }

  /** Migrates once; concurrent callers share one attempt, a failed attempt is retried by the next caller. */
  ensureMigrated(): Promise<void> {
    if (this.done) return Promise.resolve();
    this.attempt ??= migrate(this.inner).then(
      () => {
        this.done = true;
        clearInterval(this.timer);
        this.logger.log('The graph database answered: schema migrated');
      },
      (error: unknown) => {
        this.attempt = null;
        throw error;
      },
    );
    return this.attempt;
  }

  async read<T>(work: (tx: GraphTx) => Promise<T>, options?: ReadOptions): Promise<T> {
    await this.ensureMigrated();
    return this.inner.read(work, options);
  }

  async write<T>(work: (tx: GraphTx) => Promise<T>): Promise<T> {
    await this.ensureMigrated();
    return this.inner.write(work);
  }

  async writeBulk<T>(work: (tx: GraphTx) => Promise<T>): Promise<T> {
    await this.ensureMigrated();
    return this.inner.writeBulk(work);
  }

  flushBulk(): Promise<void> {
    return this.inner.flushBulk();
  }

  runSchema(statement: string): Promise<void> {
    return this.inner.runSchema(statement);
  }

  /**
   * Healthy once the database answers and the schema is migrated. A migration that is still waiting (a schema
   * statement queued behind another server's transactions) answers "not yet" within the probe's time instead of
   * holding the health check open until it ends.
   */
  async ping(timeoutMs = 2_000): Promise<boolean> {
    if (!(await this.inner.ping(timeoutMs))) return false;
    let timer: NodeJS.Timeout | undefined;
    const waiting = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const migrated = this.ensureMigrated().then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([migrated, waiting]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.inner.close();
  }
}
