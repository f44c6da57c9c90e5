/**
 * The `operation` label of the GraphQL metrics. Clients name their operations, so a label per name would let any
 * client grow the metrics without bound: names are kept as they are up to a fixed number of distinct ones (the web
 * app and the scripts of one installation use a few dozen), later new ones count as `other`; an operation without
 * a name is `anonymous`, a request that never got to one (unparsable, refused) `unknown`.
 */
export const ANONYMOUS = 'anonymous';
export const UNKNOWN = 'unknown';
export const OTHER = 'other';
const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

export class OperationLabels {
  private readonly known = new Set<string>();

  constructor(private readonly limit = 100) {}

  /** `name` is the operation's own name once resolved; undefined when no operation was resolved. */
  of(name: string | null | undefined): string {
    if (name === undefined) return UNKNOWN;
    if (name === null || name === '') return ANONYMOUS;
    if (!NAME.test(name)) return OTHER;
    if (this.known.has(name)) return name;
    if (this.known.size >= this.limit) return OTHER;
    this.known.add(name);
    return name;
  }
}
