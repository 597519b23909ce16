// Screenshots of the screens before the app (first start, sign-in, new password, lock) and the shell's
// account menu in Russian, Kazakh and English, for looking at the layout.
// Run with `npx tsx e2e/auth-screenshots.ts [outDir]` after `node scripts/ensure-built.mjs`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import config from '../playwright.config';
import en from '../shared/i18n/locales/en';
import kk from '../shared/i18n/locales/kk';
import ru from '../shared/i18n/locales/ru';
import { ADMIN, launchHost } from './fixtures/host';

const outDir = process.argv[2] ?? '/tmp/auth-screens';
mkdirSync(outDir, { recursive: true });
const chromiumProject = config.projects?.find((p) => p.name === 'chromium');
const browser = await chromium.launch(chromiumProject?.use?.launchOptions);
const strings = { ru, kk, en } as const;

async function settle(page: Page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
}

const empty = await launchHost(false);
const host = await launchHost(true);
try {
  await host.call('users.create', {
    fullName: 'Ержанов Даурен Серикович',
    login: 'dauren',
    password: 'given-by-admin-1',
    role: 'supervisor',
  });
  for (const language of ['ru', 'kk', 'en'] as const) {
    const s = strings[language];
    const shot = async (page: Page, name: string) => {
      await settle(page);
      await page.screenshot({ path: join(outDir, `${name}-${language}.png`) });
    };
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    const pickLanguage = async () => {
      await page.getByRole('radiogroup').getByText(ru.language[language]).click();
    };

    await page.goto(empty.url);
    await pickLanguage();
    await shot(page, 'first-start');
    await page.getByLabel(s.auth.field.password, { exact: true }).fill('short');
    await page.getByRole('button', { name: s.auth.setup.submit }).click();
    await shot(page, 'first-start-errors');

    await page.goto(host.url);
    await pickLanguage();
    await shot(page, 'sign-in');
    await page.getByLabel(s.auth.field.login, { exact: true }).fill('nobody');
    await page.getByLabel(s.auth.field.password, { exact: true }).fill('wrong-password');
    await page.getByRole('button', { name: s.auth.signIn.submit }).click();
    await page.getByRole('alert').waitFor();
    await shot(page, 'sign-in-refused');

    await page.getByLabel(s.auth.field.login, { exact: true }).fill('dauren');
    await page.getByLabel(s.auth.field.password, { exact: true }).fill('given-by-admin-1');
    await page.getByRole('button', { name: s.auth.signIn.submit }).click();
    await page.getByRole('heading', { name: s.auth.changePassword.title }).waitFor();
    await shot(page, 'new-password');
    await page.getByRole('button', { name: s.auth.changePassword.signOut }).click();

    await page.getByLabel(s.auth.field.login, { exact: true }).fill(ADMIN.login);
    await page.getByLabel(s.auth.field.password, { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: s.auth.signIn.submit }).click();
    await page.getByRole('navigation').waitFor();
    await page.getByRole('button', { name: new RegExp(ADMIN.fullName) }).click();
    await page.getByRole('menuitem', { name: s.auth.account.lock }).waitFor();
    await shot(page, 'account-menu');
    await page.getByRole('menuitem', { name: s.auth.account.changePassword }).click();
    await page.getByRole('dialog').waitFor();
    await shot(page, 'change-password-dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: new RegExp(ADMIN.fullName) }).click();
    await page.getByRole('menuitem', { name: s.auth.account.lock }).click();
    await page.getByRole('heading', { name: s.auth.lock.title }).waitFor();
    await shot(page, 'lock');
    await page.getByLabel(s.auth.field.password, { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: s.auth.lock.submit }).click();
    await page.getByRole('navigation').waitFor();
    await page.getByRole('menuitem', { name: s.nav.settings }).click();
    await page.getByText(s.auth.idle.title).waitFor();
    await shot(page, 'settings');
    await page.getByRole('button', { name: new RegExp(ADMIN.fullName) }).click();
    await page.getByRole('menuitem', { name: s.auth.account.signOut }).click();
    await page.close();
  }
  console.log(`screenshots in ${outDir}`);
} finally {
  await browser.close();
  await empty.stop();
  await host.stop();
}
