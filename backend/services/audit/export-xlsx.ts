import type { TableSheet } from '../spreadsheet/table-sheet';
import { aboutRows, TRAIL_COLUMNS, trailRow, type CsvAbout } from './export-csv';
import type { ExportedTrail } from './trail-export';
import type { TrailWords } from './trail-words';

const WIDTHS: Record<(typeof TRAIL_COLUMNS)[number], number> = {
  seq: 8,
  at: 26,
  actor: 18,
  actorName: 24,
  action: 22,
  entityType: 14,
  entityId: 12,
  entityLabel: 28,
  reason: 32,
  importId: 10,
  prevHash: 30,
  hash: 30,
};

/**
 * The filtered trail as a spreadsheet: the CSV's columns and rows (times kept as the exact ISO text
 * the chain hashes), then what the file is. Numbers are numbers; nothing a cell holds runs as a
 * formula, since exceljs writes strings as text.
 */
export function trailSheet(trail: ExportedTrail, about: CsvAbout, w: TrailWords): TableSheet {
  return {
    name: w.t('audit.pdf.title'),
    columns: TRAIL_COLUMNS.map((column) => ({
      header: w.t(`audit.csv.column.${column}`),
      width: WIDTHS[column],
    })),
    rows: trail.entries.map(trailRow),
    about: aboutRows(trail, about, w),
  };
}
