import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { decodeCaseFile } from '../../../shared/domain/case-file-encoding';
import { DomainError } from '../../errors';
import { loadExcel } from './excel';

/** A cell as read: text, a number, a date (an Excel date cell), a boolean, or empty. */
export type ReadCell = string | number | boolean | Date | null;

export interface ReadSheet {
  headers: string[];
  /** The data rows under the header, each with its row number in the sheet (1-based); empty rows left out. */
  rows: { row: number; cells: ReadCell[] }[];
}

/** What a cell holds, as plain data: a formula's last result, a link's text, rich text joined. */
function plain(value: ExcelJS.CellValue): ReadCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return plain(value.result);
  return null;
}

function fromWorksheet(sheet: ExcelJS.Worksheet): ReadSheet {
  const width = sheet.columnCount;
  const cellsOf = (row: ExcelJS.Row) =>
    Array.from({ length: width }, (_, i) => plain(row.getCell(i + 1).value));
  const headers = cellsOf(sheet.getRow(1)).map((cell) => (cell === null ? '' : String(cell).trim()));
  const rows: ReadSheet['rows'] = [];
  for (let n = 2; n <= sheet.rowCount; n += 1) {
    const cells = cellsOf(sheet.getRow(n));
    if (cells.some((cell) => cell !== null)) rows.push({ row: n, cells });
  }
  return { headers, rows };
}

/** A CSV's delimiter: Excel writes ';' where the decimal mark is a comma (ru, kk), ',' elsewhere. */
const delimiterOf = (text: string) => {
  const header = text.slice(0, text.indexOf('\n') >>> 0);
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
};

/**
 * The first sheet of an .xlsx workbook, or a CSV file (UTF-8, ';' or ','), as a header row and data
 * rows. A file that is neither is refused with what it is, nothing read further.
 */
export async function readSheet(bytes: Buffer, fileName: string): Promise<ReadSheet> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  if (/\.csv$/i.test(fileName)) {
    const decoded = decodeCaseFile(bytes);
    if (!decoded.ok) throw DomainError.field('invalid_input', { ...decoded.problem, path: 'file' });
    const text = decoded.text;
    // Every value stays the text it is; the mapping reads dates and numbers the way the office writes them.
    const sheet = await workbook.csv.read(Readable.from([text]), {
      parserOptions: { delimiter: delimiterOf(text) },
      map: (datum: string) => (datum === '' ? null : datum),
    });
    return fromWorksheet(sheet);
  }
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    throw DomainError.field('invalid_input', { path: 'file', key: 'errors.sheet.notXlsx' });
  }
  const first = workbook.worksheets[0];
  if (!first || first.rowCount === 0)
    throw DomainError.field('invalid_input', { path: 'file', key: 'errors.sheet.empty' });
  return fromWorksheet(first);
}
