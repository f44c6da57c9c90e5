/**
 * Cypher derived from the graph-schema declarations, in the subset both
 * engines run. Labels and relationship types come only from the declarations
 * (never from user input); every value travels as a parameter.
 */
import { NODES, type NodeLabel, type RelationshipType } from '@disclosure-map/graph-schema';

export function propertyNames(label: NodeLabel): string[] {
  return Object.keys(NODES[label].properties);
}

/** MERGE on id, then SET every declared property from the parameter of the same name. */
export function upsertNodeCypher(label: NodeLabel): string {
  const sets = propertyNames(label)
    .filter((p) => p !== 'id')
    .map((p) => `n.${p} = $${p}`);
  return `MERGE (n:${label} {id: $id}) SET ${sets.join(', ')}`;
}

/** CREATE with every declared property (a duplicate id is a conflict). */
export function createNodeCypher(label: NodeLabel): string {
  const props = propertyNames(label).map((p) => `${p}: $${p}`);
  return `CREATE (n:${label} {${props.join(', ')}})`;
}

/** Every declared property as a column named after it. */
export function returnNode(label: NodeLabel, variable = 'n'): string {
  return propertyNames(label)
    .map((p) => `${variable}.${p} AS ${p}`)
    .join(', ');
}

export function listNodesCypher(label: NodeLabel): string {
  return `MATCH (n:${label}) RETURN ${returnNode(label)} ORDER BY n.id`;
}

export function getNodesCypher(label: NodeLabel): string {
  return `MATCH (n:${label}) WHERE n.id IN $ids RETURN ${returnNode(label)}`;
}

export function existingIdsCypher(label: NodeLabel): string {
  return `MATCH (n:${label}) WHERE n.id IN $ids RETURN n.id AS id`;
}

export function linkCypher(from: NodeLabel, rel: RelationshipType, to: NodeLabel): string {
  return `MATCH (a:${from} {id: $id}) UNWIND $targetIds AS targetId MATCH (b:${to} {id: targetId}) CREATE (a)-[:${rel}]->(b)`;
}

export function unlinkCypher(from: NodeLabel, rel: RelationshipType, to: NodeLabel): string {
  return `MATCH (a:${from} {id: $id})-[r:${rel}]->(:${to}) DELETE r`;
}

/** The (from, to) id pairs of a relationship for a set of source nodes. */
export function linksCypher(from: NodeLabel, rel: RelationshipType, to: NodeLabel): string {
  return `MATCH (a:${from})-[:${rel}]->(b:${to}) WHERE a.id IN $ids RETURN a.id AS fromId, b.id AS toId`;
}
