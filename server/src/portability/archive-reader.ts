import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { NODES, RELATIONSHIP_TYPES, RELATIONSHIPS, SCHEMA_VERSION } from '@disclosure-map/graph-schema';
import {
  ARCHIVE_NAME,
  type ArchiveHeader,
  type ArchiveManifest,
  type ContentLine,
  FORMAT_VERSION,
  relationshipPairs,
  UNEXPORTED_LABELS,
} from './archive-format';
import { PortabilityRefusal } from './refusals';

/**
 * The archive's lines, decompressed, without their "\n", a batch per decompressed chunk (about a megabyte): split at
 * the chunk's last line break, so a character never straddles two decodes, and one promise per batch rather than per
 * line. A damaged gzip stream is a refusal, not a crash.
 */
export async function* archiveLines(file: string): AsyncGenerator<string[]> {
  if (!existsSync(file)) throw new PortabilityRefusal('usage', `No such archive: ${file}`);
  // Chunks of 1 MiB rather than zlib's 16 KiB: a sixty-fourth of the callbacks for the same bytes.
  const gunzip = createGunzip({ chunkSize: 1024 * 1024 });
  const source = createReadStream(file, { highWaterMark: 1024 * 1024 });
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  let tail: Buffer | null = null;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      const end = chunk.lastIndexOf(10);
      if (end < 0) {
        tail = tail ? Buffer.concat([tail, chunk]) : chunk;
        continue;
      }
      const text = (tail ? Buffer.concat([tail, chunk.subarray(0, end)]) : chunk.subarray(0, end)).toString('utf8');
      tail = end + 1 < chunk.length ? chunk.subarray(end + 1) : null;
      yield text.split('\n');
    }
  } catch (error) {
    throw new PortabilityRefusal('corrupted', `${file} is not a readable gzip archive (${(error as Error).message}). Nothing was written.`);
  } finally {
    source.destroy();
    gunzip.destroy();
  }
  if (tail) yield [tail.toString('utf8')];
}

/** A batch of an archive's lines told apart: the header (first batch only), content lines, the manifest (last batch). */
export interface ArchiveSection {
  header: string | null;
  content: string[];
  manifest: string | null;
}

/**
 * The archive's lines in batches (archiveLines), the first line given as the header and the last as the manifest:
 * a line is content once another follows it, so the last batch's last line is held back until the end.
 */
export async function* archiveSections(file: string): AsyncGenerator<ArchiveSection> {
  let first = true;
  let pending: string | null = null;
  for await (const batch of archiveLines(file)) {
    let header: string | null = null;
    let from = 0;
    if (first && batch.length) {
      first = false;
      header = batch[0];
      from = 1;
    }
    if (from === batch.length) {
      if (header !== null) yield { header, content: [], manifest: null };
      continue;
    }
    const content = pending === null ? batch.slice(from, -1) : [pending, ...batch.slice(from, -1)];
    pending = batch[batch.length - 1];
    yield { header, content, manifest: null };
  }
  if (pending !== null) yield { header: null, content: [], manifest: pending };
}

const corrupted = (file: string, why: string) => new PortabilityRefusal('corrupted', `${file} is damaged: ${why}. Nothing was written.`);

function parse(file: string, text: string, lineNumber: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw corrupted(file, `line ${lineNumber} is not JSON`);
  }
}

function isHeader(value: unknown): value is ArchiveHeader {
  const v = value as Partial<ArchiveHeader> | null;
  return v !== null && typeof v === 'object' && v.archive === ARCHIVE_NAME && typeof v.formatVersion === 'number';
}

function isManifest(value: unknown): value is ArchiveManifest {
  const v = value as Partial<ArchiveManifest> | null;
  return v !== null && typeof v === 'object' && v.manifest === true && typeof v.contentSha256 === 'string';
}

/** The declared (from, to) label pairs of every relationship type, as "From\tTo" (computed once, not per line). */
const PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  RELATIONSHIP_TYPES.map((type) => [type, new Set(relationshipPairs(type).map(([from, to]) => `${from}\t${to}`))]),
);

