import type ExcelJSModule from 'exceljs';
import type { Language } from '../../../shared/domain/fields';

/** exceljs loads with the first spreadsheet, not with every process that opens the backend. */
export async function loadExcel(): Promise<typeof ExcelJSModule> {
  return (await import('exceljs')).default;
}

/**
 * A calendar date (YYYY-MM-DD) as the cell value Excel counts days from: midnight UTC, which exceljs
 * writes as a whole day number, so no time zone moves it to the day before.
 */
export function excelDate(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day));
}

/** The cell format of dates, as the app writes them (shared/format.ts): dd.mm.yyyy, or 4 Mar 2025 in English. */
export function excelDateFormat(language: Language): string {
  return language === 'en' ? 'd mmm yyyy' : 'dd.mm.yyyy';
}
