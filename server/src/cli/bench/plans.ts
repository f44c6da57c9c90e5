import { startServer } from '../../bootstrap';
import type { AppConfig } from '../../config/app-config';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store';
import { ObligationsService } from '../../obligations/obligations.service';
import { RequestsService } from '../../requests/requests.service';
import { today } from '../../rules/dates';
import { externalIdOf, prng } from '../synth';
import { listLengthIn } from './answers';
import { measure, percentiles, type Percentiles } from './measure';

const PLAN = `query($id: ID!) { propagationPlan(requestId: $id) {
  request { id dueOn } complete excluded { id name }
  rows { recipient { id name } bases evidence categories { id name } lastOn dueOn status sentOn confirmedOn explanation }
} }`;

/**
 * `propagationPlan` latency beside whoReceived's: one CCPA_DELETE request per sampled person (ids fixed by the
 * sample, so a re-run on the same graph records nothing new), then its plan through GraphQL over HTTP and through
 * the service in-process, at concurrency 1.
 */
export interface PlanResult {
  graphql: { c1: Percentiles };
  raw: { c1: Percentiles };
  rowsPerPlan: number;
}

export async function planLatency(config: AppConfig, token: string, people: number, requests: number, seed: number): Promise<PlanResult> {
  const server = await startServer(config, { logger: false });
  try {
    const graph = server.app.get<symbol, GraphStore>(GRAPH_STORE);
    const register = server.app.get(RequestsService);
    const obligations = server.app.get(ObligationsService);
    const rnd = prng(seed + 11);
    const sample = Array.from({ length: requests }, () => Math.floor(rnd() * people));
    const ids = sample.map((n) => `bench-delete-${n}`);
    const receivedOn = today();
    for (const [i, n] of sample.entries()) {
      await graph.write(async (tx) => {
        if (await register.exists(tx, ids[i])) return;
        const input = { person: { externalId: externalIdOf(n) }, kind: 'CCPA_DELETE' as const, receivedOn, channel: 'bench' };
        await register.recordRequestIn(tx, input, ids[i]);
      });
    }
    let rows = 0;
    const graphql = async (i: number) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: PLAN, variables: { id: ids[i] } }),
      });
      rows += listLengthIn(await res.json(), 'propagationPlan', 'rows');
    };
    const raw = async (i: number) => {
      await obligations.propagationPlan(ids[i]);
    };
    await measure(Math.min(100, requests), 2, graphql);
    await measure(Math.min(100, requests), 2, raw);
    rows = 0;
    const g1 = percentiles(await measure(requests, 1, graphql));
    const perPlan = rows / requests;
    const r1 = percentiles(await measure(requests, 1, raw));
    return { graphql: { c1: g1 }, raw: { c1: r1 }, rowsPerPlan: Math.round(perPlan * 100) / 100 };
  } finally {
    await server.close();
  }
}
