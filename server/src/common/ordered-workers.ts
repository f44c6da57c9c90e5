import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * A small pool of worker threads that each run one module over a stream of jobs, answering in submission order:
 * `submit` returns the job's result promise, and the caller awaits them in the order it submitted them (so rows are
 * written in order whatever worker finishes first). The module (see `serveJobs`) gets `init` once, then jobs.
 */
export class OrderedWorkerPool<Job, Result> {
  private readonly pending = new Map<number, { resolve: (r: Result) => void; reject: (e: Error) => void; worker: number }>();
  private readonly load: number[];
  private seq = 0;
  private failure: Error | null = null;

  private constructor(
    private readonly workers: Worker[],
    private readonly isResult: (value: unknown) => value is Result,
  ) {
    this.load = workers.map(() => 0);
    workers.forEach((worker, index) => {
      worker.on('message', (message: unknown) => this.settle(index, message));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`worker thread exited with code ${code}`));
      });
    });
  }

  /** Starts `size` workers running `modulePath` (a compiled .js file, or .ts when running from the sources). */
  static start<Job, Result>(
    modulePath: string,
    init: unknown,
    size: number,
    isResult: (value: unknown) => value is Result,
  ): OrderedWorkerPool<Job, Result> {
    const workers = Array.from({ length: size }, () => spawnWorker(modulePath, init));
    return new OrderedWorkerPool<Job, Result>(workers, isResult);
  }

  get size(): number {
    return this.workers.length;
  }

  /** Hands the job to the least busy worker; the promise settles with its result. */
  submit(job: Job): Promise<Result> {
    if (this.failure) return Promise.reject(this.failure);
    const seq = this.seq++;
    let worker = 0;
    for (let i = 1; i < this.load.length; i++) if (this.load[i] < this.load[worker]) worker = i;
    this.load[worker]++;
    const result = new Promise<Result>((resolve, reject) => this.pending.set(seq, { resolve, reject, worker }));
    this.workers[worker].postMessage({ seq, job });
    return result;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private settle(index: number, message: unknown): void {
    if (typeof message !== 'object' || message === null || !('seq' in message) || typeof message.seq !== 'number') return;
    const entry = this.pending.get(message.seq);
    if (!entry) return;
    this.pending.delete(message.seq);
    this.load[index]--;
    if ('error' in message) entry.reject(new Error(String(message.error)));
    else if ('result' in message && this.isResult(message.result)) entry.resolve(message.result);
    else entry.reject(new Error('a worker thread answered with an unexpected message'));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const entry of this.pending.values()) entry.reject(error);
    this.pending.clear();
  }
}

/** Worker threads to use by default: one per core beyond the main thread's, at least one, at most four. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/**
 * Compiled, a worker runs its .js module. From the TypeScript sources (the test tiers run them through swc), the
 * worker compiles its modules the same way before loading the entry: a worker thread does not inherit Jest's
 * transform. @swc/core and pirates are development dependencies, never reached from the compiled server.
 */
const FROM_SOURCES = `
const swc = require('@swc/core');
require('pirates').addHook(
  (code, filename) => swc.transformSync(code, {
    filename,
    jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' },
    module: { type: 'commonjs' },
  }).code,
  { exts: ['.ts'] },
);
require(require('node:worker_threads').workerData.modulePath);
`;

/** A worker thread running `modulePath` (compiled .js, or .ts from the sources) with `{ modulePath, init }` as its data. */
export function spawnWorker(modulePath: string, init: unknown): Worker {
  const workerData = { modulePath, init };
  return modulePath.endsWith('.ts') ? new Worker(FROM_SOURCES, { eval: true, workerData }) : new Worker(modulePath, { workerData });
}

/** A worker module beside `file` (the caller's __filename): `.js` when compiled, `.ts` when run from the sources. */
export const workerModuleBeside = (file: string, name: string): string => join(dirname(file), name + file.slice(file.lastIndexOf('.')));
