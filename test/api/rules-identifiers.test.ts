/**
 * PRODUCT.md §3 through the public GraphQL API (§5). Person identifiers (rule 9): one person found by any of them,
 * normalised, and shown masked. The group builds its scenario (test/fixtures/rules/identifiers.ts) through the
 * mutations on its own server (an empty graph) and compares the answers with the ones worked out by hand in the
 * comments. Shared setup: test/support/rules.ts.
 */
import { enginesUnderTest } from '../support/engines';
import type { TestServer } from '../support/server';
import { dataOf, openScenario, UPSERT_PERSON, whoReceived } from '../support/rules';
import type { PersonRef } from '../fixtures/rules/scenario';
import { IDENTIFIERS } from '../fixtures/rules/identifiers';

describe.each(enginesUnderTest())('[%s] rules of PRODUCT.md §3', (engine) => {
  describe('9. identifiers', () => {
    let server: TestServer;
    let aliceId: string;
    beforeAll(async () => {
      server = await openScenario(engine, IDENTIFIERS);
      aliceId = (await whoReceived(server, { email: 'alice@example.com' }, '2024-01-01', '2024-12-31')).person.id;
    });
    afterAll(() => server.close());

    const lookups: [string, (id: string) => PersonRef][] = [
      ['email in another case, with spaces', () => ({ email: '  Alice@Example.COM ' })],
      ['phone as written at upsert', () => ({ phone: '+1 415 555 0101' })],
      ['phone with punctuation', () => ({ phone: '+1 (415) 555-0101' })],
      ['phone as digits', () => ({ phone: '14155550101' })],
      ['the person id', (id) => ({ id })],
    ];
    it.each(lookups)('finds the same person by %s', async (_how, refFor) => {
      const answer = await whoReceived(server, refFor(aliceId), '2024-01-01', '2024-12-31');
      expect(answer.person.id).toBe(aliceId);
      // Membership 2024-02-01..open ∩ disclosure 2024-01-01..2024-12-31.
      expect(answer.recipients.map((r) => [r.recipient.id, r.firstOn, r.lastOn])).toEqual([['i-r', '2024-02-01', '2024-12-31']]);
    });

    it('shows the person masked, never the raw identifier', async () => {
      const answer = await whoReceived(server, { phone: '14155550101' }, '2024-01-01', '2024-12-31');
      expect(answer.person.display).not.toMatch(/alice/i);
      expect(answer.person.display).not.toContain('4155550101');
    });

    it('upsertPerson with a known email and a new phone updates the same person', async () => {
      const res = await server.gql<{ upsertPerson: { id: string } }>(UPSERT_PERSON, {
        input: { email: 'ALICE@example.com ', phone: '(415) 555-0199' },
      });
      expect(dataOf(res, 'upsertPerson').upsertPerson.id).toBe(aliceId);
      const byNewPhone = await whoReceived(server, { phone: '4155550199' }, '2024-01-01', '2024-12-31');
      expect(byNewPhone.person.id).toBe(aliceId);
      const byOldPhone = await whoReceived(server, { phone: '14155550101' }, '2024-01-01', '2024-12-31');
      expect(byOldPhone.person.id).toBe(aliceId);
      // Nothing else changed: the same membership and row.
      expect(byNewPhone.recipients.map((r) => [r.recipient.id, r.firstOn, r.lastOn])).toEqual([['i-r', '2024-02-01', '2024-12-31']]);
    });
  });
});
