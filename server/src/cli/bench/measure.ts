/** Latency sampling shared by the benchmark's measurements. */
export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  requests: number;
}

export function percentiles(samples: number[]): Percentiles {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    mean: round(s.reduce((a, b) => a + b, 0) / s.length),
    requests: s.length,
  };
}

/** Runs `task` `total` times with `concurrency` workers, returning each call's latency in ms. */
export async function measure(total: number, concurrency: number, task: (i: number) => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const i = next++;
      const t0 = process.hrtime.bigint();
      await task(i);
      samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return samples;
}

/** Answers per second with `clients` concurrent clients, each sending its next request when its answer arrives. */
export interface Throughput {
  clients: number;
  requests: number;
  seconds: number;
  perSecond: number;
  /** Each request's latency under that load. */
  latency: Percentiles;
}

export async function throughputOf(total: number, clients: number, task: (i: number) => Promise<void>): Promise<Throughput> {
  const started = process.hrtime.bigint();
  const samples = await measure(total, clients, task);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    clients,
    requests: total,
    seconds: Math.round(seconds * 1000) / 1000,
    perSecond: Math.round((total / seconds) * 10) / 10,
    latency: percentiles(samples),
  };
}
