import { reuseUnchanged, sameItem } from './reuse';

const box = (id: string, x: number, label = id) => ({ id, position: { x, y: 0 }, data: { label } });

describe('sameItem', () => {
  it.each([
    ['the same fields in new objects', box('a', 1), box('a', 1), true],
    ['a moved box', box('a', 1), box('a', 2), false],
    ['a new label', box('a', 1), box('a', 1, 'b'), false],
    ["React Flow's measurements only on one side", { ...box('a', 1), measured: { width: 10, height: 5 } }, box('a', 1), true],
    ['a field only on one side', { ...box('a', 1), selected: true }, box('a', 1), false],
    ['a missing field and an undefined one', { ...box('a', 1), zIndex: undefined }, box('a', 1), true],
    ['nested two levels deep (compared by reference)', { id: 'a', data: { at: { x: 1 } } }, { id: 'a', data: { at: { x: 1 } } }, false],
  ])('%s', (_, previous, next, same) => {
    expect(sameItem(previous, next)).toBe(same);
  });
});

describe('reuseUnchanged', () => {
  it('keeps the previous object of each unchanged item and takes the changed and new ones', () => {
    const previous = [box('a', 1), box('b', 2)];
    const next = [box('a', 1), box('b', 3), box('c', 4)];
    const result = reuseUnchanged(previous, next);
    expect(result).toHaveLength(3);
    expect(result[0]).toBe(previous[0]);
    expect(result[1]).toBe(next[1]);
    expect(result[2]).toBe(next[2]);
  });

  it('returns the previous list itself when nothing changed', () => {
    const previous = [box('a', 1), box('b', 2)];
    expect(reuseUnchanged(previous, [box('a', 1), box('b', 2)])).toBe(previous);
  });

  it('returns a new list when items were removed or reordered', () => {
    const previous = [box('a', 1), box('b', 2)];
    const shorter = reuseUnchanged(previous, [box('a', 1)]);
    expect(shorter).not.toBe(previous);
    expect(shorter[0]).toBe(previous[0]);
    const reordered = reuseUnchanged(previous, [box('b', 2), box('a', 1)]);
    expect(reordered).toEqual([previous[1], previous[0]]);
    expect(reordered).not.toBe(previous);
  });
});
