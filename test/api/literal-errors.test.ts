import { startTestServer, type TestServer } from '../support/server';

/** Bad values written inline in the query (not as variables) still name their field. */
describe('[embedded] inline literal errors', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: 'none' });
  });
  afterAll(() => server.close());

  it.each([
    ['an impossible date', 'mutation { endDisclosure(id: "x", validTo: "2025-02-30") { id } }', 'validTo'],
    [
      'a date with a time',
      'mutation { upsertSource(input: { id: "s", name: "S", kind: DIRECT }) { id } addCollection(input: { sourceId: "s", categoryIds: ["c"], segmentIds: [], purposeIds: [], validFrom: "2025-01-01T00:00:00Z" }) { id } }',
      'validFrom',
    ],
    ['an unknown enum value', 'mutation { upsertSource(input: { id: "s", name: "S", kind: SOMETIMES }) { id } }', 'kind'],
  ])('%s is BAD_USER_INPUT naming the field', async (_, query, field) => {
    const res = await server.gql(query);
    expect(res.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
    const sources = await server.gql<{ sources: unknown[] }>('{ sources { id } }');
    expect(sources.data?.sources).toEqual([]);
  });
});
