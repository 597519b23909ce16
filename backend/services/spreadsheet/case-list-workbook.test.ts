import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../../db/ports';
import { openSqliteStore } from '../../../db/sqlite/store';
import { tempDbPath } from '../../../db/test-support';
import { CASE_FILE_FORMAT } from '../../../shared/domain/case-file';
import type { Language } from '../../../shared/domain/fields';
import { seedReferenceData } from '../../seed-reference';
import { openTestApi } from '../../test-api';
import { importCases } from '../import-cases';
import { imprisoned, kase, man, woman } from '../stats-fixtures';
import { writeCaseListWorkbook } from './case-list-workbook';

/** Two cases whose every cell below is read off these lines. */
const cases = [
  kase('2024-03-04', {
    registryNumber: '241500031000101',
    part: '2',
    district: 'Almaty',
    forwardedToCourtOn: '2024-05-20',
    groupCrime: true,
    platforms: ['Telegram', 'Instagram'],
    tactics: ['intimate-images'],
    damageKzt: 1250000,
    victims: [woman(), woman()],
    defendants: [
      { ...imprisoned('2024-07-01', 3, 0), fullName: 'Ахметов Ерлан' },
      man({ fullName: 'Сидоров Пётр', convictedOn: '2024-07-01' }),
    ],
  }),
  kase('2024-12-31', {
    registryNumber: '241500031000102',
    article: '190',
    district: 'Baikonyr',
    closedOn: '2025-01-15',
    closedReason: 'discontinued',
  }),
];

async function storeWithCases(): Promise<Store> {
  const store = openSqliteStore(tempDbPath());
  await seedReferenceData(store);
  await importCases(store, 'test', { format: CASE_FILE_FORMAT, cases }, 'refuse');
  return store;
}

async function sheetOf(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0]!;
}

async function written(store: Store, language: Language, filter = {}) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const count = await writeCaseListWorkbook(store, out, language, filter);
  return { count, sheet: await sheetOf(Buffer.concat(chunks)) };
}

const COLUMNS = 16;
/** A row's cell values, column by column; an empty cell is null. */
const cells = (sheet: ExcelJS.Worksheet, row: number) =>
  Array.from({ length: COLUMNS }, (_, i) => sheet.getRow(row).getCell(i + 1).value ?? null);
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('the case list as a spreadsheet', () => {
  it('one row per case: text, dates as dates, numbers as numbers, the labels and header in Russian', async () => {
    const store = await storeWithCases();
    const { count, sheet } = await written(store, 'ru');
    expect(count).toBe(2);
    expect(sheet.name).toBe('Дела');
    expect(cells(sheet, 1)).toEqual([
      'Номер ЕРДР',
      'Статья',
      'Часть',
      'Район',
      'Дата регистрации',
      'Стадия',
      'Направлено в суд',
      'Дата прекращения',
      'Основание прекращения',
      'Группой лиц',
      'Платформы',
      'Способы',
      'Ущерб, тенге',
      'Потерпевших',
      'Обвиняемых',
      'ФИО обвиняемых',
    ]);
    const first = cells(sheet, 2);
    expect(first).toEqual([
      '241500031000101',
      '194',
      '2',
      'Алматы',
      day('2024-03-04'),
      'Вынесен приговор', // both defendants convicted, one not yet sentenced
      day('2024-05-20'),
      null,
      null,
      'Да',
      'Telegram, Instagram',
      'Интимные изображения',
      1250000,
      2,
      2,
      'Ахметов Ерлан, Сидоров Пётр',
    ]);
    expect(cells(sheet, 3)).toEqual([
      '241500031000102',
      '190',
      null,
      'Байконыр',
      day('2024-12-31'),
      'Прекращено',
      null,
      day('2025-01-15'),
      'Прекращено',
      'Нет',
      null,
      null,
      null,
      0,
      0,
      null,
    ]);
    expect(sheet.getCell('E2').numFmt).toBe('dd.mm.yyyy');
    expect(sheet.getCell('M2').numFmt).toBe('#,##0');
    expect(sheet.rowCount).toBe(3);
    await store.close();
  });

  it('keeps its header row frozen and filterable, and writes English dates unambiguously', async () => {
    const store = await storeWithCases();
    const { sheet } = await written(store, 'en');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:P1');
    expect(cells(sheet, 1).slice(0, 4)).toEqual(['Registry number (ERDR)', 'Article', 'Part', 'District']);
    expect(sheet.getCell('D3').value).toBe('Baikonyr');
    expect(sheet.getCell('E2').numFmt).toBe('d mmm yyyy');
    await store.close();
  });

  it('through the API: the filtered list only, in the caller’s language', async () => {
    const api = await openTestApi();
    await api.ok('cases.create', {
      registryNumber: '241500031000201',
      article: '194',
      district: 'Yesil',
      registeredOn: '2024-02-11',
    });
    await api.ok('cases.create', {
      registryNumber: '241500031000202',
      article: '190',
      district: 'Nura',
      registeredOn: '2024-02-12',
    });
    const { xlsxBase64, count } = await api.ok('cases.exportSpreadsheet', { filters: { article: '190' } });
    expect(count).toBe(1);
    const sheet = await sheetOf(Buffer.from(xlsxBase64, 'base64'));
    expect(sheet.rowCount).toBe(2);
    expect(cells(sheet, 2).slice(0, 4)).toEqual(['241500031000202', '190', null, 'Nura']);
    await api.backend.close();
  });
});
