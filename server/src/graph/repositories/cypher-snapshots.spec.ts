// Why so long: the recorder, the argument fixtures of every repository parameter type and the snapshot check belong together.
/**
 * Cypher you can review (STYLE.md, as immich commits its generated SQL): every method of every repository class in
 * this folder runs against a recording GraphTx, on each engine, and the Cypher it sends (text and parameter names)
 * is compared with the committed `__cypher__/<file>.cypher`. A changed query, a new method or a removed one fails
 * until the snapshots are regenerated and the diff reviewed:
 *
 *   npm run cypher:snapshots        (UPDATE_CYPHER_SNAPSHOTS=1 npx jest --selectProjects unit <this file>)
 *
 * Classes and methods are found from the source (TypeScript's parser): a method added later is picked up without
 * touching this file. Arguments are made from each parameter's declared type (FIXTURES below); a parameter of a type
 * not listed fails with the name to add. Literal unions (`'Collection' | 'Disclosure'`, a type parameter bound to
 * one) run once per member, `| null` once with a value and once with null, so both branches' Cypher is recorded.
 * Private helpers are exercised through the public methods that call them.
 */
import 'reflect-metadata';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ts from 'typescript';
import { NODES, type NodeLabel, type PropertyType } from '@disclosure-map/graph-schema';
import { GRAPH_STORE, type CypherParams, type GraphEngineName, type GraphStore, type GraphTx } from '../graph-store';

const DIR = __dirname;
const SNAPSHOT_DIR = join(DIR, '__cypher__');
const UPDATE = process.env.UPDATE_CYPHER_SNAPSHOTS === '1';
const HOW = 'regenerate with `npm run cypher:snapshots` (UPDATE_CYPHER_SNAPSHOTS=1) and review the diff';
const ENGINES: readonly GraphEngineName[] = ['embedded', 'neo4j'];

const DATE = '2025-03-01';
const DATE_NAMES = /^(from|to|start|end|since|until|asOf|validTo|validFrom|respondedOn|dueOn|occurredOn|effectiveOn)$/;
const DATETIME_NAMES = /^(at|createdAt)$/;

const sampleRecord = (label: NodeLabel): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  const properties: Readonly<Record<string, { readonly type: PropertyType }>> = NODES[label].properties;
  for (const [name, p] of Object.entries(properties)) {
    const sample: Record<PropertyType, unknown> = {
      string: `${name}-1`,
      date: DATE,
      datetime: `${DATE}T00:00:00.000Z`,
      boolean: true,
      int: 1,
      'string[]': ['a', 'b'],
    };
    out[name] = sample[p.type];
  }
  return out;
};
const links = { categoryIds: ['c-1', 'c-2'], segmentIds: ['s-1'], purposeIds: ['u-1'], systemIds: ['y-1'], policyClauseIds: ['k-1'] };
const person = { id: 'p-1', display: 'p***@example.com', californiaResident: true, relationshipSince: DATE, lastPurchaseOn: DATE };
const membership = { personId: 'p-1', segmentId: 's-1', since: DATE, until: null };
const window = { use: 'ON_OUR_BEHALF', periodStart: '2025-01-01', periodEnd: '2025-12-31' };

