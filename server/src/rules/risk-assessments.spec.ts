import { riskDueOn, riskReasons, riskStatus, sensitiveCategoryIds, type RiskFlow } from './risk-assessments';

const flow = (over: Partial<RiskFlow>): RiskFlow => ({
  kind: 'DISCLOSURE',
  validFrom: '2026-03-01',
  use: 'ON_OUR_BEHALF',
  targetedAdvertising: false,
  sensitiveData: false,
  ...over,
});

describe('risk assessments (PRODUCT.md §8)', () => {
  it.each([
    ['a processor disclosure of ordinary data', flow({}), []],
    ['a disclosure for the recipient’s direct marketing', flow({ use: 'OWN_DIRECT_MARKETING' }), ['SELLING_OR_SHARING']],
    ['a disclosure for the recipient’s other use', flow({ use: 'OWN_OTHER_USE' }), ['SELLING_OR_SHARING']],
    ['a processor disclosure for targeted advertising', flow({ targetedAdvertising: true }), ['SELLING_OR_SHARING']],
    ['a disclosure to an authority', flow({ use: 'LEGAL_OBLIGATION' }), []],
    ['a disclosure in a merger', flow({ use: 'CORPORATE_TRANSACTION' }), []],
    ['sold sensitive data', flow({ use: 'OWN_OTHER_USE', sensitiveData: true }), ['SELLING_OR_SHARING', 'SENSITIVE_DATA']],
    ['a collection of sensitive data', flow({ kind: 'COLLECTION', use: null, sensitiveData: true }), ['SENSITIVE_DATA']],
    ['a collection for targeted advertising is no selling', flow({ kind: 'COLLECTION', use: null, targetedAdvertising: true }), []],
  ])('%s', (_name, f, expected) => {
    expect(riskReasons(f)).toEqual(expected);
  });

  it.each([
    ['2025-12-31', '2027-12-31'],
    ['2020-01-01', '2027-12-31'],
    ['2026-01-01', '2026-01-01'],
    ['2026-07-15', '2026-07-15'],
  ])('a flow from %s is due on %s', (validFrom, dueOn) => {
    expect(riskDueOn(validFrom)).toBe(dueOn);
  });

  it.each([
    ['2026-03-01', null, '2026-03-01', 'DUE'],
    ['2026-03-01', null, '2026-03-02', 'OVERDUE'],
    ['2026-03-01', '2026-04-01', '2026-05-01', 'DONE'],
    ['2026-03-01', '2026-04-01', '2026-03-15', 'OVERDUE'],
    ['2027-12-31', null, '2027-12-31', 'DUE'],
    ['2027-12-31', null, '2028-01-01', 'OVERDUE'],
  ])('due %s, assessed %s, as of %s: %s', (dueOn, assessedOn, asOf, status) => {
    expect(riskStatus(dueOn, assessedOn, asOf)).toBe(status);
  });

  it('marks a category sensitive when it or a descendant is', () => {
    const ids = sensitiveCategoryIds([
      { id: 'identity', parentId: null, sensitive: false },
      { id: 'government-id', parentId: 'identity', sensitive: null },
      { id: 'ssn', parentId: 'government-id', sensitive: true },
      { id: 'name', parentId: 'identity', sensitive: false },
      { id: 'health', parentId: null, sensitive: true },
    ]);
    expect([...ids].sort()).toEqual(['government-id', 'health', 'identity', 'ssn']);
  });
});
