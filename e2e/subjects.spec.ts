import { fileCase, importThroughApi } from './fixtures/case-files';
import { expect, test } from './fixtures/host';
import { goToArea, openApp } from './fixtures/ui';

/*
 * A review is made for a subject (issue 15): the administrator names one in Settings and makes it the
 * default, and the Reports screen then counts its cases, or every case when asked.
 */
test('a subject set up in Settings is picked on Reports and the figures count its cases only', async ({
  page,
  host,
}) => {
  // 2024: three extortion cases (194) and two fraud cases (190).
  await importThroughApi(host, [
    fileCase('241500031000101', { registeredOn: '2024-02-01' }),
    fileCase('241500031000102', { registeredOn: '2024-03-01' }),
    fileCase('241500031000103', { registeredOn: '2024-04-01' }),
    fileCase('241500031000104', { article: '190', registeredOn: '2024-05-01' }),
    fileCase('241500031000105', { article: '190', registeredOn: '2024-06-01' }),
  ]);
  await openApp(page, host.url, '/reports?year=2024');
  const keyFigures = page.getByRole('region', { name: 'Основные показатели' });
  // No subject in Settings: every case.
  await expect(
    keyFigures.getByRole('button', { name: 'Зарегистрировано уголовных дел 5', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Предмет', exact: true })).toBeVisible();

  await goToArea(page, 'Настройки');
  const card = page.getByRole('region', { name: 'Предметы обзора' });
  await expect(
    card.getByText('Предметов пока нет: каждый обзор считает все зарегистрированные дела.'),
  ).toBeVisible();
  await card.getByRole('button', { name: 'Добавить предмет' }).click();
  const editor = page.getByRole('dialog', { name: 'Новый предмет' });
  await expect(editor.getByLabel('Краткое имя')).toBeFocused();
  await editor.getByLabel('Краткое имя').fill('Мошенничество');
  await editor.getByLabel('Название на русском').fill('Мошенничество — ст. 190 УК РК');
  await editor.getByLabel('Название на казахском').fill('Алаяқтық — ҚК 190-бабы');
  await editor.getByRole('button', { name: 'Записать предмет' }).click();
  // Checked before anything is sent: a name in Latin letters, every title written.
  await expect(editor.getByText(/^Напишите краткое имя строчными латинскими буквами/)).toBeVisible();
  await expect(editor.getByText('Напишите название')).toBeVisible();
  await editor.getByLabel('Краткое имя').fill('fraud');
  await editor.getByLabel('Название на английском').fill('Fraud — art. 190 of the Criminal Code');
  await editor.getByLabel('Статья', { exact: true }).fill('190');
  await editor
    .getByLabel('Правовой текст статьи 190 на русском')
    .fill('Мошенничество — хищение чужого имущества путём обмана (ст. 190 УК РК).');
  await editor.getByRole('button', { name: 'Записать предмет' }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByText('Предметы обзора сохранены')).toBeVisible();
  const row = card.getByRole('row', { name: /fraud/ });
  await expect(row.getByRole('cell', { name: 'Мошенничество — ст. 190 УК РК', exact: true })).toBeVisible();
  await row
    .getByRole('button', { name: 'Сделать «Мошенничество — ст. 190 УК РК» предметом по умолчанию' })
    .click();
  await expect(row.getByText('По умолчанию', { exact: true })).toBeVisible();

  // The default subject is chosen on Reports, and counted; "all cases" counts every case again.
  await goToArea(page, 'Отчёты');
  await page.getByRole('combobox', { name: 'Год', exact: true }).click();
  await page.getByRole('option', { name: '2024', exact: true }).click();
  const picker = page.getByRole('combobox', { name: 'Предмет', exact: true });
  await expect(page.getByRole('group').getByText('Мошенничество — ст. 190 УК РК')).toBeVisible();
  await expect(
    keyFigures.getByRole('button', { name: 'Зарегистрировано уголовных дел 2', exact: true }),
  ).toBeVisible();
  await picker.click();
  await page.getByRole('option', { name: 'Все дела', exact: true }).click();
  await expect(page).toHaveURL(/subject=all/);
  await expect(
    keyFigures.getByRole('button', { name: 'Зарегистрировано уголовных дел 5', exact: true }),
  ).toBeVisible();
  // Its list holds the cases the figure counted.
  await picker.click();
  await page.getByRole('option', { name: 'Мошенничество — ст. 190 УК РК', exact: true }).click();
  await keyFigures.getByRole('button', { name: 'Зарегистрировано уголовных дел 2', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Мошенничество — ст. 190 УК РК · 2024 год · Астана' }),
  ).toBeVisible();
  const list = page.getByRole('dialog', {
    name: 'Дела, зарегистрированные в 2024 году · Мошенничество — ст. 190 УК РК — 2 дела',
  });
  await expect(list.getByRole('cell', { name: '241500031000104', exact: true })).toBeVisible();
  await expect(list.getByRole('cell', { name: '241500031000105', exact: true })).toBeVisible();
});
