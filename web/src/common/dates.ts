/** ISO calendar dates (YYYY-MM-DD) in UTC, as the API uses them. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string | null | undefined): value is string {
  const match = value ? ISO_DATE.exec(value) : null;
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The same month and day in another year (29 February becomes the 28th in a common year). */
export function withYear(date: string, year: number): string {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

const LONG = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

function parse(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** "March 10, 2025" */
export function formatLongDate(date: string): string {
  return isIsoDate(date) ? LONG.format(parse(date)) : date;
}

/** "Mar 10, 2025" */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '—';
  return isIsoDate(date) ? SHORT.format(parse(date)) : date;
}

/** Whether a validity interval has ended before the given day. */
export function hasEnded(validTo: string | null | undefined, today: string = todayIso()): boolean {
  return Boolean(validTo && validTo < today);
}
