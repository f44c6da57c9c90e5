import { startTestServer, type TestServer } from '../support/server';

describe('[embedded] small hardening: suggestions, deep documents, query parameters (issue 14.9)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: 'example' });
  });
  afterAll(() => server.close());

  it('tells anonymous callers no field names ("Did you mean …"); signed-in callers still get the hint', async () => {
    const anonymous = await server.gql('{ categorie { id } }', undefined, null);
    expect(anonymous.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(anonymous.errors)).not.toMatch(/Did you mean|"categories"/);
    const guessed = await server.gql('{ categorie { id } }', undefined, 'dm_wrong-token-0123456789');
    expect(JSON.stringify(guessed.errors)).not.toMatch(/Did you mean/);
    const signedIn = await server.gql('{ categorie { id } }');
    expect(JSON.stringify(signedIn.errors)).toMatch(/Did you mean/);
  });

  it.each([
    ['nested lists in an argument', `{ categories(x: ${'['.repeat(5000)}${']'.repeat(5000)}) { id } }`],
    ['nested objects in an argument', `{ categories(x: ${'{a:'.repeat(3000)}1${'}'.repeat(3000)}) { id } }`],
    ['nested selections', `{ ${'categories { '.repeat(4000)}id${' }'.repeat(4000)} }`],
  ])('answers a deeply nested document (%s) with a clean typed error', async (_name, query) => {
    for (const token of [undefined, null]) {
      const res = await server.gql(query, undefined, token);
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.[0]?.extensions?.code).toMatch(/^(GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED)$/);
      expect(JSON.stringify(res.errors)).not.toMatch(/call stack/i);
    }
  });

  it.each([
    '/reports/shine-the-light/2025.html?person[]=a',
    '/reports/shine-the-light/2025.csv?person[x]=carmen.diaz@example.com',
    '/reports/shine-the-light/2025.pdf?person=a&person=b',
    '/reports/shine-the-light/2025.html?persn=carmen.diaz@example.com',
    '/reports/gdpr/recipients.csv?personId[]=x',
    '/reports/gdpr/processors.csv?asOf[]=2025-01-01',
  ])('answers %s with 400 instead of another document', async (path) => {
    const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${server.adminToken}` } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('BAD_USER_INPUT');
  });
});
