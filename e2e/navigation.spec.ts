import ru from '../shared/i18n/locales/ru';
import { expect, test } from './fixtures/host';
import { goToArea, openApp } from './fixtures/ui';

test('the start page is the dashboard placeholder', async ({ page, host }) => {
  await openApp(page, host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Сводка' })).toBeVisible();
  await expect(page.getByText(ru.placeholder.dashboard)).toBeVisible();
});

test('every area opens from the menu, and the areas still to come say what they will hold', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const planned = [
    ['Мониторинг', ru.placeholder.monitoring],
    ['Отчёты', ru.placeholder.reports],
    ['Аудит', ru.placeholder.audit],
    ['Сводка', ru.placeholder.dashboard],
  ] as const;
  for (const [area, text] of planned) {
    await goToArea(page, area);
    await expect(page.getByText(ru.placeholder.title)).toBeVisible();
    await expect(page.getByText(text)).toBeVisible();
  }

  await goToArea(page, 'Дела');
  await expect(page.getByRole('button', { name: 'Новое дело' })).toBeVisible();

  await goToArea(page, 'Настройки');
  await expect(page.getByRole('radiogroup', { name: 'Язык интерфейса' })).toBeVisible();
  await expect(page.getByText('Версия схемы')).toBeVisible();
  await expect(page.getByText(host.dbPath)).toBeVisible();
});
