import { daysAgo, fileCase, importThroughApi } from './fixtures/case-files';
import { expect, test } from './fixtures/host';
import { openApp } from './fixtures/ui';

interface ReferenceItem {
  name: string;
  labels: { ru: string | null; kk: string | null; en: string | null };
  active: boolean;
}

test('the investigation term is validated, saved, kept after a restart, and moves deadlines', async ({
  page,
  host,
}) => {
  await importThroughApi(host, [fileCase('261500031000501', { registeredOn: daysAgo(40) })]);
  await openApp(page, host.url, '/settings');
  const days = page.getByRole('textbox', { name: 'Дней с даты регистрации' });
  await expect(days).toHaveValue('60');

  await days.fill('0');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByText('Не меньше 1', { exact: true })).toBeVisible();
  await days.fill('');
  await expect(page.getByText('Обязательное поле', { exact: true })).toBeVisible();

  await days.fill('30');
  await days.press('Enter');
  await expect(page.getByText('Срок расследования сохранён: 30 дней')).toBeVisible();

  const url = await host.restart();
  await openApp(page, url, '/settings');
  await expect(page.getByRole('textbox', { name: 'Дней с даты регистрации' })).toHaveValue('30');

  // A case registered 40 days ago is now past its 30-day term.
  await page.getByRole('menuitem', { name: 'Сводка' }).click();
  const overdue = page.getByRole('region', { name: 'Просроченные расследования' });
  await expect(overdue.getByRole('cell', { name: '261500031000501', exact: true })).toBeVisible();
  await expect(overdue.getByText('просрочено на 10 дней')).toBeVisible();
});

test('a settings number that is not one, or out of range, stays as typed with a message, and nothing is saved', async ({
  page,
  host,
}) => {
  await openApp(page, host.url, '/settings');
  const days = page.getByRole('textbox', { name: 'Дней с даты регистрации' });
  const saveDays = page.getByRole('button', { name: 'Сохранить', exact: true });
  await days.fill('abc');
  await saveDays.click();
  await expect(page.getByText('ожидается число', { exact: true })).toBeVisible();
  await expect(days).toHaveValue('abc');
  await days.fill('4000');
  await saveDays.click();
  await expect(page.getByText('Не больше 3650', { exact: true })).toBeVisible();
  await expect(days).toHaveValue('4000');
  await days.fill('12,5');
  await saveDays.click();
  await expect(page.getByText('ожидается целое число', { exact: true })).toBeVisible();

  const minutes = page.getByRole('textbox', { name: 'Минут без ввода' });
  const apply = page.getByRole('button', { name: 'Применить' });
  await minutes.fill('abc');
  await apply.click();
  await expect(page.getByText('ожидается число', { exact: true })).toBeVisible();
  await expect(minutes).toHaveValue('abc');
  await minutes.fill('-5');
  await apply.click();
  await expect(page.getByText('от 1 до 240 минут', { exact: true })).toBeVisible();
  await expect(minutes).toHaveValue('-5');

  expect(await host.call<{ investigationDays: number; idleMinutes: number }>('settings.get')).toMatchObject({
    investigationDays: 60,
    idleMinutes: 15,
  });
});

test('a platform is added with its labels, then retired, and the list filter offers it', async ({
  page,
  host,
}) => {
  await openApp(page, host.url, '/settings');
  await page.getByRole('tab', { name: 'Платформы' }).click();
  await page.getByRole('button', { name: 'Добавить платформу' }).click();

  const dialog = page.getByRole('dialog', { name: 'Новая платформа' });
  const name = dialog.getByRole('textbox', { name: 'Название' });
  await expect(name).toBeFocused();
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog.getByText('Обязательное поле', { exact: true })).toBeVisible();

  await name.fill('Threads');
  await dialog.getByRole('textbox', { name: 'По-русски' }).fill('Threads (Meta)');
  await dialog.getByRole('textbox', { name: 'По-казахски' }).fill('Threads (Meta)');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('«Threads» сохранено')).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Threads', exact: true }) });
  await expect(row.getByRole('cell', { name: 'Используется' })).toBeVisible();

  // The same name again is refused at its field.
  await page.getByRole('button', { name: 'Добавить платформу' }).click();
  await dialog.getByRole('textbox', { name: 'Название' }).fill('Threads');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog.getByText('«Threads» уже существует')).toBeVisible();
  await dialog.getByRole('button', { name: 'Отмена' }).click();
  await expect(dialog).toBeHidden();

  // The name is fixed once recorded; the labels can change.
  await row.getByRole('button', { name: 'Изменить «Threads»' }).click();
  const edit = page.getByRole('dialog', { name: 'Изменить «Threads»' });
  await expect(edit.getByRole('textbox', { name: 'Название' })).toHaveAttribute('readonly', '');
  // The name cannot change, so the edit starts at the first label.
  await expect(edit.getByRole('textbox', { name: 'По-русски' })).toBeFocused();
  await edit.getByRole('textbox', { name: 'По-английски' }).fill('Threads by Meta');
  await edit.getByRole('button', { name: 'Сохранить' }).click();
  await expect(edit).toBeHidden();
  await expect(row.getByRole('cell', { name: 'Threads by Meta' })).toBeVisible();

  const platforms = await host.call<ReferenceItem[]>('reference.list', {
    kind: 'platform',
    includeInactive: true,
  });
  expect(platforms.find((p) => p.name === 'Threads')).toEqual(
    expect.objectContaining({
      labels: { ru: 'Threads (Meta)', kk: 'Threads (Meta)', en: 'Threads by Meta' },
      active: true,
    }),
  );

  // The case list's platform filter offers it, by its label in the UI language.
  await page.getByRole('menuitem', { name: 'Дела' }).click();
  await page.getByRole('combobox', { name: 'Платформа', exact: true }).click();
  await expect(page.getByRole('option', { name: 'Threads (Meta)', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('menuitem', { name: 'Настройки' }).click();
  await page.getByRole('tab', { name: 'Платформы' }).click();
  await row.getByRole('button', { name: 'Отключить «Threads»' }).click();
  await expect(page.getByText('«Threads» больше не предлагается для новых дел')).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Не используется' })).toBeVisible();
  const active = await host.call<ReferenceItem[]>('reference.list', { kind: 'platform' });
  expect(active.map((p) => p.name)).not.toContain('Threads');
});
