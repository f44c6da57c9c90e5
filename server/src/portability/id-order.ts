import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareText } from './archive-format';

/**
 * Lines read in storage order, written out in id order, in bounded memory (the embedded engine's export): each line
 * carries the rank in id order of its node (or of its relationship's source), known from one sort of the label's
 * node numbers. Ranks are split into buckets of `bucketSize`; the lines of each bucket go to a temporary file (or
 * stay in memory when there is one bucket), then each bucket is put in order by placing lines at their rank: no
 * comparison sort across the whole label, and no more than one bucket's lines in memory. The lines of one source
 * (relationships) are ordered by target id, then by the line itself, as the keyset export orders them.
 */
export class IdOrder {
  private readonly buckets: number;
  private readonly memory: { to: string; text: string }[][] | null;
  private readonly files: ({ fd: number; path: string; buffer: string } | undefined)[] = [];
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
    if (/[\t\n]/.test(to)) throw new Error(`an id with a tab or a line break cannot be exported in order: ${JSON.stringify(to)}`);
    const file = this.file(Math.floor(rank / this.bucketSize));
    file.buffer += `${rank}\t${to}\t${text}`;
    if (file.buffer.length >= 64 * 1024) this.flush(file);
  }

  /** Every line added, in id order; the temporary files are removed at the end (or when the walk is abandoned). */
  *lines(): Generator<string> {
    try {
      for (let bucket = 0; bucket < this.buckets; bucket++) {
        const first = bucket * this.bucketSize;
        const slots = this.memory ?? this.readBucket(bucket, first);
        for (const slot of slots) {
          if (slot.length > 1) slot.sort((a, b) => compareText(a.to, b.to) || compareText(a.text, b.text));
          for (const entry of slot) yield entry.text;
        }
      }
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

  private file(bucket: number) {
    let file = this.files[bucket];
    if (!file) {
      this.dir ??= mkdtempSync(join(tmpdir(), 'dm-export-'));
      const path = join(this.dir, `bucket-${bucket}`);
      file = { fd: openSync(path, 'w+'), path, buffer: '' };
      this.files[bucket] = file;
    }
    return file;
  }

  private flush(file: { fd: number; buffer: string }): void {
    if (file.buffer) writeSync(file.fd, file.buffer);
    file.buffer = '';
  }

  private readBucket(bucket: number, first: number): { to: string; text: string }[][] {
    const size = Math.min(this.bucketSize, this.count - first);
    const slots: { to: string; text: string }[][] = Array.from({ length: size }, () => []);
    const file = this.files[bucket];
    if (!file) return slots;
    this.flush(file);
    const content = readFileSync(file.path, 'utf8');
    closeSync(file.fd);
    rmSync(file.path, { force: true });
    this.files[bucket] = undefined;
    for (let start = 0; start < content.length;) {
      const end = content.indexOf('\n', start);
      const tab1 = content.indexOf('\t', start);
      const tab2 = content.indexOf('\t', tab1 + 1);
      slots[Number(content.slice(start, tab1)) - first].push({ to: content.slice(tab1 + 1, tab2), text: content.slice(tab2 + 1, end + 1) });
      start = end + 1;
    }
    return slots;
  }
}
