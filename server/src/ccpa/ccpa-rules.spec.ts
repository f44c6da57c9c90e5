import type { RecipientClass } from '@disclosure-map/graph-schema';
import { ccpaCategoriesFor, ccpaDisclosureLists, rightToKnowPeriod, twelveMonthsBefore, type CcpaFlow } from './ccpa-rules';

const categories = [
  { id: 'contact', parentId: null, ccpa: [] },
  { id: 'email', parentId: 'contact', ccpa: ['IDENTIFIERS'] },
  { id: 'name', parentId: 'contact', ccpa: ['IDENTIFIERS', 'CUSTOMER_RECORDS'] },
  { id: 'browsing', parentId: null, ccpa: ['INTERNET_ACTIVITY'] },
  { id: 'interests', parentId: null, ccpa: ['INFERENCES'] },
  { id: 'card', parentId: null, ccpa: ['CUSTOMER_RECORDS', 'SENSITIVE_PERSONAL_INFORMATION', 'SPI_ACCOUNT_CREDENTIALS'] },
];
const targeted = (id: string) => id === 'retargeting';
const flow = (recipientClass: RecipientClass, use: CcpaFlow['use'], categoryIds: string[], purposeIds: string[] = []): CcpaFlow => ({
  recipientClass,
  use,
  categoryIds,
  purposeIds,
});

describe('CCPA right to know', () => {
  it('covers the 12 months before the date, that date included', () => {
    expect(twelveMonthsBefore('2026-03-31')).toEqual({ start: '2025-04-01', end: '2026-03-31' });
    expect(twelveMonthsBefore('2024-02-29')).toEqual({ start: '2023-03-01', end: '2024-02-29' });
  });

  it('maps a parent category to the CCPA categories of its subtree, in statutory order', () => {
    expect(ccpaCategoriesFor(['card', 'contact'], categories).map((c) => c.code)).toEqual([
      'IDENTIFIERS',
      'CUSTOMER_RECORDS',
      'SENSITIVE_PERSONAL_INFORMATION',
      'SPI_ACCOUNT_CREDENTIALS',
    ]);
  });

  it('lists categories sold (recipient’s own use) with the categories of third parties that received them', () => {
    const { soldOrShared, businessPurpose } = ccpaDisclosureLists(
      [flow('THIRD_PARTY', 'OWN_DIRECT_MARKETING', ['email']), flow('CUSTOMER', 'OWN_OTHER_USE', ['email', 'interests'])],
      categories,
      targeted,
    );
    expect(soldOrShared.map((r) => [r.category.code, r.sold, r.shared, r.thirdPartyCategories])).toEqual([
      ['IDENTIFIERS', true, false, ['Customers', 'Third parties']],
      ['INFERENCES', true, false, ['Customers']],
    ]);
    expect(businessPurpose).toEqual([]);
  });

  it('counts cross-context behavioural advertising as sharing, even through a service provider', () => {
    const { soldOrShared, businessPurpose } = ccpaDisclosureLists(
      [flow('PROCESSOR', 'ON_OUR_BEHALF', ['browsing'], ['retargeting'])],
      categories,
      targeted,
    );
    expect(soldOrShared.map((r) => [r.category.code, r.sold, r.shared, r.thirdPartyCategories])).toEqual([
      ['INTERNET_ACTIVITY', false, true, ['Processors (service providers)']],
    ]);
    expect(businessPurpose).toEqual([]);
  });

  it('lists categories disclosed for a business purpose separately, with the categories of recipients', () => {
    const { soldOrShared, businessPurpose } = ccpaDisclosureLists(
      [
        flow('PROCESSOR', 'ON_OUR_BEHALF', ['card'], ['payments']),
        flow('AUTHORITY', 'LEGAL_OBLIGATION', ['name']),
        flow('THIRD_PARTY', 'OWN_DIRECT_MARKETING', ['name']),
      ],
      categories,
      targeted,
    );
    expect(businessPurpose.map((r) => [r.category.code, r.recipientCategories])).toEqual([
      ['IDENTIFIERS', ['Authorities']],
      ['CUSTOMER_RECORDS', ['Processors (service providers)', 'Authorities']],
      ['SENSITIVE_PERSONAL_INFORMATION', ['Processors (service providers)']],
      ['SPI_ACCOUNT_CREDENTIALS', ['Processors (service providers)']],
    ]);
    expect(soldOrShared.map((r) => r.category.code)).toEqual(['IDENTIFIERS', 'CUSTOMER_RECORDS']);
  });
});

describe('right-to-know period (§1798.130(a)(2)(B))', () => {
  it.each([
    ['2025-06-30', null, { start: '2024-07-01', end: '2025-06-30' }],
    ['2025-06-30', '2022-01-01', { start: '2022-01-01', end: '2025-06-30' }],
    ['2025-06-30', '2025-06-30', { start: '2025-06-30', end: '2025-06-30' }],
  ])('asOf %s from %s → %j', (asOf, from, period) => {
    expect(rightToKnowPeriod(asOf, from)).toEqual(period);
  });

  it.each([
    ['2025-06-30', '2021-12-31'],
    ['2025-06-30', '2025-07-01'],
  ])('asOf %s from %s is refused (field from)', (asOf, from) => {
    expect(() => rightToKnowPeriod(asOf, from)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'from' }) as Error);
  });
});
