/**
 * Where parsed lines come from: the line parser on the main thread, or a pool of parse workers (node:worker_threads)
 * that JSON-parse, check and hash chunks of lines while the main thread plans and writes. Either way the lines come
 * out in input order.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { hashIdentifier } from '../people/person-identity';
import { parseLine, type IdentifierHash, type KnownIds, type Parsed, type Rejection } from './line-parser';
import { toInputLine, type RawLine } from './bulk-lines';

/** What a parse worker is started with. */
export interface ParseWorkerData {
  key: string;
  known: Record<keyof KnownIds, string[]>;
}

/** A chunk of lines sent to a worker, and its answer. */
export interface ParseRequest {
  seq: number;
  lines: RawLine[];
}
export type ParseResponse = { seq: number; parsed: (Parsed | Rejection)[] } | { seq: number; error: string };

/** PersonIdentity.identifierId from the key alone (a worker has no dependency injection). */
export const identifierHasher =
  (key: string): IdentifierHash =>
  (kind, value) =>
    hashIdentifier(key, kind, value);

export const knownFromLists = (lists: ParseWorkerData['known']): KnownIds => ({
  Segment: new Set(lists.Segment),
  Recipient: new Set(lists.Recipient),
  DataCategory: new Set(lists.DataCategory),
  Purpose: new Set(lists.Purpose),
});

/** Lines per message to a worker: large enough that a message's cost is small beside its work. */
const CHUNK_LINES = 500;
const WORKER_FILE = join(__dirname, 'parse-worker.js');

/** Parse workers to start by default: the cores beside the main thread's, at least one, at most four. */
export function defaultParseWorkers(): number {
  // Only the compiled importer has a worker file (tests run the sources, and parse on the main thread).
  if (!existsSync(WORKER_FILE)) return 0;
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** Parsed lines in input order, on the main thread. */
export async function* parseInline(lines: AsyncIterable<RawLine>, known: KnownIds, key: string): AsyncGenerator<Parsed | Rejection> {
  const hash = identifierHasher(key);
  for await (const raw of lines) yield parseLine(toInputLine(raw), known, hash);
}

class ParsePool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, { resolve: (parsed: (Parsed | Rejection)[]) => void; reject: (error: Error) => void }>();
  private next = 0;

  constructor(count: number, data: ParseWorkerData) {
    this.workers = Array.from({ length: count }, () => {
      const worker = new Worker(WORKER_FILE, { workerData: data });
      worker.on('message', (message: ParseResponse) => {
        const waiting = this.pending.get(message.seq);
        this.pending.delete(message.seq);
        if ('error' in message) waiting?.reject(new Error(`parse worker: ${message.error}`));
        else waiting?.resolve(message.parsed);
      });
      worker.on('error', (error) => this.failAll(error));
      // A worker that stops with chunks outstanding would leave the import waiting for ever: fail it instead.
      worker.on('exit', (code) => this.failAll(new Error(`parse worker stopped (exit code ${code})`)));
      return worker;
    });
  }

  parse(lines: RawLine[]): Promise<(Parsed | Rejection)[]> {
    const seq = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      const request: ParseRequest = { seq, lines };
      this.workers[seq % this.workers.length].postMessage(request);
    });
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Parsed lines in input order, from `count` workers; a few chunks per worker are in flight at a time. */
export async function* parseInWorkers(
  lines: AsyncIterable<RawLine>,
  known: KnownIds,
  key: string,
  count: number,
): AsyncGenerator<Parsed | Rejection> {
  const lists = {
    Segment: [...known.Segment],
    Recipient: [...known.Recipient],
    DataCategory: [...known.DataCategory],
    Purpose: [...known.Purpose],
  };
  const pool = new ParsePool(count, { key, known: lists });
  const inFlight: Promise<(Parsed | Rejection)[]>[] = [];
  const send = (chunk: RawLine[]) => {
    const answer = pool.parse(chunk);
    // Awaited in order below; marked handled now so a failure while earlier chunks are consumed is not "unhandled".
    answer.catch(() => undefined);
    inFlight.push(answer);
  };
  try {
    let chunk: RawLine[] = [];
    for await (const raw of lines) {
      chunk.push(raw);
      if (chunk.length < CHUNK_LINES) continue;
      send(chunk);
      chunk = [];
      while (inFlight.length >= count * 4) yield* await (inFlight.shift() as Promise<(Parsed | Rejection)[]>);
    }
    if (chunk.length) send(chunk);
    while (inFlight.length) yield* await (inFlight.shift() as Promise<(Parsed | Rejection)[]>);
  } finally {
    await pool.close();
  }
}
