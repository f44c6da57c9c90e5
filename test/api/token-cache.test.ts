import { AuthService, TOKEN_CACHE_MS } from '../../server/src/auth/auth.service';
import { GRAPH_STORE, type GraphStore } from '../../server/src/graph/graph-store';
import { ApiTokensRepository } from '../../server/src/graph/repositories/api-tokens.repository';
import { enginesUnderTest, freshStore } from '../support/engines';
import { startTestServer, type TestServer } from '../support/server';

const ME = '{ me { name } }';

/**
 * Token look-ups are cached (a graph read per token every TOKEN_CACHE_MS, not per request). A revocation through this
 * process takes effect at the next request; one written by another process (another server on the same Neo4j)
 * within TOKEN_CACHE_MS.
 */
describe.each(enginesUnderTest())('[%s] token cache', (engine) => {
  let server: TestServer;

  beforeAll(async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    server = await startTestServer({ engine });
  });
  afterAll(() => server.close());

  const issue = async (name: string) =>
    (
      await server.gql<{ createApiToken: { token: string } }>(
        `mutation { createApiToken(input: { name: "${name}", role: LEGAL }) { token } }`,
      )
    ).data!.createApiToken.token;
  const code = async (secret: string) => (await server.gql(ME, undefined, secret)).errors?.[0]?.extensions?.code ?? 'OK';

  it('turns a revoked token away at the very next request, even while many requests with it are in flight', async () => {
    const secret = await issue('cached-then-revoked');
    expect(await code(secret)).toBe('OK'); // now cached
    const during = Promise.all(Array.from({ length: 20 }, () => code(secret)));
    const revoked = await server.gql('mutation { revokeApiToken(name: "cached-then-revoked") { revokedAt } }');
    expect(revoked.errors).toBeUndefined();
    await during;
    // Requests that began before the revocation may have been answered; none after it is.
    for (let i = 0; i < 5; i += 1) expect(await code(secret)).toBe('UNAUTHENTICATED');
  });

  it(`sees a revocation written by another process within ${TOKEN_CACHE_MS} ms`, async () => {
    const secret = await issue('revoked-elsewhere');
    expect(await code(secret)).toBe('OK');
    const graph = server.app.get<typeof GRAPH_STORE, GraphStore>(GRAPH_STORE);
    const tokens = server.app.get(ApiTokensRepository);
    // What another server instance's revokeApiToken writes: this process's cache is not told.
    await graph.write((tx) => tokens.revoke(tx, 'revoked-elsewhere', new Date().toISOString()));
    const revokedAt = Date.now();
    let accepted = 0;
    while ((await code(secret)) === 'OK') {
      accepted += 1;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(Date.now() - revokedAt).toBeLessThanOrEqual(TOKEN_CACHE_MS + 1_000);
    expect(accepted).toBeGreaterThan(0); // it was cached: without the cache the first request would have failed
    expect(await code(secret)).toBe('UNAUTHENTICATED');
    server.app.get(AuthService).forgetTokens();
    expect(await code(secret)).toBe('UNAUTHENTICATED');
  });
});
