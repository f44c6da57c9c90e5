import { eligibilityNotices, statutoryCategoriesFor } from './shine-the-light';

describe('Shine the Light', () => {
  const categories = [
    { id: 'contact', parentId: null, shineTheLight: [] },
    { id: 'phone', parentId: 'contact', shineTheLight: ['TELEPHONE_NUMBER'] },
    { id: 'postal', parentId: 'contact', shineTheLight: [] },
    { id: 'home', parentId: 'postal', shineTheLight: ['NAME_AND_ADDRESS'] },
    { id: 'email', parentId: 'contact', shineTheLight: ['EMAIL_ADDRESS'] },
    { id: 'card', parentId: null, shineTheLight: ['CREDIT_CARD_NUMBER'] },
  ];

  it('expands a declared parent through its whole subtree, in statutory order', () => {
    expect(statutoryCategoriesFor(['contact'], categories).map((c) => c.code)).toEqual([
      'NAME_AND_ADDRESS',
      'EMAIL_ADDRESS',
      'TELEPHONE_NUMBER',
    ]);
    expect(statutoryCategoriesFor(['phone', 'card'], categories).map((c) => c.code)).toEqual(['TELEPHONE_NUMBER', 'CREDIT_CARD_NUMBER']);
  });

  it.each([
    [{ californiaResident: true, relationshipSince: '2020-01-01', lastPurchaseOn: null }, []],
    [{ californiaResident: false, relationshipSince: '2020-01-01', lastPurchaseOn: null }, ['not a California resident']],
    [{ californiaResident: true, relationshipSince: null, lastPurchaseOn: null }, ['no established business relationship']],
    [{ californiaResident: true, relationshipSince: null, lastPurchaseOn: '2024-06-30' }, []],
    [{ californiaResident: true, relationshipSince: '2020-01-01', lastPurchaseOn: '2024-06-29' }, ['no established business relationship']],
    [
      { californiaResident: false, relationshipSince: null, lastPurchaseOn: null },
      ['not a California resident', 'no established business relationship'],
    ],
  ])('notices for 2025 of %j: %j', (person, notices) => {
    expect(eligibilityNotices(person, 2025)).toEqual(notices);
  });
});
