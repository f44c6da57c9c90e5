/**
 * PRODUCT.md §3 through the public GraphQL API (§5). The category hierarchy and the Shine the Light report (rules 5
 * and 6): a parent stands for its subtree, third parties and notices by year and by person. The group builds its
 * scenario (test/fixtures/rules/stl.ts) through the mutations on its own server (an empty graph) and compares the
 * answers with the ones worked out by hand in the comments. Shared setup: test/support/rules.ts.
 */
import { enginesUnderTest } from '../support/engines';
import type { TestServer } from '../support/server';
import { codes, openScenario, recipientIds, shineTheLight, thirdPartyIds, whoReceived } from '../support/rules';
import { HIERARCHY, SHINE } from '../fixtures/rules/stl';

const NOT_RESIDENT = 'not a California resident';
const NO_RELATIONSHIP = 'no established business relationship';

describe.each(enginesUnderTest())('[%s] rules of PRODUCT.md §3', (engine) => {
  describe('5. category hierarchy', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await openScenario(engine, HIERARCHY);
    });
    afterAll(() => server.close());

    // h-contact = {h-contact, h-email (EMAIL_ADDRESS), h-phone (TELEPHONE_NUMBER), h-postal, h-home-address (NAME_AND_ADDRESS)}
    // → statutory order: NAME_AND_ADDRESS (1), EMAIL_ADDRESS (2), TELEPHONE_NUMBER (13).
    const EXPECTED_CATEGORIES = [
      { code: 'NAME_AND_ADDRESS', label: 'Name and address' },
      { code: 'EMAIL_ADDRESS', label: 'Electronic mail address' },
      { code: 'TELEPHONE_NUMBER', label: 'Telephone number' },
    ];

    it('the standard report expands a declared parent to its subtree’s codes, in statutory order', async () => {
      const report = await shineTheLight(server, 2024);
      expect(report.categories).toEqual(EXPECTED_CATEGORIES);
      expect(report.thirdParties.map((t) => [t.recipient.id, t.name, t.address, codes(t.categories)])).toEqual([
        ['h-partner', 'Harbor Partners', '9 Harbor St, Oakland, CA', ['NAME_AND_ADDRESS', 'EMAIL_ADDRESS', 'TELEPHONE_NUMBER']],
      ]);
    });

    it('the per-person report expands it the same way', async () => {
      const report = await shineTheLight(server, 2024, { email: 'hugo@example.com' });
      expect(report.categories).toEqual(EXPECTED_CATEGORIES);
      expect(thirdPartyIds(report)).toEqual(['h-partner']);
      // Resident, last purchase 2024-05-01 (after the cutoff 2023-06-30): no notices.
      expect(report.notices).toEqual([]);
    });

    it('whoReceived lists the category as declared (the parent, not its subtree)', async () => {
      const answer = await whoReceived(server, { email: 'hugo@example.com' }, '2024-01-01', '2024-12-31');
      expect(answer.recipients.map((r) => [r.recipient.id, r.categories.map((c) => c.id)])).toEqual([['h-partner', ['h-contact']]]);
    });
  });

  describe('6. Shine the Light', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await openScenario(engine, SHINE);
    });
    afterAll(() => server.close());

    it.each([
      // 2024: Zephyr (s-aff, affiliate, open) and Mallow (s-z-ended, ended on 2024-12-31).
      // Not: Ace Processing (ON_OUR_BEHALF), Board of Revenue (LEGAL_OBLIGATION), Birch (starts 2025-12-31),
      // Cedar (2024-12-31 transfer is OWN_OTHER_USE). By name: Mallow Lists, Zephyr Sister Brand.
      [2024, ['s-z-ended', 's-aff'], ['EMAIL_ADDRESS', 'PRODUCTS_PURCHASED']],
      // 2025: Zephyr (open), Birch (from 2025-12-31), Cedar (transfer 2025-01-01). Not Mallow (ended 2024-12-31).
      // By name: Birch Catalog, Cedar Coupons, Zephyr Sister Brand. Codes: NAME_AND_ADDRESS(1), TELEPHONE_NUMBER(13), PRODUCTS_PURCHASED(18).
      [2025, ['s-y-late', 's-x-xfer', 's-aff'], ['NAME_AND_ADDRESS', 'TELEPHONE_NUMBER', 'PRODUCTS_PURCHASED']],
      // 2026: only the open ones: Birch and Zephyr.
      [2026, ['s-y-late', 's-aff'], ['TELEPHONE_NUMBER', 'PRODUCTS_PURCHASED']],
      // 2022: nothing had started.
      [2022, [], []],
    ])('standard report %i lists %j with categories %j', async (year, thirdParties, categoryCodes) => {
      const report = await shineTheLight(server, year);
      expect([report.year, report.periodStart, report.periodEnd, report.person, report.notices]).toEqual([
        year,
        `${year}-01-01`,
        `${year}-12-31`,
        null,
        [],
      ]);
      expect(thirdPartyIds(report)).toEqual(thirdParties);
      expect(codes(report.categories)).toEqual(categoryCodes);
    });

    it('gives each third party its name, address, nature of business, products and own categories', async () => {
      const report = await shineTheLight(server, 2024);
      expect(report.thirdParties).toEqual([
        {
          name: 'Mallow Lists',
          address: '5 Mallow Rd, Fresno, CA',
          natureOfBusiness: 'List broker',
          productsMarketed: ['mailing lists'],
          recipient: { id: 's-z-ended' },
          categories: [{ code: 'EMAIL_ADDRESS' }],
        },
        {
          name: 'Zephyr Sister Brand',
          address: '1 Zephyr Way, San Jose, CA 95110',
          natureOfBusiness: 'Apparel retail',
          productsMarketed: ['shoes', 'jackets'],
          recipient: { id: 's-aff' },
          categories: [{ code: 'PRODUCTS_PURCHASED' }],
        },
      ]);
    });

    it.each([
      // Ann 2024: inferred Zephyr (all year) and Mallow (2024-02-01..12-31); Cedar's 2024-12-31 transfer is OWN_OTHER_USE.
      // Last purchase 2024-06-30 ≥ 2023-06-30 → established; resident → no notices.
      ['ann@example.com', 2024, ['s-z-ended', 's-aff'], ['EMAIL_ADDRESS', 'PRODUCTS_PURCHASED'], []],
      // Ann 2025: Birch (inferred on 2025-12-31 only), Cedar (confirmed 2025-01-01), Zephyr. Not Ace (ON_OUR_BEHALF transfer),
      // not Board of Revenue. Last purchase 2024-06-30 = 2025-12-31 − 18 months → still established.
      ['ann@example.com', 2025, ['s-y-late', 's-x-xfer', 's-aff'], ['NAME_AND_ADDRESS', 'TELEPHONE_NUMBER', 'PRODUCTS_PURCHASED'], []],
      // Bob 2024: THIRD_PARTY_SHARING from 2024-01-15 removes Mallow (THIRD_PARTY, from 2024-02-01); Zephyr (AFFILIATE) stays.
      // Not resident; last purchase 2024-06-29 ≥ 2023-06-30 → established.
      ['bob@example.com', 2024, ['s-aff'], ['PRODUCTS_PURCHASED'], [NOT_RESIDENT]],
      // Bob 2025: Birch (CUSTOMER) suppressed too. Last purchase 2024-06-29 < 2024-06-30 → lapsed.
      ['bob@example.com', 2025, ['s-aff'], ['PRODUCTS_PURCHASED'], [NO_RELATIONSHIP, NOT_RESIDENT]],
      // Cy: no memberships, residency unknown (no residency notice), no relationship recorded.
      ['cy@example.com', 2025, [], [], [NO_RELATIONSHIP]],
      // Dee: relationshipSince recorded, no purchase date → established; resident.
      ['dee@example.com', 2025, [], [], []],
    ])('per-person report for %s, %i: %j %j notices %j', async (email, year, thirdParties, categoryCodes, notices) => {
      const report = await shineTheLight(server, year, { email });
      const who = await whoReceived(server, { email }, `${year}-01-01`, `${year}-12-31`);
      expect(report.person?.id).toBe(who.person.id);
      expect([report.year, report.periodStart, report.periodEnd]).toEqual([year, `${year}-01-01`, `${year}-12-31`]);
      expect(thirdPartyIds(report)).toEqual(thirdParties);
      expect(codes(report.categories)).toEqual(categoryCodes);
      expect([...report.notices].sort()).toEqual([...notices].sort());
    });

    it('never reports the processor or the authority, though the person’s data reached them', async () => {
      const who = await whoReceived(server, { email: 'ann@example.com' }, '2025-01-01', '2025-12-31');
      expect(recipientIds(who)).toEqual(expect.arrayContaining(['s-proc', 's-gov']));
      const report = await shineTheLight(server, 2025, { email: 'ann@example.com' });
      expect(thirdPartyIds(report)).not.toContain('s-proc');
      expect(thirdPartyIds(report)).not.toContain('s-gov');
    });
  });
});
