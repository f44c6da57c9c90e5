import { Inject, Injectable } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import { GRAPH_STORE, type GraphStore } from '../graph/graph-store';
import { AuditRepository } from '../graph/repositories/audit.repository';
import { generateId } from '../common/ids';
import type { Actor } from '../auth/actor';

export type AuditOutcome = 'OK' | 'NOT_FOUND' | 'REJECTED' | 'CONFLICT' | 'FORBIDDEN' | 'FAILED';

/** How a failed operation ended, from its error's code. */
export function outcomeOf(error: unknown): AuditOutcome {
  switch ((error as { code?: unknown } | null)?.code) {
    case 'NOT_FOUND':
      return 'NOT_FOUND';
    case 'BAD_USER_INPUT':
      return 'REJECTED';
    case 'CONFLICT':
      return 'CONFLICT';
    case 'FORBIDDEN':
      return 'FORBIDDEN';
    default:
      return 'FAILED';
  }
}

interface PendingEntry {
  entry: NodeRecord<'AuditEntry'>;
  committed: () => void;
  failed: (error: unknown) => void;
}

/**
 * Appends audit entries in their own unit of work; entries cannot be edited through the API. Entries recorded
 * while a write is in flight go together in the next one (group commit): each caller still waits until its own
 * entry is committed, but concurrent lookups share one write instead of queueing for the single writer one by one.
 */
@Injectable()
export class AuditService {
  private pending: PendingEntry[] = [];
  private flushing = false;
  private writing = 0;

  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly audit: AuditRepository,
  ) {}

  record(actor: Actor, operation: string, targetIds: string[], outcome: AuditOutcome): Promise<void> {
    const entry = {
      id: generateId('audit'),
      at: new Date().toISOString(),
      actor: actor.name,
      role: actor.role,
      operation,
      targetIds,
      outcome,
    };
    return new Promise<void>((committed, failed) => {
      this.pending.push({ entry, committed, failed });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.pending.length) {
      const batch = this.pending.splice(0);
      this.writing = batch.length;
      try {
        await this.graph.write(async (tx) => {
          for (const p of batch) await this.audit.append(tx, p.entry);
        });
        batch.forEach((p) => p.committed());
      } catch (error) {
        batch.forEach((p) => p.failed(error));
      }
      this.writing = 0;
    }
    this.flushing = false;
  }

  /** Entries recorded but not yet committed (waiting or being written): the audit backlog of /metrics. */
  get backlog(): number {
    return this.pending.length + this.writing;
  }

  /** Runs a person lookup and records it, whatever its outcome. */
  async audited<T>(actor: Actor, operation: string, targetOf: (result: T) => string[], work: () => Promise<T>): Promise<T> {
    try {
      const result = await work();
      await this.record(actor, operation, targetOf(result), 'OK');
      return result;
    } catch (error) {
      await this.record(actor, operation, [], outcomeOf(error)).catch(() => undefined);
      throw error;
    }
  }

  entries(from: string, to: string, actor: string | null, limit: number) {
    return this.graph.read((tx) => this.audit.list(tx, from, to, actor, limit));
  }
}
