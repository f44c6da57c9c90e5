import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareText } from './archive-format';

/** Where IdOrder writes its lines in order: text as it was added, or the same text already encoded as UTF-8. */
export interface LineSink {
  text(text: string): void;
  bytes(bytes: Buffer, start: number, end: number): void;
}

/** Bytes of a bucket gathered before one write to its file. */
const FILE_BUFFER_BYTES = 256 * 1024;
/** A record in a bucket file: rank, then the byte lengths of `to` and of the text, then both in UTF-8. */
const RECORD_HEAD = 12;

interface BucketFile {
  fd: number;
  path: string;
  buffer: Buffer;
  used: number;
}

/**
 * Lines read in storage order, written out in id order, in bounded memory (the embedded engine's export): each line
 * carries the rank in id order of its node (or of its relationship's source), known from one sort of the label's
 * node numbers. Ranks are split into buckets of `bucketSize`; the lines of each bucket go to a temporary file as
 * UTF-8 records (or stay in memory when there is one bucket), then each bucket is put in order by placing its records
 * at their rank (a counting sort): no comparison sort across the whole label, no more than one bucket in memory, and
 * the bytes go to the sink as read, never decoded again. The lines of one source (relationships) are ordered by target
 * id, then by the line itself, in compareText's order, as the keyset export orders them.
 */
export class IdOrder {
  private readonly buckets: number;
  private readonly memory: { to: string; text: string }[][] | null;
  private readonly files: (BucketFile | undefined)[] = [];
  private dir: string | null = null;

  /** `rankOf[offset]` is the rank of the node numbered `offset` (-1: no such node); `count` ranks in all. */
  constructor(
    private readonly rankOf: Int32Array,
    private readonly count: number,
    private readonly bucketSize: number,
  ) {
    this.buckets = Math.max(1, Math.ceil(count / bucketSize));
    this.memory = this.buckets === 1 ? Array.from({ length: count }, () => []) : null;
  }

  /** The rank of each node number, from the node numbers in id order. */
  static ranks(offsetsById: Int32Array, end: number): Int32Array {
    const rankOf = new Int32Array(end).fill(-1);
    offsetsById.forEach((offset, rank) => (rankOf[offset] = rank));
    return rankOf;
  }

  /** A line (ending in a newline) of the node numbered `offset`, or of a relationship from it to `to`. */
  add(offset: number, to: string, text: string): void {
    const rank = this.rankOf[offset] ?? -1;
    if (rank < 0) throw new Error(`node number ${offset} has no rank: the graph changed during the export`);
    if (this.memory) {
      this.memory[rank].push({ to, text });
      return;
    }
    const file = this.file(Math.floor(rank / this.bucketSize));
    // At most 3 bytes of UTF-8 per UTF-16 code unit.
    const most = RECORD_HEAD + 3 * (to.length + text.length);
    if (file.used + most > file.buffer.length) {
      this.flush(file);
      if (most > file.buffer.length) file.buffer = Buffer.allocUnsafe(most);
    }
    const start = file.used;
    const toBytes = file.buffer.write(to, start + RECORD_HEAD);
    const textBytes = file.buffer.write(text, start + RECORD_HEAD + toBytes);
    file.buffer.writeUInt32LE(rank, start);
    file.buffer.writeUInt32LE(toBytes, start + 4);
    file.buffer.writeUInt32LE(textBytes, start + 8);
    file.used = start + RECORD_HEAD + toBytes + textBytes;
  }

  /**
   * Writes every line added to `sink`, in id order, one bucket at a time, yielding after each bucket the number of
   * lines it wrote (the caller waits for its sink between buckets). The temporary files are removed at the end, or
   * when the walk is abandoned.
   */
  *emit(sink: LineSink): Generator<number> {
    try {
      if (this.memory) {
        let lines = 0;
        for (const slot of this.memory) {
          if (slot.length > 1) slot.sort((a, b) => compareText(a.to, b.to) || compareText(a.text, b.text));
          for (const entry of slot) sink.text(entry.text);
          lines += slot.length;
        }
        yield lines;
        return;
      }
      for (let bucket = 0; bucket < this.buckets; bucket++) yield this.emitBucket(bucket, sink);
    } finally {
      this.dispose();
    }
  }

