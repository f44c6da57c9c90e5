import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NodeLabel, PropertyDeclaration, RelationshipDeclaration, RelationshipType } from '@disclosure-map/graph-schema';
import { NODES, RELATIONSHIPS } from '@disclosure-map/graph-schema';
import type { CypherValue, GraphTx } from '../graph-store';
import { type Cell, writeCsv } from './embedded-bulk-writer';

/**
 * The embedded engine's bulk path for a restore: CSV files loaded with COPY FROM inside the caller's unit of work.
 * CSV cannot tell an empty string from a missing value, and list columns need the engine's own list syntax, so a
 * batch holding an empty string or any list value is written with UNWIND … CREATE instead (nodes only need no
 * MATCH, which is what makes relationship writes slow on this engine).
 */
const COPY_NODE = (table: string, file: string) => `COPY ${table} FROM '${file}' (HEADER=true)`;
const COPY_REL = (table: string, file: string, from: string, to: string) =>
  `COPY ${table} FROM '${file}' (from='${from}', to='${to}', HEADER=true)`;

const declaredOf = (properties: Readonly<Record<string, PropertyDeclaration>>) => Object.keys(properties);
const propertyMap = (names: string[], prefix: string) => `{${names.map((n) => `${n}: ${prefix}.${n}`).join(', ')}}`;
const CREATE_NODES = (label: NodeLabel, names: string[]) => `UNWIND $rows AS row CREATE (:${label} ${propertyMap(names, 'row')})`;
const CREATE_RELATIONSHIPS = (type: RelationshipType, from: NodeLabel, to: NodeLabel, names: string[]) =>
  `UNWIND $rows AS row MATCH (a:${from} {id: row.from}), (b:${to} {id: row.to}) ` +
  `CREATE (a)-[:${type}${names.length ? ' ' + propertyMap(names, 'row.p') : ''}]->(b)`;

const CHUNK = 10_000;

/** True when CSV can carry the value unchanged. */
function csvSafe(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    (typeof value === 'string' && value !== '')
  );
}

const cell = (value: unknown): Cell => (value === undefined || value === null ? null : (value as Cell));

async function withCsv(work: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dm-restore-'));
  try {
    await work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function unwind(tx: GraphTx, cypher: string, rows: readonly unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await tx.run(cypher, { rows: rows.slice(i, i + CHUNK) as CypherValue[] });
}

export async function embeddedCreateNodes(tx: GraphTx, label: NodeLabel, rows: Record<string, unknown>[]): Promise<void> {
  const names = declaredOf(NODES[label].properties);
  const full = rows.map((row) => Object.fromEntries(names.map((n) => [n, row[n] ?? null])));
  if (!full.every((row) => names.every((n) => csvSafe(row[n])))) {
    await unwind(tx, CREATE_NODES(label, names), full);
    return;
  }
  await withCsv(async (dir) => {
    const file = join(dir, `${label}.csv`);
    if (
      (await writeCsv(
        file,
        names,
        full.map((row) => names.map((n) => cell(row[n]))),
      )) > 0
    )
      await tx.run(COPY_NODE(label, file));
  });
}

export async function embeddedCreateRelationships(
  tx: GraphTx,
  type: RelationshipType,
  [from, to]: [NodeLabel, NodeLabel],
  rows: { from: string; to: string; p: Record<string, unknown> }[],
): Promise<void> {
  const declaration: RelationshipDeclaration = RELATIONSHIPS[type];
  const names = declaredOf(declaration.properties ?? {});
  if (!rows.every((row) => names.every((n) => csvSafe(row.p[n])))) {
    const full = rows.map((row) => ({ from: row.from, to: row.to, p: Object.fromEntries(names.map((n) => [n, row.p[n] ?? null])) }));
    await unwind(tx, CREATE_RELATIONSHIPS(type, from, to, names), full);
    return;
  }
  const severalPairs = declaration.from.length * declaration.to.length > 1;
  await withCsv(async (dir) => {
    const file = join(dir, `${type}.csv`);
    const count = await writeCsv(
      file,
      ['from', 'to', ...names],
      rows.map((row) => [row.from, row.to, ...names.map((n) => cell(row.p[n]))]),
    );
    if (count > 0) await tx.run(severalPairs ? COPY_REL(type, file, from, to) : COPY_NODE(type, file));
  });
}
