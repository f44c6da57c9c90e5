/**
 * The `count` items with the smallest ids above `after`, in id order, out of a stream seen in any order, holding at
 * most about twice `count` items at a time: an id-ordered page read from a walk that is not in id order.
 */
export class SmallestIds<T> {
  private items: T[] = [];

  constructor(
    private readonly count: number,
    private readonly after: string | null,
    private readonly idOf: (item: T) => string,
  ) {}

  add(batch: Iterable<T>): void {
    for (const item of batch) {
      if (this.after !== null && !(this.idOf(item) > this.after)) continue;
      this.items.push(item);
      if (this.items.length >= 2 * this.count + 64) this.trim();
    }
  }

  /** The kept items, in id order. */
  result(): T[] {
    this.trim();
    return this.items;
  }

  private trim(): void {
    // Code-unit order, as Cypher's ORDER BY on both engines and a JavaScript sort() order the (ASCII) ids.
    this.items.sort((a, b) => (this.idOf(a) < this.idOf(b) ? -1 : this.idOf(a) > this.idOf(b) ? 1 : 0));
    this.items.length = Math.min(this.items.length, this.count);
  }
}
