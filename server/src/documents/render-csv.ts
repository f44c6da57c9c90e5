import type { ShineTheLightLetter } from './shine-the-light.letter';

/** RFC 4180 field quoting; cells starting with = + - @ are prefixed so spreadsheets do not run them as formulas. */
export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number | boolean | null)[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** One row per third party and statutory category, in statutory order, third parties A–Z. */
export function renderLetterCsv(letter: ShineTheLightLetter, year: number): string {
  const rows = letter.thirdParties.flatMap((t) => t.categories.map((c) => [year, letter.business, t.name, t.address, t.business, c]));
  return toCsv(['year', 'business', 'third_party', 'postal_address', 'nature_of_business', 'category'], rows);
}
