import { expect, test } from './fixtures/host';
import { caseRegions, openCase } from './fixtures/case-page';
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

test("the case page shows another user's change while its edit form keeps what is being typed", async ({
  page,
  host,
}) => {
  const { id } = await host.call<{ id: number }>('cases.create', sampleCase('241500031000556'));
  await openCase(page, host.url, id, '241500031000556');
  const region = caseRegions(page);
  await region.actions.getByRole('button', { name: 'Изменить сведения' }).click();
  const form = page.getByRole('dialog', { name: 'Изменение сведений о деле' });
  const damage = form.getByLabel('Ущерб', { exact: true });
  await damage.fill('250000');

  await host.call('cases.edit', { id, version: 1, changes: { part: '2' } });

  await expect(region.details.getByText('ст. 194 ч. 2 — Вымогательство')).toBeVisible();
  await expect(damage).toHaveValue('250000');
  await expect(form).toBeVisible();
});
