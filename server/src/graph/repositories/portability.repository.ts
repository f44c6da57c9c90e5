import { Injectable } from '@nestjs/common';
import type { NodeLabel, PropertyDeclaration, RelationshipType } from '@disclosure-map/graph-schema';
import { embeddedCreateNodes, embeddedCreateRelationships } from '../embedded/embedded-archive-writer';
import type { GraphTx } from '../graph-store';
import { firstNodeRange, inNodeRange, type NodeRange, nodeRangePage } from './node-ranges';
import { neo4jCreateNodes, neo4jCreateRelationships } from '../neo4j/neo4j-archive-writer';

/**
 * The Cypher of export and restore. It is generated from the declarations of graph-schema (every label, type and
 * property), never from a list written here: a label or type declared later is exported and restored with the rest.
 * Labels, types and property names come from the schema only (they cannot be parameters in Cypher); values are
 * always parameters. Columns are positional (c0, c1…) so no property name collides with a reserved word.
 */
const columns = (variable: string, declared: [string, PropertyDeclaration][]) =>
  declared.map(([name], i) => `${variable}.${name} AS ${columnKey(i)}`).join(', ');
/** The positional column names c0, c1…, made once (the export reads them from tens of millions of rows). */
const COLUMN_KEYS = Array.from({ length: 64 }, (_, i) => `c${i}`);
const columnKey = (i: number) => COLUMN_KEYS[i] ?? `c${i}`;
/** A row's declared values, in declaration order. */
const valuesOf = (row: Record<string, unknown>, declared: readonly unknown[]): unknown[] => {
  const values = new Array<unknown>(declared.length);
  for (let i = 0; i < declared.length; i++) values[i] = row[columnKey(i)];
  return values;
};

/** One page of a label's nodes after a key, in id order (keyset paging: the cost of a page does not grow with its rank). */
const NODE_PAGE = (label: NodeLabel, declared: [string, PropertyDeclaration][]) =>
  `MATCH (n:${label}) WHERE n.id > $after RETURN n.id AS k, ${columns('n', declared)} ORDER BY k LIMIT $limit`;
/** Relationships of one (from, to) pair whose source comes after a key, in source-id order. */
const RELATIONSHIP_PAGE = (type: RelationshipType, from: NodeLabel, to: NodeLabel, declared: [string, PropertyDeclaration][]) =>
  `MATCH (a:${from})-[r:${type}]->(b:${to}) WHERE a.id > $after ` +
  `RETURN a.id AS f, b.id AS t${declared.length ? ', ' + columns('r', declared) : ''} ORDER BY f LIMIT $limit`;
/** All relationships of one pair from one source node (when they alone fill a page). */
const RELATIONSHIPS_OF = (type: RelationshipType, from: NodeLabel, to: NodeLabel, declared: [string, PropertyDeclaration][]) =>
  `MATCH (a:${from} {id: $id})-[r:${type}]->(b:${to}) RETURN a.id AS f, b.id AS t${declared.length ? ', ' + columns('r', declared) : ''}`;
/**
 * The embedded engine's export (see node-ranges.ts): keyset pages scan and sort a whole label (or a whole
 * relationship table, properties included) for every page. Instead, each label's node numbers are sorted by id once,
 * and nodes and relationships are read by ranges of node numbers (one scan in all); the export puts them in id order.
 */
const OFFSETS_BY_ID = (label: NodeLabel) => `MATCH (n:${label}) RETURN offset(id(n)) AS o ORDER BY n.id`;
const NODE_RANGE = (label: NodeLabel, declared: [string, PropertyDeclaration][]) =>
  `MATCH (n:${label}) WHERE ${inNodeRange('n')} RETURN offset(id(n)) AS o, ${columns('n', declared)}`;
/**
 * `sourceFirst`: the sources of the range are matched first, then their relationships. Left to itself the engine's
 * planner scans the smaller label first; when the targets are a few hubs (200 segments of 2.5 million memberships) it
 * then walks every relationship of the hubs for each page and filters the sources (measured at a million people:
 * 347 ms a page of 50,000 memberships against 135 ms source first). With many targets its own plan is the faster.
 */
