import type { NodeLabel, RelationshipType } from '@disclosure-map/graph-schema';
import { NODE_LABELS } from '@disclosure-map/graph-schema';
import type { GraphStore } from '../graph/graph-store';
import { migrate } from '../graph/migrations';
import type { PortabilityRepository } from '../graph/repositories/portability.repository';
import { type ArchiveHeader, type ArchiveManifest, type ContentLine, keyFingerprint } from './archive-format';
import { archiveSections, checkContentLine, verifyArchive } from './archive-reader';
import { PortabilityRefusal } from './refusals';

/**
 * What the start-up migrations put into every graph, also an empty one (the schema version, one node per recipient
 * class, the inventory revision counter): a graph holding nothing else counts as empty.
 */
const SCAFFOLD_LABELS: ReadonlySet<NodeLabel> = new Set<NodeLabel>([
  'SchemaMigration',
  'RecipientClass',
  'InventoryRevision',
  'RestoreInProgress',
]);

/**
 * Lines per write unit of the load. The embedded engine: each unit is one COPY per kind and one commit, so larger units
 * cost less per line (at 100k people, 2M lines: 42.6 s with 20,000, 29.9 s with 100,000, back to back on a loaded
 * machine); two batches are in memory at once, some 100 MB at 50,000 ledger lines. Neo4j: restoring a million people
 * in units of 50,000 failed twice, at different places, with "a node with this id already exists" on a unit of new
 * nodes (a unit the driver ran again after its first run had committed, as far as the counts tell); in units of
 * 20,000 it completes.
 */
const BATCH = { embedded: 50_000, neo4j: 20_000 } as const satisfies Record<GraphStore['engine'], number>;
/** Nodes per delete while clearing the graph (with their relationships: about 13 each for a person of the benchmark). */
const DELETE_BATCH = 10_000;

export interface RestoreOptions {
  replace: boolean;
  /** The identifier key of this installation (PERSON_ID_SECRET or DATA_DIR/person-id.secret); null when it has none. */
  identifierKey: string | null;
  progress?: (linesDone: number, linesTotal: number) => void;
  /** Lines per write unit of the load; BATCH of the engine by default. */
  batchLines?: number;
}

export interface RestoreSummary {
  header: ArchiveHeader;
  manifest: ArchiveManifest;
  /** True when an interrupted restore of the same archive was found and completed. */
  resumed: boolean;
}

/**
 * Loads an archive into the configured graph. Every check comes first (the archive's checksums and counts, its
 * identifier key, the graph being empty), so a refusal writes nothing. Then a marker node records the restore in
 * progress (durable before the first row is loaded), the graph is cleared, the archive is loaded through the engine's
 * bulk path in units of BATCH lines, and the marker is removed last. A restore interrupted at any point (kill -9)
 * leaves the marker: re-running the same command finds it, clears the partial load and loads again — idempotent.
 */
