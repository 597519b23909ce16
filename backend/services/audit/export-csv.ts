import type { ExportedTrail } from './trail-export';
import type { TrailWords } from './trail-words';

/*
 * The trail as CSV (RFC 4180: comma, CRLF, fields quoted when they hold a comma, quote or line break),
 * UTF-8 with a byte order mark so Excel reads Cyrillic. The table comes first, its header in the
 * first row; after one empty row, a short "about this file" section of label–value rows (the head of
 * the chain, when and by whom it was exported, the filters). Every row has the same number of fields.
 * docs/audit.md describes the layout.
 */

/** The trail's columns, in order, for the CSV and the spreadsheet alike. */
export const TRAIL_COLUMNS = [
  'seq',
  'at',
  'actor',
  'actorName',
  'action',
  'entityType',
  'entityId',
  'entityLabel',
  'reason',
  'importId',
  'prevHash',
  'hash',
] as const;

/**
 * A field as RFC 4180 writes it. A text a spreadsheet would run as a formula (=, +, -, @, tab, CR at
 * its start) gets a leading apostrophe, so a reason typed as "=HYPERLINK(…)" stays text.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvAbout {
  exportedAt: string;
  exportedBy: string;
  filters: string[];
}

export function trailCsv(trail: ExportedTrail, about: CsvAbout, w: TrailWords): string {
  const row = (fields: (string | number | null)[]) => {
    const padded = [...fields, ...Array<null>(Math.max(0, TRAIL_COLUMNS.length - fields.length)).fill(null)];
    return padded.map(csvField).join(',');
  };
  const lines = [row(TRAIL_COLUMNS.map((column) => w.t(`audit.csv.column.${column}`)))];
  for (const entry of trail.entries) lines.push(row(trailRow(entry)));
  lines.push(row([]));
  for (const fields of aboutRows(trail, about, w)) lines.push(row(fields));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** One entry's fields in TRAIL_COLUMNS order. */
export const trailRow = (e: ExportedTrail['entries'][number]): (string | number | null)[] => [
  e.seq,
  e.at,
  e.actor,
  e.actorName,
  e.action,
  e.entityType,
  e.entityId,
  e.entityLabel,
  e.reason,
  e.importId,
  e.prevHash,
  e.hash,
];

/** What the file is: the head of the chain, when and by whom it was exported, the filters. */
export const aboutRows = (
  trail: ExportedTrail,
  about: CsvAbout,
  w: TrailWords,
): [string, string | number | null][] => [
  [w.t('audit.csv.about.headSeq'), trail.head?.seq ?? null],
  [w.t('audit.csv.about.headHash'), trail.head?.hash ?? null],
  [w.t('audit.csv.about.entries'), trail.entries.length],
  [w.t('audit.csv.about.exportedAt'), about.exportedAt],
  [w.t('audit.csv.about.exportedBy'), about.exportedBy],
  [w.t('audit.csv.about.filters'), w.filterLine(about.filters)],
];
