import { selfAndAncestors, undeclaredFinding, type DeclaredDisclosure, type LedgerTransfer } from './undeclared-transfers';

// contact ⊃ email ⊃ work-email; contact ⊃ phone; payment stands alone.
const parents: Record<string, string | null> = { contact: null, email: 'contact', 'work-email': 'email', phone: 'contact', payment: null };
const parentOf = (id: string) => parents[id] ?? null;

const disclosure = (over: Partial<DeclaredDisclosure> = {}): DeclaredDisclosure => ({
  recipientId: 'broker',
  use: 'OWN_DIRECT_MARKETING',
  validFrom: '2025-01-01',
  validTo: '2025-12-31',
  categoryIds: ['email'],
  purposeIds: ['marketing'],
  ...over,
});
const transfer = (over: Partial<LedgerTransfer> = {}): LedgerTransfer => ({
  id: 't',
  occurredOn: '2025-06-01',
  use: 'OWN_DIRECT_MARKETING',
  recipientId: 'broker',
  categoryIds: ['email'],
  purposeIds: ['marketing'],
  ...over,
});

describe('undeclared transfers (PRODUCT.md §8)', () => {
  it.each([
    ['covered exactly', transfer(), [disclosure()], null],
    ['covered through a declared parent', transfer({ categoryIds: ['work-email'] }), [disclosure({ categoryIds: ['contact'] })], null],
    ['covered on the first day in force', transfer({ occurredOn: '2025-01-01' }), [disclosure()], null],
    ['covered on the last day in force', transfer({ occurredOn: '2025-12-31' }), [disclosure()], null],
    ['covered with no purposes recorded', transfer({ purposeIds: [] }), [disclosure()], null],
    [
      'covered by two disclosures with the same use together',
      transfer({ categoryIds: ['email', 'payment'], purposeIds: ['marketing', 'analytics'] }),
      [disclosure(), disclosure({ categoryIds: ['payment'], purposeIds: ['analytics'] })],
      null,
    ],
    ['no disclosure to anyone', transfer(), [], { reasons: ['NO_DISCLOSURE_IN_FORCE'], uncoveredCategoryIds: [] }],
    [
      'a disclosure to another recipient only',
      transfer(),
      [disclosure({ recipientId: 'shop' })],
      { reasons: ['NO_DISCLOSURE_IN_FORCE'], uncoveredCategoryIds: [] },
    ],
    [
      'the disclosure ended the day before',
      transfer({ occurredOn: '2026-01-01' }),
      [disclosure()],
      { reasons: ['NO_DISCLOSURE_IN_FORCE'], uncoveredCategoryIds: [] },
    ],
    [
      'the disclosure starts the day after',
      transfer({ occurredOn: '2024-12-31' }),
      [disclosure()],
      { reasons: ['NO_DISCLOSURE_IN_FORCE'], uncoveredCategoryIds: [] },
    ],
    [
      'in force but with another use',
      transfer({ use: 'OWN_OTHER_USE', categoryIds: ['payment'] }),
      [disclosure()],
      { reasons: ['USE_NOT_DECLARED'], uncoveredCategoryIds: [] },
    ],
    [
      'a declared child does not cover its parent',
      transfer({ categoryIds: ['contact'] }),
      [disclosure({ categoryIds: ['email'] })],
      { reasons: ['CATEGORY_NOT_DECLARED'], uncoveredCategoryIds: ['contact'] },
    ],
    [
      'a sibling is not covered',
      transfer({ categoryIds: ['work-email', 'phone'] }),
      [disclosure({ categoryIds: ['email'] })],
      { reasons: ['CATEGORY_NOT_DECLARED'], uncoveredCategoryIds: ['phone'] },
    ],
    [
      'categories of a disclosure with another use do not count',
      transfer({ categoryIds: ['payment'] }),
      [disclosure(), disclosure({ use: 'ON_OUR_BEHALF', categoryIds: ['payment'] })],
      { reasons: ['CATEGORY_NOT_DECLARED'], uncoveredCategoryIds: ['payment'] },
    ],
    [
      'an undeclared purpose',
      transfer({ purposeIds: ['marketing', 'profiling'] }),
      [disclosure(), disclosure({ use: 'OWN_OTHER_USE', purposeIds: ['profiling'] })],
      { reasons: ['PURPOSE_NOT_DECLARED'], uncoveredCategoryIds: [] },
    ],
    [
      'both category and purpose undeclared',
      transfer({ categoryIds: ['payment'], purposeIds: ['profiling'] }),
      [disclosure()],
      { reasons: ['CATEGORY_NOT_DECLARED', 'PURPOSE_NOT_DECLARED'], uncoveredCategoryIds: ['payment'] },
    ],
  ])('%s', (_name, t, declared, expected) => {
    expect(undeclaredFinding(t, declared, parentOf)).toEqual(expected);
  });

  it('walks up the hierarchy and stops on a cycle', () => {
    expect(selfAndAncestors('work-email', parentOf)).toEqual(['work-email', 'email', 'contact']);
    const loop: Record<string, string> = { a: 'b', b: 'a' };
    expect(selfAndAncestors('a', (id) => loop[id] ?? null)).toEqual(['a', 'b']);
  });
});
