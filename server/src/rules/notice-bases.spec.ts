import type { DisclosureUse } from '@disclosure-map/graph-schema';
import { noticeBases } from './notice-bases';

describe('notice bases (PRODUCT.md §7)', () => {
  const cases: Array<[DisclosureUse[], boolean, string[]]> = [
    [['ON_OUR_BEHALF'], false, ['SERVICE_PROVIDER', 'GDPR_RECIPIENT']],
    [['ON_OUR_BEHALF'], true, ['SERVICE_PROVIDER', 'SOLD_OR_SHARED', 'GDPR_RECIPIENT']],
    [['OWN_DIRECT_MARKETING'], false, ['SOLD_OR_SHARED', 'GDPR_RECIPIENT']],
    [['OWN_OTHER_USE'], false, ['SOLD_OR_SHARED', 'GDPR_RECIPIENT']],
    [['LEGAL_OBLIGATION'], false, []],
    [['LEGAL_OBLIGATION'], true, ['SOLD_OR_SHARED']],
    [['CORPORATE_TRANSACTION'], false, ['GDPR_RECIPIENT']],
    [['LEGAL_OBLIGATION', 'CORPORATE_TRANSACTION'], false, ['GDPR_RECIPIENT']],
    [[], false, []],
  ];
  it.each(cases)('uses %j, targeted advertising %s → %j', (uses, targetedAdvertising, expected) => {
    expect(noticeBases({ uses, targetedAdvertising })).toEqual(expected);
  });
});
