import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';

/** One input line: its number (1-based, the header of a CSV file is line 1), the parsed object or why it could not be parsed. */
export interface InputLine {
  line: number;
  value: Record<string, unknown> | null;
  error: string | null;
}

export type InputFormat = 'ndjson' | 'csv';

export function formatOf(path: string): InputFormat {
  return /\.csv$/i.test(path) ? 'csv' : 'ndjson';
}

/** A line as read: NDJSON text not yet parsed (the parse workers do that), or a CSV row already an object. */
export type RawLine = { line: number; text: string } | InputLine;

/** A raw line → an InputLine: an NDJSON line must hold one JSON object. */
export function toInputLine(raw: RawLine): InputLine {
  if (!('text' in raw)) return raw;
  try {
    const value: unknown = JSON.parse(raw.text);
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return { line: raw.line, value: null, error: 'not a JSON object' };
    return { line: raw.line, value: value as Record<string, unknown>, error: null };
  } catch (error) {
    return { line: raw.line, value: null, error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** Bytes read so far, for the progress bar. */
export interface ReadPosition {
  bytes: number;
  total: number;
}

/** Newline-delimited JSON, one object a line, streamed (blank lines are skipped). */
async function* ndjsonLines(path: string, position: ReadPosition): AsyncGenerator<RawLine> {
  const input = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const reader = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const text of reader) {
    line += 1;
    position.bytes += Buffer.byteLength(text) + 1;
    if (!text.trim()) continue;
    yield { line, text };
  }
}

const LIST_FIELDS = new Set(['categoryIds', 'purposeIds']);
const BOOLEAN_FIELDS = new Set(['californiaResident', 'designatedChannel']);

/** `kind:value` (kind one of id, email, phone, externalId) → a PersonRef. */
function personRef(text: string): Record<string, string> {
  const at = text.indexOf(':');
  return at > 0 ? { [text.slice(0, at)]: text.slice(at + 1) } : { externalId: text };
}

/**
 * A CSV row (header names are the NDJSON keys) → the same object an NDJSON
 * line gives. Lists are `|`-separated; `people` and `person` hold `kind:value`
 * person references (a bare value is an externalId); `memberships` holds
 * `segmentId@since..until` items; empty cells are absent.
 */
export function csvRowToObject(row: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(row)) {
    const cell = raw.trim();
    if (cell === '') continue;
    if (LIST_FIELDS.has(key)) out[key] = cell.split('|').map((s) => s.trim());
    else if (BOOLEAN_FIELDS.has(key)) out[key] = cell === 'true' ? true : cell === 'false' ? false : cell;
    else if (key === 'people') out[key] = cell.split('|').map((s) => personRef(s.trim()));
    else if (key === 'person') out[key] = personRef(cell);
    else if (key === 'memberships')
      out[key] = cell.split('|').map((item) => {
        const [segmentId, dates = ''] = item.trim().split('@');
        const [since, until] = dates.split('..');
        return { segmentId, since: since || undefined, until: until || null };
      });
    else out[key] = cell;
  }
  return out;
}

/** CSV with a header row (RFC 4180 quoting), streamed. */
async function* csvLines(path: string, position: ReadPosition): AsyncGenerator<InputLine> {
  const input = createReadStream(path, { highWaterMark: 1 << 20 });
  input.on('data', (chunk) => (position.bytes += chunk.length));
  const parser = input.pipe(
    parse({ columns: true, skip_empty_lines: true, relax_column_count: true, info: true, skip_records_with_error: false }),
  );
  try {
    for await (const record of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      yield { line: record.info.lines, value: csvRowToObject(record.record), error: null };
    }
  } catch (error) {
    // A malformed CSV (an unclosed quote) cannot be resynchronised: report where it stopped.
    yield { line: -1, value: null, error: `CSV parse error: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export function readLines(path: string, position: ReadPosition): AsyncGenerator<RawLine> {
  position.total = statSync(path).size;
  return formatOf(path) === 'csv' ? csvLines(path, position) : ndjsonLines(path, position);
}
