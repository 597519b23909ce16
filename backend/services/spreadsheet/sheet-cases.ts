import { createHash } from 'node:crypto';
import type { Readers } from '../../../db/ports';
import { isIsoDate, isoDateOf } from '../../../shared/dates';
import { closedReasons } from '../../../shared/domain/case-record';
import { languages } from '../../../shared/domain/fields';
import type { ReferenceKind } from '../../../shared/domain/reference';
import {
  requiredSheetFields,
  sheetFields,
  type SheetField,
  type SheetMapping,
} from '../../../shared/domain/sheet-import';
import { translate } from '../../../shared/i18n';
import type { ReadCell, ReadSheet } from './read-sheet';

/** A problem of one cell (or of the sheet), worded later in the caller's language. */
export interface CellProblem {
  row: number;
  column: number | null;
  key: string;
  params?: Record<string, string | number>;
}

/** What the office's words mean: reference values by any of their labels, closure reasons, yes and no. */
export interface SheetVocabulary {
  reference: Record<Exclude<ReferenceKind, 'article'>, Map<string, string>>;
  closedReason: Map<string, string>;
  yes: Set<string>;
  no: Set<string>;
}

const fold = (text: string) => text.trim().toLocaleLowerCase('ru').replace(/\s+/g, ' ');
/** A header as compared: letters and digits only, lower case ("Номер ЕРДР:" = "номер ердр"). */
const headerKey = (text: string) => text.toLocaleLowerCase('ru').replace(/[^\p{L}\p{N}]+/gu, '');

export async function sheetVocabulary(r: Readers): Promise<SheetVocabulary> {
  const kinds = ['district', 'platform', 'tactic'] as const;
  const lists = await Promise.all(kinds.map((kind) => r.reference.list(kind, true)));
  const byLabel = (items: Awaited<ReturnType<Readers['reference']['list']>>) => {
    const map = new Map<string, string>();
    for (const item of items)
      for (const label of [item.name, item.labels.ru, item.labels.kk, item.labels.en])
        if (label) map.set(fold(label), item.name);
    return map;
  };
  const words = (key: string) => languages.map((language) => fold(translate(language, key)));
  const closedReason = new Map<string, string>();
  for (const reason of closedReasons) {
    closedReason.set(reason, reason);
    for (const word of words(`caseView.closedReason.${reason}`)) closedReason.set(word, reason);
  }
  return {
    reference: { district: byLabel(lists[0]!), platform: byLabel(lists[1]!), tactic: byLabel(lists[2]!) },
    closedReason,
    yes: new Set([...words('spreadsheet.yes'), 'true', '1', '+', 'да', 'иә', 'yes']),
    no: new Set([...words('spreadsheet.no'), 'false', '0', '-', '', 'нет', 'жоқ', 'no']),
  };
}

/** Other names a column of these fields goes by, besides its header in the spreadsheets Nadzor writes. */
const synonyms: Record<SheetField, string[]> = {
  registryNumber: [
    '№',
    'номер',
    'номер дела',
    'ердр',
    'номер ердр',
    'erdr',
    'case number',
    'нөмір',
    'registry number',
  ],
  article: ['статья', 'ст', 'статья ук', 'бап', 'article'],
  part: ['часть', 'ч', 'часть статьи', 'бөлік', 'part'],
  district: ['район', 'аудан', 'district'],
  registeredOn: ['дата регистрации', 'зарегистрировано', 'тіркелген күні', 'registered', 'registration date'],
  forwardedToCourtOn: [
    'направлено в суд',
    'дата направления в суд',
    'сотқа жолданды',
    'сотқа жіберілді',
    'сотқа жіберілген күні',
    'forwarded to court',
  ],
  closedOn: ['дата прекращения', 'прекращено', 'тоқтатылған күні', 'closed', 'closed on'],
  closedReason: ['основание прекращения', 'тоқтату негізі', 'grounds for closure', 'closure reason'],
  groupCrime: ['группой лиц', 'группа', 'топпен', 'group crime', 'group'],
  platforms: ['платформа', 'платформы', 'платформалар', 'platform', 'platforms'],
  tactics: ['способ', 'способы', 'тәсіл', 'тәсілдер', 'tactic', 'tactics'],
  damageKzt: ['ущерб', 'ущерб тенге', 'сумма ущерба', 'залал', 'залал теңге', 'damage', 'damage kzt'],
};

/**
 * A column for each field whose header names it (in ru, kk or en, as Nadzor's own spreadsheets write
 * it, or a common other name); each column is given at most once, the first match wins.
 */
export function guessMapping(headers: string[]): SheetMapping {
  const names = new Map<string, SheetField>();
  for (const field of sheetFields) {
    names.set(headerKey(field), field);
    for (const language of languages)
      names.set(headerKey(translate(language, `spreadsheet.column.${field}`)), field);
    for (const other of synonyms[field]) names.set(headerKey(other), field);
  }
  const mapping: SheetMapping = {};
  headers.forEach((header, column) => {
    const field = names.get(headerKey(header));
    if (field && mapping[field] === undefined) mapping[field] = column;
  });
  return mapping;
}

