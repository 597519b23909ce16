import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { todayIso } from '../shared/dates';
import { addDays } from '../shared/domain/pipeline';
import { caseId, fileCase, totalCases, writeCaseFile } from './fixtures/case-files';
import { expect, test } from './fixtures/host';
import { openApp, sampleCase } from './fixtures/ui';

/** Opens the import page from the case list toolbar and picks `path` in the file chooser. */
async function importFile(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: 'Импорт' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Импорт дел' })).toBeVisible();
  await pickFile(page, path);
}

/** On the import page, picks `path` in the file chooser. */
async function pickFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Нажмите, чтобы выбрать файл/ }).click();
  await (await chooser).setFiles(path);
}

interface ReferenceItem {
  name: string;
}

test('a file with errors lists every problem with its path, and nothing is written', async ({
  page,
  host,
}, testInfo) => {
  const path = writeCaseFile(testInfo.outputPath('broken.json'), [
    fileCase('241500031000001', { district: 'Kosshy', registeredOn: '2024-13-01', victims: [{ sex: 'W' }] }),
    fileCase('241500031000002', {
      registerdOn: '2024-01-01',
      defendants: [{ sex: 'M', priorConvictions: -1 }],
    }),
    fileCase('241500031000003'),
    fileCase('241500031000003', { district: 'Nura' }),
  ]);
  await openApp(page, host.url, '/cases');
  await importFile(page, path);

  await expect(page.getByText('В файле найдено 5 проблем; ничего не импортировано')).toBeVisible();
  await expect(
    page.getByText('В базу ничего не записано. Исправьте файл и выберите его снова.'),
  ).toBeVisible();
  const expected = [
    ['cases[0].registeredOn', 'Ожидается дата в формате ГГГГ-ММ-ДД'],
    ['cases[0].victims[0].sex', 'ожидается "M" или "F"'],
    ['cases[1].registerdOn', 'Неизвестное поле «registerdOn»'],
    ['cases[1].defendants[0].priorConvictions', 'не может быть отрицательным'],
    ['cases[3].registryNumber', 'тот же номер ЕРДР, что и у cases[2]'],
  ];
  const problems = page.getByRole('table');
  await expect(problems.getByRole('row')).toHaveCount(expected.length + 1);
  for (const [where, problem] of expected) {
    const row = problems
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: where, exact: true }) });
    await expect(row.getByRole('cell', { name: problem, exact: true })).toBeVisible();
  }

  // Nothing was written: no case, and the new district of the file was not created either.
  expect(await totalCases(host)).toBe(0);
  const districts = await host.call<ReferenceItem[]>('reference.list', {
    kind: 'district',
    includeInactive: true,
  });
  expect(districts.map((d) => d.name)).not.toContain('Kosshy');
  await page.getByRole('button', { name: 'К списку дел' }).click();
  await expect(page.getByText('Дел пока нет. Зарегистрируйте первое кнопкой «Новое дело».')).toBeVisible();
});

test('a file saved as Windows-1251, or with a field given twice, is refused by name and place, and nothing is written', async ({
  page,
  host,
}, testInfo) => {
  await openApp(page, host.url, '/cases');
  // As Notepad saves "ANSI" on a Russian Windows: А–я as the bytes 0xC0–0xFF.
  const text = JSON.stringify({
    format: 'nadzor.cases/v1',
    cases: [fileCase('241500031000001', { district: 'Есиль' })],
  });
  const ansi = testInfo.outputPath('ansi.json');
  writeFileSync(
    ansi,
    Buffer.from([...text].map((c) => (c >= 'А' && c <= 'я' ? c.charCodeAt(0) - 0x350 : c.charCodeAt(0)))),
  );
  await importFile(page, ansi);
  await expect(
    page.getByText(
      'Файл сохранён в кодировке Windows-1251 (кириллица); сохраните его в UTF-8 (в Блокноте: «Сохранить как» → «Кодировка: UTF-8») и импортируйте снова',
    ),
  ).toBeVisible();
  await expect(
    page.getByText('В базу ничего не записано. Исправьте файл и выберите его снова.'),
  ).toBeVisible();

  const twice = testInfo.outputPath('twice.json');
  writeFileSync(twice, text.replace('"district":', '"article": "190", "district":'));
  await page.getByRole('button', { name: 'К списку дел' }).click();
  await importFile(page, twice);
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: 'cases[0]', exact: true }) });
  await expect(
    row.getByRole('cell', {
      name: 'поле «article» указано в одном объекте дважды; оставьте одно',
      exact: true,
    }),
  ).toBeVisible();
  expect(await totalCases(host)).toBe(0);
});