/** A content line of a kind this schema declares, with a declared (from, to) pair; anything else is refused. */
export function checkContentLine(value: unknown): ContentLine | string {
  const v = value as Record<string, unknown> | null;
  if (v === null || typeof v !== 'object' || typeof v.p !== 'object' || v.p === null) return 'not a node or relationship';
  if (typeof v.n === 'string') {
    if (!(v.n in NODES) || UNEXPORTED_LABELS.has(v.n as keyof typeof NODES)) return `unknown label ${v.n}`;
    if (typeof (v.p as Record<string, unknown>).id !== 'string') return 'a node without an id';
    return v as unknown as ContentLine;
  }
  if (typeof v.r === 'string') {
    if (!(v.r in RELATIONSHIPS)) return `unknown relationship type ${v.r}`;
    const from = v.from as unknown[];
    const to = v.to as unknown[];
    if (!Array.isArray(from) || !Array.isArray(to) || typeof from[1] !== 'string' || typeof to[1] !== 'string')
      return 'a relationship without ends';
    const pairs = PAIRS.get(v.r);
    if (typeof from[0] !== 'string' || typeof to[0] !== 'string' || !pairs?.has(`${from[0]}\t${to[0]}`))
      return `${v.r} does not join ${String(from[0])} to ${String(to[0])}`;
    return v as unknown as ContentLine;
  }
  return 'not a node or relationship';
}

/**
 * The restore's first pass: reads the whole archive without writing anything and checks the header (format and
 * schema version), every content line, the counts and both checksums of the manifest (the last line).
 */
export async function verifyArchive(file: string): Promise<{ header: ArchiveHeader; manifest: ArchiveManifest }> {
  let header: ArchiveHeader | null = null;
  let headerText = '';
  let manifestText: string | null = null;
  const content = createHash('sha256');
  const counts: Record<string, number> = {};
  let contentLines = 0;
  /** Checks and counts a content line; its text is hashed with the rest of its section. */
  const take = (text: string, number: number) => {
    const line = checkContentLine(parse(file, text, number));
    if (typeof line === 'string') {
      throw /^unknown/.test(line) && header && header.schemaVersion > SCHEMA_VERSION
        ? new PortabilityRefusal(
            'incompatible',
            `${file} holds ${line.replace('unknown ', '')} from schema ${header.schemaVersion}; this version knows ${SCHEMA_VERSION}. Nothing was written.`,
          )
        : corrupted(file, `line ${number}: ${line}`);
    }
    const kind = 'n' in line ? line.n : line.r;
    counts[kind] = (counts[kind] ?? 0) + 1;
    contentLines += 1;
  };
  for await (const section of archiveSections(file)) {
    if (section.header !== null) {
      const value = parse(file, section.header, 1);
      if (!isHeader(value)) throw corrupted(file, 'the first line is not a Disclosure Map archive header');
      if (value.formatVersion > FORMAT_VERSION || value.schemaVersion > SCHEMA_VERSION) {
        throw new PortabilityRefusal(
          'incompatible',
          `${file} is format ${value.formatVersion}, schema ${value.schemaVersion}; this version reads format ${FORMAT_VERSION} up to schema ${SCHEMA_VERSION}. Nothing was written.`,
        );
      }
      header = value;
      headerText = section.header + '\n';
    }
    // Line numbers count the header as line 1.
    for (const text of section.content) take(text, contentLines + 2);
    if (section.content.length) content.update(section.content.join('\n') + '\n');
    manifestText = section.manifest ?? manifestText;
  }
  if (!header) throw corrupted(file, 'it is empty');
  if (manifestText === null) throw corrupted(file, 'the manifest (last line) is missing');
  const manifest = parse(file, manifestText, contentLines + 2);
  if (!isManifest(manifest)) throw corrupted(file, 'the manifest (last line) is missing: the archive was cut short');
  if (manifest.headerSha256 !== createHash('sha256').update(headerText).digest('hex'))
    throw corrupted(file, 'the header does not match its checksum');
  if (manifest.contentLines !== contentLines)
    throw corrupted(file, `${contentLines} content lines, the manifest says ${manifest.contentLines}`);
  if (manifest.contentSha256 !== content.digest('hex')) throw corrupted(file, 'the content does not match its SHA-256');
  for (const [kind, count] of Object.entries(manifest.counts)) {
    if ((counts[kind] ?? 0) !== count) throw corrupted(file, `${counts[kind] ?? 0} lines of ${kind}, the manifest says ${count}`);
  }
  return { header, manifest };
}
