import { parentPort, workerData } from 'node:worker_threads';

/**
 * The worker side of OrderedWorkerPool: builds its state from the pool's `init` once, then answers each job with
 * `{ seq, result }` (or `{ seq, error }`), one at a time, in the order received.
 */
export function serveJobs<Init, Job, Result>(
  checks: { init: (value: unknown) => value is Init; job: (value: unknown) => value is Job },
  setup: (init: Init) => (job: Job) => Result,
): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs runs in a worker thread');
  const data: unknown = workerData;
  const init = typeof data === 'object' && data !== null && 'init' in data ? data.init : undefined;
  if (!checks.init(init)) throw new Error('the worker thread was started without its run context');
  const handle = setup(init);
  port.on('message', (message: unknown) => {
    if (typeof message !== 'object' || message === null || !('seq' in message) || !('job' in message)) return;
    const { seq, job } = message;
    try {
      if (!checks.job(job)) throw new Error('a job the worker thread cannot read');
      port.postMessage({ seq, result: handle(job) });
    } catch (error) {
      port.postMessage({ seq, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
