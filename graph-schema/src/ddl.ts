import type { NodeLabel, PropertyType, RelationshipType } from './schema';
import { NODES, NODE_LABELS, RELATIONSHIPS, RELATIONSHIP_TYPES } from './schema';

/** Column type of each property type in the embedded engine (dates are ISO strings; see schema.ts). */
export const EMBEDDED_COLUMN_TYPES: Record<PropertyType, string> = {
  string: 'STRING',
  boolean: 'BOOLEAN',
  int: 'INT64',
  date: 'STRING',
  datetime: 'STRING',
  'string[]': 'STRING[]',
};

function columns(properties: Readonly<Record<string, { readonly type: PropertyType }>>): string[] {
  return Object.entries(properties).map(([name, p]) => `${name} ${EMBEDDED_COLUMN_TYPES[p.type]}`);
}

export function embeddedNodeTable(label: NodeLabel): string {
  const cols = columns(NODES[label].properties).map((c) => (c.startsWith('id ') ? `${c} PRIMARY KEY` : c));
  return `CREATE NODE TABLE IF NOT EXISTS ${label}(${cols.join(', ')})`;
}

export function embeddedRelTable(type: RelationshipType): string {
  const rel = RELATIONSHIPS[type];
  const pairs = rel.from.flatMap((from) => rel.to.map((to) => `FROM ${from} TO ${to}`));
  const props: Readonly<Record<string, { readonly type: PropertyType }>> = 'properties' in rel ? rel.properties : {};
  return `CREATE REL TABLE IF NOT EXISTS ${type}(${[...pairs, ...columns(props)].join(', ')})`;
}

/** The embedded engine's DDL: node tables first, then relationship tables (which reference them). */
export function embeddedDdl(): string[] {
  return [...NODE_LABELS.map(embeddedNodeTable), ...RELATIONSHIP_TYPES.map(embeddedRelTable)];
}

/** The columns each embedded node or relationship table must have, to add those a newer schema declares. */
export function embeddedColumns(table: NodeLabel | RelationshipType): { name: string; type: string }[] {
  const declaration = table in NODES ? NODES[table as NodeLabel] : RELATIONSHIPS[table as RelationshipType];
  const properties: Readonly<Record<string, { readonly type: PropertyType }>> = 'properties' in declaration ? declaration.properties : {};
  return Object.entries(properties).map(([name, p]) => ({ name, type: EMBEDDED_COLUMN_TYPES[p.type] }));
}

/** Neo4j: a uniqueness constraint on every id (it is an index too), and a range index where declared. */
export function neo4jDdl(): string[] {
  const statements: string[] = [];
  for (const label of NODE_LABELS) {
    statements.push(`CREATE CONSTRAINT ${label}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
    for (const [name, p] of Object.entries(NODES[label].properties) as [string, { indexed?: boolean }][]) {
      if (p.indexed) statements.push(`CREATE INDEX ${label}_${name} IF NOT EXISTS FOR (n:${label}) ON (n.${name})`);
    }
  }
  return statements;
}
