/** Items by each key they carry (an item naming a key twice is listed under it once). */
export function indexBy<T>(items: Iterable<T>, keysOf: (item: T) => Iterable<string>): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const list = index.get(key);
      if (!list) index.set(key, [item]);
      else if (list[list.length - 1] !== item) list.push(item);
    }
  }
  return index;
}
