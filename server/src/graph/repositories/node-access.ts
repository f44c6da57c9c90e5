import type { NodeLabel, NodeRecord, RelationshipType } from '@disclosure-map/graph-schema';
import {
  createNodeCypher,
  existingIdsCypher,
  getNodesCypher,
  linkCypher,
  linksCypher,
  listNodesCypher,
  propertyNames,
  unlinkCypher,
  upsertNodeCypher,
} from '../cypher';
import type { CypherParams, CypherValue, GraphTx } from '../graph-store';

/** Every declared property as a parameter, missing ones as null (the embedded engine wants them all). */
function params(label: NodeLabel, record: Record<string, unknown>): CypherParams {
  const out: CypherParams = {};
  for (const p of propertyNames(label)) out[p] = (record[p] ?? null) as CypherValue;
  return out;
}

/** Building blocks shared by the repositories: node reads and writes and relationship lists. */
export const nodes = {
  async upsert<L extends NodeLabel>(tx: GraphTx, label: L, record: NodeRecord<L>): Promise<void> {
    await tx.run(upsertNodeCypher(label), params(label, record));
  },
  async create<L extends NodeLabel>(tx: GraphTx, label: L, record: NodeRecord<L>): Promise<void> {
    await tx.run(createNodeCypher(label), params(label, record));
  },
  list<L extends NodeLabel>(tx: GraphTx, label: L): Promise<NodeRecord<L>[]> {
    return tx.run<NodeRecord<L>>(listNodesCypher(label));
  },
  async get<L extends NodeLabel>(tx: GraphTx, label: L, id: string): Promise<NodeRecord<L> | null> {
    const [row] = await tx.run<NodeRecord<L>>(getNodesCypher(label), { ids: [id] });
    return row ?? null;
  },
  getMany<L extends NodeLabel>(tx: GraphTx, label: L, ids: string[]): Promise<NodeRecord<L>[]> {
    return ids.length ? tx.run<NodeRecord<L>>(getNodesCypher(label), { ids }) : Promise.resolve([]);
  },
  /** The ids among `ids` that have no node of the label. */
  async missing(tx: GraphTx, label: NodeLabel, ids: readonly string[]): Promise<string[]> {
    if (!ids.length) return [];
    const found = new Set((await tx.run<{ id: string }>(existingIdsCypher(label), { ids: [...ids] })).map((r) => r.id));
    return ids.filter((id) => !found.has(id));
  },
};

export const links = {
  async set(tx: GraphTx, from: NodeLabel, id: string, rel: RelationshipType, to: NodeLabel, targetIds: readonly string[]): Promise<void> {
    await tx.run(unlinkCypher(from, rel, to), { id });
    if (targetIds.length) await tx.run(linkCypher(from, rel, to), { id, targetIds: [...targetIds] });
  },
  async add(tx: GraphTx, from: NodeLabel, id: string, rel: RelationshipType, to: NodeLabel, targetIds: readonly string[]): Promise<void> {
    if (targetIds.length) await tx.run(linkCypher(from, rel, to), { id, targetIds: [...targetIds] });
  },
  /** Target ids per source id, sorted, for the given sources. */
  async of(tx: GraphTx, from: NodeLabel, rel: RelationshipType, to: NodeLabel, ids: readonly string[]): Promise<Map<string, string[]>> {
    if (!ids.length) return new Map();
    return targetsBySource(await tx.run<LinkPair>(linksCypher(from, rel, to), { ids: [...ids] }), ids);
  },
};

/** A row of a query returning `fromId, toId` pairs. */
export type LinkPair = { fromId: string; toId: string };

/**
 * Target ids per source id, each list sorted: every source of `sources` has an entry (empty when no pair names it);
 * without `sources`, the sources are those the pairs name.
 */
export function targetsBySource(pairs: readonly LinkPair[], sources?: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>((sources ?? []).map((id) => [id, []]));
  for (const { fromId, toId } of pairs) {
    const list = out.get(fromId);
    if (list) list.push(toId);
    else if (!sources) out.set(fromId, [toId]);
  }
  for (const list of out.values()) list.sort();
  return out;
}
