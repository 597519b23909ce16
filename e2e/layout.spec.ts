import ru from '../shared/i18n/locales/ru';
import { expect, test } from './fixtures/host';
import { openApp } from './fixtures/ui';

// A common office laptop screen.
test.use({ viewport: { width: 1366, height: 768 } });

test.describe('first start', () => {
  test.use({ account: 'none' });

  test('the language switch is in sight before anything is typed', async ({ page, host }) => {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1, name: ru.auth.setup.title })).toBeVisible();
    await expect(page.getByRole('radiogroup', { name: ru.auth.language })).toBeInViewport();
  });
});

test('the side menu stays in sight at the bottom of a long page', async ({ page, host }) => {
  await openApp(page, host.url, '/settings');
  await expect(page.getByRole('heading', { level: 1, name: ru.nav.settings })).toBeVisible();
  await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
  await expect(page.getByRole('contentinfo')).toBeInViewport();
  await expect(page.getByRole('navigation').getByRole('menuitem', { name: ru.nav.cases })).toBeInViewport();
});
