import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { startServer, type RunningServer } from '../../server/src/bootstrap';
import { AuditService } from '../../server/src/audit/audit.service';
import { GRAPH_STORE, type GraphStore } from '../../server/src/graph/graph-store';
import { enginesUnderTest, freshStore, neo4jSettings, tempDir } from '../support/engines';
import { TEST_ADMIN_TOKEN, TEST_PERSON_ID_SECRET } from '../support/server';

/** Audit entries still only in the journal (shipping held back) are listed by auditLog and included in an export. */
describe.each(enginesUnderTest())('[%s] audit entries not yet shipped', (engine) => {
  let running: RunningServer;
  const gql = async (query: string) => {
    const res = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
      body: JSON.stringify({ query }),
    });
    return (await res.json()) as { data?: Record<string, unknown> };
  };
  const inGraph = () =>
    running.app
      .get<typeof GRAPH_STORE, GraphStore>(GRAPH_STORE)
      .read((tx) => tx.run<{ id: string }>('MATCH (n:AuditEntry) RETURN n.id AS id'))
      .then((rows) => rows.map((r) => r.id));

  beforeAll(async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    running = await startServer(
      {
        port: 0,
        host: '127.0.0.1',
        engine,
        dataDir: tempDir('dm-journal-export-'),
        neo4j: engine === 'neo4j' ? neo4jSettings() : null,
        adminToken: TEST_ADMIN_TOKEN,
        seed: 'none',
        personIdSecret: TEST_PERSON_ID_SECRET,
        production: true,
        webDir: join(__dirname, '..', '..', 'web', 'dist'),
        auditShipIntervalMs: 600_000,
      },
      { logger: false },
    );
  });
  afterAll(() => running.close());

  it('lists them in auditLog once, and ships them into the archive before exporting', async () => {
    for (const id of ['journal-a', 'journal-b', 'journal-c']) await gql(`mutation { upsertPerson(input: { externalId: "${id}" }) { id } }`);
    const log = (await gql('{ auditLog { id operation } }')).data?.auditLog as { id: string; operation: string }[];
    const upserts = log.filter((e) => e.operation === 'upsertPerson').map((e) => e.id);
    expect(upserts).toHaveLength(3);
    expect(new Set(log.map((e) => e.id)).size).toBe(log.length);
    const stored = await inGraph();
    expect(upserts.filter((id) => stored.includes(id))).toEqual([]); // still only in the journal
    expect(running.app.get(AuditService).backlog).toBeGreaterThanOrEqual(3);

    const res = await fetch(`${running.url}/admin/export`, { headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } });
    expect(res.status).toBe(200);
    const archive = gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8');
    for (const id of upserts) expect(archive).toContain(id);
    expect(await inGraph()).toEqual(expect.arrayContaining(upserts));
  });
});
