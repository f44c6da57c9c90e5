import { enginesUnderTest, freshStore, removeDir, tempDir } from '../support/engines';
import { TEST_ADMIN_TOKEN } from '../support/server';
import { printSummary, startReliabilityServer, type SummaryRow } from './support/reliability';

const RESTARTS = 20;
/** A restarted server must answer /health 200 within this (the reported failure: not within five minutes). */
const HEALTHY_WITHIN_MS = 30_000;

async function healthyWithin(url: string, ms: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    const status = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5_000) })
      .then((r) => r.status)
      .catch(() => 0);
    if (status === 200) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not healthy within ${ms} ms`);
}

describe.each(enginesUnderTest())('[%s] stop and start the server twenty times in a row on the same DATA_DIR', (engine) => {
  const dataDir = tempDir('dm-restart-');
  const rows: SummaryRow[] = [];
  afterAll(() => {
    removeDir(dataDir);
    printSummary(`restarts [${engine}]`, rows);
  });

  it(
    `becomes healthy after each of ${RESTARTS} restarts, with its data and its admin token`,
    async () => {
      if (engine === 'neo4j') await (await freshStore('neo4j', dataDir)).close();
      const times: number[] = [];
      for (let i = 0; i < RESTARTS; i += 1) {
        const server = await startReliabilityServer(engine, { dataDir, seed: 'example', security: { rateLimitPerMinute: 0 } });
        try {
          times.push(await healthyWithin(server.url, HEALTHY_WITHIN_MS));
          const write = await server.gql('mutation($i: SourceInput!) { upsertSource(input: $i) { id } }', {
            i: { id: `restart-${i}`, name: `Restart ${i}`, kind: 'AUTOMATIC' },
          });
          expect(write.body?.errors).toBeUndefined();
          const sources = await server.gql('{ sources { id } }', undefined, TEST_ADMIN_TOKEN);
          const ids = (sources.body?.data?.sources as { id: string }[]).map((s) => s.id);
          expect(ids.filter((id) => id.startsWith('restart-'))).toHaveLength(i + 1);
        } finally {
          await server.close();
        }
      }
      rows.push({
        check: `${RESTARTS} restarts on one DATA_DIR`,
        tried: RESTARTS,
        rejectedCorrectly: 0,
        fiveXx: 0,
        dataLost: 0,
        note: `healthy after max ${Math.max(...times)} ms`,
      });
    },
    RESTARTS * (HEALTHY_WITHIN_MS + 30_000),
  );
});
