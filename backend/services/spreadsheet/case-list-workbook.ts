import type { Writable } from 'node:stream';
import type { CaseFilterQuery, Store } from '../../../db/ports';
import type { CaseRecord } from '../../../shared/domain/case-record';
import type { Language } from '../../../shared/domain/fields';
import { stageOfCase } from '../../../shared/domain/pipeline';
import { translate } from '../../../shared/i18n';
import { excelDate, excelDateFormat, loadExcel } from './excel';
import { sheetLabels, type SheetLabel } from './reference-labels';

const PAGE = 2000;

/** One column of the case list: its header's key and how a case fills it. */
interface Column {
  key: string;
  width: number;
  numFmt?: string;
  value: (record: CaseRecord, words: Words) => string | number | Date | null;
}

interface Words {
  label: SheetLabel;
  t: (key: string) => string;
}

const date = (value: string | null) => (value === null ? null : excelDate(value));
const joined = (values: string[]) => (values.length ? values.join(', ') : null);

const columns = (dateFormat: string): Column[] => [
  { key: 'registryNumber', width: 20, value: (c) => c.registryNumber },
  { key: 'article', width: 9, value: (c) => c.article },
  { key: 'part', width: 7, value: (c) => c.part },
  { key: 'district', width: 22, value: (c, w) => w.label('district', c.district) },
  { key: 'registeredOn', width: 13, numFmt: dateFormat, value: (c) => date(c.registeredOn) },
  { key: 'stage', width: 20, value: (c, w) => w.t(`cases.stage.${stageOfCase(c)}`) },
  { key: 'forwardedToCourtOn', width: 13, numFmt: dateFormat, value: (c) => date(c.forwardedToCourtOn) },
  { key: 'closedOn', width: 13, numFmt: dateFormat, value: (c) => date(c.closedOn) },
  {
    key: 'closedReason',
    width: 20,
    value: (c, w) => (c.closedReason ? w.t(`caseView.closedReason.${c.closedReason}`) : null),
  },
  { key: 'groupCrime', width: 9, value: (c, w) => w.t(c.groupCrime ? 'spreadsheet.yes' : 'spreadsheet.no') },
  { key: 'platforms', width: 20, value: (c, w) => joined(c.platforms.map((p) => w.label('platform', p))) },
  { key: 'tactics', width: 24, value: (c, w) => joined(c.tactics.map((p) => w.label('tactic', p))) },
  { key: 'damageKzt', width: 14, numFmt: '#,##0', value: (c) => c.damageKzt },
  { key: 'victims', width: 9, value: (c) => c.victims.length },
  { key: 'defendants', width: 9, value: (c) => c.defendants.length },
  {
    key: 'defendantNames',
    width: 32,
    value: (c) => joined(c.defendants.map((d) => d.fullName ?? '').filter(Boolean)),
  },
];

/**
 * The case list (filtered as the screen's) as an .xlsx workbook written to `out`: one row per case in
 * the order they were recorded, dates as dates and numbers as numbers, the header in `language`,
 * frozen, with filters. Written row by row, so a million cases never sit in memory at once.
 */
export async function writeCaseListWorkbook(
  store: Store,
  out: Writable,
  language: Language,
  filter: CaseFilterQuery = {},
): Promise<number> {
  const ExcelJS = await loadExcel();
  const t = (key: string) => translate(language, key);
  const words: Words = { t, label: await store.read((r) => sheetLabels(r, language)) };
  const list = columns(excelDateFormat(language));

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(t('spreadsheet.casesSheet'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = list.map((column) => ({
    header: t(`spreadsheet.column.${column.key}`),
    key: column.key,
    width: column.width,
    ...(column.numFmt ? { style: { numFmt: column.numFmt } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: list.length } };
  sheet.getRow(1).commit();

  let after = 0;
  let written = 0;
  for (;;) {
    const page = await store.read((r) => r.cases.recordsAfter(after, PAGE, filter));
    if (page.length === 0) break;
    for (const { record } of page) sheet.addRow(list.map((column) => column.value(record, words))).commit();
    written += page.length;
    after = page.at(-1)!.id;
  }
  sheet.commit();
  await workbook.commit();
  return written;
}
