import { Inject, Injectable } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import { GRAPH_STORE, type GraphStore } from '../graph/graph-store';
import { AuditRepository } from '../graph/repositories/audit.repository';
import { generateId } from '../common/ids';
import type { Actor } from '../auth/actor';
import type { AuditRole, Role } from '@disclosure-map/graph-schema';
import type { PersonRef } from '../people/dto/people.inputs';
import { PERSON_IDENTITY, type PersonIdentity } from '../people/person-identity';
import { namedIdentifier } from '../people/person-rules';

export type AuditOutcome = 'OK' | 'NOT_FOUND' | 'REJECTED' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'FAILED';

/** Who an entry is about: a signed-in actor, or a caller without a valid token (role null). */
export interface AuditActor {
  name: string;
  role: Role | null;
}

/** The actor of entries written for callers without a valid token. */
export const UNAUTHENTICATED_ACTOR: AuditActor = { name: '(unauthenticated)', role: null };
/** Stored in place of a role for UNAUTHENTICATED_ACTOR (the property is required). */
export const NO_ROLE: AuditRole = 'NONE';

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
    case 'UNAUTHENTICATED':
      return 'UNAUTHENTICATED';
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
    @Inject(PERSON_IDENTITY) private readonly identity: PersonIdentity,
  ) {}

  /**
   * What a person argument names, for the entry of a look-up: the person's id, or for an identifier the keyed hash
   * (never the raw e-mail or phone), so a failed look-up still shows whom it was for.
   */
  personTargets(ref: unknown): string[] {
    if (!ref || typeof ref !== 'object') return [];
    try {
      const named = namedIdentifier(ref as PersonRef, 'person');
      return [named.kind === 'id' ? named.value : this.identity.identifierId(named.kind, named.value)];
    } catch {
      return [];
    }
  }

  record(actor: AuditActor, operation: string, targetIds: string[], outcome: AuditOutcome): Promise<void> {
    const entry: NodeRecord<'AuditEntry'> = {
      id: generateId('audit'),
      at: new Date().toISOString(),
      actor: actor.name,
      role: actor.role ?? NO_ROLE,
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

  /** Runs a look-up and records it, whatever its outcome; a failed one names what it was given (`attempted`). */
  async audited<T>(
    actor: Actor,
    operation: string,
    targetOf: (result: T) => string[],
    work: () => Promise<T>,
    attempted: string[] = [],
  ): Promise<T> {
    try {
      const result = await work();
      await this.record(actor, operation, targetOf(result), 'OK');
      return result;
    } catch (error) {
      await this.record(actor, operation, attempted, outcomeOf(error)).catch(() => undefined);
      throw error;
    }
  }

  entries(from: string, to: string, actor: string | null, limit: number) {
    return this.graph.read((tx) => this.audit.list(tx, from, to, actor, limit));
  }
}