export async function restoreArchive(
  store: GraphStore,
  repository: PortabilityRepository,
  file: string,
  options: RestoreOptions,
): Promise<RestoreSummary> {
  const { header, manifest } = await verifyArchive(file);
  checkKey(file, header, options.identifierKey);

  const state = await store.read(async (tx) => {
    const marker = await repository.restoreMarker(tx);
    const occupied: string[] = [];
    const counts = new Map<NodeLabel, number>();
    for (const label of NODE_LABELS) {
      const count = await repository.countNodes(tx, label);
      counts.set(label, count);
      if (!SCAFFOLD_LABELS.has(label) && count > 0) occupied.push(`${count} ${label}`);
    }
    return { marker, occupied, counts };
  });
  const resumed = state.marker !== null && state.marker === manifest.contentSha256;
  if (!resumed && !options.replace) {
    if (state.marker !== null) {
      throw new PortabilityRefusal(
        'notEmpty',
        'The graph holds an interrupted restore of another archive: re-run with --replace to clear it. Nothing was written.',
      );
    }
    if (state.occupied.length) {
      throw new PortabilityRefusal(
        'notEmpty',
        `The graph is not empty (${state.occupied.slice(0, 4).join(', ')}${state.occupied.length > 4 ? ', …' : ''}): ` +
          'restore into an empty graph, or re-run with --replace to delete everything in it first. Nothing was written.',
      );
    }
  }

  await store.write((tx) => repository.setRestoreMarker(tx, manifest.contentSha256));
  // The largest labels go first (people, their identifiers, the ledger), each node with its few relationships, so
  // that a label of few nodes holding many relationships (a segment's members, a recipient's transfers) has lost them
  // by its turn: deleting 200 segments with 2.5 million memberships in one unit of work exceeded Neo4j's transaction
  // memory.
  const byCount = [...NODE_LABELS].sort((a, b) => (state.counts.get(b) ?? 0) - (state.counts.get(a) ?? 0));
  for (const label of byCount) {
    if (label === 'RestoreInProgress') continue;
    while ((await store.write((tx) => repository.deleteSome(tx, label, DELETE_BATCH))) > 0) {
      // deleted one batch; go on until the label is empty
    }
  }

  const batchLines = options.batchLines ?? BATCH[store.engine];
  let done = 0;
  let batch: ContentLine[] = [];
  // One unit of work is written while the next batch is read and parsed (the engine writes on its own threads):
  // at most one unit in flight, each started after the one before it has committed, so units commit in archive order.
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (!batch.length) return;
    const lines = batch;
    batch = [];
    await inFlight;
    inFlight = store
      .writeBulk((tx) => load(tx, store.engine, repository, lines))
      .then(() => {
        done += lines.length;
        options.progress?.(done, manifest.contentLines);
      });
    inFlight.catch(() => undefined); // awaited at the next flush, at the end, or before an error is thrown
  };
  try {
    for await (const section of archiveSections(file)) {
      for (const text of section.content) {
        const line = checkContentLine(JSON.parse(text) as unknown);
        if (typeof line === 'string') throw new PortabilityRefusal('corrupted', `${file} changed during the restore: ${line}`);
        if (batch.length && (batch.length >= batchLines || !sameGroup(batch[batch.length - 1], line))) await flush();
        batch.push(line);
      }
    }
    await flush();
    await inFlight;
  } catch (error) {
    // The unit in flight ends (or fails) before the error leaves: nothing writes after the restore has returned.
    await inFlight.catch(() => undefined);
    throw error;
  }
  await store.flushBulk();
  // An archive of an older schema is brought up to this version like any graph at start-up.
  await migrate(store);
  await store.write((tx) => repository.clearRestoreMarker(tx));
  return { header, manifest, resumed };
}

function checkKey(file: string, header: ArchiveHeader, key: string | null): void {
  if (header.keyFingerprint === null || header.keyFingerprint === keyFingerprint(key)) return;
  const how =
    'Set PERSON_ID_SECRET to the key of the installation that made it (or copy its DATA_DIR/person-id.secret): ' +
    'under another key nobody in it could be found again.';
  throw new PortabilityRefusal(
    'otherKey',
    key === null
      ? `${file} was made under an identifier key and this installation has none. ${how} Nothing was written.`
      : `${file} was made under another identifier key than this installation's. ${how} Nothing was written.`,
  );
}

/** Lines loaded by one statement: one label, or one relationship type between one pair of labels. */
function sameGroup(a: ContentLine, b: ContentLine): boolean {
  if ('n' in a) return 'n' in b && a.n === b.n;
  return 'r' in b && a.r === b.r && a.from[0] === b.from[0] && a.to[0] === b.to[0];
}

async function load(
  tx: Parameters<Parameters<GraphStore['write']>[0]>[0],
  engine: GraphStore['engine'],
  repository: PortabilityRepository,
  lines: ContentLine[],
): Promise<void> {
  const first = lines[0];
  if ('n' in first) {
    await repository.createNodes(
      tx,
      engine,
      first.n,
      lines.map((l) => l.p),
    );
    return;
  }
  const type: RelationshipType = first.r;
  const rows = lines.map((l) => ('r' in l ? { from: l.from[1], to: l.to[1], p: l.p } : { from: '', to: '', p: {} }));
  await repository.createRelationships(tx, engine, type, [first.from[0], first.to[0]], rows);
}
