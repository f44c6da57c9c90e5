import { Inject, Injectable } from '@nestjs/common';
import type { NodeLabel, NodeRecord } from '@disclosure-map/graph-schema';
import { generateId } from '../common/ids';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph/graph-store';
import { HistoryRepository } from '../graph/repositories/history.repository';
import { InventoryRevisionRepository } from '../graph/repositories/inventory-revision.repository';
import { currentChangeActor } from './change-context';
import type { InventoryChange } from './models/inventory-change.model';

/** Canonical JSON (keys sorted) so equal values read the same in every entry. */
function canonical(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, x]) => [k, sort(x)]),
          )
        : v;
  return JSON.stringify(sort(value));
}

/** The inventory's own change log (not the access audit): one entry per write, in the write's unit of work. */
@Injectable()
export class HistoryService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly history: HistoryRepository,
    private readonly revision: InventoryRevisionRepository,
  ) {}

  /**
   * Records a change; an upsert that changes nothing leaves no entry. Every inventory write comes through here,
   * so this is also where the inventory revision moves on (copies of the inventory kept in memory are then stale).
   */
  async record(tx: GraphTx, operation: string, label: NodeLabel, id: string, before: unknown, after: unknown): Promise<void> {
    const [b, a] = [canonical(before), canonical(after)];
    if (b !== null && b === a) return;
    const actor = currentChangeActor();
    await this.history.append(tx, {
      id: generateId('change'),
      at: new Date().toISOString(),
      actor: actor.name,
      role: actor.role,
      operation,
      targetLabel: label,
      targetId: id,
      before: b,
      after: a,
    });
    await this.revision.increment(tx);
  }

  /**
   * The stored value (JSON-parsed) of each node as it stood at the end of a date: the `after` of its last change
   * on or before that date; when every change is later (the inventory was recorded after the fact, as the seed
   * is), the earliest value known: the first change's `before`, or what it created. Nodes without history are left
   * out, and the caller keeps their current value.
   */
  async valuesAsOf(tx: GraphTx, ids: string[], date: string): Promise<Map<string, Record<string, unknown>>> {
    const cutoff = `${date}T23:59:59.999Z`;
    const byTarget = new Map<string, NodeRecord<'InventoryChange'>[]>();
    for (const change of await this.history.changesOfMany(tx, ids)) {
      byTarget.set(change.targetId, [...(byTarget.get(change.targetId) ?? []), change]);
    }
    const out = new Map<string, Record<string, unknown>>();
    for (const [id, changes] of byTarget) {
      const upTo = changes.filter((c) => c.at <= cutoff);
      const value = upTo.length ? upTo[upTo.length - 1].after : (changes[0].before ?? changes[0].after);
      if (value) out.set(id, JSON.parse(value) as Record<string, unknown>);
    }
    return out;
  }

  /** Each item as it stood at the end of the date (see valuesAsOf); fields a later schema added keep today's value. */
  async asOf<T extends { id: string }>(tx: GraphTx, items: T[], date: string): Promise<T[]> {
    const values = await this.valuesAsOf(
      tx,
      items.map((i) => i.id),
      date,
    );
    return items.map((item) => ({ ...item, ...(values.get(item.id) as Partial<T> | undefined), id: item.id }));
  }

  inventoryHistory(id: string): Promise<InventoryChange[]> {
    return this.graph.read(async (tx) => this.history.changesOf(tx, id));
  }
}
