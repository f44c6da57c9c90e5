import { Injectable } from '@nestjs/common';
import type { NodeLabel, NodeRecord } from '@disclosure-map/graph-schema';
import type { GraphTx } from '../graph-store';
import { links, nodes } from './node-access';

/** Inventory nodes: categories (with their hierarchy), purposes, sources, segments, systems, policy clauses. */
export type InventoryLabel = 'DataCategory' | 'Purpose' | 'Source' | 'Segment' | 'System' | 'PolicyClause';

export type CategoryWithParent = NodeRecord<'DataCategory'> & { parentId: string | null };

const LIST_CATEGORIES = `
MATCH (c:DataCategory)
OPTIONAL MATCH (c)-[:PART_OF]->(p:DataCategory)
RETURN c.id AS id, c.name AS name, c.description AS description, c.sensitive AS sensitive,
       c.shineTheLight AS shineTheLight, c.ccpa AS ccpa,
       c.breachElements AS breachElements, p.id AS parentId
ORDER BY c.id`;

const IS_DESCENDANT = `
MATCH (d:DataCategory {id: $candidate})-[:PART_OF*1..30]->(a:DataCategory {id: $ancestor})
RETURN count(*) AS n`;

/** Is there any inventory at all? (One query per label keeps both engines on a simple count.) */
const CATEGORY_COUNT = 'MATCH (n:DataCategory) RETURN count(n) AS n';
const RECIPIENT_COUNT = 'MATCH (n:Recipient) RETURN count(n) AS n';

@Injectable()
export class InventoryRepository {
  upsert<L extends InventoryLabel>(tx: GraphTx, label: L, record: NodeRecord<L>): Promise<void> {
    return nodes.upsert(tx, label, record);
  }

  get<L extends InventoryLabel>(tx: GraphTx, label: L, id: string): Promise<NodeRecord<L> | null> {
    return nodes.get(tx, label, id);
  }

  list<L extends InventoryLabel>(tx: GraphTx, label: L): Promise<NodeRecord<L>[]> {
    return nodes.list(tx, label);
  }

  missing(tx: GraphTx, label: NodeLabel, ids: readonly string[]): Promise<string[]> {
    return nodes.missing(tx, label, ids);
  }

  listCategories(tx: GraphTx): Promise<CategoryWithParent[]> {
    return tx.run<CategoryWithParent>(LIST_CATEGORIES);
  }

  async setCategoryParent(tx: GraphTx, id: string, parentId: string | null): Promise<void> {
    await links.set(tx, 'DataCategory', id, 'PART_OF', 'DataCategory', parentId ? [parentId] : []);
  }

  /** True when the graph holds neither categories nor recipients. */
  async isEmpty(tx: GraphTx): Promise<boolean> {
    const [categories] = await tx.run<{ n: number }>(CATEGORY_COUNT);
    const [recipients] = await tx.run<{ n: number }>(RECIPIENT_COUNT);
    return categories.n === 0 && recipients.n === 0;
  }

  /** True when `candidate` lies below `ancestor` in the hierarchy (a parent there would make a cycle). */
  async isDescendant(tx: GraphTx, candidate: string, ancestor: string): Promise<boolean> {
    const [row] = await tx.run<{ n: number }>(IS_DESCENDANT, { candidate, ancestor });
    return (row?.n ?? 0) > 0;
  }
}
