/**
 * PRODUCT.md §3 through the public GraphQL API (§5). Answers survive a restart (rule 10), on the embedded engine. The
 * group builds its scenario (test/fixtures/rules/restart.ts) through the mutations on its own server (an empty graph)
 * and compares the answers with the ones worked out by hand in the comments. Shared setup: test/support/rules.ts.
 */
import { startTestServer, type TestServer } from '../support/server';
import { openScenario, summarise, whoReceived } from '../support/rules';
import { RESTART } from '../fixtures/rules/restart';

// The embedded engine only: the restarted server opens the same data directory (Neo4j keeps its data in its own
// process, which a server restart does not touch).
describe('[embedded] rules of PRODUCT.md §3', () => {
  const engine = 'embedded';
  describe('10. answers survive a restart', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await openScenario(engine, RESTART);
    });
    afterAll(() => server.close());

    it('gives the same whoReceived answer after a restart on the same data directory', async () => {
      // Inferred: membership 2024-03-15..open ∩ disclosure ..2024-10-31 → 2024-03-15..2024-10-31 (the opt-out on 11-01 is later).
      // Confirmed: r-t on 2024-11-05, after the THIRD_PARTY_SHARING opt-out of 2024-11-01 → a violation.
      const expected = [
        {
          recipient: 'r-r',
          categories: ['r-cat'],
          purposes: ['r-p'],
          uses: ['OWN_OTHER_USE'],
          evidence: ['CONFIRMED', 'INFERRED'],
          firstOn: '2024-03-15',
          lastOn: '2024-11-05',
          violations: ['r-t@2024-11-05'],
        },
      ];
      const before = await whoReceived(server, { email: 'rita@example.com' }, '2024-01-01', '2024-12-31');
      expect(before.recipients.map(summarise)).toEqual(expected);
      await server.close();
      server = await startTestServer({ engine: 'embedded', seed: 'none', dataDir: server.dataDir });
      const after = await whoReceived(server, { email: 'rita@example.com' }, '2024-01-01', '2024-12-31');
      expect(after).toEqual(before);
    });
  });
});
