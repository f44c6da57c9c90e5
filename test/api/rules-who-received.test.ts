/**
 * PRODUCT.md §3 through the public GraphQL API (§5). The windows of whoReceived (rules 1 and 2): membership,
 * disclosure validity and the window intersect, inclusively, and several memberships reaching one recipient make one
 * row. The group builds its scenario (test/fixtures/rules/who-received.ts) through the mutations on its own server
 * (an empty graph) and compares the answers with the ones worked out by hand in the comments. Shared setup:
 * test/support/rules.ts.
 */
import { enginesUnderTest } from '../support/engines';
import type { TestServer } from '../support/server';
import { openScenario, summarise, utcToday, whoReceived } from '../support/rules';
import { MEMBERSHIPS, WINDOWS } from '../fixtures/rules/who-received';

describe.each(enginesUnderTest())('[%s] rules of PRODUCT.md §3', (engine) => {
  describe('1. windows: membership ∩ disclosure validity ∩ window', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await openScenario(engine, WINDOWS);
    });
    afterAll(() => server.close());

    // Membership 2024-06-01..open, disclosure 2024-03-01..2024-09-30.
    it.each([
      // window 2024: max(06-01, 03-01, 01-01) = 06-01 .. min(open, 09-30, 12-31) = 09-30
      ['2024-01-01', '2024-12-31', { firstOn: '2024-06-01', lastOn: '2024-09-30' }],
      // window ending on the first day of the membership: one day
      ['2024-01-01', '2024-06-01', { firstOn: '2024-06-01', lastOn: '2024-06-01' }],
      // window ending on the disclosure's last day, starting on it
      ['2024-09-30', '2024-12-31', { firstOn: '2024-09-30', lastOn: '2024-09-30' }],
      // window ending the day before the membership: nothing
      ['2024-01-01', '2024-05-31', null],
      // window starting the day after the disclosure ended: nothing
      ['2024-10-01', '2024-12-31', null],
    ])('from %s to %s', async (from, to, expected) => {
      const answer = await whoReceived(server, { email: 'win@example.com' }, from, to);
      expect(answer.from).toBe(from);
      expect(answer.to).toBe(to);
      if (expected === null) {
        expect(answer.recipients).toEqual([]);
        return;
      }
      expect(answer.recipients.map(summarise)).toEqual([
        {
          recipient: 'w-acme',
          categories: ['w-email'],
          purposes: ['w-analytics'],
          uses: ['OWN_OTHER_USE'],
          evidence: ['INFERRED'],
          firstOn: expected.firstOn,
          lastOn: expected.lastOn,
          violations: [],
        },
      ]);
    });

    it('defaults from to the beginning and to to today (UTC)', async () => {
      // Disclosure 2024-01-01..open, membership 2024-01-01..open: covered up to today.
      const before = utcToday();
      const answer = await whoReceived(server, { email: 'open@example.com' });
      const after = utcToday();
      expect(answer.from).toBeNull();
      expect([before, after]).toContain(answer.to);
      expect(answer.recipients.map((r) => [r.recipient.id, r.evidence, r.firstOn, r.lastOn])).toEqual([
        ['w-beta', ['INFERRED'], '2024-01-01', answer.to],
      ]);
    });
  });

  describe('2. several memberships reaching one recipient', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await openScenario(engine, MEMBERSHIPS);
    });
    afterAll(() => server.close());

    it.each([
      // m-a 02-01..04-30 via m-d-a, m-b 04-15..08-31 via m-d-b → one row 02-01..08-31
      ['overlap@example.com', '2024-02-01', '2024-08-31'],
      // m-a 01-10..01-31, m-b 03-01..03-15 (a gap between) → one row 01-10..03-15
      ['sequence@example.com', '2024-01-10', '2024-03-15'],
    ])('%s: one row spanning both memberships, categories united and listed by name', async (email, firstOn, lastOn) => {
      const answer = await whoReceived(server, { email }, '2024-01-01', '2024-12-31');
      expect(answer.recipients.map(summarise)).toEqual([
        {
          recipient: 'm-mercury',
          // "Age" (m-2-age) before "Zip code" (m-1-zip)
          categories: ['m-2-age', 'm-1-zip'],
          purposes: ['m-research'],
          uses: ['OWN_DIRECT_MARKETING', 'OWN_OTHER_USE'],
          evidence: ['INFERRED'],
          firstOn,
          lastOn,
          violations: [],
        },
      ]);
    });

    it('a window covering only the first membership keeps only its categories', async () => {
      // overlap@: window 2024-02-01..2024-04-14 meets m-a only (m-b starts 04-15).
      const answer = await whoReceived(server, { email: 'overlap@example.com' }, '2024-02-01', '2024-04-14');
      expect(answer.recipients.map(summarise)).toEqual([
        {
          recipient: 'm-mercury',
          categories: ['m-1-zip'],
          purposes: ['m-research'],
          uses: ['OWN_OTHER_USE'],
          evidence: ['INFERRED'],
          firstOn: '2024-02-01',
          lastOn: '2024-04-14',
          violations: [],
        },
      ]);
    });
  });
});
