import { Injectable } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import { returnNode } from '../cypher';
import type { GraphTx } from '../graph-store';
import { nodes } from './node-access';

const CHANGES_OF_MANY = `MATCH (n:InventoryChange) WHERE n.targetId IN $targetIds RETURN ${returnNode('InventoryChange')} ORDER BY n.at, n.id`;
const CHANGES_OF = `MATCH (n:InventoryChange) WHERE n.targetId = $targetId RETURN ${returnNode('InventoryChange')} ORDER BY n.at, n.id`;

/** The inventory change log: appended inside the unit of work of each inventory write, never edited. */
@Injectable()
export class HistoryRepository {
  async append(tx: GraphTx, entry: NodeRecord<'InventoryChange'>): Promise<void> {
    await nodes.create(tx, 'InventoryChange', entry);
  }

  /** The changes of several nodes, oldest first. */
  changesOfMany(tx: GraphTx, targetIds: string[]): Promise<NodeRecord<'InventoryChange'>[]> {
    return targetIds.length ? tx.run<NodeRecord<'InventoryChange'>>(CHANGES_OF_MANY, { targetIds }) : Promise.resolve([]);
  }

  changesOf(tx: GraphTx, targetId: string): Promise<NodeRecord<'InventoryChange'>[]> {
    return tx.run<NodeRecord<'InventoryChange'>>(CHANGES_OF, { targetId });
  }
}