/** Argument values by declared parameter type (after `readonly ` is dropped); several values mean one run each. */
const FIXTURES: Record<string, unknown[]> = {
  string: [], // by parameter name: see valuesOf
  number: [10],
  boolean: [true],
  'string[]': [['id-1', 'id-2']],
  'Iterable<string>': [['id-1', 'id-2']],
  NodeLabel: ['Recipient'],
  PersonIdentifierKind: ['email'],
  RecipientClass: ['PROCESSOR'],
  MembershipView: [{ segmentId: 's-1', since: DATE, until: null }],
  CollectionLinks: [{ sourceId: 'src-1', ...links }],
  DisclosureLinks: [{ recipientId: 'r-1', ...links }],
  TransferLinks: [{ recipientId: 'r-1', categoryIds: ['c-1'], purposeIds: ['u-1'] }],
  'BulkPersonRow[]': [[person]],
  'BulkMembershipRow[]': [[membership]],
  BulkCreate: [
    {
      people: [person],
      identifiers: [{ id: 'email:h-1', kind: 'email', personId: 'p-1' }],
      memberships: [membership],
      transfers: [
        { id: 't-1', occurredOn: DATE, use: 'ON_OUR_BEHALF', recipientId: 'r-1', categoryIds: ['c-1'], purposeIds: [], personIds: ['p-1'] },
      ],
      optOuts: [{ id: 'o-1', personId: 'p-1', scope: 'DIRECT_MARKETING', effectiveOn: DATE, channel: null }],
    },
  ],
  AttemptOutcome: [
    { lastStatus: 500, lastError: 'HTTP 500', at: `${DATE}T00:00:00.000Z`, delivered: false, gaveUp: false, nextAttemptAt: null },
  ],
  '[string, PropertyDeclaration][]': [
    [
      ['id', { type: 'string', required: true }],
      ['name', { type: 'string' }],
    ],
  ],
  RelationshipType: ['PART_OF'],
  '[NodeLabel, NodeLabel]': [['DataCategory', 'DataCategory']],
  "'embedded' | 'neo4j'": ['embedded', 'neo4j'],
  'Record<string, unknown>[]': [[{ id: 'c-1', name: 'Name' }]],
  '{ from: string; to: string; p: Record<string, unknown> }[]': [[{ from: 'c-1', to: 'c-2', p: {} }]],
  NodeRange: [{ from: 0, end: 100 }],
  PeopleCursor: [
    { kind: 'range', from: 0, end: 100 },
    { kind: 'key', after: null },
    { kind: 'key', after: 'p-1' },
  ],
  TransferWindow: [window],
  // A recipient's breach reads its ledger lines and opt-outs; a system's (no recipient) does not.
  BreachFactsScope: [
    { from: '2025-01-01', to: '2025-12-31', recipientIds: ['r-1'], segmentIds: ['s-1'] },
    { from: '2025-01-01', to: '2025-12-31', recipientIds: [], segmentIds: ['s-1'] },
  ],
  SubprocessorChangeRecord: [sampleRecord('SubprocessorChange')],
};

interface Method {
  name: string;
  typeParams: Map<string, string>;
  params: { name: string; type: string }[];
}
interface RepositoryClass {
  name: string;
  methods: Method[];
}

/** The exported classes of a repository file and their public methods, read from the source. */
function parse(file: string): { classes: RepositoryClass[]; aliases: Map<string, string> } {
  const source = ts.createSourceFile(file, readFileSync(join(DIR, file), 'utf8'), ts.ScriptTarget.ES2022, true);
  const aliases = new Map<string, string>();
  const classes: RepositoryClass[] = [];
  for (const statement of source.statements) {
    if (ts.isTypeAliasDeclaration(statement)) aliases.set(statement.name.text, statement.type.getText(source));
    if (!ts.isClassDeclaration(statement) || !statement.name) continue;
    if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    const methods: Method[] = [];
    for (const member of statement.members) {
      if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name)) continue;
      const hidden = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword);
      if (hidden) continue;
      methods.push({
        name: member.name.text,
        typeParams: new Map((member.typeParameters ?? []).map((t) => [t.name.text, t.constraint?.getText(source) ?? 'unknown'])),
        params: member.parameters.map((p) => ({ name: p.name.getText(source), type: p.type?.getText(source) ?? 'unknown' })),
      });
    }
    classes.push({ name: statement.name.text, methods });
  }
  return { classes, aliases };
}

const literals = (type: string): string[] | null => {
  const parts = type.split('|').map((p) => p.trim());
  return parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : null;
};

/** Every list of arguments to call `method` with: the product of each parameter's values. */
function argumentLists(repo: string, method: Method, aliases: Map<string, string>, tx: GraphTx): unknown[][] {
  let lists: { args: unknown[]; bound: Map<string, string> }[] = [{ args: [], bound: new Map() }];
  for (const param of method.params) {
    lists = lists.flatMap(({ args, bound }) =>
      valuesOf(repo, method, param, aliases, tx, bound).map(({ value, binding }) => ({
        args: [...args, value],
        bound: binding ? new Map([...bound, binding]) : bound,
      })),
    );
  }
  return lists.map((l) => l.args);
}

