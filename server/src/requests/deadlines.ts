/**
 * Response deadlines of privacy requests, as pure rules over ISO dates.
 *
 * - SHINE_THE_LIGHT (Civ. Code §1798.83(b)(1)(C)): 30 days after receipt; no extension;
 *   a customer may ask once per calendar year (a further request is accepted but flagged).
 * - CCPA_KNOW (Civ. Code §1798.130(a)(2)): 45 days after receipt, extendable once by 45 more.
 * - GDPR_ACCESS (Art. 12(3) GDPR): one month after receipt, extendable by two further months.
 *   Months are counted from the day of receipt and clamp to the month's end (Jan 31 → Feb 28),
 *   so an extended deadline is receipt + 3 months, not (receipt + 1 month) + 2 months.
 * - CCPA_DELETE (§1798.105) and CCPA_CORRECT (§1798.106): as CCPA_KNOW (PRODUCT.md §7).
 * - GDPR_ERASURE (Art. 17) and GDPR_RECTIFICATION (Art. 16): as GDPR_ACCESS (Art. 12(3)).
 * - A Shine-the-Light request received elsewhere than at a designated address, e-mail or number is due in
 *   150 days instead of 30 (§1798.83(b)(1)(C), (b)(2)).
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
  /** The due date after `extensions` extensions; `designatedChannel` false: received elsewhere than at a designated channel. */
  dueOn(receivedOn: IsoDate, extensions: number, designatedChannel: boolean): IsoDate;
  readonly citation: string;
}

const ccpaDays = (r: IsoDate, e: number) => addDays(r, 45 + 45 * e);
const gdprMonths = (r: IsoDate, e: number) => addMonths(r, e ? 3 : 1);

export const DEADLINE_RULES = {
  SHINE_THE_LIGHT: {
    maxExtensions: 0,
    dueOn: (r, _e, designated) => addDays(r, designated ? 30 : 150),
    citation: 'Civ. Code §1798.83(b)(1)(C)',
  },
  CCPA_KNOW: { maxExtensions: 1, dueOn: ccpaDays, citation: 'Civ. Code §1798.130(a)(2)' },
  GDPR_ACCESS: { maxExtensions: 1, dueOn: gdprMonths, citation: 'GDPR Art. 12(3)' },
  CCPA_DELETE: { maxExtensions: 1, dueOn: ccpaDays, citation: 'Civ. Code §1798.105, §1798.130(a)(2)' },
  CCPA_CORRECT: { maxExtensions: 1, dueOn: ccpaDays, citation: 'Civ. Code §1798.106, §1798.130(a)(2)' },
  GDPR_ERASURE: { maxExtensions: 1, dueOn: gdprMonths, citation: 'GDPR Art. 17, Art. 12(3)' },
  GDPR_RECTIFICATION: { maxExtensions: 1, dueOn: gdprMonths, citation: 'GDPR Art. 16, Art. 12(3)' },
} satisfies Record<RequestKind, DeadlineRule>;

export function dueOn(kind: RequestKind, receivedOn: IsoDate, extensions = 0, designatedChannel = true): IsoDate {
  return DEADLINE_RULES[kind].dueOn(receivedOn, extensions, designatedChannel);
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