/** The settings key a mapping is remembered under: the header set's hash, so the same layout finds it. */
export const mappingKey = (headers: string[]): string =>
  `import.sheetMapping.${createHash('sha256')
    .update(JSON.stringify(headers.map(headerKey)))
    .digest('hex')
    .slice(0, 32)}`;

/**
 * A date as offices write it: a date cell, an Excel day number, dd.mm.yyyy or yyyy-mm-dd; else the
 * key of what is wrong with it: no date at all, or a day the calendar does not have (32.01.2024).
 */
function dateOf(cell: ReadCell): { date: string } | { problem: string } {
  if (cell instanceof Date)
    return { date: isoDateOf(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()) };
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 0 && cell < 2_958_466) {
    const day = new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000);
    return { date: isoDateOf(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()) };
  }
  const text = typeof cell === 'string' ? cell.trim() : '';
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const written = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [y, m, d] = dotted
    ? [dotted[3], dotted[2], dotted[1]].map(Number)
    : written
      ? [written[1], written[2], written[3]].map(Number)
      : [];
  if (y === undefined || m === undefined || d === undefined) return { problem: 'errors.sheet.date' };
  const date = isoDateOf(y, m, d);
  return isIsoDate(date) ? { date } : { problem: 'errors.sheet.noSuchDate' };
}

/** Digits with spaces as thousands and a comma or point for decimals: "1 250 000", "1250000,50". */
function numberOf(cell: ReadCell): number | undefined {
  if (typeof cell === 'number') return cell;
  if (typeof cell !== 'string') return undefined;
  const text = cell.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}

const textOf = (cell: ReadCell): string =>
  cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim();
const listOf = (cell: ReadCell): string[] =>
  textOf(cell)
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);

export interface SheetCases {
  cases: Record<string, unknown>[];
  /** The sheet's row of each case, for problems the case file's validation names by its index. */
  rowOf: number[];
  problems: CellProblem[];
}

/**
 * The rows as case-file cases. Values are read as the office writes them; one that cannot be read
 * (a date that is no date) is a problem of its cell, never guessed. Labels of districts, platforms and
 * tactics in any language become their names; a value the office does not know yet stays as written,
 * and the import names it as new.
 */
export function sheetCases(sheet: ReadSheet, mapping: SheetMapping, vocabulary: SheetVocabulary): SheetCases {
  const problems: CellProblem[] = [];
  const cases: Record<string, unknown>[] = [];
  const rowOf: number[] = [];
  for (const { row, cells } of sheet.rows) {
    const record: Record<string, unknown> = {};
    const problem = (column: number, key: string, value: ReadCell) =>
      problems.push({ row, column, key, params: { value: textOf(value) } });
    for (const field of sheetFields) {
      const column = mapping[field];
      if (column === null || column === undefined) continue;
      const cell = cells[column] ?? null;
      // An empty cell is a value not given, not an empty text; a case cannot go without some.
      if (cell === null || (typeof cell === 'string' && cell.trim() === '')) {
        if (requiredSheetFields.includes(field)) problems.push({ row, column, key: 'errors.required' });
        continue;
      }
      switch (field) {
        case 'registeredOn':
        case 'forwardedToCourtOn':
        case 'closedOn': {
          const date = dateOf(cell);
          if ('problem' in date) problem(column, date.problem, cell);
          else record[field] = date.date;
          break;
        }
        case 'damageKzt': {
          const amount = numberOf(cell);
          if (amount === undefined) problem(column, 'errors.sheet.number', cell);
          else record[field] = amount;
          break;
        }
        case 'groupCrime': {
          const word = fold(textOf(cell));
          if (typeof cell === 'boolean') record[field] = cell;
          else if (vocabulary.yes.has(word)) record[field] = true;
          else if (vocabulary.no.has(word)) record[field] = false;
          else problem(column, 'errors.sheet.yesNo', cell);
          break;
        }
        case 'closedReason': {
          const reason = vocabulary.closedReason.get(fold(textOf(cell)));
          if (reason === undefined) problem(column, 'errors.sheet.closedReason', cell);
          else record[field] = reason;
          break;
        }
        case 'district':
          record[field] = vocabulary.reference.district.get(fold(textOf(cell))) ?? textOf(cell);
          break;
        case 'platforms':
        case 'tactics': {
          const kind = field === 'platforms' ? 'platform' : 'tactic';
          record[field] = listOf(cell).map((value) => vocabulary.reference[kind].get(fold(value)) ?? value);
          break;
        }
        default:
          record[field] = textOf(cell);
      }
    }
    cases.push(record);
    rowOf.push(row);
  }
  return { cases, rowOf, problems };
}

/** Where a problem of the case file (`cases[3].registeredOn`) is in the sheet. */
export function locate(
  path: string,
  rowOf: number[],
  mapping: SheetMapping,
): { row: number; column: number | null } {
  const match = /^cases\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (!match) return { row: 0, column: null };
  const field = match[2] as SheetField | undefined;
  const column = field ? mapping[field] : undefined;
  return { row: rowOf[Number(match[1])] ?? 0, column: column ?? null };
}