const RELATIONSHIP_RANGE = (
  type: RelationshipType,
  from: NodeLabel,
  to: NodeLabel,
  declared: [string, PropertyDeclaration][],
  sourceFirst: boolean,
) =>
  (sourceFirst
    ? `MATCH (a:${from}) WHERE ${inNodeRange('a')} WITH a MATCH (a)-[r:${type}]->(b:${to}) `
    : `MATCH (a:${from})-[r:${type}]->(b:${to}) WHERE ${inNodeRange('a')} `) +
  `RETURN offset(id(a)) AS o, a.id AS f, b.id AS t${declared.length ? ', ' + columns('r', declared) : ''}`;
const COUNT_RELATIONSHIPS = (type: RelationshipType, from: NodeLabel, to: NodeLabel) =>
  `MATCH (:${from})-[r:${type}]->(:${to}) RETURN count(r) AS count`;
const COUNT_NODES = (label: NodeLabel) => `MATCH (n:${label}) RETURN count(n) AS count`;
const NODE_IDS = (label: NodeLabel) => `MATCH (n:${label}) RETURN n.id AS id LIMIT $limit`;
const DELETE_NODES = (label: NodeLabel) => `UNWIND $ids AS id MATCH (n:${label} {id: id}) DETACH DELETE n`;

export const RESTORE_MARKER_ID = 'restore';
const READ_MARKER = `MATCH (m:RestoreInProgress {id: '${RESTORE_MARKER_ID}'}) RETURN m.archiveSha256 AS archiveSha256`;
const WRITE_MARKER = `MERGE (m:RestoreInProgress {id: '${RESTORE_MARKER_ID}'}) SET m.archiveSha256 = $sha, m.startedAt = $at`;
const DELETE_MARKER = `MATCH (m:RestoreInProgress {id: '${RESTORE_MARKER_ID}'}) DELETE m`;

export interface RelationshipRow {
  from: string;
  to: string;
  values: unknown[];
}

/** A row read by node range: the node number of the node (or of the relationship's source) and its values. */
export type Ranked<T> = T & { offset: number };

@Injectable()
export class PortabilityRepository {
  /** Up to `limit` nodes of a label with an id above `after` ('' for the first page), as positional values. */
  async nodePage(
    tx: GraphTx,
    label: NodeLabel,
    declared: [string, PropertyDeclaration][],
    after: string,
    limit: number,
  ): Promise<unknown[][]> {
    const rows = await tx.run<Record<string, unknown>>(NODE_PAGE(label, declared), { after, limit });
    return rows.map((row) => valuesOf(row, declared));
  }

  /**
   * Relationships of one pair whose source id is above `after`, whole sources only: the last source of a full page
   * may be cut off, so it is left for the next page (and read alone when it fills a page by itself). Returns the rows
   * and the last source id they cover (null when there is nothing more).
   */
  async relationshipPage(
    tx: GraphTx,
    type: RelationshipType,
    pair: [NodeLabel, NodeLabel],
    declared: [string, PropertyDeclaration][],
    after: string,
    limit: number,
  ): Promise<{ rows: RelationshipRow[]; last: string | null }> {
    const [from, to] = pair;
    const raw = await tx.run<Record<string, unknown>>(RELATIONSHIP_PAGE(type, from, to, declared), { after, limit });
    const rows = raw.map((row) => toRelationshipRow(row, declared));
    if (rows.length === 0) return { rows, last: null };
    if (rows.length < limit) return { rows, last: rows[rows.length - 1].from };
    const lastSource = rows[rows.length - 1].from;
    const whole = rows.filter((r) => r.from !== lastSource);
    if (whole.length > 0) return { rows: whole, last: whole[whole.length - 1].from };
    const all = await tx.run<Record<string, unknown>>(RELATIONSHIPS_OF(type, from, to, declared), { id: lastSource });
    return { rows: all.map((row) => toRelationshipRow(row, declared)), last: lastSource };
  }

  /** Embedded engine: the node numbers of a label in id order (one sort), and the range that covers them all. */
  async offsetsById(tx: GraphTx, label: NodeLabel): Promise<{ offsets: Int32Array; range: NodeRange }> {
    const rows = await tx.run<{ o: number }>(OFFSETS_BY_ID(label));
    return { offsets: Int32Array.from(rows, (r) => Number(r.o)), range: await firstNodeRange(tx, label) };
  }

