import { caseId, daysAgo, fileCase, importThroughApi } from './fixtures/case-files';
import { expect, test } from './fixtures/host';
import { openApp } from './fixtures/ui';

const seed = [
  fileCase('231500031000001', {
    district: 'Nura',
    article: '190',
    part: '2',
    registeredOn: '2023-04-10',
    forwardedToCourtOn: '2023-05-20',
    platforms: ['Telegram'],
    defendants: [{ fullName: 'Жумабеков Арман Серикович', sex: 'M' }],
  }),
  fileCase('241500031000002', {
    district: 'Yesil',
    registeredOn: '2024-02-11',
    closedOn: '2024-03-01',
    closedReason: 'discontinued',
    platforms: ['Instagram'],
    defendants: [
      { fullName: 'Ахметова Дана Маратовна', sex: 'F' },
      { fullName: 'Омаров Бахыт Ерланович', sex: 'M' },
    ],
  }),
  fileCase('261500031000003', { district: 'Yesil', registeredOn: daysAgo(70), platforms: ['Telegram'] }),
  fileCase('261500031000004', { district: 'Almaty', registeredOn: daysAgo(3) }),
];

test('search finds a case by a defendant’s name or by its number; Ctrl+F goes to the search box', async ({
  page,
  host,
}) => {
  await importThroughApi(host, seed);
  await openApp(page, host.url, '/cases');
  await expect(page.getByText('4 дела', { exact: true })).toBeVisible();
  // The first as case papers write it, so it fits the column; every full name shows on hover.
  await expect(page.getByRole('cell', { name: 'Ахметова Д. М. +1', exact: true })).toBeVisible();
  await expect(page.getByTitle('Ахметова Дана Маратовна\nОмаров Бахыт Ерланович')).toBeVisible();

  await page.getByRole('heading', { level: 1, name: 'Дела' }).click();
  await page.keyboard.press('Control+F');
  const search = page.getByRole('searchbox', { name: 'Поиск по номеру ЕРДР или ФИО обвиняемого' });
  await expect(search).toBeFocused();
  await search.fill('Жумабеков');
  await search.press('Enter');
  await expect(page).toHaveURL(/#\/cases\?search=/);
  await expect(page.getByText('1 дело', { exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '231500031000001', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '190 ч. 2', exact: true })).toBeVisible();

  await search.fill('2415');
  await search.press('Enter');
  await expect(page.getByRole('cell', { name: '241500031000002', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '231500031000001', exact: true })).toBeHidden();

  await search.fill('Несуществующий');
  await search.press('Enter');
  await expect(page.getByText('По запросу «Несуществующий» ничего не найдено')).toBeVisible();

  // The back button undoes a search, and the box shows what is searched for again.
  await page.goBack();
  await expect(search).toHaveValue('2415');
  await expect(page.getByRole('cell', { name: '241500031000002', exact: true })).toBeVisible();
});

test('filters by year, platform and overdue; overdue rows are tagged; clear filters', async ({
  page,
  host,
}) => {
  await importThroughApi(host, seed);
  await openApp(page, host.url, '/cases');
  await expect(page.getByText('4 дела', { exact: true })).toBeVisible();

  // The overdue investigation carries a tag in its row; a recent one does not.
  const overdueRow = page.getByRole('row', { name: 'Дело 261500031000003' });
  await expect(overdueRow.getByText('Просрочено', { exact: true })).toBeVisible();
  await expect(page.getByRole('row', { name: 'Дело 261500031000004' }).getByText('Просрочено')).toHaveCount(
    0,
  );

  await page.getByRole('combobox', { name: 'Срок', exact: true }).click();
  await page.getByRole('option', { name: 'Просрочено', exact: true }).click();
  await expect(page.getByText('1 дело', { exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '261500031000003', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
  await expect(page).toHaveURL(/#\/cases$/);
  await expect(page.getByText('4 дела', { exact: true })).toBeVisible();

  await page.getByRole('combobox', { name: 'Платформа', exact: true }).click();
  await page.getByRole('option', { name: 'Telegram', exact: true }).click();
  await expect(page.getByText('2 дела', { exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: 'Год', exact: true }).click();
  await page.getByRole('option', { name: '2023', exact: true }).click();
  await expect(page).toHaveURL(/#\/cases\?year=2023&platform=Telegram$/);
  await expect(page.getByText('1 дело', { exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '231500031000001', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Направлено в суд', exact: true })).toBeVisible();

  await page.getByRole('combobox', { name: 'Район', exact: true }).click();
  await page.getByRole('option', { name: 'Есиль', exact: true }).click();
  await expect(page.getByText('Нет дел, отвечающих условиям фильтров')).toBeVisible();
});

test('columns sort in the backend, and a row opens its case with Enter', async ({ page, host }) => {
  await importThroughApi(host, seed);
  await openApp(page, host.url, '/cases');
  const firstNumber = page.getByRole('row').nth(1).getByRole('cell').first();
  await expect(firstNumber).toHaveText('261500031000004'); // newest registration first

  await page.getByRole('columnheader', { name: 'Номер ЕРДР' }).click();
  await expect(page).toHaveURL(/#\/cases\?sort=registryNumber&order=asc$/);
  await expect(firstNumber).toHaveText('231500031000001');
  await page.getByRole('columnheader', { name: 'Номер ЕРДР' }).click();
  await expect(page).toHaveURL(/#\/cases\?sort=registryNumber$/);
  await expect(firstNumber).toHaveText('261500031000004');

  const row = page.getByRole('row', { name: 'Дело 241500031000002' });
  await row.focus();
  await row.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/cases/${await caseId(host, '241500031000002')}$`));
});

test('until its first page arrives the list says it is loading, and its table is drawn once, with the rows', async ({
  page,
  host,
}) => {
  await importThroughApi(host, seed);
  await openApp(page, host.url);
  // Hold the list's answer until the screen has been seen waiting for it, however fast the host is.
  let waitingSeen!: () => void;
  const seen = new Promise<void>((resolve) => (waitingSeen = resolve));
  await page.route('**/api/cases.list', async (route) => {
    await seen;
    await route.continue();
  });
  await page.getByRole('menuitem', { name: 'Дела' }).click();
  // The screen is here (its code too), its list not yet.
  await expect(page.getByRole('heading', { level: 1, name: 'Дела' })).toBeVisible();
  await expect(page.getByText('Загрузка…', { exact: true })).toBeVisible();
  // No empty table meanwhile: the virtual table is costly to draw, and would be drawn again for the rows.
  await expect(page.getByRole('columnheader', { name: 'Номер ЕРДР' })).toHaveCount(0);
  waitingSeen();

  await expect(page.getByRole('row', { name: 'Дело 261500031000004' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Номер ЕРДР' })).toBeVisible();
  await expect(page.getByText('Загрузка…', { exact: true })).toHaveCount(0);
});
