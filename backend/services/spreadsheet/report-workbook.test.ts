import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { astana2024, fixtureLabels } from '../../../shared/report/testing/annual-stats';
import { openTestApi, signedInAs } from '../../test-api';
import { reportSheets } from './report-workbook';
import { tablesWorkbook } from './table-sheet';

const trend = [
  {
    year: 2023,
    registered: 53,
    forwardedToCourt: 30,
    convictedPersons: 22,
    sentencedPersons: 22,
    imprisonedPersons: 9,
    clearanceRatePct: 56.6,
  },
  {
    year: 2024,
    registered: 52,
    forwardedToCourt: 34,
    convictedPersons: 27,
    sentencedPersons: 27,
    imprisonedPersons: 11,
    clearanceRatePct: 65.4,
  },
];

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

const row = (sheet: ExcelJS.Worksheet, n: number, columns: number) =>
  Array.from({ length: columns }, (_, i) => sheet.getRow(n).getCell(i + 1).value ?? null);

describe('the Reports tables as a workbook', () => {
  it("heads a quarter's columns by the quarter of each year", async () => {
    const label = (_kind: string, name: string) => name;
    const quarter = { ...astana2024(), period: { from: '2024-07-01', to: '2024-09-30' } };
    const workbook = await workbookOf(await tablesWorkbook(reportSheets(quarter, trend, 'en', label)));
    expect(row(workbook.worksheets[0]!, 1, 4)).toEqual(['Indicator', 'Q3 2023', 'Q3 2024', 'Change']);
    expect(row(workbook.worksheets[1]!, 1, 3)).toEqual(['Indicator', 'Q3 2023', 'Q3 2024']);
    expect(row(workbook.worksheets[2]!, 1, 3)).toEqual(['District', 'Q3 2023', 'Q3 2024']);
  });

  it("names a quarter's days on the monitoring sheet, where a year's says 'during the year', in ru, kk and en", async () => {
    const label = (_kind: string, name: string) => name;
    const quarter = { ...astana2024(), period: { from: '2024-07-01', to: '2024-09-30' } };
    const named = {
      ru: ['Лиц под надзором в III квартале 2024 года', /в течение года/i],
      kk: ['2024 жылғы III тоқсанда қадағалауда болған адамдар', /жыл ішінде/i],
      en: ['Persons under supervision in the third quarter of 2024', /during the year|of the year/i],
    } as const;
    for (const language of ['ru', 'kk', 'en'] as const) {
      const workbook = await workbookOf(await tablesWorkbook(reportSheets(quarter, trend, language, label)));
      const sheet = workbook.worksheets.at(-1)!;
      const [personsMonitored, yearWords] = named[language];
      expect(row(sheet, 2, 2)).toEqual([personsMonitored, 40]);
      const labels = sheet.getColumn(1).values.filter((v): v is string => typeof v === 'string');
      expect(labels.length).toBe(14);
      expect(labels.filter((text) => yearWords.test(text))).toEqual([]);
    }
    // The annual workbook's sheet reads as it always has.
    const annual = await workbookOf(await tablesWorkbook(reportSheets(astana2024(), trend, 'ru', label)));
    expect(row(annual.worksheets.at(-1)!, 2, 2)).toEqual(['Лиц под надзором в течение года', 40]);
  });

  it('one sheet per table, counts as numbers and shares as fractions Excel computes with (the Astana 2024 figures)', async () => {
    const label = (_kind: string, name: string) => fixtureLabels[name]?.ru ?? name;
    const workbook = await workbookOf(await tablesWorkbook(reportSheets(astana2024(), trend, 'ru', label)));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Основные показатели',
      'Динамика по годам',
      'По районам',
      'Потерпевшие по возрасту',
      'Потерпевшие по роду занятий',
      'Лица, совершившие преступления',
      'Платформы',
      'Способы',
      'Назначенные наказания',
      'Надзор за ранее судимыми лицами',
    ]);
    const key = workbook.getWorksheet('Основные показатели')!;
    expect(row(key, 1, 4)).toEqual(['Показатель', '2023', '2024', 'Изменение']);
    expect(row(key, 2, 3)).toEqual(['Зарегистрировано уголовных дел', 53, 52]);
    expect(key.getRow(2).getCell(4).value).toBeCloseTo(-0.019, 10);
    expect(key.getRow(2).getCell(4).numFmt).toBe('+0.0%;−0.0%;0.0%');
    expect(row(key, 7, 1)).toEqual(['Доля направленных в суд']);
    expect(key.getRow(7).getCell(3).value).toBeCloseTo(0.654, 10);

    const districts = workbook.getWorksheet('По районам')!;
    expect(row(districts, 2, 3)).toEqual(['Алматы', 28, 22]);
    expect(districts.rowCount).toBe(6);
    const platforms = workbook.getWorksheet('Платформы')!;
    expect(row(platforms, 2, 3)).toEqual([1, 'Telegram', 20]);
    expect(platforms.getRow(2).getCell(4).value).toBeCloseTo(0.385, 10);
    expect(platforms.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const trendSheet = workbook.getWorksheet('Динамика по годам')!;
    expect(row(trendSheet, 1, 3)).toEqual(['Показатель', '2023', '2024']);
    expect(row(trendSheet, 3, 3)).toEqual(['Направлено дел в суд', 30, 34]);
    const sentences = workbook.getWorksheet('Назначенные наказания')!;
    expect(row(sentences, 2, 2)).toEqual(['Лишение свободы', 11]);
  });

  it('through the API for the report staff, named as the review is; a supervisor may not', async () => {
    const api = await openTestApi();
    const reporter = await signedInAs(api.backend, api.session, 'reporter', 'rita');
    const file = await reporter.ok('reports.spreadsheet', { year: 2024, district: null, language: 'en' });
    expect(file.fileName).toBe('nadzor-review-2024-en.xlsx');
    const workbook = await workbookOf(Buffer.from(file.xlsxBase64, 'base64'));
    expect(workbook.worksheets[0]!.name).toBe('Key figures');
    expect(row(workbook.worksheets[0]!, 2, 3)).toEqual(['Cases registered', 0, 0]);
    const supervisor = await signedInAs(api.backend, api.session, 'supervisor', 'sam');
    expect(await supervisor.call('reports.spreadsheet', { year: 2024, language: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await api.backend.close();
  });
});
