import en from '../shared/i18n/locales/en';
import kk from '../shared/i18n/locales/kk';
import ru from '../shared/i18n/locales/ru';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/host';
import { apiAs } from './fixtures/roles';
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

/** How many lines the text inside an element takes (its most wrapped run of text). */
const linesOf = (element: Locator) =>
  element.evaluate((root) => {
    const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let most = 0;
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      most = Math.max(most, new Set(Array.from(range.getClientRects(), (line) => Math.round(line.top))).size);
    }
    return most;
  });

test('the Users table keeps dates and status tags on one line at 1280 px in ru, kk and en', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const temporary = 'temporary-pass-1';
  // A long name takes the room the other columns leave it.
  const longName =
    'Жумабекова-Сагындыкова Айгерим-Гульнара Нурсултановна-Константиновна (старший прокурор отдела)';
  await host.call('users.create', {
    fullName: longName,
    login: 'a.long',
    role: 'auditor',
    password: temporary,
  });
  // Signed in once, then locked out: a last sign-in, "locked until" and "must change password" in one row.
  await host.call('users.create', {
    fullName: 'Ахметов Тимур',
    login: 't.akhmetov',
    role: 'reporter',
    password: temporary,
  });
  await apiAs(host, null, 'auth.login', { login: 't.akhmetov', password: temporary });
  for (let i = 0; i < 5; i++)
    await apiAs(host, null, 'auth.login', { login: 't.akhmetov', password: 'wrong-1234' });

  for (const [language, locale] of [
    ['en', en],
    ['kk', kk],
    ['ru', ru],
  ] as const) {
    await host.call('settings.setLanguage', { language });
    await page.goto('about:blank'); // the page reads its language as it opens
    await openApp(page, host.url, '/users');
    await expect(page.getByRole('heading', { level: 1, name: locale.users.title })).toBeVisible();
    const timur = page.getByRole('row').filter({ hasText: 't.akhmetov' });
    const locked = timur.getByText(
      new RegExp(locale.users.status.locked.replace('{{time}}', '\\d{2}:\\d{2}')),
    );
    const mustChange = timur.getByText(locale.users.status.mustChange, { exact: true });
    await expect(locked).toBeVisible();
    expect(await linesOf(locked), locale.users.status.locked).toBe(1);
    expect(await linesOf(mustChange), locale.users.status.mustChange).toBe(1);

    const headers = (await page.getByRole('columnheader').allInnerTexts()).map((text) => text.trim());
    for (const column of [locale.users.column.lastLogin, locale.users.column.created]) {
      const at = headers.indexOf(column);
      expect(at, column).toBeGreaterThan(-1);
      for (const row of await page
        .getByRole('row')
        .filter({ has: page.getByRole('cell') })
        .all())
        expect(await linesOf(row.getByRole('cell').nth(at)), `${column}: ${await row.innerText()}`).toBe(1);
    }
    // All of it in the window, without scrolling sideways.
    await expect(timur.getByRole('button', { name: locale.users.reset.action })).toBeInViewport({ ratio: 1 });
  }
  // A narrower window lets them wrap instead, keeping the row's actions in sight.
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: 't.akhmetov' })
      .getByRole('button', { name: ru.users.reset.action }),
  ).toBeInViewport({ ratio: 1 });
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
