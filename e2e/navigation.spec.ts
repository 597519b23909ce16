import ru from '../shared/i18n/locales/ru';
import { expect, test } from './fixtures/host';
import { goToArea, openApp } from './fixtures/ui';

test('the start page is the dashboard', async ({ page, host }) => {
  await openApp(page, host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Сводка' })).toBeVisible();
  // An empty database: no figures yet, but a way to get some.
  await expect(page.getByRole('heading', { name: ru.dashboard.empty.title })).toBeVisible();
  await expect(page.getByRole('button', { name: ru.demo.fill })).toBeVisible();
});

test('every area opens from the menu', async ({ page, host }) => {
  await openApp(page, host.url);
  await goToArea(page, 'Аудит');
  await expect(page.getByRole('heading', { level: 1, name: ru.audit.title })).toBeVisible();
  await expect(page.getByRole('button', { name: ru.audit.verify.button })).toBeVisible();

  // The monitoring area's heading names the register in full.
  await page.getByRole('menuitem', { name: 'Мониторинг' }).click();
  await expect(page.getByRole('heading', { level: 1, name: ru.monitoring.title })).toBeVisible();
  await expect(page.getByRole('button', { name: ru.monitoring.register.button })).toBeVisible();
  await expect(page.getByRole('button', { name: ru.audit.verify.button })).toBeHidden();

  await goToArea(page, 'Сводка');
  await expect(page.getByRole('button', { name: ru.demo.fill })).toBeVisible();

  await goToArea(page, 'Дела');
  await expect(page.getByRole('button', { name: 'Новое дело' })).toBeVisible();

  await goToArea(page, 'Настройки');
  await expect(page.getByRole('radiogroup', { name: 'Язык интерфейса' })).toBeVisible();
  await expect(page.getByText('Версия схемы')).toBeVisible();
  await expect(page.getByText(host.dbPath)).toBeVisible();
});

test('the menu column folds and unfolds with a named button, from the keyboard too', async ({
  page,
  host,
}) => {
  await host.call('demo.fill');
  await openApp(page, host.url);
  const fold = page.getByRole('button', { name: ru.nav.collapse });
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  await fold.focus();
  await page.keyboard.press('Enter');
  const unfold = page.getByRole('button', { name: ru.nav.expand });
  await expect(unfold).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByText(ru.app.tagline)).toBeHidden();
  await unfold.click();
  await expect(page.getByText(ru.app.tagline)).toBeVisible();

  // A search box's button is named in the screen's language, not by its icon ("search").
  await page.getByRole('menuitem', { name: ru.nav.monitoring }).click();
  await expect(page.getByRole('heading', { level: 1, name: ru.monitoring.title })).toBeVisible();
  await expect(page.getByRole('button', { name: ru.nav.find, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'search', exact: true })).toHaveCount(0);
  // So are a list's paging arrows ("left" and "right" by their icons before).
  await goToArea(page, 'Дела');
  await expect(page.getByRole('button', { name: ru.nav.nextPage, exact: true })).toBeAttached();
  await expect(page.getByRole('button', { name: 'right', exact: true })).toHaveCount(0);
});

test('once the app is idle, Cases opens from the menu with no code to fetch, asking for its list once', async ({
  page,
  host,
}) => {
  // The shell fetches every screen's code in the background, the users' screen last (renderer/src/screens.tsx).
  const lastScreenFetched = page.waitForResponse((r) => /\/assets\/UsersPage-[^/]*\.js$/.test(r.url()));
  await openApp(page, host.url);
  await lastScreenFetched;

  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await goToArea(page, 'Дела');
  await expect(page.getByText(ru.cases.empty)).toBeVisible();
  expect(requested.filter((path) => /\.(js|css)$/.test(path))).toEqual([]);
  // Read from the click, while the screen renders; the screen takes that answer rather than asking again.
  expect(requested.filter((path) => path === '/api/cases.list')).toHaveLength(1);
});
