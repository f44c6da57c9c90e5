/**
 * Response deadlines of privacy requests, as pure rules over ISO dates.
 *
 * - SHINE_THE_LIGHT (Civ. Code §1798.83(b)(1)(C)): 30 days after receipt; no extension;
 *   a customer may ask once per calendar year (a further request is accepted but flagged).
 * - CCPA_KNOW (Civ. Code §1798.130(a)(2)): 45 days after receipt, extendable once by 45 more.
 * - GDPR_ACCESS (Art. 12(3) GDPR): one month after receipt, extendable by two further months.
 *   Months are counted from the day of receipt and clamp to the month's end (Jan 31 → Feb 28),
 *   so an extended deadline is receipt + 3 months, not (receipt + 1 month) + 2 months.
 */
import { REQUEST_KINDS, type RequestKind } from '@disclosure-map/graph-schema';
import { addDays, addMonths, calendarYear, type ClosedInterval, type IsoDate } from '../rules/dates';

/** The kinds are declared with the graph's vocabularies (graph-schema/src/enums.ts): a stored request has that type. */
export { REQUEST_KINDS, type RequestKind };

export const REQUEST_STATUSES = ['OPEN', 'DUE_SOON', 'OVERDUE', 'RESPONDED', 'RESPONDED_LATE'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Days before the due date from which an open request counts as due soon. */
export const DUE_SOON_DAYS = 7;

interface DeadlineRule {
  /** How many extensions the law allows. */
  readonly maxExtensions: number;
  /** The due date after `extensions` extensions. */
  dueOn(receivedOn: IsoDate, extensions: number): IsoDate;
  readonly citation: string;
}

export const DEADLINE_RULES: Record<RequestKind, DeadlineRule> = {
  SHINE_THE_LIGHT: { maxExtensions: 0, dueOn: (r) => addDays(r, 30), citation: 'Civ. Code §1798.83(b)(1)(C)' },
  CCPA_KNOW: { maxExtensions: 1, dueOn: (r, e) => addDays(r, 45 + 45 * e), citation: 'Civ. Code §1798.130(a)(2)' },
  GDPR_ACCESS: { maxExtensions: 1, dueOn: (r, e) => addMonths(r, e ? 3 : 1), citation: 'GDPR Art. 12(3)' },
};

export function dueOn(kind: RequestKind, receivedOn: IsoDate, extensions = 0): IsoDate {
  return DEADLINE_RULES[kind].dueOn(receivedOn, extensions);
}

export function canExtend(kind: RequestKind, extensions: number): boolean {
  return extensions < DEADLINE_RULES[kind].maxExtensions;
}

/** The window in which a second request of the kind is flagged as a repeat (Shine the Light: the calendar year). */
export function repeatWindow(kind: RequestKind, receivedOn: IsoDate): ClosedInterval | null {
  return kind === 'SHINE_THE_LIGHT' ? calendarYear(Number(receivedOn.slice(0, 4))) : null;
}

export function requestStatus(request: { dueOn: IsoDate; respondedOn: IsoDate | null }, today: IsoDate): RequestStatus {
  if (request.respondedOn) return request.respondedOn <= request.dueOn ? 'RESPONDED' : 'RESPONDED_LATE';
  if (today > request.dueOn) return 'OVERDUE';
  if (addDays(today, DUE_SOON_DAYS) >= request.dueOn) return 'DUE_SOON';
  return 'OPEN';
}

/** Requests are kept at least this long after receipt (nothing deletes them earlier; see README). */
export const RETENTION_MONTHS = 24;
