import { compareText } from './archive-format';
import { compareUtf8AsText, IdOrder, type LineSink } from './id-order';

/** The lines an IdOrder emits, decoded, and the line count of each bucket it yielded. */
function emitted(order: IdOrder): { lines: string[]; counts: number[] } {
  let text = '';
  const sink: LineSink = {
    text: (t) => (text += t),
    bytes: (bytes, start, end) => (text += bytes.toString('utf8', start, end)),
  };
  const counts = [...order.emit(sink)];
  return { lines: text.split(/(?<=\n)/).filter(Boolean), counts };
}

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
    const { lines, counts } = emitted(order);
    expect(lines).toEqual(expected);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(expected.length);
  });

  it('refuses a node number it has no rank for (the graph changed under the export)', () => {
    const order = new IdOrder(rankOf, offsetsById.length, 2);
    expect(() => order.add(3, '', 'x\n')).toThrow(/no rank/);
    order.dispose();
  });

  it('orders targets as compareText does, whatever their characters, on disk as in memory', () => {
    // ASCII, Latin-1, a character of U+E000–U+FFFF and one above U+FFFF (a surrogate pair): UTF-8's byte order and
    // UTF-16's differ between the last two. Tabs and line breaks in ids are fine on disk (lengths, not separators).
    const targets = ['b', 'a\tb', 'é', '\uFF21', '\u{1F600}', 'a', 'a\nb', 'ab', '\uE000x', '\u{10000}'];
    const expected = [...targets].sort(compareText).map((to) => `s->${JSON.stringify(to)}\n`);
    for (const bucketSize of [100, 1]) {
      const order = new IdOrder(IdOrder.ranks(Int32Array.from([0]), 1), 2, bucketSize);
      for (const to of targets) order.add(0, to, `s->${JSON.stringify(to)}\n`);
      expect(emitted(order).lines).toEqual(expected);
    }
  });

  it('compares UTF-8 bytes in UTF-16 order', () => {
    const texts = ['', 'a', 'ab', 'b', '\u00e9', '\uE000', '\uFFFF', '\u{10000}', '\u{1F600}', 'a\u{1F600}', 'a\uFF21'];
    for (const x of texts) {
      for (const y of texts) {
        const data = Buffer.from(x + y);
        const xBytes = Buffer.byteLength(x);
        const sign = Math.sign(compareUtf8AsText(data, 0, xBytes, xBytes, data.length - xBytes));
        expect([x, y, sign]).toEqual([x, y, Math.sign(compareText(x, y))]);
      }
    }
  });
});
