import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openTestApi } from '../../test-api';

type Api = Awaited<ReturnType<typeof openTestApi>>;

async function xlsx(rows: unknown[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Лист1').addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const HEADERS = [
  'Номер ЕРДР',
  'Статья',
  'Район',
  'Дата регистрации',
  'Ущерб, тенге',
  'Группой лиц',
  'Дата прекращения',
  'Основание прекращения',
  'Примечание',
];

async function read(
  api: Api,
  fileBase64: string,
  fileName = 'дела.xlsx',
  mapping?: Record<string, number | null>,
) {
  const result = await api.backend.dispatch(
    'cases.sheetRead',
    { fileBase64, fileName, ...(mapping ? { mapping } : {}) },
    { language: 'ru', session: api.session },
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value as {
    headers: string[];
    mapping: Record<string, number>;
    mappingFrom: string;
    rows: number;
    problems: { row: number; column: string; header: string; message: string }[];
    preview: { cases: number; newReferences: { district: string[] } } | null;
    content: string | null;
  };
}

async function importContent(api: Api, content: string) {
  const { jobId } = await api.ok('cases.importStart', {
    content,
    onConflict: 'refuse',
    fileName: 'дела.xlsx',
  });
  for (let i = 0; i < 500; i += 1) {
    const progress = await api.ok('cases.importProgress', { jobId });
    if (progress.state !== 'running') return progress;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the import did not end');
}

describe('a case list from a spreadsheet', () => {
  it('maps the columns by their Russian headers and reads the values as offices write them', async () => {
    const api = await openTestApi();
    const file = await xlsx([
      HEADERS,
      ['241500031000701', 194, 'Алматы', '04.03.2024', '1 250 000', 'Да', null, null, 'любой текст'],
      [],
      [
        '241500031000702',
        '190',
        'Нұра',
        new Date(Date.UTC(2024, 4, 6)),
        5000,
        'нет',
        '10.06.2024',
        'Приостановлено',
        null,
      ],
    ]);
    const reading = await read(api, file);
    expect(reading.mappingFrom).toBe('headers');
    expect(reading.mapping).toEqual({
      registryNumber: 0,
      article: 1,
      district: 2,
      registeredOn: 3,
      damageKzt: 4,
      groupCrime: 5,
      closedOn: 6,
      closedReason: 7,
    });
    expect(reading.rows).toBe(2); // the empty row is no case
    expect(reading.problems).toEqual([]);
    expect(reading.preview).toMatchObject({ cases: 2, newReferences: { district: [] } });

    const done = await importContent(api, reading.content!);
    expect(done.state).toBe('done');
    const first = await api.ok('cases.get', { id: 1 });
    expect(first.record).toMatchObject({
      registryNumber: '241500031000701',
      article: '194',
      district: 'Almaty',
      registeredOn: '2024-03-04',
      damageKzt: 1250000,
      groupCrime: true,
    });
    const second = await api.ok('cases.get', { id: 2 });
    expect(second.record).toMatchObject({
      district: 'Nura',
      registeredOn: '2024-05-06',
      closedOn: '2024-06-10',
      closedReason: 'suspended',
      groupCrime: false,
    });
    await api.backend.close();
  });

  it('names every problem by its row and column at once, and gives no file to import', async () => {
    const api = await openTestApi();
    const file = await xlsx([
      HEADERS,
      ['241500031000801', '194', 'Алматы', 'вчера', '12 тысяч', 'Да', null, null, null],
      // A closure date without its ground: refused by the case file's own rules, placed on the sheet.
      ['241500031000802', '194', 'Есиль', '01.02.2024', null, null, '01.03.2024', null, null],
      ['241500031000803', '194', 'Есиль', '32.01.2024', null, null, null, null, null],
      ['241500031000802', '194', 'Нура', '2024-01-16', null, null, null, null, null],
      ['241500031000805', '', 'Нура', '2099-01-16', null, null, null, null, null],
    ]);
    const bad = await read(api, file);
    const at = (row: number, column: string, header: string, message: string) => ({
      row,
      column,
      header,
      message,
    });
    // Cells that cannot be read and the rules of the file they make, in one list: not in rounds.
    expect(bad.problems).toEqual([
      at(2, 'D', 'Дата регистрации', '«вчера» — не дата: укажите её в виде 31.12.2024'),
      at(2, 'E', 'Ущерб, тенге', '«12 тысяч» — не сумма: укажите только цифры, например 1250000'),
      at(3, 'H', 'Основание прекращения', 'дата и основание прекращения указываются вместе'),
      at(4, 'D', 'Дата регистрации', '«32.01.2024» — такой даты нет'),
      at(5, 'A', 'Номер ЕРДР', 'тот же номер ЕРДР, что в строке 3'),
      at(6, 'B', 'Статья', 'Обязательное поле'),
      // The case's other rules speak though its article is missing.
      at(
        6,
        'D',
        'Дата регистрации',
        expect.stringMatching(
          /^не может быть позже сегодняшнего дня \(\d\d\.\d\d\.\d{4}\)$/,
        ) as unknown as string,
      ),
    ]);
    expect(bad.content).toBeNull();
    expect((await api.ok('cases.list', {})).total).toBe(0);
    await api.backend.close();
  });

  it('asks for the columns a case needs, and remembers a mapping for sheets with the same headers', async () => {
    const api = await openTestApi();
    const file = await xlsx([
      ['Рег. №', 'Ст.', 'Где', 'Когда'],
      ['241500031000901', '194', 'Нура', '2024-01-15'],
    ]);
    const unknown = await read(api, file);
    expect(unknown.mapping).toEqual({ article: 1 });
    expect(unknown.problems.map((p) => p.message)).toEqual([
      'Выберите столбец «Номер ЕРДР»',
      'Выберите столбец «Район»',
      'Выберите столбец «Дата регистрации»',
    ]);
    const mapping = { registryNumber: 0, article: 1, district: 2, registeredOn: 3 };
    expect((await read(api, file, 'дела.xlsx', mapping)).problems).toEqual([]);
    await api.ok('cases.sheetSaveMapping', { headers: unknown.headers, mapping });
    const again = await read(api, file);
    expect(again).toMatchObject({ mappingFrom: 'remembered', mapping, problems: [] });
    await api.backend.close();
  });

  it('reads a CSV with semicolons and a byte order mark, and names a Windows-1251 file as such', async () => {
    const api = await openTestApi();
    const csv = '\uFEFFНомер ЕРДР;Статья;Район;Дата регистрации\r\n241500031001001;194;Есиль;15.01.2024\r\n';
    const reading = await read(api, Buffer.from(csv, 'utf8').toString('base64'), 'дела.csv');
    expect(reading).toMatchObject({ rows: 1, problems: [], preview: { cases: 1 } });
    const cp1251 = Buffer.from([
      0xcd, 0xee, 0xec, 0xe5, 0xf0, 0x3b, 0xd0, 0xe0, 0xe9, 0xee, 0xed, 0x0d, 0x0a,
    ]);
    const refused = await api.call('cases.sheetRead', {
      fileBase64: cp1251.toString('base64'),
      fileName: 'дела.csv',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(refused)).toMatch(/1251/);
    const notXlsx = await api.call('cases.sheetRead', {
      fileBase64: Buffer.from('hello').toString('base64'),
      fileName: 'x.xlsx',
    });
    expect(notXlsx).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await api.backend.close();
  });
});
