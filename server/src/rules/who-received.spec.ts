import type { RecipientClass } from '@disclosure-map/graph-schema';
import type { OptOutFact } from './opt-outs';
import { contributions, groupByRecipient, type DisclosureFact, type PersonFacts, type TransferFact } from './who-received';

const classes: Record<string, RecipientClass> = { broker: 'THIRD_PARTY', shop: 'CUSTOMER', cloud: 'PROCESSOR', sister: 'AFFILIATE' };
const disclosure = (over: Partial<DisclosureFact>): DisclosureFact => ({
  id: 'd',
  use: 'OWN_DIRECT_MARKETING',
  validFrom: '2024-01-01',
  validTo: null,
  recipientId: 'broker',
  categoryIds: ['email'],
  purposeIds: ['marketing'],
  segmentIds: ['users'],
  ...over,
});
const transfer = (over: Partial<TransferFact>): TransferFact => ({
  id: 't',
  occurredOn: '2024-05-01',
  use: 'OWN_DIRECT_MARKETING',
  recipientId: 'broker',
  categoryIds: ['email'],
  purposeIds: [],
  ...over,
});
const facts = (over: Partial<PersonFacts>): PersonFacts => ({
  memberships: [{ segmentId: 'users', since: '2024-03-01', until: null }],
  transfers: [],
  disclosures: [],
  optOuts: [],
  recipientClass: (id) => classes[id],
  isTargetedAdvertising: (id) => id === 'retargeting',
  ...over,
});
const optOut = (scope: OptOutFact['scope'], effectiveOn: string): OptOutFact => ({ id: `o-${scope}`, scope, effectiveOn });
const window2024 = { from: '2024-01-01', to: '2024-12-31' };

describe('who received: inferred rows', () => {
  it('covers membership ∩ validity ∩ window, inclusively', () => {
    const rows = groupByRecipient(contributions(facts({ disclosures: [disclosure({ validTo: '2024-09-30' })] }), window2024));
    expect(rows).toEqual([
      expect.objectContaining({ recipientId: 'broker', evidence: ['INFERRED'], firstOn: '2024-03-01', lastOn: '2024-09-30' }),
    ]);
  });

  it('drops a disclosure whose validity misses the membership', () => {
    const f = facts({ disclosures: [disclosure({ validFrom: '2023-01-01', validTo: '2024-02-29' })] });
    expect(contributions(f, window2024)).toEqual([]);
  });

  it.each([
    ['THIRD_PARTY_SHARING', 'broker', true],
    ['THIRD_PARTY_SHARING', 'shop', true],
    ['THIRD_PARTY_SHARING', 'cloud', false],
    ['THIRD_PARTY_SHARING', 'sister', false],
    ['CUSTOMER_OFFERS', 'shop', true],
    ['CUSTOMER_OFFERS', 'broker', false],
    ['DIRECT_MARKETING', 'broker', true],
  ] as const)('%s cuts flows to %s: %s', (scope, recipientId, cut) => {
    const f = facts({ disclosures: [disclosure({ recipientId })], optOuts: [optOut(scope, '2024-07-01')] });
    const [row] = groupByRecipient(contributions(f, window2024));
    expect(row.lastOn).toBe(cut ? '2024-06-30' : '2024-12-31');
  });

  it('TARGETED_ADVERTISING cuts only flows with a targeted-advertising purpose', () => {
    const f = facts({
      disclosures: [
        disclosure({ id: 'ads', recipientId: 'cloud', use: 'ON_OUR_BEHALF', purposeIds: ['retargeting'] }),
        disclosure({ id: 'mail', recipientId: 'sister', use: 'ON_OUR_BEHALF' }),
      ],
      optOuts: [optOut('TARGETED_ADVERTISING', '2024-03-01')],
    });
    expect(groupByRecipient(contributions(f, window2024)).map((r) => r.recipientId)).toEqual(['sister']);
  });

  it('an opt-out effective on the first covered day removes the row', () => {
    const f = facts({ disclosures: [disclosure({})], optOuts: [optOut('DIRECT_MARKETING', '2024-03-01')] });
    expect(contributions(f, window2024)).toEqual([]);
  });
});

describe('who received: confirmed rows and violations', () => {
  it('keeps a transfer an opt-out should have stopped, and flags it (the effective day included)', () => {
    const f = facts({
      transfers: [transfer({ id: 'before', occurredOn: '2024-06-30' }), transfer({ id: 'on-the-day', occurredOn: '2024-07-01' })],
      optOuts: [optOut('THIRD_PARTY_SHARING', '2024-07-01')],
    });
    const [row] = groupByRecipient(contributions(f, window2024));
    expect(row).toEqual(
      expect.objectContaining({ evidence: ['CONFIRMED'], firstOn: '2024-06-30', lastOn: '2024-07-01', optOutViolationIds: ['on-the-day'] }),
    );
  });

  it('counts only transfers inside the window', () => {
    const f = facts({ transfers: [transfer({ occurredOn: '2023-12-31' }), transfer({ id: 'in', occurredOn: '2024-01-01' })] });
    expect(contributions(f, window2024).map((c) => c.sourceId)).toEqual(['in']);
  });

  it('merges evidence, uses and categories into one row per recipient', () => {
    const f = facts({
      transfers: [transfer({ categoryIds: ['phone'], use: 'OWN_OTHER_USE' })],
      disclosures: [disclosure({})],
    });
    const [row] = groupByRecipient(contributions(f, window2024));
    expect(row).toEqual(
      expect.objectContaining({
        categoryIds: ['email', 'phone'],
        uses: ['OWN_DIRECT_MARKETING', 'OWN_OTHER_USE'],
        evidence: ['CONFIRMED', 'INFERRED'],
      }),
    );
  });
});
