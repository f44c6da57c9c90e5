import { SmallestIds } from './smallest-ids';

describe('SmallestIds: an id-ordered page out of an unordered walk', () => {
  const ids = (n: number, seed: number) => {
    // A fixed shuffle of p000..p(n-1), fed in batches of 7.
    const all = Array.from({ length: n }, (_, i) => `p${String(i).padStart(3, '0')}`);
    for (let i = all.length - 1; i > 0; i--) {
      const j = (i * seed + 3) % (i + 1);
      [all[i], all[j]] = [all[j], all[i]];
    }
    return all;
  };

  it.each([
    { case: 'first page', n: 300, count: 5, after: null, expected: ['p000', 'p001', 'p002', 'p003', 'p004'] },
    { case: 'after a cursor', n: 300, count: 3, after: 'p149', expected: ['p150', 'p151', 'p152'] },
    { case: 'last, short page', n: 300, count: 4, after: 'p297', expected: ['p298', 'p299'] },
    { case: 'nothing after the end', n: 300, count: 4, after: 'p299', expected: [] },
    {
      case: 'more wanted than the trim threshold',
      n: 300,
      count: 200,
      after: 'p050',
      expected: ids(300, 1)
        .sort()
        .filter((id) => id > 'p050')
        .slice(0, 200),
    },
  ])('$case', ({ n, count, after, expected }) => {
    const pick = new SmallestIds<{ id: string }>(count, after, (x) => x.id);
    const stream = ids(n, 17).map((id) => ({ id }));
    for (let i = 0; i < stream.length; i += 7) pick.add(stream.slice(i, i + 7));
    expect(pick.result().map((x) => x.id)).toEqual(expected);
  });
});
