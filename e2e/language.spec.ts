import { expect, test } from './fixtures/host';
import { goToArea, openApp } from './fixtures/ui';

test('switching to Kazakh changes the interface and survives a restart', async ({ page, host }) => {
  await openApp(page, host.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await goToArea(page, 'Настройки');

  const language = page.getByRole('radiogroup', { name: 'Язык интерфейса' });
  await expect(language.getByRole('radio', { name: 'Русский' })).toBeChecked();
  await language.getByText('Қазақша', { exact: true }).click();
  // The switch's own label is now in Kazakh too.
  const kazakhLanguage = page.getByRole('radiogroup', { name: 'Интерфейс тілі' });
  await expect(kazakhLanguage.getByRole('radio', { name: 'Қазақша' })).toBeChecked();

  await expect(page.getByText('Тіл сақталды')).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Істер' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Баптаулар' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');

  const url = await host.restart();
  await openApp(page, url);
  await expect(page.getByRole('menuitem', { name: 'Істер' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Дела' })).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page).toHaveTitle('Қадағалау');

  await goToArea(page, 'Істер');
  await expect(page.getByText('Әзірге істер жоқ. Біріншісін «Жаңа іс» батырмасымен тіркеңіз.')).toBeVisible();
});
