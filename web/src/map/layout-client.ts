import type { LayoutInput, Positions } from './layout';
import { layoutSignature } from './layout-signature';
import type { LayoutRequest, LayoutResponse } from './layout.worker';

/** Runs layouts in one shared Web Worker and caches the results in memory, keyed by the graph's signature. */
const cache = new Map<string, Positions>();
const MAX_CACHED = 50;
const pending = new Map<number, { resolve(positions: Positions): void; reject(error: Error): void }>();
let worker: Worker | null = null;
let workerBroken = false;
let nextRequestId = 1;

function getWorker(): Worker | null {
  if (workerBroken) return null;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'map-layout' });
  } catch {
    workerBroken = true;
    return null;
  }
  worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
    const request = pending.get(event.data.requestId);
    if (!request) return;
    pending.delete(event.data.requestId);
    if ('positions' in event.data) request.resolve(event.data.positions);
    else request.reject(new Error(event.data.error));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    workerBroken = true;
    worker?.terminate();
    worker = null;
    const failed = [...pending.values()];
    pending.clear();
    failed.forEach((request) => request.reject(new Error('The layout worker stopped.')));
  };
  return worker;
}

async function layoutOnMainThread(input: LayoutInput): Promise<Positions> {
  const { computeLayout } = await import('./layout');
  return computeLayout(input);
}

function remember(signature: string, positions: Positions): Positions {
  cache.set(signature, positions);
  if (cache.size > MAX_CACHED) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return positions;
}

export function cachedLayout(input: LayoutInput): Positions | undefined {
  return cache.get(layoutSignature(input));
}

export async function layoutGraph(input: LayoutInput): Promise<Positions> {
  const signature = layoutSignature(input);
  const cached = cache.get(signature);
  if (cached) return cached;
  const target = getWorker();
  if (!target) return remember(signature, await layoutOnMainThread(input));
  const requestId = nextRequestId++;
  try {
    const positions = await new Promise<Positions>((resolve, reject) => {
      pending.set(requestId, { resolve, reject });
      const request: LayoutRequest = { requestId, input };
      target.postMessage(request);
    });
    return remember(signature, positions);
  } catch {
    return remember(signature, await layoutOnMainThread(input));
  }
}
