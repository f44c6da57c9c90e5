/**
 * The one CSV writer of every CSV this product hands to people (documents, the bulk Shine-the-Light report, the web
 * app's exports): RFC 4180 quoting and one defusing rule against formula injection. Plain source without imports, so
 * the web app compiles the same file.
 */

/** A cell a spreadsheet would run: after any blank or control characters (spaces, NBSP, ideographic space, BOM), a formula sign, ASCII or full-width. */
const FORMULA = /^[\s\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;
/** Cells starting with a tab, carriage return or line feed are read as formulas by some spreadsheets too. */
const CONTROL_START = /^[\t\r\n]/;

export type CsvValue = string | number | boolean | null | undefined;

/**
 * One field: NUL characters removed (they truncate cells in some readers), text a spreadsheet would take for a
 * formula prefixed with `'`, quoted when it holds a comma, quote or line break. Numbers and booleans are written as
 * they are (a negative number is data, not a formula).
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  let text = value.replace(/\u0000/g, '');
  if (FORMULA.test(text) || CONTROL_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly CsvValue[]): string {
  return cells.map(csvCell).join(',');
}

/** A whole document: a header row and the rows, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map(csvLine).join('\r\n') + '\r\n';
}
