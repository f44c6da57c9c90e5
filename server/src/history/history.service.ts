import { Inject, Injectable } from '@nestjs/common';
import type { NodeLabel } from '@disclosure-map/graph-schema';
import { generateId } from '../common/ids';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph/graph-store';
import { HistoryRepository } from '../graph/repositories/history.repository';
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
  ) {}

  /** Records a change; an upsert that changes nothing leaves no entry. */
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
  }

  inventoryHistory(id: string): Promise<InventoryChange[]> {
    return this.graph.read(async (tx) =>
      (await this.history.changesOf(tx, id)).map((c) => ({ ...c, role: c.role as InventoryChange['role'] })),
    );
  }
}
