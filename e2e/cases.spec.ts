import { expect, test } from './fixtures/host';
import { fillAndSubmitNewCase, goToArea, openApp, sampleCase } from './fixtures/ui';

interface ListPage {
  total: number;
  items: { registryNumber: string }[];
}

test('a case registered through the form is listed, and is still there after the host restarts', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  await goToArea(page, 'Дела');
  await expect(page.getByText('Дел пока нет. Зарегистрируйте первое кнопкой «Новое дело».')).toBeVisible();

  await page.getByRole('button', { name: 'Новое дело' }).click();
  const form = page.getByRole('dialog', { name: 'Новое дело' });
  await expect(form.getByLabel('Номер ЕРДР', { exact: true })).toBeFocused();
  await expect(form.getByText('194 — Вымогательство')).toBeVisible(); // the default article
  await fillAndSubmitNewCase(page, {
    registryNumber: '241500031000123',
    district: 'Есиль',
    part: '2',
    registeredOn: '2024-03-15',
  });

  await expect(page.getByText('Дело 241500031000123 зарегистрировано')).toBeVisible();
  await expect(form).toBeHidden();
  await expect(page.getByRole('cell', { name: '241500031000123', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '15.03.2024', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Есиль', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Зарегистрировано', exact: true })).toBeVisible();
  await expect(page.getByText('1 дело', { exact: true }).first()).toBeVisible();

  const url = await host.restart();
  await openApp(page, url, '/cases');
  await expect(page.getByRole('heading', { level: 1, name: 'Дела' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '241500031000123', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Есиль', exact: true })).toBeVisible();
});

test('a registry number of 41 characters is refused on its field and nothing is written', async ({
  page,
  host,
}) => {
  await openApp(page, host.url, '/cases');
  await page.getByRole('button', { name: 'Новое дело' }).click();
  const form = page.getByRole('dialog', { name: 'Новое дело' });

  await form.getByLabel('Номер ЕРДР', { exact: true }).fill('1'.repeat(41));
  await expect(form.getByText('Не более 32 символов', { exact: true })).toBeVisible();
  await form.getByLabel('Район', { exact: true }).click();
  await page.getByRole('option', { name: 'Нура', exact: true }).click();
  await form.getByRole('button', { name: 'Зарегистрировать' }).click();
  await expect(form.getByText('Не более 32 символов', { exact: true })).toBeVisible();
  await expect(form).toBeVisible();

  await form.getByRole('button', { name: 'Отмена' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('Дел пока нет. Зарегистрируйте первое кнопкой «Новое дело».')).toBeVisible();
  expect((await host.call<ListPage>('cases.list', {})).total).toBe(0);
});

test('a registry number already in use shows the "taken" error on its field', async ({ page, host }) => {
  await host.call('cases.create', sampleCase('241500031000777'));
  await openApp(page, host.url, '/cases');
  await expect(page.getByRole('cell', { name: '241500031000777', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Новое дело' }).click();
  await fillAndSubmitNewCase(page, { registryNumber: '241500031000777', district: 'Сарыарка' });

  const form = page.getByRole('dialog', { name: 'Новое дело' });
  await expect(form.getByText('Дело с номером 241500031000777 уже существует')).toBeVisible();
  await expect(form).toBeVisible();
  expect((await host.call<ListPage>('cases.list', {})).total).toBe(1);
});

test('Ctrl+N opens the new-case form from any area, and Esc goes back there', async ({ page, host }) => {
  await openApp(page, host.url, '/settings');
  await page.keyboard.press('Control+N');
  const form = page.getByRole('dialog', { name: 'Новое дело' });
  await expect(form).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Дела' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#/settings');
});

test('the search box finds a case by its registry number', async ({ page, host }) => {
  await host.call('cases.create', sampleCase('241500031000001', 'Almaty', '2024-01-10'));
  await host.call('cases.create', sampleCase('251700042000002', 'Nura', '2024-02-11'));
  await openApp(page, host.url, '/cases');
  await expect(page.getByText('2 дела', { exact: true }).first()).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Поиск по номеру ЕРДР' });
  await search.fill('2517');
  await search.press('Enter');
  await expect(page.getByRole('cell', { name: '251700042000002', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '241500031000001', exact: true })).toBeHidden();
  await expect(page.getByText('1 дело', { exact: true }).first()).toBeVisible();
});
