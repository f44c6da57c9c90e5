import ExcelJS from 'exceljs';
import { toCsv } from '@disclosure-map/graph-schema';

/** A table document: a sheet in XLSX, the same rows in CSV. */
export interface TableDocument {
  title: string;
  /** Lines above the table in the XLSX (controller, date); CSV keeps only the table. */
  preamble: string[];
  header: readonly string[];
  rows: (string | null)[][];
}

export function renderTableCsv(table: TableDocument): string {
  return toCsv([...table.header], table.rows);
}

/** One worksheet, header bold and frozen, columns wrapped; metadata dates pinned to `issuedAt`. */
export async function renderTableXlsx(table: TableDocument, issuedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Disclosure Map';
  workbook.created = issuedAt;
  workbook.modified = issuedAt;
  const sheet = workbook.addWorksheet(table.title.slice(0, 31));
  for (const line of table.preamble) sheet.addRow([line]);
  if (table.preamble.length) sheet.addRow([]);
  const headerRow = sheet.addRow([...table.header]);
  headerRow.font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: headerRow.number }];
  for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? '')).alignment = { wrapText: true, vertical: 'top' };
  sheet.columns.forEach((column) => {
    column.width = 28;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
