import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { chmod, type FileHandle, open, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AUDIT_ROLES, type NodeRecord } from '@disclosure-map/graph-schema';

export type JournalEntry = NodeRecord<'AuditEntry'>;

/**
 * A process's journal file in DATA_DIR: one JSON audit entry a line, appended only. One file per process, because a
 * CLI (import, reports) may run beside a Neo4j server with the same DATA_DIR, and a file is emptied by its owner only.
 */
export const auditJournalFile = (pid: number) => `audit-journal-${pid}.ndjson`;
const JOURNAL_NAME = /^audit-journal-(\d+)\.ndjson$/;

/** Whether a process with this id is running (one of another user counts too). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code === 'EPERM';
  }
}
/** Entries shipped to the graph in one unit of work at most. */
const SHIP_BATCH = 500;
/**
 * How long durable entries wait before they are shipped (AUDIT_SHIP_INTERVAL_MS): one graph write then carries all
 * the entries of that time, rather than one write per fsync competing with the requests' own writes.
 */
export const DEFAULT_SHIP_INTERVAL_MS = 50;
/** A failed shipment (graph unavailable) is retried after this long; the entries stay durable in the journal. */
const SHIP_RETRY_MS = 1_000;

interface Waiting {
  entry: JournalEntry;
  durable: () => void;
  failed: (error: unknown) => void;
}

/** A journal line, read back: only a complete entry with the declared property types counts. */
export function parseJournalLine(line: string): JournalEntry | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const text = (k: string) => typeof v[k] === 'string';
  if (!['id', 'at', 'actor', 'role', 'operation', 'outcome'].every(text)) return null;
  const targets = v.targetIds;
  if (!Array.isArray(targets) || !targets.every((t): t is string => typeof t === 'string')) return null;
  const role = AUDIT_ROLES.find((r) => r === v.role);
  if (!role) return null;
  return {
    id: String(v.id),
    at: String(v.at),
    actor: String(v.actor),
    role,
    operation: String(v.operation),
    outcome: String(v.outcome),
    targetIds: targets,
  };
}

/**
 * The local, append-only audit journal (PRODUCT.md's "an answer leaves only once its entry is durable").
 *
 * An entry is durable once its line is on disk: appends made while an fsync is under way wait for the next one, so
 * concurrent requests share one fsync (group commit) instead of one graph write each. Durable entries are shipped into
 * the graph in the background, in batches, by id (a MERGE: shipping an entry twice leaves one node), and the journal is
 * emptied whenever everything in it is in the graph. At start-up whatever the file still holds (a process killed
 * before shipping) is shipped again; a last line cut short by a crash was never acknowledged and is dropped.
 */
export class AuditJournal {
  private waiting: Waiting[] = [];
  private writing = false;
  private shipping = false;
  private closed = false;
  private timer: NodeJS.Timeout | null = null;
  /** Durable entries not yet known to be in the graph, by id, in append order. */
  private readonly unshipped = new Map<string, JournalEntry>();
  private idle: (() => void)[] = [];
  /** Files of stopped processes whose entries this journal took in: removed once they are all shipped. */
  private readonly adopted: string[] = [];

  private constructor(
    private readonly path: string,
    private readonly file: FileHandle,
    private readonly ship: (entries: JournalEntry[]) => Promise<void>,
    private readonly warn: (message: string) => void,
    private readonly shipIntervalMs: number,
  ) {}

  /** Opens (or creates, mode 0600) the journal in `dir` and takes in the entries a previous process left unshipped. */
  static async open(
    dir: string,
    ship: (entries: JournalEntry[]) => Promise<void>,
    warn: (message: string) => void,
    shipIntervalMs = DEFAULT_SHIP_INTERVAL_MS,
  ): Promise<AuditJournal> {
    const path = join(dir, auditJournalFile(process.pid));
    const file = await open(path, 'a+', 0o600);
    await chmod(path, 0o600);
    const journal = new AuditJournal(path, file, ship, warn, shipIntervalMs);
    await journal.recover();
    // Files of processes no longer running (killed before shipping): taken in, and removed once shipped.
    for (const name of await readdir(dir)) {
      const pid = JOURNAL_NAME.exec(name)?.[1];
      if (!pid || Number(pid) === process.pid || isRunning(Number(pid))) continue;
      journal.takeIn((await readFile(join(dir, name))).toString('utf8'), join(dir, name));
      journal.adopted.push(join(dir, name));
    }
    return journal;
  }

  /** This process's own file (a container's process id is the same at every start): a torn last line is cut off. */
  private async recover(): Promise<void> {
    const text = (await this.file.readFile()).toString('utf8');
    const end = this.takeIn(text, this.path);
    // A torn last line (killed mid-write, before its fsync) was never acknowledged: cut it off so appends stay whole lines.
    if (end < Buffer.byteLength(text)) await this.file.truncate(end);
  }

  /** The whole lines of a journal's text as unshipped entries; returns the byte length of those lines. */
  private takeIn(text: string, path: string): number {
    const end = text.lastIndexOf('\n') + 1;
    for (const line of text.slice(0, end).split('\n')) {
      if (!line) continue;
      const entry = parseJournalLine(line);
      if (entry) this.unshipped.set(entry.id, entry);
      else this.warn(`Skipped an unreadable line of ${path}`);
    }
    return Buffer.byteLength(text.slice(0, end));
  }

