import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AuditJournal } from './audit-journal';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import { GRAPH_STORE, type GraphStore } from '../graph/graph-store';
import { AuditRepository } from '../graph/repositories/audit.repository';
import { generateId } from '../common/ids';
import type { Actor } from '../auth/actor';
import type { AuditRole, Role } from '@disclosure-map/graph-schema';
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

/** Audit log reads: the graph's entries and the journal's unshipped ones, merged. */
export function mergeEntries(
  stored: NodeRecord<'AuditEntry'>[],
  unshipped: NodeRecord<'AuditEntry'>[],
  from: string,
  to: string,
  actor: string | null,
  limit: number,
): NodeRecord<'AuditEntry'>[] {
  const byId = new Map(stored.map((e) => [e.id, e]));
  for (const e of unshipped) if (e.at >= from && e.at <= to && (!actor || e.actor === actor)) byId.set(e.id, e);
  const newestFirst = (a: NodeRecord<'AuditEntry'>, b: NodeRecord<'AuditEntry'>) =>
    a.at === b.at ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.at < b.at ? 1 : -1;
  return [...byId.values()].sort(newestFirst).slice(0, limit);
}

/**
 * Appends audit entries; entries cannot be edited through the API. An entry is durable once it is in the local audit
 * journal (audit-journal.ts: one fsync shared by concurrent requests), which ships it into the graph in the background;
 * the audit log reads both, so an entry is listed once from the moment its request answered.
 */
@Injectable()
export class AuditService implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Audit');
  private journal: AuditJournal | null = null;

  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditRepository,
    @Inject(PERSON_IDENTITY) private readonly identity: PersonIdentity,
  ) {}

  async onModuleInit(): Promise<void> {
    this.journal = await AuditJournal.open(
      this.config.dataDir,
      (entries) => shipAuditEntries(this.graph, this.audit, entries),
      (message) => this.logger.warn(message),
      this.config.auditShipIntervalMs,
    );
  }

  /** Entries a killed process left in the journal go into the graph before the first request (or later, if it is down). */
  async onApplicationBootstrap(): Promise<void> {
    await this.opened()
      .drain()
      .catch((error: unknown) => {
        this.logger.warn(`Audit entries stay in the journal until the graph answers: ${(error as Error).message}`);
        this.opened().startShipping();
      });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.journal?.close();
  }

  private opened(): AuditJournal {
    if (!this.journal) throw new Error('The audit journal is not open yet');
    return this.journal;
  }

  /**
   * What a person argument names, for the entry of a look-up: the person's id, or for an identifier the keyed hash
   * (never the raw e-mail or phone), so a failed look-up still shows whom it was for.
   */
  personTargets(ref: unknown): string[] {
    if (!ref || typeof ref !== 'object') return [];
    try {
      const named = namedIdentifier(ref, 'person');
      return [named.kind === 'id' ? named.value : this.identity.identifierId(named.kind, named.value)];
    } catch {
      return [];
    }
  }

  /** Resolves once the entry is durable (in the journal, on disk). */
  record(actor: AuditActor, operation: string, targetIds: string[], outcome: AuditOutcome): Promise<void> {
    return this.opened().append({
      id: generateId('audit'),
      at: new Date().toISOString(),
      actor: actor.name,
      role: actor.role ?? NO_ROLE,
      operation,
      targetIds,
      outcome,
    });
  }

  /** Entries recorded but not yet in the graph (waiting for their fsync or for shipping): the audit backlog of /metrics. */
  get backlog(): number {
    return this.journal?.backlog ?? 0;
  }

  /** Puts every entry recorded so far into the graph (an export must contain them all). */
  drain(): Promise<void> {
    return this.opened().drain();
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

  async entries(from: string, to: string, actor: string | null, limit: number): Promise<NodeRecord<'AuditEntry'>[]> {
    // Taken before the graph is read: an entry shipped in between is then in the graph, and one id counts once.
    const unshipped = this.opened().pending();
    const stored = await this.graph.read((tx) => this.audit.list(tx, from, to, actor, limit));
    return mergeEntries(stored, unshipped, from, to, actor, limit);
  }
}

/** One unit of work per batch of journal entries. */
export function shipAuditEntries(graph: GraphStore, audit: AuditRepository, entries: NodeRecord<'AuditEntry'>[]): Promise<void> {
  return graph.write(async (tx) => {
    for (const entry of entries) await audit.appendOnce(tx, entry);
  });
}

/** Ships what a stopped server left in `dataDir`'s audit journal (a CLI holding the data directory alone). */
export async function shipLeftoverAuditJournal(dataDir: string, graph: GraphStore): Promise<void> {
  const journal = await AuditJournal.open(
    dataDir,
    (entries) => shipAuditEntries(graph, new AuditRepository(), entries),
    () => undefined,
  );
  try {
    await journal.drain();
  } finally {
    await journal.close();
  }
}
