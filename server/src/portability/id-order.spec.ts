import { IdOrder } from './id-order';

describe('IdOrder: lines read in storage order come out in id order', () => {
  // Five nodes stored as offsets 0..5 (offset 3 is a deleted node), ids in storage order e, b, d, -, a, c.
  const ids = ['e', 'b', 'd', null, 'a', 'c'];
  const offsetsById = Int32Array.from(
    ids
      .map((id, offset) => ({ id, offset }))
      .filter((n): n is { id: string; offset: number } => n.id !== null)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((n) => n.offset),
  );
  const rankOf = IdOrder.ranks(offsetsById, ids.length);

  it.each([
    { case: 'one bucket, in memory', bucketSize: 100 },
    { case: 'a bucket per two ranks, on disk', bucketSize: 2 },
    { case: 'a bucket per rank, on disk', bucketSize: 1 },
  ])('$case', ({ bucketSize }) => {
    const order = new IdOrder(rankOf, offsetsById.length, bucketSize);
    // Relationships of each source in storage order, targets out of order, one pair of parallel relationships.
    ids.forEach((id, offset) => {
      if (id === null) return;
      order.add(offset, 'y', `${id}->y 2\n`);
      order.add(offset, 'x', `${id}->x\n`);
      order.add(offset, 'y', `${id}->y 1\n`);
    });
    const expected = ['a', 'b', 'c', 'd', 'e'].flatMap((id) => [`${id}->x\n`, `${id}->y 1\n`, `${id}->y 2\n`]);
    expect([...order.lines()]).toEqual(expected);
  });

  it('refuses a node number it has no rank for (the graph changed under the export)', () => {
    const order = new IdOrder(rankOf, offsetsById.length, 2);
    expect(() => order.add(3, '', 'x\n')).toThrow(/no rank/);
    order.dispose();
  });
});