  /** Resolves once the entry is on disk (fsync), then ships it in the background. */
  append(entry: JournalEntry): Promise<void> {
    if (this.closed) return Promise.resolve(this.appendAfterClose(entry));
    return new Promise<void>((durable, failed) => {
      this.waiting.push({ entry, durable, failed });
      if (!this.writing) void this.writeWaiting();
    });
  }

  /** A late entry (a request still answering while the server shuts down): written and synced at once, shipped at the next start. */
  private appendAfterClose(entry: JournalEntry): void {
    const fd = openSync(this.path, 'a', 0o600);
    try {
      writeSync(fd, `${JSON.stringify(entry)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  private async writeWaiting(): Promise<void> {
    this.writing = true;
    while (this.waiting.length) {
      const batch = this.waiting.splice(0);
      try {
        await this.file.appendFile(batch.map((w) => `${JSON.stringify(w.entry)}\n`).join(''));
        await this.file.datasync();
        for (const w of batch) this.unshipped.set(w.entry.id, w.entry);
        batch.forEach((w) => w.durable());
      } catch (error) {
        batch.forEach((w) => w.failed(error));
      }
    }
    this.writing = false;
    this.scheduleShipping();
  }

  /** Ships after the shipping interval, so one graph write carries every entry of that time (none: at once). */
  private scheduleShipping(): void {
    if (this.shipping || this.closed || this.timer || !this.unshipped.size) return;
    if (this.shipIntervalMs <= 0) return this.startShipping();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.startShipping();
    }, this.shipIntervalMs);
    this.timer.unref();
  }

  /** Ships every unshipped entry, a batch at a time; on failure tries again later (the journal keeps them). */
  startShipping(): void {
    if (this.shipping || this.closed || this.timer) return;
    this.shipping = true;
    void this.shipAll().finally(() => {
      this.shipping = false;
      this.wakeIdle();
      if (this.unshipped.size) this.scheduleShipping();
    });
  }

  private async shipAll(): Promise<void> {
    while (this.unshipped.size) {
      const batch = [...this.unshipped.values()].slice(0, SHIP_BATCH);
      try {
        await this.ship(batch);
      } catch (error) {
        this.warn(`Could not ship ${batch.length} audit entries to the graph (kept in the journal): ${(error as Error).message}`);
        if (!this.closed) {
          this.timer = setTimeout(() => {
            this.timer = null;
            this.startShipping();
          }, SHIP_RETRY_MS);
          this.timer.unref();
        }
        return;
      }
      for (const e of batch) this.unshipped.delete(e.id);
    }
    await this.emptyIfShipped();
  }

  /** Everything written is in the graph and nothing is being written: the journal starts over, empty. */
  private async emptyIfShipped(): Promise<void> {
    if (this.writing || this.waiting.length || this.unshipped.size) return;
    this.writing = true;
    try {
      await this.file.truncate(0);
      await this.file.datasync();
      for (const path of this.adopted.splice(0)) await rm(path, { force: true });
    } catch (error) {
      this.warn(`Could not empty ${this.path}: ${(error as Error).message}`);
    } finally {
      this.writing = false;
      if (this.waiting.length) void this.writeWaiting();
    }
  }

  /** Durable entries not yet in the graph, for reads that must see them (the audit log, exports). */
  pending(): JournalEntry[] {
    return [...this.unshipped.values()];
  }

  /** Entries waiting for their fsync or for shipping: the audit backlog of /metrics. */
  get backlog(): number {
    return this.waiting.length + this.unshipped.size;
  }

  private wakeIdle(): void {
    const waiters = this.idle.splice(0);
    waiters.forEach((w) => w());
  }

  /** Waits until every entry appended so far is in the graph (before an export, at shut-down). Throws if the graph refuses. */
  async drain(): Promise<void> {
    for (;;) {
      while (this.writing || this.waiting.length) await new Promise<void>((r) => setImmediate(r));
      if (!this.unshipped.size) return;
      if (this.shipping) {
        await new Promise<void>((r) => this.idle.push(r));
        continue;
      }
      if (this.timer) {
        clearTimeout(this.timer);
        this.timer = null;
      }
      // Shipped here, in the caller's time, so a graph failure reaches the caller.
      this.shipping = true;
      try {
        while (this.unshipped.size) {
          const batch = [...this.unshipped.values()].slice(0, SHIP_BATCH);
          await this.ship(batch);
          for (const e of batch) this.unshipped.delete(e.id);
        }
        await this.emptyIfShipped();
      } finally {
        this.shipping = false;
        this.wakeIdle();
      }
    }
  }

  /** Ships what it can, then closes the file; entries left (graph down) are shipped at the next start. */
  async close(): Promise<void> {
    await this.drain().catch((error: unknown) =>
      this.warn(`Audit entries left in the journal for the next start: ${(error as Error).message}`),
    );
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.file.close();
  }
}
