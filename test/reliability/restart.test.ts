import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
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

/** `node server/dist/main.js` as `npm start` runs it; resolves with its URL once it listens. */
function startProcess(engine: string, dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GRAPH_ENGINE: engine,
    DATA_DIR: dataDir,
    PORT: '0',
    SEED: 'example',
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    PERSON_ID_SECRET: 'test-person-id-secret-0123456789',
    RATE_LIMIT_PER_MINUTE: '0',
  };
  const child = spawn(process.execPath, [join(__dirname, '..', '..', 'server', 'dist', 'main.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`did not listen within ${HEALTHY_WITHIN_MS} ms:\n${output}`)), HEALTHY_WITHIN_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output}`));
    });
  });
}

describe.each(enginesUnderTest())('[%s] stop (SIGTERM, requests in flight) and start the server process twenty times', (engine) => {
  const dataDir = tempDir('dm-restart-proc-');
  const rows: SummaryRow[] = [];
  afterAll(() => {
    removeDir(dataDir);
    printSummary(`process restarts [${engine}]`, rows);
  });

  it(
    `listens and becomes healthy after each of ${RESTARTS} process restarts`,
    async () => {
      if (engine === 'neo4j') await (await freshStore('neo4j', dataDir)).close();
      const times: number[] = [];
      for (let i = 0; i < RESTARTS; i += 1) {
        const started = Date.now();
        const { child, url } = await startProcess(engine, dataDir);
        const exited = new Promise((r) => child.once('exit', r));
        try {
          await healthyWithin(url, HEALTHY_WITHIN_MS);
          times.push(Date.now() - started);
          const post = (query: string) =>
            fetch(`${url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
              body: JSON.stringify({ query }),
            }).catch(() => null);
          // Writes, audited look-ups and a token's first use still running when the stop comes.
          const inFlight = Array.from({ length: 6 }, (_, n) =>
            post(
              n % 2
                ? `mutation { upsertSource(input: { id: "proc-${i}-${n}", name: "P", kind: AUTOMATIC }) { id } }`
                : '{ whoReceived(person: { email: "carmen.diaz@example.com" }) { from } }',
            ),
          );
          await new Promise((r) => setTimeout(r, 20));
          child.kill('SIGTERM');
          await Promise.all(inFlight);
        } finally {
          child.kill('SIGTERM');
          await exited;
        }
      }
      rows.push({
        check: `${RESTARTS} process restarts (SIGTERM with requests in flight)`,
        tried: RESTARTS,
        rejectedCorrectly: 0,
        fiveXx: 0,
        dataLost: 0,
        note: `start to healthy: max ${Math.max(...times)} ms`,
      });
    },
    RESTARTS * (HEALTHY_WITHIN_MS * 2),
  );
});
