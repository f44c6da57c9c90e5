import { CatalogService } from '../../server/src/catalog/catalog.service';
import { GRAPH_STORE, type GraphStore } from '../../server/src/graph/graph-store';
import { enginesUnderTest, freshStore } from '../support/engines';
import { startTestServer, type TestServer } from '../support/server';

const MAP_LABEL = 'query { dataMap(asOf: "2025-06-01") { nodes { id label } } }';
const rename = (name: string) =>
  `mutation { registerRecipient(input: {id: "example-payments", name: "${name}", class: PROCESSOR}) { id } }`;

async function labelOf(server: TestServer, id: string): Promise<string | undefined> {
  const res = await server.gql<{ dataMap: { nodes: { id: string; label: string }[] } }>(MAP_LABEL);
  expect(res.errors).toBeUndefined();
  return res.data?.dataMap.nodes.find((n) => n.id === id)?.label;
}

/** The inventory kept in memory between requests is never older than the graph, and never holds uncommitted data. */
describe.each(enginesUnderTest())('[%s] the inventory kept in memory', (engine) => {
  let server: TestServer;

  beforeAll(async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    server = await startTestServer({ engine, seed: 'example' });
  });
  afterAll(() => server.close());

  it('answers with an inventory change right after it is made', async () => {
    const before = await labelOf(server, 'example-payments');
    expect(before).toBeDefined();
    expect((await server.gql(rename('Payments Renamed'))).errors).toBeUndefined();
    expect(await labelOf(server, 'example-payments')).toBe('Payments Renamed');
  });

  it('keeps nothing a write unit of work saw: a rolled-back change never reaches a later answer', async () => {
    const store = server.app.get<GraphStore>(GRAPH_STORE);
    const catalogs = server.app.get(CatalogService);
    await expect(
      store.write(async (tx) => {
        // Changed, but the revision not moved yet (a service records its history entry last): a copy kept from
        // here would look current to every later reader.
        await tx.run("MATCH (r:Recipient {id: 'example-payments'}) SET r.name = 'Never Committed'");
        expect((await catalogs.load(tx)).recipient('example-payments').name).toBe('Never Committed');
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await labelOf(server, 'example-payments')).toBe('Payments Renamed');
  });

  if (engine === 'neo4j') {
    it('sees a change made by another server on the same database', async () => {
      const other = await startTestServer({ engine, seed: 'none' });
      try {
        expect(await labelOf(server, 'example-payments')).toBe('Payments Renamed');
        expect(await labelOf(other, 'example-payments')).toBe('Payments Renamed');
        expect((await other.gql(rename('Payments Elsewhere'))).errors).toBeUndefined();
        expect(await labelOf(server, 'example-payments')).toBe('Payments Elsewhere');
      } finally {
        await other.close();
      }
    });
  }
});
