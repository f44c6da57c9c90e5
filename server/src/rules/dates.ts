/**
 * Calendar dates as ISO strings ("2025-03-10") and inclusive intervals over
 * them. ISO dates order correctly as strings, so comparisons are plain.
 * A null end means "still in force"; a null start, "since the beginning".
 */

export type IsoDate = string;

export interface DateInterval {
  start: IsoDate | null;
  end: IsoDate | null;
}

/** The earliest and latest dates the domain can hold, standing in for open ends. */
export const BEGINNING: IsoDate = '0001-01-01';
export const END_OF_TIME: IsoDate = '9999-12-31';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (no 2025-02-30, no 2025-13-01). */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Today in UTC, the default end of every window. */
export function today(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Calendar-month arithmetic that clamps to the month's last day (Dec 31 − 18 months = Jun 30). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);

/** A closed interval with both ends known. */
export interface ClosedInterval {
  start: IsoDate;
  end: IsoDate;
}

export function close(interval: DateInterval): ClosedInterval {
  return { start: interval.start ?? BEGINNING, end: interval.end ?? END_OF_TIME };
}

/** The common part of closed intervals, or null when they do not overlap. */
export function intersect(...intervals: ClosedInterval[]): ClosedInterval | null {
  let start = BEGINNING;
  let end = END_OF_TIME;
  for (const i of intervals) {
    start = maxDate(start, i.start);
    end = minDate(end, i.end);
  }
  return start <= end ? { start, end } : null;
}

export function contains(interval: DateInterval, date: IsoDate): boolean {
  const { start, end } = close(interval);
  return start <= date && date <= end;
}

/** The part of an interval strictly before a date (what an opt-out effective that date leaves). */
export function before(interval: ClosedInterval, date: IsoDate): ClosedInterval | null {
  if (date <= interval.start) return null;
  return { start: interval.start, end: minDate(interval.end, addDays(date, -1)) };
}

/** Calendar year Y as an interval (Jan 1 – Dec 31). */
export function calendarYear(year: number): ClosedInterval {
  const y = String(year).padStart(4, '0');
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}
