import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
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
import { EmbeddedExport } from './embedded-export';

/** Nodes or relationships read per query: bounds the memory of an export whatever the graph's size. */
const PAGE = 20_000;
/**
 * How long the export's one read unit of work may run on Neo4j (its default 5-minute transaction timeout cut exports
 * of a million people short). Still bounded, so a stuck export does not hold a transaction forever.
 */
export const EXPORT_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** Text gathered before one write to the gzip stream. */
const FLUSH_BYTES = 1024 * 1024;
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
  const gzip = createGzip({ level: GZIP_LEVEL });
  gzip.pipe(out);
  const finished = once(out, 'finish');
  finished.catch(() => undefined); // awaited below; an abandoned export rejects it through `out.destroy`
  const write = async (chunk: Buffer | string) => {
    if (!gzip.write(chunk)) await once(gzip, 'drain');
  };
  // Content lines gather here and are hashed and compressed a large chunk at a time (one UTF-8 encoding for both),
  // not line by line.
  let buffer = '';
  const content = createHash('sha256');
  const flush = async () => {
    if (!buffer) return;
    const chunk = Buffer.from(buffer, 'utf8');
    buffer = '';
    content.update(chunk);
    await write(chunk);
  };

  const header: ArchiveHeader = {
    archive: ARCHIVE_NAME,
    formatVersion: FORMAT_VERSION,
    engine: store.engine,
    schemaVersion: SCHEMA_VERSION,
    createdAt: new Date().toISOString(),
    keyFingerprint: keyFingerprint(identifierKey),
  };
  const headerLine = JSON.stringify(header) + '\n';
  const manifest = await readAll().catch((error: unknown) => {
    gzip.destroy();
    out.destroy(error instanceof Error ? error : new Error(String(error)));
    throw error;
  });
  await write(JSON.stringify(manifest) + '\n');
  gzip.end();
  await finished;
  progress?.(manifest.contentLines, manifest.contentLines);
  return { header, manifest };

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
        /** Writes the lines of one kind (synchronously but for a full buffer's flush: no promise per line). */
        const take = async (kind: string, texts: Iterable<string>) => {
          let count = 0;
          for (const text of texts) {
            buffer += text;
            count += 1;
            lines += 1;
            if (progress && lines % 1000 === 0) progress(lines, Math.max(total, lines));
            if (buffer.length >= FLUSH_BYTES) await flush();
          }
          counts[kind] = (counts[kind] ?? 0) + count;
        };
        await write(headerLine);
        const embedded = store.engine === 'embedded' ? new EmbeddedExport(tx, repository) : null;
        for (const label of EXPORTED_LABELS) {
          const declared = nodeProperties(label);
          counts[label] = 0;
          if (embedded) {
            await take(label, await embedded.nodeLines(label, declared));
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
              await take(type, await embedded.relationshipLines(type, pair, declared));
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
        await flush();
        const result: ArchiveManifest = {
          manifest: true,
          counts,
          contentLines: lines,
          contentSha256: content.digest('hex'),
          headerSha256: createHash('sha256').update(headerLine).digest('hex'),
        };
        return result;
      },
      { timeoutMs: EXPORT_TIMEOUT_MS },
    );
  }
}
