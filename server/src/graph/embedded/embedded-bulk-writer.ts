import { makeCopyDir } from './copy-dirs';
import { createWriteStream, rmSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import type { GraphTx } from '../graph-store';
import type { BulkCreate } from '../repositories/bulk-rows';
import { joinIds } from '../repositories/ledger-line';

export type Cell = string | number | boolean | null;

/** RFC 4180 field: quoted when it holds a comma, quote or line break; null is an empty field. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Streams rows into a CSV file (never building the whole file in memory). */
export async function writeCsv(path: string, header: string[], rows: Iterable<Cell[]>): Promise<number> {
  const out = createWriteStream(path);
  let count = 0;
  let buffer = header.join(',') + '\n';
  for (const row of rows) {
    buffer += row.map(csvCell).join(',') + '\n';
    count += 1;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return count;
}

function* flat<T, R>(items: readonly T[], each: (item: T) => Iterable<R>): Iterable<R> {
  for (const item of items) yield* each(item);
}

/** COPY statements of the embedded engine (LadybugDB). Relationship tables with several FROM/TO pairs name the pair. */
const COPY_NODE = (table: string, file: string) => `COPY ${table} FROM '${file}' (HEADER=true)`;
const COPY_REL = (table: string, file: string, from: string, to: string) =>
  `COPY ${table} FROM '${file}' (from='${from}', to='${to}', HEADER=true)`;

/**
 * The embedded engine's bulk path: each batch is written to CSV files in a
 * temporary directory and loaded with COPY FROM, inside the caller's unit of
 * work (its `UNWIND … CREATE` of relationships slows down badly as the graph
 * grows; COPY does not). Rows must be new: the services filter existing ids first.
 */
export async function embeddedBulkCreate(tx: GraphTx, c: BulkCreate): Promise<void> {
  const dir = makeCopyDir();
  try {
    const copy = async (name: string, header: string[], rows: Iterable<Cell[]>, statement: (file: string) => string): Promise<void> => {
      const file = join(dir, `${name}.csv`);
      if ((await writeCsv(file, header, rows)) > 0) await tx.run(statement(file));
    };
    await copy(
      'people',
      ['id', 'display', 'californiaResident', 'relationshipSince', 'lastPurchaseOn'],
      c.people.map((p) => [p.id, p.display, p.californiaResident, p.relationshipSince, p.lastPurchaseOn]),
      (f) => COPY_NODE('Person', f),
    );
    await copy(
      'identifiers',
      ['id', 'kind', 'personId'],
      c.identifiers.map((i) => [i.id, i.kind, i.personId]),
      (f) => COPY_NODE('PersonIdentifier', f),
    );
    await copy(
      'identifies',
      ['from', 'to'],
      c.identifiers.map((i) => [i.id, i.personId]),
      (f) => COPY_NODE('IDENTIFIES', f),
    );
    await copy(
      'memberships',
      ['from', 'to', 'since', 'until'],
      c.memberships.map((m) => [m.personId, m.segmentId, m.since, m.until]),
      (f) => COPY_NODE('MEMBER_OF', f),
    );
    await copy(
      'transfers',
      ['id', 'occurredOn', 'use'],
      c.transfers.map((t) => [t.id, t.occurredOn, t.use]),
      (f) => COPY_NODE('Transfer', f),
    );
    await copy(
      'to-recipient',
      ['from', 'to'],
      c.transfers.map((t) => [t.id, t.recipientId]),
      (f) => COPY_REL('TO_RECIPIENT', f, 'Transfer', 'Recipient'),
    );
    await copy(
      'of-category',
      ['from', 'to'],
      flat(c.transfers, (t) => t.categoryIds.map((id): Cell[] => [t.id, id])),
      (f) => COPY_REL('OF_CATEGORY', f, 'Transfer', 'DataCategory'),
    );
    await copy(
      'for-purpose',
      ['from', 'to'],
      flat(c.transfers, (t) => t.purposeIds.map((id): Cell[] => [t.id, id])),
      (f) => COPY_REL('FOR_PURPOSE', f, 'Transfer', 'Purpose'),
    );
    await copy(
      'included-in',
      ['from', 'to', 'transferId', 'occurredOn', 'use', 'recipientId', 'categoryIdList', 'purposeIdList'],
      flat(c.transfers, (t) => {
        const line: Cell[] = [t.id, t.occurredOn, t.use, t.recipientId, joinIds(t.categoryIds), joinIds(t.purposeIds)];
        return t.personIds.map((id): Cell[] => [id, t.id, ...line]);
      }),
      (f) => COPY_NODE('INCLUDED_IN', f),
    );
    await copy(
      'opt-outs',
      ['id', 'scope', 'effectiveOn', 'channel'],
      c.optOuts.map((o) => [o.id, o.scope, o.effectiveOn, o.channel]),
      (f) => COPY_NODE('OptOut', f),
    );
    await copy(
      'made',
      ['from', 'to'],
      c.optOuts.map((o) => [o.personId, o.id]),
      (f) => COPY_NODE('MADE', f),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
