import { expect, test } from './fixtures/host';
import { goToArea, openApp, sampleCase } from './fixtures/ui';

test('a case registered by someone else appears in the open case list without a reload', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  await goToArea(page, 'Дела');
  await expect(page.getByText('Дел пока нет. Зарегистрируйте первое кнопкой «Новое дело».')).toBeVisible();

  // Registered through the API, not through this page: only the change stream can tell the page.
  await host.call('cases.create', sampleCase('241500031000555', 'Yesil', '2024-03-15'));

  await expect(page.getByRole('cell', { name: '241500031000555', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Есиль', exact: true })).toBeVisible();
  await expect(page.getByText('1 дело', { exact: true }).first()).toBeVisible();
});
