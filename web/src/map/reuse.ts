/**
 * Structural sharing between two drawings of the map: an item (node or edge) that did not change keeps its previous
 * object, so React Flow skips it (its wrappers and our memoised boxes and edges compare by reference). Opening a group
 * then re-renders its new members and the few boxes that moved, not every box and edge on the map.
 */

/** Own fields of a plain object. */
function fieldsOf(value: object): [string, unknown][] {
  return Object.entries(value) as [string, unknown][];
}

function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Equal values, or plain objects (a position, a style, a node's data) whose own fields are identical. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const left = fieldsOf(a);
  const right = new Map(fieldsOf(b));
  return left.length === right.size && left.every(([key, value]) => right.has(key) && Object.is(value, right.get(key)));
}

/**
 * Whether `previous` draws the same as `next`, ignoring the fields React Flow adds itself (`measured`): every other
 * field equal, nested objects compared one level deep. A field missing on one side equals an undefined one.
 */
export function sameItem(previous: object, next: object, ignored: ReadonlySet<string> = REACT_FLOW_FIELDS): boolean {
  const before = new Map(fieldsOf(previous));
  const after = new Map(fieldsOf(next));
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    if (!ignored.has(key) && !sameValue(before.get(key), after.get(key))) return false;
  }
  return true;
}

const REACT_FLOW_FIELDS: ReadonlySet<string> = new Set(['measured']);

/**
 * `next`, with each item equal to the previous item of the same id replaced by that previous object; the previous
 * list itself when nothing changed (same items in the same order).
 */
export function reuseUnchanged<T extends { id: string }>(previous: T[], next: readonly T[]): T[] {
  const byId = new Map(previous.map((item) => [item.id, item]));
  let unchanged = previous.length === next.length;
  const result = next.map((item, index) => {
    const before = byId.get(item.id);
    const kept = before !== undefined && sameItem(before, item) ? before : item;
    if (kept !== previous[index]) unchanged = false;
    return kept;
  });
  return unchanged ? previous : result;
}
