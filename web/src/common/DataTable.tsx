import { useState, type ReactNode } from 'react';

export type SortDirection = 'asc' | 'desc';
export interface SortState {
  key: string;
  dir: SortDirection;
}

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** Makes the column sortable. */
  sortValue?: (row: T) => string | number;
  className?: string;
}

export interface DataTableProps<T> {
  caption: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  rowClassName?: (row: T) => string | undefined;
  /** Controlled sort (e.g. kept in the URL); uncontrolled when left out. */
  sort?: SortState | null;
  onSortChange?: (sort: SortState) => void;
  initialSort?: SortState;
  emptyMessage?: ReactNode;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export function sortRows<T>(rows: readonly T[], columns: readonly Column<T>[], sort: SortState | null | undefined): T[] {
  const column = sort ? columns.find((item) => item.key === sort.key && item.sortValue) : undefined;
  if (!sort || !column?.sortValue) return [...rows];
  const value = column.sortValue;
  const factor = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const left = value(a);
    const right = value(b);
    const order = typeof left === 'number' && typeof right === 'number' ? left - right : collator.compare(String(left), String(right));
    return order * factor;
  });
}

/** A table with sortable column headers (buttons with aria-sort), a caption for screen readers and an empty state. */
export function DataTable<T>({
  caption,
  rows,
  columns,
  rowKey,
  rowClassName,
  sort,
  onSortChange,
  initialSort,
  emptyMessage = 'Nothing to show.',
}: DataTableProps<T>) {
  const [ownSort, setOwnSort] = useState<SortState | null>(initialSort ?? null);
  const current = sort !== undefined ? sort : ownSort;
  const sorted = sortRows(rows, columns, current);

  const toggle = (key: string) => {
    const next: SortState = { key, dir: current?.key === key && current.dir === 'asc' ? 'desc' : 'asc' };
    if (onSortChange) onSortChange(next);
    if (sort === undefined) setOwnSort(next);
  };

  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = current?.key === column.key;
              const ariaSort = active ? (current.dir === 'asc' ? 'ascending' : 'descending') : undefined;
              return (
                <th key={column.key} scope="col" aria-sort={ariaSort} className={column.className}>
                  {column.sortValue ? (
                    <button type="button" className="sort-button" onClick={() => toggle(column.key)}>
                      {column.header}
                      <span className="sort-indicator" aria-hidden="true">
                        {active ? (current.dir === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="table-empty">
                {emptyMessage}
              </td>
            </tr>
          ) : (
            sorted.map((row) => (
              <tr key={rowKey(row)} className={rowClassName?.(row)}>
                {columns.map((column) => (
                  <td key={column.key} className={column.className} data-label={column.header}>
                    {column.render(row)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
