import { Inject, Injectable } from '@nestjs/common';
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

/** Appends audit entries in their own unit of work; entries cannot be edited through the API. */
@Injectable()
export class AuditService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly audit: AuditRepository,
  ) {}

  async record(actor: Actor, operation: string, targetIds: string[], outcome: AuditOutcome): Promise<void> {
    await this.graph.write((tx) =>
      this.audit.append(tx, {
        id: generateId('audit'),
        at: new Date().toISOString(),
        actor: actor.name,
        role: actor.role,
        operation,
        targetIds,
        outcome,
      }),
    );
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