test('a good file is previewed, imported, then filtered in the list and opened', async ({
  page,
  host,
}, testInfo) => {
  const path = writeCaseFile(testInfo.outputPath('cases.json'), [
    fileCase('241500031000101', {
      district: 'Kosshy',
      registeredOn: '2024-02-01',
      forwardedToCourtOn: '2024-03-10',
      platforms: ['Threads'],
      victims: [{ sex: 'F' }],
      defendants: [{ fullName: 'Абенов Ерлан', sex: 'M' }],
    }),
    fileCase('241500031000102', { district: 'Kosshy', registeredOn: '2024-02-05' }),
    fileCase('231500031000103', {
      district: 'Nura',
      registeredOn: '2023-06-05',
      forwardedToCourtOn: '2023-07-01',
    }),
  ]);
  await openApp(page, host.url, '/cases');
  await importFile(page, path);

  await expect(page.getByText('Файл проверен, ошибок нет. В базу пока ничего не записано.')).toBeVisible();
  const counts = page.getByRole('row').filter({ hasText: 'Дела' });
  await expect(counts.getByRole('cell', { name: '3', exact: true })).toBeVisible();
  const newValues = page.getByRole('region', { name: 'Новые значения справочников' });
  await expect(newValues.getByText('Kosshy', { exact: true })).toBeVisible();
  await expect(newValues.getByText('Threads', { exact: true })).toBeVisible();
  expect(await totalCases(host)).toBe(0); // the preview writes nothing

  await page.getByRole('button', { name: 'Импортировать 3 дела' }).click();
  await expect(page.getByText('Импорт завершён')).toBeVisible();
  const created = page.getByRole('row').filter({ hasText: 'Создано' });
  await expect(created.getByRole('cell', { name: '3', exact: true })).toBeVisible();
  // Kosshy and Threads are new: their names in three languages are asked for in Settings.
  const nameThem = page.getByRole('alert').filter({ hasText: 'Дайте новым значениям названия' });
  await expect(nameThem.getByRole('button', { name: 'Открыть справочники' })).toBeVisible();
  await page.getByRole('button', { name: 'Открыть список дел' }).click();
  await expect(page.getByText('3 дела', { exact: true })).toBeVisible();

  // District and stage filters go to the URL; the list shows only what matches.
  await page.getByRole('combobox', { name: 'Район', exact: true }).click();
  await page.getByRole('option', { name: 'Kosshy', exact: true }).click();
  await expect(page).toHaveURL(/#\/cases\?district=Kosshy$/);
  await expect(page.getByText('2 дела', { exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: 'Стадия', exact: true }).click();
  await page.getByRole('option', { name: 'Направлено в суд', exact: true }).click();
  await expect(page).toHaveURL(/#\/cases\?district=Kosshy&stage=forwarded$/);
  await expect(page.getByText('1 дело', { exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '241500031000101', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Абенов Е.', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '241500031000102', exact: true })).toBeHidden();

  await page.getByRole('cell', { name: '241500031000101', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/cases/${await caseId(host, '241500031000101')}$`));
  // Back to the list: the filters are still there.
  await page.goBack();
  await expect(page).toHaveURL(/#\/cases\?district=Kosshy&stage=forwarded$/);
  await expect(page.getByText('1 дело', { exact: true })).toBeVisible();
});

test('registry numbers already in the database are skipped only when asked', async ({
  page,
  host,
}, testInfo) => {
  await host.call('cases.create', sampleCase('241500031000201'));
  const path = writeCaseFile(testInfo.outputPath('again.json'), [
    fileCase('241500031000201', { district: 'Nura' }),
    fileCase('241500031000202'),
  ]);
  await openApp(page, host.url, '/cases');
  await importFile(page, path);

  await expect(page.getByRole('heading', { name: 'Из файла уже есть в базе: 1 дело' })).toBeVisible();
  const start = page.getByRole('button', { name: 'Импортировать 2 дела' });
  await expect(page.getByRole('radio', { name: 'Не импортировать файл' })).toBeChecked();
  await expect(start).toBeDisabled();
  await page.getByRole('radio', { name: 'Пропустить их, оставив в базе как есть' }).check();
  await start.click();

  await expect(page.getByText('Импорт завершён')).toBeVisible();
  await expect(
    page.getByRole('row').filter({ hasText: 'Создано' }).getByRole('cell', { name: '1', exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('row').filter({ hasText: 'Пропущено' }).getByRole('cell', { name: '1', exact: true }),
  ).toBeVisible();
  expect(await totalCases(host)).toBe(2);
  expect(await totalCases(host, { district: 'Yesil' })).toBe(2); // the skipped case kept its district
});

test('the whole database or only the filtered list is exported to a case file', async ({ page, host }) => {
  await host.call('cases.create', sampleCase('241500031000301', 'Yesil'));
  await host.call('cases.create', sampleCase('241500031000302', 'Nura'));
  await host.call('cases.create', sampleCase('241500031000303', 'Nura'));
  await openApp(page, host.url, '/cases?district=Nura');
  await expect(page.getByText('2 дела', { exact: true })).toBeVisible();

  const exportAs = async (item: string) => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Экспорт' }).click();
    await page.getByRole('menuitem', { name: item }).click();
    return download;
  };

  const filtered = await exportAs('Только отфильтрованные');
  expect(filtered.suggestedFilename()).toMatch(/^nadzor-cases-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByText(`Выгружено 2 дела в файл ${filtered.suggestedFilename()}`)).toBeVisible();
  const file = JSON.parse(readFileSync(await filtered.path(), 'utf8')) as {
    format: string;
    cases: { registryNumber: string }[];
  };
  expect(file.format).toBe('nadzor.cases/v1');
  expect(file.cases.map((c) => c.registryNumber).sort()).toEqual(['241500031000302', '241500031000303']);

  const all = await exportAs('Все дела');
  const everything = JSON.parse(readFileSync(await all.path(), 'utf8')) as { cases: unknown[] };
  expect(everything.cases).toHaveLength(3);
  await expect(page.getByText(`Выгружено 3 дела в файл ${all.suggestedFilename()}`)).toBeVisible();
});

test('the filtered list is saved as a spreadsheet with its header in the user’s language', async ({
  page,
  host,
}) => {
  await host.call('cases.create', sampleCase('241500031000401', 'Yesil'));
  await host.call('cases.create', sampleCase('241500031000402', 'Nura'));
  await openApp(page, host.url, '/cases?district=Nura');
  await expect(page.getByText('1 дело', { exact: true })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Экспорт' }).click();
  await page.getByRole('menuitem', { name: 'Список в таблицу Excel (.xlsx)' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^nadzor-cases-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(page.getByText(`1 дело записано в таблицу ${saved.suggestedFilename()}`)).toBeVisible();

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await saved.path());
  const sheet = workbook.getWorksheet('Дела')!;
  expect(sheet.rowCount).toBe(2);
  expect([1, 4].map((column) => sheet.getRow(1).getCell(column).value)).toEqual(['Номер ЕРДР', 'Район']);
  expect([1, 4].map((column) => sheet.getRow(2).getCell(column).value)).toEqual(['241500031000402', 'Нура']);
});

test('a file nested 100,000 levels deep, or broken JSON, is refused with where and why, and nothing is written', async ({
  page,
  host,
}, testInfo) => {
  await openApp(page, host.url, '/cases');
  const deep = testInfo.outputPath('deep.json');
  writeFileSync(deep, '['.repeat(100_000) + ']'.repeat(100_000));
  await importFile(page, deep);
  await expect(
    page.getByText(
      'В файле массивы и объекты вложены глубже 64 уровней (строка 1); файл дел никогда не бывает таким',
    ),
  ).toBeVisible();
  await expect(
    page.getByText('В базу ничего не записано. Исправьте файл и выберите его снова.'),
  ).toBeVisible();

  const broken = testInfo.outputPath('broken.json');
  writeFileSync(broken, '{\n  "format": "nadzor.cases/v1"\n  "cases": []\n}\n');
  await page.getByRole('button', { name: 'К списку дел' }).click();
  await importFile(page, broken);
  await expect(
    page.getByText('Файл не является корректным JSON: нет запятой в строке 3, позиция 3'),
  ).toBeVisible();
  expect(await totalCases(host)).toBe(0);
});

test('a spreadsheet of cases: its columns matched, every problem by row and column with nothing written, then imported; the next sheet of that layout is matched alike', async ({
  page,
  host,
}, testInfo) => {
  const sheet = async (name: string, rows: unknown[][]) => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Дела').addRows([['Номер ЕРДР', 'Статья', 'Район', 'Когда'], ...rows]);
    const path = testInfo.outputPath(name);
    await workbook.xlsx.writeFile(path);
    return path;
  };
  await openApp(page, host.url, '/cases');
  await importFile(
    page,
    await sheet('broken.xlsx', [
      ['241500031001101', '194', 'Есиль', '15.01.2024'],
      ['241500031001102', '194', 'Нура', 'завтра'],
      ['241500031001101', '194', 'Нура', '16.01.2024'],
      ['241500031001103', '194', 'Нура', '32.01.2024'],
    ]),
  );
  // "Когда" is no header Nadzor knows: the registration date's column is not found, and says so.
  const registeredOn = page.getByRole('combobox', { name: 'Дата регистрации' });
  await expect(registeredOn).toBeVisible();
  await expect(page.getByText('В таблице 1 ошибка')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Выберите столбец «Дата регистрации»' })).toBeVisible();

  await registeredOn.click();
  await registeredOn.fill('Когда');
  // The one column whose header has it is the active option: Enter picks it.
  await expect(page.getByRole('option', { name: 'D · Когда' })).toHaveAttribute('aria-selected', 'false');
  await registeredOn.press('Enter');
  await page.getByRole('button', { name: 'Проверить таблицу' }).click();
  const problem = page.getByRole('row').filter({ hasText: '«завтра» — не дата' });
  await expect(problem.getByRole('cell')).toHaveText([
    '3',
    'D',
    'Когда',
    '«завтра» — не дата: укажите её в виде 31.12.2024',
  ]);
  // Every problem at once: an unreadable cell does not hold back the file's own rules.
  await expect(page.getByText('В таблице 3 ошибки')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'тот же номер ЕРДР, что в строке 2' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '«32.01.2024» — такой даты нет' })).toBeVisible();
  expect(await totalCases(host)).toBe(0);

  await page.getByRole('button', { name: 'Отмена' }).click();
  await pickFile(
    page,
    await sheet('fixed.xlsx', [
      ['241500031001101', '194', 'Есиль', '15.01.2024'],
      ['241500031001102', '194', 'Нура', '16.01.2024'],
    ]),
  );
  const field = page.getByRole('combobox', { name: 'Дата регистрации' });
  await field.click();
  await field.fill('Когда');
  await expect(page.getByRole('option', { name: 'D · Когда' })).toHaveAttribute('aria-selected', 'false');
  await field.press('Enter');
  await page.getByRole('button', { name: 'Проверить таблицу' }).click();
  await expect(page.getByText('Файл проверен, ошибок нет. В базу пока ничего не записано.')).toBeVisible();
  await page.getByRole('button', { name: 'Импортировать 2 дела' }).click();
  await expect(page.getByText('Импорт завершён')).toBeVisible();
  expect(await totalCases(host)).toBe(2);
  expect(await totalCases(host, { district: 'Nura' })).toBe(1);

  // The same layout again: matched as last time, straight to the import's preview.
  await openApp(page, host.url, '/cases');
  await importFile(page, await sheet('next.xlsx', [['241500031001103', '194', 'Есиль', '17.01.2024']]));
  await expect(page.getByText('Файл проверен, ошибок нет. В базу пока ничего не записано.')).toBeVisible();
});

test('a file of register persons alone is previewed, imported and re-imported as persons, never as cases', async ({
  page,
  host,
}, testInfo) => {
  const person = (personId: string, fullName: string, birthDate: string, sex: 'M' | 'F') => ({
    personId,
    fullName,
    birthDate,
    sex,
    periods: [{ type: 'probation', start: '2024-01-01', end: '2024-12-31', checkInsPerMonth: 1 }],
  });
  const path = testInfo.outputPath('register.json');
  const register = [
    person('IMP-001', 'Аманов Ерлан Болатович', '1988-01-20', 'M'),
    person('IMP-002', 'Серікова Айгерім Нұрланқызы', '1995-07-30', 'F'),
  ];
  writeFileSync(path, JSON.stringify({ format: 'nadzor.cases/v1', cases: [], monitoring: register }));
  await openApp(page, host.url, '/cases');
  await importFile(page, path);

  await expect(page.getByText('Файл проверен, ошибок нет. В базу пока ничего не записано.')).toBeVisible();
  const persons = page.getByRole('row').filter({ hasText: 'Лица из реестра поднадзорных' });
  await expect(persons.getByRole('cell', { name: '2', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Импортировать/ })).toHaveText(
    'Импортировать 2 лица из реестра',
  );
  await page.getByRole('button', { name: 'Импортировать 2 лица из реестра' }).click();
  await expect(page.getByText('Импорт завершён')).toBeVisible();
  await expect(page.getByText('register.json: обработано 2 лица из реестра')).toBeVisible();
  const written = page.getByRole('region', { name: 'Лица из реестра поднадзорных' });
  await expect(
    written.getByRole('row').filter({ hasText: 'Создано' }).getByRole('cell', { name: '2', exact: true }),
  ).toBeVisible();
  // No case was in the file: the result counts none.
  await expect(page.getByRole('region', { name: 'Дела', exact: true })).toHaveCount(0);

  // The same file again: the persons already on the register are named as persons.
  await page.getByRole('button', { name: 'Импортировать другой файл' }).click();
  await pickFile(page, path);
  await expect(
    page.getByRole('heading', { name: 'Из файла уже есть в базе: 2 лица из реестра' }),
  ).toBeVisible();
  await expect(page.getByText('Лица из реестра: IMP-001, IMP-002')).toBeVisible();
  await expect(page.getByText(/^Дела: /)).toHaveCount(0);
  await page.getByRole('radio', { name: 'Пропустить их, оставив в базе как есть' }).check();
  await page.getByRole('button', { name: 'Импортировать 2 лица из реестра' }).click();
  await expect(page.getByText('Импорт завершён')).toBeVisible();
  await expect(
    written.getByRole('row').filter({ hasText: 'Пропущено' }).getByRole('cell', { name: '2', exact: true }),
  ).toBeVisible();
  await expect(
    written.getByRole('row').filter({ hasText: 'Создано' }).getByRole('cell', { name: '0', exact: true }),
  ).toBeVisible();
});

test('a problem of an import file writes its dates as the screen does', async ({ page, host }, testInfo) => {
  const tomorrow = addDays(todayIso(), 1);
  const path = testInfo.outputPath('future.json');
  writeFileSync(
    path,
    JSON.stringify({
      format: 'nadzor.cases/v1',
      cases: [],
      monitoring: [
        {
          personId: 'IMP-001',
          iin: '880120300123',
          fullName: 'Аманов Ерлан Болатович',
          birthDate: '1988-01-21',
          sex: 'M',
          periods: [
            {
              type: 'probation',
              start: '2024-01-01',
              checkInsPerMonth: 1,
              events: [{ on: tomorrow, type: 'attended' }],
            },
          ],
        },
      ],
    }),
  );
  await openApp(page, host.url, '/cases');
  await importFile(page, path);
  const problems = page.getByRole('table');
  const ru = (iso: string) => iso.split('-').reverse().join('.');
  await expect(
    problems.getByRole('row').filter({ hasText: 'monitoring[0].periods[0].events[0].on' }),
  ).toContainText(`не может быть позже сегодняшнего дня (${ru(todayIso())})`);
  await expect(problems.getByRole('row').filter({ hasText: 'monitoring[0].iin' })).toContainText(
    'по ИИН дата рождения 20.01.1988, а введена другая',
  );
  await expect(problems).not.toContainText(todayIso());
});
