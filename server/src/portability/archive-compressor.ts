import type { Writable } from 'node:stream';
import type { Worker } from 'node:worker_threads';
import { spawnWorker, workerModuleBeside } from '../common/ordered-workers';

export interface CompressorInit {
  level: number;
}
export type CompressorRequest = { type: 'bytes'; bytes: Uint8Array; hashed: boolean } | { type: 'digest' } | { type: 'end' };
export type CompressorReply =
  | { type: 'consumed'; bytes: number }
  | { type: 'out'; bytes: Uint8Array }
  | { type: 'digest'; contentSha256: string }
  | { type: 'done' }
  | { type: 'failed'; message: string };

/** Bytes gathered before they go to the compressor's thread in one message. */
const CHUNK_BYTES = 1024 * 1024;
/** Bytes sent and not yet taken by gzip before the writer waits: bounds the memory whatever the writer's speed. */
const IN_FLIGHT_BYTES = 8 * CHUNK_BYTES;

/**
 * The archive's SHA-256 of its content lines and its gzip, on a thread of their own (archive-compressor.worker.ts), so
 * that the export's thread only reads the graph and writes lines: at a million people that is 3.4 GB hashed and
 * compressed, a third of what one thread did. Lines are gathered into chunks of a megabyte (UTF-8 encoded once), sent
 * in order; compressed chunks come back in order and go to `out`, whose backpressure (and the compressor's) the
 * writer awaits through `pressure()`.
 */
export class ArchiveCompressor {
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private chunkHashed = true;
  private inFlight = 0;
  private failure: Error | null = null;
  /** Rejected by the first failure: whatever the export awaits on `out` ends with it rather than wait forever. */
  private readonly failed: Promise<never>;
  private rejectFailed: (error: Error) => void = () => undefined;
  /** The thread was stopped on purpose (its exit is not a failure). */
  private stopped = false;
  private wake: (() => void) | null = null;
  private readonly replies: ((reply: CompressorReply) => void)[] = [];

  private constructor(
    private readonly worker: Worker,
    private readonly out: Writable,
  ) {
    this.failed = new Promise<never>((_, reject) => (this.rejectFailed = reject));
    this.failed.catch(() => undefined); // raced in end(); a failure before then is thrown from there or pressure()
    worker.on('message', (reply: CompressorReply) => this.receive(reply));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (code !== 0 && !this.stopped) this.fail(new Error(`the archive compressor's thread exited with code ${code}`));
    });
    out.on('drain', () => this.notify());
    out.on('error', (error) => this.fail(error));
    // Destroyed without an error, `out` would never drain again: the export must end rather than wait for it.
    out.on('close', () => {
      if (!out.writableFinished) this.fail(new Error("the archive's destination closed before the archive was complete"));
    });
  }

  static start(out: Writable, level: number): ArchiveCompressor {
    const init: CompressorInit = { level };
    return new ArchiveCompressor(spawnWorker(workerModuleBeside(__filename, 'archive-compressor.worker'), init), out);
  }

  /** Adds text to the archive; `hashed` text is content (counted in contentSha256), the rest is header or manifest. */
  text(text: string, hashed = true): void {
    this.switchTo(hashed);
    // At most 3 bytes of UTF-8 per UTF-16 code unit: when that may not fit, send what is gathered first.
    if (this.used + text.length * 3 > CHUNK_BYTES) {
      this.send();
      if (text.length * 3 > CHUNK_BYTES) {
        this.post(Buffer.from(text, 'utf8'), hashed);
        return;
      }
    }
    this.used += this.chunk.write(text, this.used);
  }

  /** Adds bytes that are already UTF-8 (`bytes[start, end)`), as `text` does. */
  bytes(bytes: Buffer, start: number, end: number, hashed = true): void {
    this.switchTo(hashed);
    const length = end - start;
    if (this.used + length > CHUNK_BYTES) {
      this.send();
      if (length > CHUNK_BYTES) {
        this.post(Buffer.from(bytes.subarray(start, end)), hashed);
        return;
      }
    }
    this.used += bytes.copy(this.chunk, this.used, start, end);
  }

  /** Resolves once the compressor and `out` can take more (at once when they can). */
  async pressure(): Promise<void> {
    while (!this.failure && (this.inFlight > IN_FLIGHT_BYTES || this.out.writableNeedDrain)) {
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    if (this.failure) throw this.failure;
  }

  /** The SHA-256 (hex) of every hashed byte so far. */
  async contentSha256(): Promise<string> {
    this.send();
    const reply = await this.request({ type: 'digest' }, 'digest');
    return reply.type === 'digest' ? reply.contentSha256 : '';
  }

  /** Sends what is left, ends the gzip stream, then `out`; resolves once `out` has finished. */
  async end(): Promise<void> {
    this.send();
    await this.request({ type: 'end' }, 'done');
    this.stopped = true;
    await this.worker.terminate();
    await Promise.race([new Promise<void>((resolve) => this.out.end(resolve)), this.failed]);
  }

  /** Stops the thread and destroys `out` with the error (an abandoned export leaves no complete archive). */
  abort(error: Error): void {
    this.fail(error);
    this.stopped = true;
    void this.worker.terminate();
    this.out.destroy(error);
  }

  private switchTo(hashed: boolean): void {
    if (hashed !== this.chunkHashed) {
      this.send();
      this.chunkHashed = hashed;
    }
  }

  private send(): void {
    if (this.used === 0) return;
    this.post(this.chunk.subarray(0, this.used), this.chunkHashed);
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
  }

  private post(bytes: Buffer, hashed: boolean): void {
    if (this.failure) throw this.failure;
    this.inFlight += bytes.length;
    const request: CompressorRequest = { type: 'bytes', bytes, hashed };
    // The chunk's memory moves to the thread when it owns it alone; a pooled Buffer's slice is copied.
    const owned = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length ? [bytes.buffer as ArrayBuffer] : [];
    this.worker.postMessage(request, owned);
  }

  private request(message: CompressorRequest, answer: 'digest' | 'done'): Promise<CompressorReply> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<CompressorReply>((resolve, reject) => {
      this.replies.push((reply) => {
        if (reply.type === answer) resolve(reply);
        else reject(this.failure ?? new Error(`the archive compressor answered ${reply.type}`));
      });
      this.worker.postMessage(message);
    });
  }

  private receive(reply: CompressorReply): void {
    switch (reply.type) {
      case 'consumed':
        this.inFlight -= reply.bytes;
        this.notify();
        return;
      case 'out':
        this.out.write(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
        return;
      case 'failed':
        this.fail(new Error(`the archive could not be compressed: ${reply.message}`));
        return;
      default:
        this.replies.shift()?.(reply);
    }
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.rejectFailed(this.failure);
    this.notify();
    for (const answer of this.replies.splice(0)) answer({ type: 'failed', message: error.message });
  }
}
