import type { NodeLabel } from '@disclosure-map/graph-schema';
import type { GraphTx } from '../graph-store';

/**
 * Walking every node of a label a page at a time on the embedded engine, without sorting. The engine has no ordered
 * index, so keyset paging (`WHERE n.id > $after ORDER BY n.id LIMIT $n`) scans and sorts the whole label for every
 * page (about 10 minutes for a million people). Its nodes are numbered densely per table instead (`offset(id(n))`):
 * a page is a range of those numbers, read in one scan, and a page's facts follow the relationships from that range.
 * The order is storage order, so walks that must come out in id order (an API page "by person id") cannot use it.
 *
 * The range goes into Cypher as `$rangeFrom` / `$rangeTo` (see `inNodeRange`).
 */
export interface NodeRange {
  /** The first node number of the page. */
  from: number;
  /** One past the last node number of the whole walk (fixed when the walk starts). */
  end: number;
}

const LAST_OFFSET = (label: NodeLabel) => `MATCH (n:${label}) RETURN max(offset(id(n))) AS last`;

/** The condition that keeps the nodes of `variable` inside the page's range. */
export const inNodeRange = (variable: string) => `offset(id(${variable})) >= $rangeFrom AND offset(id(${variable})) < $rangeTo`;

/** The whole walk over a label, from node number 0 to one past the last (empty when the label has no node). */
export async function firstNodeRange(tx: GraphTx, label: NodeLabel): Promise<NodeRange> {
  const [row] = await tx.run<{ last: number | null }>(LAST_OFFSET(label));
  const last = row?.last;
  return { from: 0, end: last === null || last === undefined ? 0 : Number(last) + 1 };
}

/** The parameters of the page of `limit` node numbers starting at the range, and where the walk goes on (null: done). */
export function nodeRangePage(range: NodeRange, limit: number): { params: { rangeFrom: number; rangeTo: number }; next: NodeRange | null } {
  const rangeTo = Math.min(range.from + limit, range.end);
  return { params: { rangeFrom: range.from, rangeTo }, next: rangeTo < range.end ? { from: rangeTo, end: range.end } : null };
}
