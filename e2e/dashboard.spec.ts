import { caseId, daysAgo, importThroughApi, fileCase } from './fixtures/case-files';
import { expect, test } from './fixtures/host';
import { openApp } from './fixtures/ui';

test('an empty database offers demo data, and loading it fills the dashboard', async ({ page, host }) => {
  await openApp(page, host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Сводка' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Дел пока нет' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Импорт' })).toBeVisible();

  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click();
  const confirm = page.getByRole('dialog', { name: 'Загрузить демонстрационные данные в эту базу?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Загрузить' }).click();

  // The demo's plan (backend/services/demo/astana-2024.ts) registers 47 + 53 + 52 + 44 extortion cases in
  // 2022–2025, and 6 + 8 + 6 + 6 fraud and drug cases beside them.
  await expect(page.getByText('Демонстрационные данные загружены: 222 дела', { exact: true })).toBeVisible();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Дел пока нет' })).toBeHidden();
  await expect(page.getByRole('link', { name: /^Всего зарегистрировано/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Просроченные расследования' })).toBeVisible();

  // The demo's cases end in 2025 (README): the dashboard opens on that year, this year or later.
  const year = 2025;
  await expect(
    page.getByRole('heading', { name: `Дела, зарегистрированные в ${year} году, по текущей стадии` }),
  ).toBeVisible();
  // Still in court: the plan's 2025 rows 'inCourt' (5 + 2 + 7 cases, and 2 beside them); its 'same'
  // cases are sentenced.
  const forwarded = 16;
  await expect(page.getByRole('link', { name: `Направлено в суд ${forwarded}` })).toBeVisible();
  await page.getByRole('link', { name: /^Направлено в суд/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/cases\\?year=${year}&stage=forwarded$`));
  await expect(page.getByRole('combobox', { name: 'Стадия', exact: true })).toBeVisible();
  await expect(page.getByText(new RegExp(`^${forwarded} (дело|дела|дел)$`))).toBeVisible();
});

test('overdue and due-soon investigations are listed, and a row opens its case', async ({ page, host }) => {
  const overdue = fileCase('261500031000901', { registeredOn: daysAgo(75), district: 'Nura' });
  const dueSoon = fileCase('261500031000902', { registeredOn: daysAgo(55) });
  const onTime = fileCase('261500031000903', { registeredOn: daysAgo(5) });
  const forwarded = fileCase('261500031000904', {
    registeredOn: daysAgo(90),
    forwardedToCourtOn: daysAgo(40),
  });
  await importThroughApi(host, [overdue, dueSoon, onTime, forwarded]);

  await openApp(page, host.url);
  const overdueList = page.getByRole('region', { name: 'Просроченные расследования' });
  const dueSoonList = page.getByRole('region', { name: 'Срок истекает в течение 10 дней' });
  await expect(overdueList.getByRole('cell', { name: '261500031000901', exact: true })).toBeVisible();
  await expect(overdueList.getByRole('cell', { name: 'Нура', exact: true })).toBeVisible();
  await expect(overdueList.getByText('просрочено на 15 дней')).toBeVisible();
  await expect(overdueList.getByRole('row')).toHaveCount(2); // the header and the one overdue case
  await expect(dueSoonList.getByRole('cell', { name: '261500031000902', exact: true })).toBeVisible();
  await expect(dueSoonList.getByText('осталось 5 дней')).toBeVisible();
  await expect(dueSoonList.getByRole('row')).toHaveCount(2);

  // The stage figures count this year's registrations: of the three cases not yet forwarded, those
  // whose dates fall in this year (in January some fall in the last one).
  const thisYear = String(new Date().getFullYear());
  const registered = [overdue, dueSoon, onTime].filter((c) => c.registeredOn.startsWith(thisYear)).length;
  await expect(page.getByRole('link', { name: `Зарегистрировано ${registered}`, exact: true })).toBeVisible();

  // "Show all" opens the list with the same deadline filter, oldest first.
  await overdueList.getByRole('link', { name: 'Показать все (1)' }).click();
  await expect(page).toHaveURL(/#\/cases\?deadline=overdue&order=asc$/);
  await expect(page.getByRole('cell', { name: '261500031000901', exact: true })).toBeVisible();
  await expect(page.getByText('1 дело', { exact: true })).toBeVisible();
  await page.goBack();

  // Enter on a focused row opens the case, like a click.
  const id = await caseId(host, '261500031000902');
  await dueSoonList.getByRole('row', { name: 'Дело 261500031000902' }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/cases/${id}$`));
  await page.goBack();
  await overdueList.getByRole('cell', { name: '261500031000901', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/cases/${await caseId(host, '261500031000901')}$`));
});

test('with no cases this year it opens on the latest year that has cases, and says so', async ({
  page,
  host,
}) => {
  const thisYear = new Date().getFullYear();
  const latest = thisYear - 2;
  // In `latest`: two cases still registered and one forwarded; one more case a year before.
  await importThroughApi(host, [
    fileCase('241500031000801', { registeredOn: `${latest}-02-10` }),
    fileCase('241500031000802', { registeredOn: `${latest}-11-30` }),
    fileCase('241500031000803', { registeredOn: `${latest}-05-05`, forwardedToCourtOn: `${latest}-06-01` }),
    fileCase('241500031000804', { registeredOn: `${latest - 1}-07-07` }),
  ]);

  await openApp(page, host.url);
  await expect(
    page.getByRole('heading', { name: `Дела, зарегистрированные в ${latest} году, по текущей стадии` }),
  ).toBeVisible();
  await expect(
    page.getByText(`В ${thisYear} году дел пока нет: показан ${latest} год, последний год с делами`),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Всего зарегистрировано 3', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Зарегистрировано 2', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Направлено в суд 1', exact: true })).toBeVisible();

  // Another year is the user's choice: its figures, and no note.
  await page.getByRole('combobox', { name: 'Год регистрации' }).click();
  await page.getByRole('option', { name: String(latest - 1), exact: true }).click();
  await expect(page.getByRole('link', { name: 'Всего зарегистрировано 1', exact: true })).toBeVisible();
  await expect(page.getByText(/последний год с делами/)).toBeHidden();
});
