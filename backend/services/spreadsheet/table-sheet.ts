import type ExcelJS from 'exceljs';
import { loadExcel } from './excel';

export interface SheetColumn {
  header: string;
  width: number;
  /** Excel's number format for the column's cells (dates, digit grouping). */
  numFmt?: string;
}

/** A cell as the sheets hold it: text, a number, a date (whole days, see excelDate), or empty. */
export type Cell = string | number | Date | null;

export interface TableSheet {
  name: string;
  columns: SheetColumn[];
  rows: Cell[][];
  /** Label–value rows under the table, after an empty row (what the file is, as the CSV has them). */
  about?: [string, Cell][];
}

/** Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]. */
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

/**
 * Tables as an .xlsx workbook, one sheet each: the header bold, frozen and filterable, numbers and
 * dates typed. For tables that fit in memory (a review's tables, the register, a filtered trail);
 * the case list streams its rows instead (case-list-workbook.ts).
 */
export async function tablesWorkbook(sheets: TableSheet[]): Promise<Buffer> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  for (const table of sheets) addSheet(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, { name, columns, rows, about }: TableSheet): void {
  const sheet = workbook.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width,
    ...(column.numFmt ? { style: { numFmt: column.numFmt } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + rows.length, column: columns.length } };
  sheet.addRows(rows);
  if (about?.length) {
    sheet.addRow([]);
    for (const [label, value] of about) sheet.addRow([label, value]).getCell(1).font = { bold: true };
  }
}