type Value = { value: unknown; binding?: [string, string] };

function valuesOf(
  repo: string,
  method: Method,
  param: { name: string; type: string },
  aliases: Map<string, string>,
  tx: GraphTx,
  bound: Map<string, string>,
): Value[] {
  const type = param.type.replace(/^readonly /, '');
  if (type === 'GraphTx') return [{ value: tx }];
  if (type.endsWith(' | null')) {
    return [...valuesOf(repo, method, { ...param, type: type.slice(0, -' | null'.length) }, aliases, tx, bound), { value: null }];
  }
  if (type === 'string') {
    const value = DATE_NAMES.test(param.name) ? DATE : DATETIME_NAMES.test(param.name) ? `${DATE}T00:00:00.000Z` : `${param.name}-1`;
    return [{ value }];
  }
  const record = /^NodeRecord<'(\w+)'>$/.exec(type) ?? /^NodeRecord<(\w+)>$/.exec(type);
  if (record) {
    const label = bound.get(record[1]) ?? record[1];
    if (label in NODES) return [{ value: sampleRecord(label as NodeLabel) }];
  }
  if (method.typeParams.has(type)) {
    const members = literals(aliases.get(method.typeParams.get(type) ?? '') ?? method.typeParams.get(type) ?? '');
    if (members) return members.map((m) => ({ value: m, binding: [type, m] }));
  }
  const members = literals(aliases.get(type) ?? type);
  if (members) return members.map((m) => ({ value: m }));
  const fixture = FIXTURES[type];
  if (fixture?.length) return fixture.map((value) => ({ value }));
  throw new Error(
    `${repo}.${method.name}: no argument fixture for parameter "${param.name}: ${param.type}". ` +
      `Add one to FIXTURES in server/src/graph/repositories/cypher-snapshots.spec.ts.`,
  );
}

/** A row whose every column has a plausible value, so that methods reach the queries that follow a first one. */
const typicalRow = (): Record<string, unknown> =>
  new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? `${key}-1` : undefined) });

