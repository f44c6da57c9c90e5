/** A stored string checked against a closed vocabulary, instead of a cast (values in the graph are written by the API). */
export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** The stored value as a member of the vocabulary; a value outside it is corrupt data and fails loudly. */
export function oneOf<T extends string>(list: readonly T[], value: string, what: string): T {
  if (!isOneOf(list, value)) throw new Error(`stored ${what} "${value}" is not one of ${list.join(', ')}`);
  return value;
}
