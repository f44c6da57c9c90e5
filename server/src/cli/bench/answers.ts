/** Reading the bench's JSON (GraphQL answers, the map bench's report) without trusting its shape. */

/** The length of `data.<operation>.<list>` in a GraphQL answer; an answer without it fails the benchmark with its errors. */
export function listLengthIn(body: unknown, operation: string, list: string): number {
  const answer = field(field(body, 'data'), operation);
  const items = field(answer, list);
  if (Array.isArray(items)) return items.length;
  throw new Error(`${operation} failed: ${JSON.stringify(field(body, 'errors') ?? body)}`);
}

/** `value[name]` when `value` is an object that has it, else undefined. */
export function field(value: unknown, name: string): unknown {
  if (typeof value !== 'object' || value === null || !(name in value)) return undefined;
  return (value as Record<string, unknown>)[name];
}