  dispose(): void {
    for (const file of this.files) if (file) closeSync(file.fd);
    this.files.length = 0;
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
  }

  private file(bucket: number): BucketFile {
    let file = this.files[bucket];
    if (!file) {
      this.dir ??= mkdtempSync(join(tmpdir(), 'dm-export-'));
      const path = join(this.dir, `bucket-${bucket}`);
      file = { fd: openSync(path, 'w+'), path, buffer: Buffer.allocUnsafe(FILE_BUFFER_BYTES), used: 0 };
      this.files[bucket] = file;
    }
    return file;
  }

  private flush(file: BucketFile): void {
    if (file.used) writeSync(file.fd, file.buffer, 0, file.used);
    file.used = 0;
  }

  private emitBucket(bucket: number, sink: LineSink): number {
    const file = this.files[bucket];
    if (!file) return 0;
    this.flush(file);
    const data = readFileSync(file.path);
    closeSync(file.fd);
    rmSync(file.path, { force: true });
    this.files[bucket] = undefined;
    const first = bucket * this.bucketSize;
    const size = Math.min(this.bucketSize, this.count - first);
    // Counting sort by rank: slotStart[r] is where the records of rank first + r begin in `order`.
    const slotStart = new Int32Array(size + 1);
    let records = 0;
    for (let at = 0; at < data.length; records++) {
      slotStart[data.readUInt32LE(at) - first + 1]++;
      at += RECORD_HEAD + data.readUInt32LE(at + 4) + data.readUInt32LE(at + 8);
    }
    for (let r = 0; r < size; r++) slotStart[r + 1] += slotStart[r];
    const order = new Int32Array(records);
    const next = slotStart.slice(0, size);
    for (let at = 0; at < data.length;) {
      order[next[data.readUInt32LE(at) - first]++] = at;
      at += RECORD_HEAD + data.readUInt32LE(at + 4) + data.readUInt32LE(at + 8);
    }
    const byTargetThenText = (a: number, b: number) => compareRecords(data, a, b);
    for (let r = 0; r < size; r++) {
      if (slotStart[r + 1] - slotStart[r] > 1) order.subarray(slotStart[r], slotStart[r + 1]).sort(byTargetThenText);
    }
    for (const at of order) {
      const text = at + RECORD_HEAD + data.readUInt32LE(at + 4);
      sink.bytes(data, text, text + data.readUInt32LE(at + 8));
    }
    return records;
  }
}

/** Two records of one source, by target id then by the line, in compareText's order. */
function compareRecords(data: Buffer, a: number, b: number): number {
  const aTo = data.readUInt32LE(a + 4);
  const bTo = data.readUInt32LE(b + 4);
  const byTo = compareUtf8AsText(data, a + RECORD_HEAD, aTo, b + RECORD_HEAD, bTo);
  if (byTo !== 0) return byTo;
  return compareUtf8AsText(data, a + RECORD_HEAD + aTo, data.readUInt32LE(a + 8), b + RECORD_HEAD + bTo, data.readUInt32LE(b + 8));
}

/**
 * compareText's order (UTF-16 code units) of two UTF-8 texts, without decoding them. UTF-8's byte order is the order
 * of code points, which differs from UTF-16's only between a character above U+FFFF (a lead byte F0–F4; a surrogate
 * pair, D800–DFFF, in UTF-16) and one in U+E000–U+FFFF (a lead byte EE or EF): there the order is reversed.
 */
export function compareUtf8AsText(data: Buffer, a: number, aLength: number, b: number, bLength: number): number {
  const shorter = Math.min(aLength, bLength);
  for (let i = 0; i < shorter; i++) {
    const x = data[a + i];
    const y = data[b + i];
    if (x === y) continue;
    if (x >= 0xf0 && (y === 0xee || y === 0xef)) return -1;
    if (y >= 0xf0 && (x === 0xee || x === 0xef)) return 1;
    return x < y ? -1 : 1;
  }
  return aLength - bLength;
}
