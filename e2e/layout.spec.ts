import kk from '../shared/i18n/locales/kk';
import ru from '../shared/i18n/locales/ru';
import type { Page } from '@playwright/test';
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

test('the register keeps its search, count and Excel button on one row in Kazakh at 1280 px', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await host.call('settings.setLanguage', { language: 'kk' });
  await openApp(page, host.url, '/monitoring');
  await expect(page.getByRole('heading', { level: 1, name: kk.monitoring.title })).toBeVisible();
  const search = await page.getByRole('searchbox', { name: kk.monitoring.list.search }).boundingBox();
  const excel = await page.getByRole('button', { name: kk.monitoring.spreadsheet.button }).boundingBox();
  expect(
    search && excel && Math.abs(search.y + search.height / 2 - (excel.y + excel.height / 2)),
  ).toBeLessThan(4);
});

test('the Audit screen’s title and its buttons share one line in Russian at 1280 px', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, host.url, '/audit');
  const title = page.getByRole('heading', { level: 1, name: ru.audit.title });
  await expect(title).toBeVisible();
  const lineHeight = await title.evaluate((h) => parseFloat(getComputedStyle(h).lineHeight));
  expect((await title.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
  const verify = await page.getByRole('button', { name: ru.audit.verify.button }).boundingBox();
  const exportMenu = await page.getByRole('button', { name: ru.audit.export.button }).boundingBox();
  expect(Math.abs(verify!.y - exportMenu!.y)).toBeLessThan(4);
});

test('the Reports subject shows its whole title with its article in Kazakh', async ({ page, host }) => {
  await host.call('demo.fill', {});
  await host.call('settings.setLanguage', { language: 'kk' });
  await openApp(page, host.url, '/reports?year=2024');
  // The picker's chosen value carries its whole title as its tooltip.
  const shown = page.getByTitle('Қорқытып алушылық — ҚК 194-бабы', { exact: true });
  await expect(shown).toBeVisible();
  // Its text fits its box: no "Қорқытып алушылық — ҚК 19…".
  expect(await shown.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
});

/**
 * Counts, from now on, the movements on or inside a dialog: CSS transitions and finite animations (a
 * loading spinner turns for ever and is not a dialog's entrance). In window.dialogMotions.
 */
const countDialogMotions = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { dialogMotions: number };
    w.dialogMotions = 0;
    const count = (event: Event) => {
      const target = event.target as Element;
      const inDialog = target.closest('[role="dialog"]') ?? target.querySelector('[role="dialog"]');
      const endless = getComputedStyle(target).animationIterationCount === 'infinite';
      if (inDialog && !(event.type === 'animationstart' && endless)) w.dialogMotions++;
    };
    document.addEventListener('animationstart', count);
    document.addEventListener('transitionstart', count);
  });
const dialogMotions = (page: Page) =>
  page.evaluate(() => (window as unknown as { dialogMotions: number }).dialogMotions);

test.describe('motion', () => {
  test('with the system set to reduce motion, a dialog opens without moving', async ({ page, host }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openApp(page, host.url, '/cases');
    await countDialogMotions(page);
    await page.getByRole('button', { name: ru.cases.new }).click();
    await expect(page.getByRole('dialog', { name: ru.cases.new })).toBeVisible();
    expect(await dialogMotions(page)).toBe(0);
  });

  test('without that setting the same dialog slides in', async ({ page, host }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await openApp(page, host.url, '/cases');
    await countDialogMotions(page);
    await page.getByRole('button', { name: ru.cases.new }).click();
    await expect(page.getByRole('dialog', { name: ru.cases.new })).toBeVisible();
    await expect.poll(() => dialogMotions(page)).toBeGreaterThan(0);
  });
});
