// Screenshots of the Users screen and its dialogs in Russian, Kazakh and English, for looking at the
// layout. Run with `npx tsx e2e/users-screenshots.ts [outDir]` after `node scripts/ensure-built.mjs`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import config from '../playwright.config';
import { launchHost, type RunningHost } from './fixtures/host';

const outDir = process.argv[2] ?? '/tmp/users-screens';
mkdirSync(outDir, { recursive: true });
const chromiumProject = config.projects?.find((p) => p.name === 'chromium');
const host = await launchHost();
const browser = await chromium.launch(chromiumProject?.use?.launchOptions);

/** An office with an account in every state the table shows. */
async function seedAccounts(host: RunningHost) {
  const create = (fullName: string, login: string, role: string) =>
    host.call<{ id: number }>('users.create', { fullName, login, role, password: 'temporary-pass-1' });
  const signIn = (login: string, password: string) =>
    fetch(new URL('/api/auth.login', host.url), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${new URL(host.url).searchParams.get('token')}`,
      },
      body: JSON.stringify({ input: { login, password }, meta: { language: 'ru' } }),
    });
  await create('Сейтов Марат Ерланович', 'm.seitov', 'supervisor');
  await signIn('m.seitov', 'temporary-pass-1');
  await create('Жумабекова Дана Каримовна', 'd.zhumabekova', 'auditor');
  const locked = await create('Ахметов Тимур Болатович', 't.akhmetov', 'reporter');
  void locked;
  for (let i = 0; i < 5; i++) await signIn('t.akhmetov', 'wrong-password');
  const gone = await create('Нурланова Айгерим Сериковна', 'a.nurlanova', 'supervisor');
  await host.call('users.setDisabled', { id: gone.id, disabled: true });
}

async function settle(page: Page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(600); // let loading overlays and message toasts fade
}

async function dialog(page: Page, button: string, file: string) {
  await page.getByRole('button', { name: button }).first().click();
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(outDir, file) });
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
}

const labels = {
  ru: { new: 'Новый пользователь', edit: 'Изменить', reset: 'Сбросить пароль', disable: 'Отключить' },
  kk: { new: 'Жаңа пайдаланушы', edit: 'Өзгерту', reset: 'Жаңа құпиясөз беру', disable: 'Өшіру' },
  en: { new: 'New user', edit: 'Edit', reset: 'Reset password', disable: 'Disable' },
};

try {
  await seedAccounts(host);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
  await page.addInitScript((token) => sessionStorage.setItem('nadzor.session', token), host.session!);
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.log('console:', m.text().slice(0, 300));
  });
  for (const language of ['ru', 'kk', 'en'] as const) {
    await host.call('settings.setLanguage', { language });
    await page.goto(`${host.url}#/users`);
    await settle(page);
    await page.screenshot({ path: join(outDir, `users-${language}.png`), fullPage: true });
    const l = labels[language];
    await dialog(page, l.new, `new-${language}.png`);
    await dialog(page, l.edit, `edit-${language}.png`);
    await dialog(page, l.reset, `reset-${language}.png`);
    // The first row is the admin's own; the second one can be disabled.
    await page.getByRole('button', { name: l.disable }).nth(1).click();
    await page.getByRole('dialog').waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(outDir, `disable-${language}.png`) });
    await page.keyboard.press('Escape');
    console.log(`wrote ${language} to ${outDir}`);
  }
  await page.setViewportSize({ width: 1024, height: 700 });
  await host.call('settings.setLanguage', { language: 'kk' });
  await page.goto(`${host.url}#/users`);
  await settle(page);
  await page.screenshot({ path: join(outDir, 'users-kk-narrow.png'), fullPage: true });
} finally {
  await browser.close();
  await host.stop();
}
