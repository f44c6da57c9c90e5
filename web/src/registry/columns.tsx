import type { Column } from '../common/DataTable';

export const DASH = '—';

/** Columns most registry kinds share. */
export function nameColumn<Row extends { name: string }>(): Column<Row> {
  return { key: 'name', header: 'Name', render: (row) => <strong>{row.name}</strong>, sortValue: (row) => row.name };
}
export function idColumn<Row extends { id: string }>(): Column<Row> {
  return { key: 'id', header: 'Id', render: (row) => <code>{row.id}</code>, sortValue: (row) => row.id };
}
/** A text column that shows a dash when empty; sortable unless `sortable` is false. */
export function textColumn<Row>(key: string, header: string, value: (row: Row) => string | null, sortable = true): Column<Row> {
  return { key, header, render: (row) => value(row) ?? DASH, sortValue: sortable ? (row) => value(row) ?? '' : undefined };
}

function yesNo(value: boolean | null | undefined): string {
  return value ? 'Yes' : 'No';
}
export function yesNoColumn<Row>(key: string, header: string, value: (row: Row) => boolean | null): Column<Row> {
  return { key, header, render: (row) => yesNo(value(row)), sortValue: (row) => yesNo(value(row)) };
}

/** Names as a comma-separated list, or a dash. */
export function listNames(items: readonly { name: string }[]): string {
  return items.map((item) => item.name).join(', ') || DASH;
}
