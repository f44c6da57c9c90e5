/**
 * Where parsed lines come from: the line parser on the main thread, or a pool of parse workers (node:worker_threads)
 * that JSON-parse, check and hash chunks of lines while the main thread plans and writes. Either way the lines come
 * out in input order.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultWorkerCount, OrderedWorkerPool } from '../common/ordered-workers';
import { hashIdentifier } from '../people/person-identity';
import { parseLine, type IdentifierHash, type KnownIds, type Parsed, type Rejection } from './line-parser';
import { toInputLine, type RawLine } from './bulk-lines';

/** What a parse worker is started with. */
export interface ParseWorkerData {
  key: string;
  known: Record<keyof KnownIds, string[]>;
}

export const isParseWorkerData = (value: unknown): value is ParseWorkerData =>
  typeof value === 'object' && value !== null && 'key' in value && typeof value.key === 'string' && 'known' in value;
/** A chunk of raw lines (a job) and its parsed lines (the answer) are arrays of the line parser's types. */
export const isLineChunk = (value: unknown): value is RawLine[] => Array.isArray(value);
const isParsedChunk = (value: unknown): value is (Parsed | Rejection)[] => Array.isArray(value);

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

/** Parse workers to start by default: the pool's default, or none from the sources (tests parse on the main thread). */
export function defaultParseWorkers(): number {
  return existsSync(WORKER_FILE) ? defaultWorkerCount() : 0;
}

/** Parsed lines in input order, on the main thread. */
export async function* parseInline(lines: AsyncIterable<RawLine>, known: KnownIds, key: string): AsyncGenerator<Parsed | Rejection> {
  const hash = identifierHasher(key);
  for await (const raw of lines) yield parseLine(toInputLine(raw), known, hash);
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
  const init: ParseWorkerData = { key, known: lists };
  const pool = OrderedWorkerPool.start<RawLine[], (Parsed | Rejection)[]>(WORKER_FILE, init, count, isParsedChunk);
  const inFlight: Promise<(Parsed | Rejection)[]>[] = [];
  const send = (chunk: RawLine[]) => {
    const answer = pool.submit(chunk);
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
