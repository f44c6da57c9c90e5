import { randomUUID } from 'node:crypto';

/** An incoming X-Request-Id is kept when it looks like an id (a UUID, a trace id, …), never when it could carry text. */
const WELL_FORMED = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** The request's id: the caller's X-Request-Id when well-formed (one header, ≤ 128 id characters), else a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && WELL_FORMED.test(header) ? header : randomUUID();
}
