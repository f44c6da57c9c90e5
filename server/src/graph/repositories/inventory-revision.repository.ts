import { Injectable } from '@nestjs/common';
import type { GraphTx } from '../graph-store';

/** The id of the one InventoryRevision node (created by migration 3). */
export const INVENTORY_REVISION_ID = 'inventory';

const CURRENT = `MATCH (r:InventoryRevision {id: '${INVENTORY_REVISION_ID}'}) RETURN r.value AS value`;
const INCREMENT = `MATCH (r:InventoryRevision {id: '${INVENTORY_REVISION_ID}'}) SET r.value = r.value + 1`;

/** The counter of inventory changes: incremented with each change, read to know whether a kept copy is current. */
@Injectable()
export class InventoryRevisionRepository {
  /** The current revision; null when the counter is missing (a graph not migrated yet): never equal to a kept one. */
  async current(tx: GraphTx): Promise<number | null> {
    const [row] = await tx.run<{ value: number }>(CURRENT);
    return row ? Number(row.value) : null;
  }

  async increment(tx: GraphTx): Promise<void> {
    await tx.run(INCREMENT);
  }
}
