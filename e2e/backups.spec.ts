import { ADMIN, expect, test } from './fixtures/host';
import { goToArea, openApp } from './fixtures/ui';

test('the administrator backs up, changes a setting, restores the backup: the change is gone and the copy kept before the restore is listed', async ({
  page,
  host,
}, testInfo) => {
  await openApp(page, host.url, '/settings');
  await expect(page.getByText('Копий пока нет')).toBeVisible();

  await page.getByRole('button', { name: 'Создать копию' }).click();
  await expect(page.getByText(/^Копия создана и проверена: nadzor-\d{8}-\d{6}-\d{3}\.sqlite$/)).toBeVisible();
  const restoreButtons = page.getByRole('button', { name: /^Восстановить копию от / });
  await expect(restoreButtons).toHaveCount(1);

  // The change the restore takes back: the investigation term, 60 days in the backup.
  const days = page.getByRole('textbox', { name: 'Дней с даты регистрации' });
  await days.fill('30');
  await days.press('Enter');
  await expect(page.getByText('Срок расследования сохранён: 30 дней')).toBeVisible();

  await restoreButtons.first().click();
  const confirm = page.getByRole('dialog', { name: /^Восстановить копию от .+\?$/ });
  await expect(confirm.getByText('Дел: 0')).toBeVisible();
  await expect(confirm.getByText('Учётных записей: 1')).toBeVisible();
  await expect(confirm.getByText(`Последнее изменение:`)).toContainText(ADMIN.fullName);
  await testInfo.attach('restore-confirmation', { body: await page.screenshot(), contentType: 'image/png' });
  await confirm.getByRole('button', { name: 'Восстановить', exact: true }).click();

  // Every session ended with the database it belonged to.
  await expect(page.getByRole('heading', { name: 'Вход в систему' })).toBeVisible();
  await page.getByLabel('Логин', { exact: true }).fill(ADMIN.login);
  await page.getByLabel('Пароль', { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await goToArea(page, 'Настройки');
  await expect(page.getByRole('textbox', { name: 'Дней с даты регистрации' })).toHaveValue('60');
  await expect(page.getByText('Сохранена перед восстановлением')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Восстановить копию от / })).toHaveCount(2);
  await testInfo.attach('after-restore', {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });
});
