import { subtreeElements } from './elements';

describe('subtreeElements', () => {
  const categories = [
    { id: 'payment', parentId: null, breachElements: [] },
    { id: 'card', parentId: 'payment', breachElements: ['FINANCIAL_ACCOUNT_WITH_CODE' as const] },
    { id: 'identity', parentId: null, breachElements: [] },
    { id: 'name', parentId: 'identity', breachElements: ['NAME' as const] },
    { id: 'login', parentId: 'identity', breachElements: ['ONLINE_CREDENTIALS' as const] },
  ];
  it.each([
    ['payment', ['FINANCIAL_ACCOUNT_WITH_CODE']],
    ['identity', ['NAME', 'ONLINE_CREDENTIALS']],
    ['name', ['NAME']],
    ['unknown', []],
  ])('%s', (id, expected) => {
    expect(subtreeElements(id, categories)).toEqual(expected);
  });
});
