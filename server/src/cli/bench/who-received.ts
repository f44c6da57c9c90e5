/**
 * `whoReceived` measured two ways on the same sampled customers: through GraphQL over loopback HTTP against the real
 * server (authentication, limits, the audit write, JSON) and through LineageService in-process (the raw lookup), at
 * concurrency 1 and 4; then the GraphQL throughput with THROUGHPUT_CLIENTS concurrent clients.
 */
import { startServer } from '../../bootstrap';
import type { AppConfig } from '../../config/app-config';
import { LineageService } from '../../lineage/lineage.service';
import { externalIdOf, prng } from '../synth';
import { BENCH_TOKEN } from './bench-config';
import { listLengthIn } from './answers';
import { measure, percentiles, throughputOf, type Percentiles, type Throughput } from './measure';

/** Issue 15's throughput figure: requests per second with 8 concurrent clients. */
export const THROUGHPUT_CLIENTS = 8;

export interface WhoReceivedResult {
  graphql: { c1: Percentiles; c4: Percentiles };
  raw: { c1: Percentiles; c4: Percentiles };
  /** GraphQL p50 / raw p50 (the API's overhead as a ratio), and the difference in ms. */
  overhead: { c1Ratio: number; c4Ratio: number; c1Ms: number; c4Ms: number };
  /** GraphQL answers per second with THROUGHPUT_CLIENTS clients each sending its next request on an answer. */
  throughput: Throughput;
  recipientsPerAnswer: number;
}

const WHO_RECEIVED = `query($p: PersonRef!) { whoReceived(person: $p) {
  person { id display }
  recipients { recipient { id name class } categories { id name } purposes { id name } uses evidence firstOn lastOn optOutViolations { id occurredOn } }
} }`;

export async function whoReceivedLatency(config: AppConfig, people: number, requests: number, seed: number): Promise<WhoReceivedResult> {
  const server = await startServer(config, { logger: false });
  try {
    const lineage = server.app.get(LineageService);
    const rnd = prng(seed + 7);
    const sample = Array.from({ length: requests }, () => externalIdOf(Math.floor(rnd() * people)));
    let recipients = 0;
    const graphql = async (i: number) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_TOKEN}` },
        body: JSON.stringify({ query: WHO_RECEIVED, variables: { p: { externalId: sample[i % sample.length] } } }),
      });
      recipients += listLengthIn(await res.json(), 'whoReceived', 'recipients');
    };
    const raw = async (i: number) => {
      await lineage.whoReceived({ externalId: sample[i % sample.length] }, null, null);
    };
    // Warm both paths (prepared statements, caches, JIT) before measuring.
    await measure(Math.min(100, requests), 2, graphql);
    await measure(Math.min(100, requests), 2, raw);
    recipients = 0;
    const g1 = percentiles(await measure(requests, 1, graphql));
    const perAnswer = recipients / requests;
    const r1 = percentiles(await measure(requests, 1, raw));
    const g4 = percentiles(await measure(requests, 4, graphql));
    const r4 = percentiles(await measure(requests, 4, raw));
    const throughput = await throughputOf(requests, THROUGHPUT_CLIENTS, graphql);
    const round = (x: number) => Math.round(x * 100) / 100;
    return {
      graphql: { c1: g1, c4: g4 },
      raw: { c1: r1, c4: r4 },
      overhead: {
        c1Ratio: round(g1.p50 / r1.p50),
        c4Ratio: round(g4.p50 / r4.p50),
        c1Ms: round(g1.p50 - r1.p50),
        c4Ms: round(g4.p50 - r4.p50),
      },
      throughput,
      recipientsPerAnswer: round(perAnswer),
    };
  } finally {
    await server.close();
  }
}
