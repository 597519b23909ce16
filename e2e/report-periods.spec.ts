import { readFileSync } from 'node:fs';
import { docxText, unzipDocx } from '../shared/report/testing/docx-text';
import { fileCase, importThroughApi } from './fixtures/case-files';
import { expect, test } from './fixtures/host';
import { openApp } from './fixtures/ui';

// Registrations counted by hand: 2024 has 2 in the first quarter, 1 in the second, 3 in the third
// and 1 in the fourth (7); 2023 has one in the third quarter and one in the fourth.
const cases = [
  ['231500031000701', '2023-08-01'],
  ['231500031000702', '2023-11-20'],
  ['241500031000703', '2024-01-10'],
  ['241500031000704', '2024-03-31'],
  ['241500031000705', '2024-04-01'],
  ['241500031000706', '2024-07-01'],
  ['241500031000707', '2024-08-15'],
  ['241500031000708', '2024-09-30'],
  ['241500031000709', '2024-10-01'],
] as const;

test('Reports: a quarter counts its own days against the same quarter a year before, and its list holds them', async ({
  page,
  host,
}) => {
  await importThroughApi(
    host,
    cases.map(([registryNumber, registeredOn]) => fileCase(registryNumber, { registeredOn })),
  );
  await openApp(page, host.url, '/reports?year=2024');
  const keyFigures = page.getByRole('region', { name: 'Основные показатели' });
  await expect(
    keyFigures.getByRole('button', { name: 'Зарегистрировано уголовных дел 7', exact: true }),
  ).toBeVisible();

  await page.getByRole('combobox', { name: 'Период', exact: true }).click();
  await page.getByRole('option', { name: 'Квартал', exact: true }).click();
  await page.getByRole('combobox', { name: 'Квартал', exact: true }).click();
  await page.getByRole('option', { name: 'III кв.', exact: true }).click();
  await expect(page).toHaveURL(/#\/reports\?year=2024&from=2024-07-01&to=2024-09-30$/);

  const registered = keyFigures.getByRole('button', {
    name: 'Зарегистрировано уголовных дел 3',
    exact: true,
  });
  await expect(registered).toBeVisible();
  // The screen says what it counts: every case (no subject is set up), the quarter, the city.
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: 'Все зарегистрированные уголовные дела · III квартал 2024 года · Астана',
    }),
  ).toBeVisible();
  // The year before is the same quarter of 2023, and the screen says so.
  await expect(
    keyFigures.getByRole('button', {
      name: 'Зарегистрировано уголовных дел за тот же период 2023 года: 1',
      exact: true,
    }),
  ).toBeVisible();
  await expect(keyFigures.getByText(/\+200\s%/)).toBeVisible();
  // The trend is of the third quarter of each year.
  const trend = page.getByRole('region', { name: 'Динамика по годам' });
  await expect(trend.getByRole('columnheader')).toHaveText(['Показатель', 'III кв. 2023', 'III кв. 2024']);

  await registered.click();
  const list = page.getByRole('dialog', {
    name: 'Дела, зарегистрированные в III квартале 2024 года — 3 дела',
  });
  await expect(list.getByRole('row')).toHaveCount(4); // the header and three cases
  for (const number of ['241500031000706', '241500031000707', '241500031000708'])
    await expect(list.getByRole('link', { name: number, exact: true })).toBeVisible();
  await list.getByRole('button', { name: 'Закрыть список' }).click();

  // The Word file is the quarter's review: named by the quarter, with the quarter's figures.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Обзор в Word (.docx)' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('nadzor-review-2024Q3-ru.docx');
  const text = docxText((await unzipDocx(readFileSync(await saved.path()))).xml);
  expect(text).toContain('Преступность и досудебное расследование в III квартале 2024 года');
  expect(text).toContain('Зарегистрировано уголовных дел 1 3 +200 %');

  // Back to the whole year: every figure is the year's again.
  await page.getByRole('combobox', { name: 'Период', exact: true }).click();
  await page.getByRole('option', { name: 'Весь год', exact: true }).click();
  await expect(page).toHaveURL(/#\/reports\?year=2024$/);
  await expect(
    keyFigures.getByRole('button', { name: 'Зарегистрировано уголовных дел 7', exact: true }),
  ).toBeVisible();
});

test('Reports: any dates typed into the period picker are counted against the same days a year before', async ({
  page,
  host,
}) => {
  await importThroughApi(
    host,
    cases.map(([registryNumber, registeredOn]) => fileCase(registryNumber, { registeredOn })),
  );
  await openApp(page, host.url, '/reports?year=2024');
  await page.getByRole('combobox', { name: 'Период', exact: true }).click();
  await page.getByRole('option', { name: 'Даты', exact: true }).click();
  // 1 September to 31 December 2024: the cases of 30 September and 1 October; the same days of
  // 2023 hold the case of 20 November.
  const from = page.getByRole('textbox', { name: 'Даты' });
  await from.click();
  await from.fill('01.09.2024');
  await from.press('Enter');
  const to = page.getByRole('textbox', { name: 'По', exact: true });
  await to.fill('31.12.2024');
  await to.press('Enter');
  await expect(page).toHaveURL(/#\/reports\?year=2024&from=2024-09-01&to=2024-12-31$/);
  const keyFigures = page.getByRole('region', { name: 'Основные показатели' });
  await expect(
    keyFigures.getByRole('button', { name: 'Зарегистрировано уголовных дел 2', exact: true }),
  ).toBeVisible();
  await expect(
    keyFigures.getByRole('button', {
      name: 'Зарегистрировано уголовных дел за тот же период 2023 года: 1',
      exact: true,
    }),
  ).toBeVisible();
});
