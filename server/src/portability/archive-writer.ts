import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import { SCHEMA_VERSION } from '@disclosure-map/graph-schema';
import type { GraphStore } from '../graph/graph-store';
import type { PortabilityRepository } from '../graph/repositories/portability.repository';
import {
  ARCHIVE_NAME,
  type ArchiveHeader,
  type ArchiveManifest,
  compareText,
  EXPORTED_LABELS,
  EXPORTED_TYPES,
  FORMAT_VERSION,
  keyFingerprint,
  nodeLineWriter,
  nodeProperties,
  relationshipLineWriter,
  relationshipPairs,
  relationshipProperties,
} from './archive-format';
import { ArchiveCompressor } from './archive-compressor';
import { EmbeddedExport } from './embedded-export';
import type { IdOrder } from './id-order';

/** Nodes or relationships read per query: bounds the memory of an export whatever the graph's size. */
const PAGE = 20_000;
/**
 * How long the export's one read unit of work may run on Neo4j (its default 5-minute transaction timeout cut exports
 * of a million people short). Still bounded, so a stuck export does not hold a transaction forever.
 */
export const EXPORT_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/**
 * zlib's level 3 compresses about twice as fast as its default 6 for an archive about a tenth larger (measured on a
 * synthetic company: 58.4 MB against 53.2 MB for 442 MB of lines); any gzip reader reads either.
 */
const GZIP_LEVEL = 3;

export interface ExportProgress {
  (linesDone: number, linesTotal: number): void;
}

export interface ExportSummary {
  header: ArchiveHeader;
  manifest: ArchiveManifest;
}

/**
 * Writes the whole graph as an archive (archive-format.ts) to `out`, gzip'd, in ONE read unit of work: the embedded
 * engine reads a snapshot (writers go on, the export sees none of their commits); Neo4j reads with its read-committed
 * isolation inside one transaction (see the README). Memory stays constant: on Neo4j pages of PAGE rows by keyset on
 * the id (along its index); on the embedded engine, which has no ordered index, ranges of node numbers put in id order
 * by EmbeddedExport.
 */
export async function writeArchive(
  store: GraphStore,
  repository: PortabilityRepository,
  identifierKey: string | null,
  out: Writable,
  progress?: ExportProgress,
): Promise<ExportSummary> {
  const compressor = ArchiveCompressor.start(out, GZIP_LEVEL);
  const header: ArchiveHeader = {
    archive: ARCHIVE_NAME,
    formatVersion: FORMAT_VERSION,
    engine: store.engine,
    schemaVersion: SCHEMA_VERSION,
    createdAt: new Date().toISOString(),
    keyFingerprint: keyFingerprint(identifierKey),
  };
  const headerLine = JSON.stringify(header) + '\n';
  try {
    const manifest = await readAll();
    compressor.text(JSON.stringify(manifest) + '\n', false);
    await compressor.end();
    progress?.(manifest.contentLines, manifest.contentLines);
    return { header, manifest };
  } catch (error) {
    compressor.abort(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }

  function readAll(): Promise<ArchiveManifest> {
    let attempts = 0;
    return store.read(
      async (tx) => {
        // A driver may retry a read unit of work after a transient error; the lines of the first attempt are already
        // sent, so a second attempt would duplicate them. Fail instead (the cut archive has no manifest: detected).
        if (++attempts > 1) throw new Error('the export was interrupted by a transient database error; run it again');
        let total = 0;
        for (const label of EXPORTED_LABELS) total += await repository.countNodes(tx, label);
        const counts: Record<string, number> = {};
        let lines = 0;
        /** Counts lines written of one kind, reports progress, and waits while the compressor or `out` is full. */
        const wrote = async (kind: string, count: number) => {
          counts[kind] = (counts[kind] ?? 0) + count;
          lines += count;
          progress?.(lines, Math.max(total, lines));
          await compressor.pressure();
        };
        const emit = async (kind: string, order: IdOrder) => {
          for (const count of order.emit(compressor)) await wrote(kind, count);
        };
        const take = async (kind: string, texts: string[]) => {
          for (const text of texts) compressor.text(text);
          await wrote(kind, texts.length);
        };
        compressor.text(headerLine, false);
        const embedded = store.engine === 'embedded' ? new EmbeddedExport(tx, repository) : null;
        for (const label of EXPORTED_LABELS) {
          const declared = nodeProperties(label);
          counts[label] = 0;
          if (embedded) {
            await emit(label, await embedded.nodeLines(label, declared));
            continue;
          }
          const text = nodeLineWriter(label, declared);
          for (let after = ''; ;) {
            const page = await repository.nodePage(tx, label, declared, after, PAGE);
            await take(
              label,
              page.map((values) => text(values)),
            );
            if (page.length < PAGE) break;
            after = String(page[page.length - 1][declared.findIndex(([name]) => name === 'id')]);
          }
        }
        for (const type of EXPORTED_TYPES) {
          const declared = relationshipProperties(type);
          counts[type] = 0;
          for (const pair of relationshipPairs(type)) {
            if (embedded) {
              await emit(type, await embedded.relationshipLines(type, pair, declared));
              continue;
            }
            const text = relationshipLineWriter(type, pair, declared);
            for (let after = ''; ;) {
              const { rows, last } = await repository.relationshipPage(tx, type, pair, declared, after, PAGE);
              if (last === null) break;
              const texts = rows.map((row) => ({ from: row.from, to: row.to, text: text(row.from, row.to, row.values) }));
              // Within a page (whole sources only) the order is source id, target id, then the line itself: parallel
              // relationships (two memberships of one segment) come out in one order on every engine.
              texts.sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to) || compareText(a.text, b.text));
              await take(
                type,
                texts.map((t) => t.text),
              );
              after = last;
            }
          }
        }
        const result: ArchiveManifest = {
          manifest: true,
          counts,
          contentLines: lines,
          contentSha256: await compressor.contentSha256(),
          headerSha256: createHash('sha256').update(headerLine).digest('hex'),
        };
        return result;
      },
      { timeoutMs: EXPORT_TIMEOUT_MS },
    );
  }
}