/** The embedded bulk path loads CSV files from a fresh temporary folder: its name differs on every run. */
const normalise = (cypher: string): string =>
  cypher
    .trim()
    .split(tmpdir())
    .join('<tmpdir>')
    .replace(/<tmpdir>\/[^/']+\//g, '<tmpdir>/<batch>/');

class Recorder {
  readonly seen: string[] = [];
  rows: 'typical' | 'empty' = 'typical';
  readonly tx: GraphTx = {
    readOnly: false,
    run: <T>(cypher: string, params: CypherParams = {}): Promise<T[]> => {
      const names = Object.keys(params).sort();
      const entry = `${normalise(cypher)};\n-- params: ${names.length ? names.map((n) => `$${n}`).join(', ') : '(none)'}`;
      if (!this.seen.includes(entry)) this.seen.push(entry);
      return Promise.resolve((this.rows === 'typical' ? [typicalRow()] : []) as T[]);
    },
  };

  store(engine: GraphEngineName): GraphStore {
    const work = <T>(fn: (tx: GraphTx) => Promise<T>): Promise<T> => fn(this.tx);
    return {
      engine,
      read: work,
      write: work,
      writeBulk: work,
      flushBulk: () => Promise.resolve(),
      runSchema: () => Promise.resolve(),
      ping: () => Promise.resolve(true),
      close: () => Promise.resolve(),
    };
  }
}

type Constructor = new (...args: unknown[]) => Record<string, (...args: unknown[]) => unknown>;

/** Repositories take only the GraphStore (their dependencies are Cypher, not other services). */
function construct(repo: string, ctor: Constructor, store: GraphStore): Record<string, (...args: unknown[]) => unknown> {
  const injected = (Reflect.getMetadata('self:paramtypes', ctor) ?? []) as { index: number; param: unknown }[];
  const types = (Reflect.getMetadata('design:paramtypes', ctor) ?? []) as unknown[];
  const args = Array.from({ length: ctor.length }, (_, index) => {
    if (injected.some((i) => i.index === index && i.param === GRAPH_STORE)) return store;
    // A repository built on another repository (its Cypher is recorded in that one's snapshot too).
    const type = types[index];
    if (typeof type === 'function' && type.name.endsWith('Repository')) return construct(type.name, type as Constructor, store);
    throw new Error(`${repo}: constructor parameter ${index} is not the GRAPH_STORE; teach cypher-snapshots.spec.ts to build it.`);
  });
  return new ctor(...args);
}

async function record(file: string): Promise<string> {
  const { classes, aliases } = parse(file);
  const loaded = (await import(join(DIR, file))) as Record<string, unknown>;
  const blocks: string[] = [];
  for (const cls of classes) {
    for (const method of cls.methods) {
      const perEngine = new Map<GraphEngineName, string[]>();
      for (const engine of ENGINES) {
        const recorder = new Recorder();
        const repository = construct(cls.name, loaded[cls.name] as Constructor, recorder.store(engine));
        for (const args of argumentLists(cls.name, method, aliases, recorder.tx)) {
          recorder.rows = 'typical';
          await repository[method.name](...args);
          // No rows at all is a shape some queries never return (a count): what such a method sent before failing is kept.
          recorder.rows = 'empty';
          await Promise.resolve(repository[method.name](...args)).catch(() => undefined);
        }
        perEngine.set(engine, recorder.seen);
      }
      const [embedded, neo4j] = ENGINES.map((e) => (perEngine.get(e) ?? []).join('\n\n') || '-- (no Cypher)');
      const body = embedded === neo4j ? embedded : `-- engine: embedded\n${embedded}\n\n-- engine: neo4j\n${neo4j}`;
      blocks.push(`-- ${cls.name}.${method.name}\n${body}\n`);
    }
  }
  return `-- Generated by server/src/graph/repositories/cypher-snapshots.spec.ts from ${file}: do not edit; ${HOW}.\n\n${blocks.join('\n')}`;
}

const methodNames = (snapshot: string): string[] => [...snapshot.matchAll(/^-- (\w+\.\w+)$/gm)].map((m) => m[1]);
const methodBlock = (snapshot: string, name: string): string =>
  snapshot.split(/^(?=-- \w+\.\w+$)/m).find((b) => b.startsWith(`-- ${name}\n`)) ?? '';

const repositoryFiles = readdirSync(DIR)
  .filter((f) => f.endsWith('.repository.ts'))
  .sort();
const snapshotName = (file: string) => file.replace(/\.repository\.ts$/, '.cypher');

describe('repository Cypher snapshots (__cypher__/*.cypher)', () => {
  beforeAll(() => {
    if (UPDATE) mkdirSync(SNAPSHOT_DIR, { recursive: true });
  });

  it.each(repositoryFiles)('%s sends the Cypher of its snapshot', async (file) => {
    const actual = await record(file);
    const path = join(SNAPSHOT_DIR, snapshotName(file));
    if (UPDATE) {
      writeFileSync(path, actual);
      return;
    }
    if (!existsSync(path)) throw new Error(`No Cypher snapshot for ${file} (${path}): ${HOW}.`);
    const committed = readFileSync(path, 'utf8');
    if (actual === committed) return;
    const before = methodNames(committed);
    const after = methodNames(actual);
    const problems = [
      ...after.filter((m) => !before.includes(m)).map((m) => `${m} is new: its Cypher is not in the snapshot`),
      ...before.filter((m) => !after.includes(m)).map((m) => `${m} is in the snapshot but no longer a method`),
      ...after
        .filter((m) => before.includes(m) && methodBlock(actual, m) !== methodBlock(committed, m))
        .map((m) => `${m} sends different Cypher:\n--- committed\n${methodBlock(committed, m)}+++ now\n${methodBlock(actual, m)}`),
    ];
    throw new Error(`${snapshotName(file)} is out of date; ${HOW}.\n${problems.join('\n') || 'the header or order changed'}`);
  });

  it('has no snapshot left over from a removed repository file', () => {
    const expected = new Set(repositoryFiles.map(snapshotName));
    const stale = existsSync(SNAPSHOT_DIR) ? readdirSync(SNAPSHOT_DIR).filter((f) => f.endsWith('.cypher') && !expected.has(f)) : [];
    if (UPDATE) for (const f of stale) rmSync(join(SNAPSHOT_DIR, f));
    else expect(stale).toEqual([]);
  });
});
