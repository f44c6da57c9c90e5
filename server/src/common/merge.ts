/**
 * Upsert semantics shared by every upsert: a field left out keeps its stored
 * value; a field given as null clears it; a new node starts from defaults.
 */
export function mergeForUpsert<T extends object>(defaults: T, existing: T | null, input: Partial<T>): T {
  const merged: T = { ...defaults, ...(existing ?? {}) };
  for (const [key, value] of Object.entries(input) as [keyof T, T[keyof T] | undefined][]) {
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}
