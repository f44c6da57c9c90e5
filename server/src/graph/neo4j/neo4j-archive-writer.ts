import type { NodeLabel, RelationshipType } from '@disclosure-map/graph-schema';
import type { CypherValue, GraphTx } from '../graph-store';

/** Rows per UNWIND statement (as in the bulk import). */
const CHUNK = 10_000;

/** `SET n = row` writes every non-null entry of the map: the declared properties the archive line carries. */
const CREATE_NODES = (label: NodeLabel) => `UNWIND $rows AS row CREATE (n:${label}) SET n = row`;
const CREATE_RELATIONSHIPS = (type: RelationshipType, from: NodeLabel, to: NodeLabel) =>
  `UNWIND $rows AS row MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.p`;

async function inChunks(tx: GraphTx, cypher: string, rows: readonly unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.run(cypher, { rows: rows.slice(i, i + CHUNK) as CypherValue[] });
  }
}

/** Neo4j's bulk path for a restore: batched UNWIND writes inside the caller's unit of work. */
export async function neo4jCreateNodes(tx: GraphTx, label: NodeLabel, rows: Record<string, unknown>[]): Promise<void> {
  await inChunks(tx, CREATE_NODES(label), rows);
}

export async function neo4jCreateRelationships(
  tx: GraphTx,
  type: RelationshipType,
  [from, to]: [NodeLabel, NodeLabel],
  rows: { from: string; to: string; p: Record<string, unknown> }[],
): Promise<void> {
  await inChunks(tx, CREATE_RELATIONSHIPS(type, from, to), rows);
}
