/**
 * PRODUCT.md §3 through the public GraphQL API (§5). Opt-outs (rules 3 and 4): the flows each scope suppresses, from
 * effectiveOn inclusive, and the transfers made in spite of one (violations). The group builds its scenario
 * (test/fixtures/rules/opt-outs.ts) through the mutations on its own server (an empty graph) and compares the answers
 * with the ones worked out by hand in the comments. Shared setup: test/support/rules.ts.
 */
import { enginesUnderTest } from '../support/engines';
import type { TestServer } from '../support/server';
import { openScenario, recipientIds, rowFor, summarise, whoReceived } from '../support/rules';
import { ALL_OPT_OUT_RECIPIENTS, OPT_OUTS, VIOLATIONS } from '../fixtures/rules/opt-outs';

describe.each(enginesUnderTest())('[%s] rules of PRODUCT.md §3', (engine) => {
  describe('3. opt-out scopes', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await openScenario(engine, OPT_OUTS);
    });
    afterAll(() => server.close());

    const without = (...suppressed: string[]) => ALL_OPT_OUT_RECIPIENTS.filter((id) => !suppressed.includes(id));

    it.each([
      // No opt-out: all seven, sorted by name.
      ['none@example.com', 'no opt-out', without()],
      // THIRD_PARTY and CUSTOMER classes; not PROCESSOR (o-pr, o-adnet) nor AFFILIATE (o-af, o-mailer, o-promo).
      ['tps@example.com', 'THIRD_PARTY_SHARING', without('o-cu', 'o-tp')],
      // CUSTOMER only: the THIRD_PARTY o-tp stays.
      ['offers@example.com', 'CUSTOMER_OFFERS', without('o-cu')],
      // A flow with any targeted-advertising purpose (o-adnet has o-ops + o-ads); o-mailer's directMarketing purpose is not targeted.
      ['ads@example.com', 'TARGETED_ADVERTISING', without('o-adnet')],
      // Use OWN_DIRECT_MARKETING only: o-promo has a directMarketing purpose but use OWN_OTHER_USE, o-adnet targets ads ON_OUR_BEHALF.
      ['dm@example.com', 'DIRECT_MARKETING', without('o-mailer')],
    ])('%s (%s, effective on the first covered day) leaves %j', async (email, _scope, expected) => {
      const answer = await whoReceived(server, { email }, '2024-01-01', '2024-12-31');
      expect(recipientIds(answer)).toEqual(expected);
      for (const row of answer.recipients) {
        expect([row.recipient.id, row.firstOn, row.lastOn, row.evidence]).toEqual([
          row.recipient.id,
          '2024-01-01',
          '2024-12-31',
          ['INFERRED'],
        ]);
      }
    });

    it('an opt-out effective mid-interval cuts lastOn to the day before', async () => {
      // THIRD_PARTY_SHARING from 2024-06-15: o-cu and o-tp covered 2024-01-01..2024-06-14; the rest to 2024-12-31.
      const answer = await whoReceived(server, { email: 'mid@example.com' }, '2024-01-01', '2024-12-31');
      expect(answer.recipients.map((r) => [r.recipient.id, r.firstOn, r.lastOn])).toEqual([
        ['o-af', '2024-01-01', '2024-12-31'],
        ['o-adnet', '2024-01-01', '2024-12-31'],
        ['o-cu', '2024-01-01', '2024-06-14'],
        ['o-mailer', '2024-01-01', '2024-12-31'],
        ['o-pr', '2024-01-01', '2024-12-31'],
        ['o-promo', '2024-01-01', '2024-12-31'],
        ['o-tp', '2024-01-01', '2024-06-14'],
      ]);
    });

    it('a window that ends before the opt-out is not affected by it', async () => {
      // mid@: window 2024-01-01..2024-06-14 ends the day before the opt-out.
      const answer = await whoReceived(server, { email: 'mid@example.com' }, '2024-01-01', '2024-06-14');
      expect(recipientIds(answer)).toEqual(ALL_OPT_OUT_RECIPIENTS);
      expect(new Set(answer.recipients.map((r) => r.lastOn))).toEqual(new Set(['2024-06-14']));
    });

    it('a window starting on the opt-out day sees nothing of the suppressed flows', async () => {
      // mid@: window 2024-06-15..2024-12-31: o-cu and o-tp fully suppressed.
      const answer = await whoReceived(server, { email: 'mid@example.com' }, '2024-06-15', '2024-12-31');
      expect(recipientIds(answer)).toEqual(without('o-cu', 'o-tp'));
    });

    it('an opt-out effective before the membership starts removes the inferred rows entirely', async () => {
      // early@: member from 2024-03-01, THIRD_PARTY_SHARING from 2024-02-01.
      const answer = await whoReceived(server, { email: 'early@example.com' }, '2024-01-01', '2024-12-31');
      expect(recipientIds(answer)).toEqual(without('o-cu', 'o-tp'));
      expect(rowFor(answer, 'o-af')?.firstOn).toBe('2024-03-01');
    });
  });

  describe('4. opt-out violations', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await openScenario(engine, VIOLATIONS);
    });
    afterAll(() => server.close());

    it('a transfer on the effectiveOn day is a violation, the day before is not; both count as CONFIRMED', async () => {
      // v-tp (THIRD_PARTY): 05-09 (before the opt-out) and 05-10 (its first day) → firstOn 05-09, lastOn 05-10, violation v-t-0510.
      // v-pr (PROCESSOR): not suppressed by THIRD_PARTY_SHARING → no violation.
      // Rows by recipient name: "Vault Processing" before "Victor Partners".
      const answer = await whoReceived(server, { email: 'vera@example.com' }, '2024-01-01', '2024-12-31');
      expect(answer.recipients.map(summarise)).toEqual([
        {
          recipient: 'v-pr',
          categories: ['v-cat'],
          purposes: ['v-p'],
          uses: ['ON_OUR_BEHALF'],
          evidence: ['CONFIRMED'],
          firstOn: '2024-05-20',
          lastOn: '2024-05-20',
          violations: [],
        },
        {
          recipient: 'v-tp',
          categories: ['v-cat'],
          purposes: ['v-p'],
          uses: ['OWN_OTHER_USE'],
          evidence: ['CONFIRMED'],
          firstOn: '2024-05-09',
          lastOn: '2024-05-10',
          violations: ['v-t-0510@2024-05-10'],
        },
      ]);
    });

    it.each([
      ['2024-05-09', '2024-05-09', []],
      ['2024-05-10', '2024-05-10', ['v-t-0510@2024-05-10']],
    ])('a window of one day %s..%s still shows the transfer, violations %j', async (from, to, violations) => {
      const answer = await whoReceived(server, { email: 'vera@example.com' }, from, to);
      expect(answer.recipients.map(summarise)).toEqual([
        {
          recipient: 'v-tp',
          categories: ['v-cat'],
          purposes: ['v-p'],
          uses: ['OWN_OTHER_USE'],
          evidence: ['CONFIRMED'],
          firstOn: from,
          lastOn: to,
          violations,
        },
      ]);
    });
  });
});
