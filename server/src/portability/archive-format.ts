import { createHmac } from 'node:crypto';
import {
  NODES,
  NODE_LABELS,
  RELATIONSHIPS,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type PropertyDeclaration,
  type RelationshipDeclaration,
  type RelationshipType,
} from '@disclosure-map/graph-schema';

/**
 * The archive of `npm run export` (PRODUCT.md §9): gzip'd NDJSON.
 *
 *   line 1      header   {"archive":"disclosure-map","formatVersion":1,"engine":…,"schemaVersion":…,"createdAt":…,"keyFingerprint":…}
 *   lines 2…n-1 content  {"n":"<Label>","p":{…}} for every node, then {"r":"<TYPE>","from":[L,id],"to":[L,id],"p":{…}}
 *   line n      manifest {"manifest":true,"counts":{…},"contentLines":…,"contentSha256":…,"headerSha256":…}
 *
 * The manifest comes last so that an export is ONE pass over the graph, streamed as it is read (also over HTTP); the
 * restore reads the file twice instead: a first pass checks the header, the checksums and the counts, and only then a
 * second pass writes. The content lines of a graph are the same whichever engine holds it (no engine, no time in
 * them): embedded → archive → Neo4j → archive gives byte-identical content lines and the same contentSha256.
 */
export const ARCHIVE_NAME = 'disclosure-map';
export const FORMAT_VERSION = 1;

/** Labels never exported: the restore's own in-progress marker. */
export const UNEXPORTED_LABELS: ReadonlySet<NodeLabel> = new Set<NodeLabel>(['RestoreInProgress']);
export const EXPORTED_LABELS: readonly NodeLabel[] = NODE_LABELS.filter((l) => !UNEXPORTED_LABELS.has(l));

export type PropertyValue = string | number | boolean | string[];
export type Properties = Record<string, PropertyValue>;

export interface ArchiveHeader {
  archive: typeof ARCHIVE_NAME;
  formatVersion: number;
  engine: string;
  schemaVersion: number;
  createdAt: string;
  /** HMAC of a fixed text under the identifier key (PERSON_ID_SECRET): equal fingerprints, equal keys. Null: no key. */
  keyFingerprint: string | null;
}

export interface ArchiveManifest {
  manifest: true;
  /** Lines per node label and relationship type. */
  counts: Record<string, number>;
  contentLines: number;
  /** SHA-256 (hex) of the content lines, each with its "\n". */
  contentSha256: string;
  /** SHA-256 (hex) of the header line with its "\n". */
  headerSha256: string;
}

export interface NodeLine {
  n: NodeLabel;
  p: Properties;
}
export interface RelationshipLine {
  r: RelationshipType;
  from: [NodeLabel, string];
  to: [NodeLabel, string];
  p: Properties;
}
export type ContentLine = NodeLine | RelationshipLine;

const FINGERPRINT_TEXT = 'disclosure-map/identifier-key-fingerprint/v1';

/** Never the key itself: an HMAC of a fixed text, which tells two keys apart and reveals nothing of either. */
export function keyFingerprint(secret: string | null): string | null {
  return secret === null ? null : createHmac('sha256', secret).update(FINGERPRINT_TEXT).digest('hex');
}

export const nodeProperties = (label: NodeLabel): [string, PropertyDeclaration][] =>
  Object.entries<PropertyDeclaration>(NODES[label].properties);

export function relationshipProperties(type: RelationshipType): [string, PropertyDeclaration][] {
  const declaration: RelationshipDeclaration = RELATIONSHIPS[type];
  return Object.entries(declaration.properties ?? {});
}

/** Every (from, to) label pair of a relationship type, in declaration order: the archive's order within the type. */
export function relationshipPairs(type: RelationshipType): [NodeLabel, NodeLabel][] {
  const rel = RELATIONSHIPS[type];
  return rel.from.flatMap((from) => rel.to.map((to): [NodeLabel, NodeLabel] => [from, to]));
}

export const EXPORTED_TYPES: readonly RelationshipType[] = RELATIONSHIP_TYPES;

/**
 * A stored value in its canonical form: declared properties only, in declaration order, nulls left out (both engines
 * read a missing property as null), whole numbers for ints, lists as lists.
 */
export function canonicalProperties(declared: [string, PropertyDeclaration][], values: readonly unknown[]): Properties {
  const out: Properties = {};
  declared.forEach(([name, declaration], i) => {
    const value = values[i] ?? null;
    if (value !== null) out[name] = canonicalValue(declaration, value);
  });
  return out;
}

/**
 * The text of `JSON.stringify(canonicalProperties(declared, values))`, written directly without the object in between
 * (the export writes millions of lines): byte for byte the same, since property names are identifiers, never
 * integer-like, so an object keeps them in declaration order too. `keys` are the declared names as `"name":`.
 */
function canonicalPropertiesJson(declared: [string, PropertyDeclaration][], keys: readonly string[], values: readonly unknown[]): string {
  let out = '{';
  for (let i = 0; i < declared.length; i++) {
    const value = values[i] ?? null;
    if (value === null) continue;
    if (out.length > 1) out += ',';
    out += keys[i] + JSON.stringify(canonicalValue(declared[i][1], value));
  }
  return out + '}';
}

const jsonKeys = (declared: [string, PropertyDeclaration][]) => declared.map(([name]) => JSON.stringify(name) + ':');

/** Writes the content lines of one label: `JSON.stringify(nodeLine) + '\n'` of its NodeLine, byte for byte. */
export function nodeLineWriter(label: NodeLabel, declared: [string, PropertyDeclaration][]): (values: readonly unknown[]) => string {
  const keys = jsonKeys(declared);
  const head = `{"n":${JSON.stringify(label)},"p":`;
  return (values) => head + canonicalPropertiesJson(declared, keys, values) + '}\n';
}

/** Writes the content lines of one relationship pair: `JSON.stringify(relationshipLine) + '\n'`, byte for byte. */
export function relationshipLineWriter(
  type: RelationshipType,
  pair: readonly [NodeLabel, NodeLabel],
  declared: [string, PropertyDeclaration][],
): (from: string, to: string, values: readonly unknown[]) => string {
  const keys = jsonKeys(declared);
  const head = `{"r":${JSON.stringify(type)},"from":[${JSON.stringify(pair[0])},`;
  const middle = `],"to":[${JSON.stringify(pair[1])},`;
  return (from, to, values) =>
    head + JSON.stringify(from) + middle + JSON.stringify(to) + '],"p":' + canonicalPropertiesJson(declared, keys, values) + '}\n';
}

/** A present stored value (strings, numbers, booleans or lists of them) as its declared type writes it. */
function canonicalValue(declaration: PropertyDeclaration, value: unknown): PropertyValue {
  switch (declaration.type) {
    case 'string':
    case 'date':
    case 'datetime':
      return String(value);
    case 'boolean':
      return Boolean(value);
    case 'int':
      return Number(value);
    case 'string[]':
      return Array.isArray(value) ? value.map(String) : [String(value)];
    default: {
      const unknown: never = declaration.type;
      throw new Error(`unknown property type ${String(unknown)}`);
    }
  }
}

/** Code-unit order, the same in every process: the order of relationships within one source node. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const countKey = (line: ContentLine): string => ('n' in line ? line.n : line.r);

/** Every kind an archive of this schema may hold, in archive order. */
export const ARCHIVE_KINDS: readonly string[] = [...EXPORTED_LABELS, ...EXPORTED_TYPES];
