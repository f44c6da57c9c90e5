/**
 * Measures `whoReceived` through the API as a client would (for the benchmark and by hand): concurrent clients, each
 * sending one lookup after another over HTTP with a bearer token, for a number of lookups. Answers must be complete
 * (a lookup that fails is an error, not a fast sample).
 */

/** The selection the benchmark uses: the person and every recipient with what it received, why and when. */
export const WHO_RECEIVED_LOOKUP = `query($p: PersonRef!) { whoReceived(person: $p) {
  person { id display }
  recipients { recipient { id name class } categories { id name } purposes { id name } uses evidence firstOn lastOn optOutViolations { id occurredOn } }
} }`;

export interface GraphqlLookupLoad {
  /** Milliseconds per lookup, in completion order. */
  latenciesMs: number[];
  /** Lookups answered per second over the whole run (wall clock). */
  perSecond: number;
  /** Recipients in all answers (a check that the answers were real). */
  recipients: number;
}

/**
 * Runs `externalIds.length` GraphQL `whoReceived` lookups against `url` (the server's base URL) with `concurrency`
 * clients. Throws on the first answer without data.
 */
export async function runConcurrentGraphqlLookups(
  url: string,
  token: string,
  externalIds: readonly string[],
  concurrency: number,
): Promise<GraphqlLookupLoad> {
  const latenciesMs: number[] = [];
  let recipients = 0;
  let next = 0;
  const started = performance.now();
  const client = async () => {
    while (next < externalIds.length) {
      const externalId = externalIds[next];
      next += 1;
      const t0 = performance.now();
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: WHO_RECEIVED_LOOKUP, variables: { p: { externalId } } }),
      });
      const body: unknown = await res.json();
      latenciesMs.push(performance.now() - t0);
      const answer = (body as { data?: { whoReceived?: { recipients?: unknown } } | null } | null)?.data?.whoReceived;
      if (!answer || !Array.isArray(answer.recipients))
        throw new Error(`whoReceived failed (HTTP ${res.status}): ${JSON.stringify(body).slice(0, 300)}`);
      recipients += answer.recipients.length;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, client));
  return { latenciesMs, perSecond: externalIds.length / ((performance.now() - started) / 1000), recipients };
}