  /** Embedded engine: up to `limit` node numbers of a label from the range, as positional values; and the rest. */
  async nodeRange(
    tx: GraphTx,
    label: NodeLabel,
    declared: [string, PropertyDeclaration][],
    range: NodeRange,
    limit: number,
  ): Promise<{ rows: Ranked<{ values: unknown[] }>[]; next: NodeRange | null }> {
    const { params, next } = nodeRangePage(range, limit);
    const rows = await tx.run<Record<string, unknown>>(NODE_RANGE(label, declared), params);
    return { rows: rows.map((row) => ({ offset: Number(row.o), values: valuesOf(row, declared) })), next };
  }

  /** Embedded engine: the relationships of one pair whose sources are in the range of `limit` node numbers. */
  async relationshipRange(
    tx: GraphTx,
    type: RelationshipType,
    pair: [NodeLabel, NodeLabel],
    declared: [string, PropertyDeclaration][],
    range: NodeRange,
    limit: number,
    sourceFirst: boolean,
  ): Promise<{ rows: Ranked<RelationshipRow>[]; next: NodeRange | null }> {
    const { params, next } = nodeRangePage(range, limit);
    const rows = await tx.run<Record<string, unknown>>(RELATIONSHIP_RANGE(type, pair[0], pair[1], declared, sourceFirst), params);
    return {
      rows: rows.map((row) => ({
        offset: Number(row.o),
        from: String(row.f),
        to: String(row.t),
        values: valuesOf(row, declared),
      })),
      next,
    };
  }

  async countRelationships(tx: GraphTx, type: RelationshipType, pair: [NodeLabel, NodeLabel]): Promise<number> {
    const [row] = await tx.run<{ count: number }>(COUNT_RELATIONSHIPS(type, pair[0], pair[1]));
    return Number(row?.count ?? 0);
  }

  async countNodes(tx: GraphTx, label: NodeLabel): Promise<number> {
    const [row] = await tx.run<{ count: number }>(COUNT_NODES(label));
    return Number(row?.count ?? 0);
  }

  /** Deletes up to `limit` nodes of a label with their relationships; returns how many it deleted. */
  async deleteSome(tx: GraphTx, label: NodeLabel, limit: number): Promise<number> {
    const ids = (await tx.run<{ id: string }>(NODE_IDS(label), { limit })).map((r) => r.id);
    if (ids.length) await tx.run(DELETE_NODES(label), { ids });
    return ids.length;
  }

  async restoreMarker(tx: GraphTx): Promise<string | null> {
    const [row] = await tx.run<{ archiveSha256: string | null }>(READ_MARKER);
    return row ? (row.archiveSha256 ?? '') : null;
  }

  async setRestoreMarker(tx: GraphTx, sha: string): Promise<void> {
    await tx.run(WRITE_MARKER, { sha, at: new Date().toISOString() });
  }

  async clearRestoreMarker(tx: GraphTx): Promise<void> {
    await tx.run(DELETE_MARKER);
  }

  /** Creates nodes through the engine's bulk path (rows hold the declared properties; absent ones are null). */
  async createNodes(tx: GraphTx, engine: 'embedded' | 'neo4j', label: NodeLabel, rows: Record<string, unknown>[]): Promise<void> {
    if (engine === 'embedded') await embeddedCreateNodes(tx, label, rows);
    else await neo4jCreateNodes(tx, label, rows);
  }

  async createRelationships(
    tx: GraphTx,
    engine: 'embedded' | 'neo4j',
    type: RelationshipType,
    pair: [NodeLabel, NodeLabel],
    rows: { from: string; to: string; p: Record<string, unknown> }[],
  ): Promise<void> {
    if (engine === 'embedded') await embeddedCreateRelationships(tx, type, pair, rows);
    else await neo4jCreateRelationships(tx, type, pair, rows);
  }
}

function toRelationshipRow(row: Record<string, unknown>, declared: [string, PropertyDeclaration][]): RelationshipRow {
  return { from: String(row.f), to: String(row.t), values: valuesOf(row, declared) };
}
