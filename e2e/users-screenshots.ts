// Screenshots of the Users screen and its dialogs in Russian, Kazakh and English, for looking at the
// layout. Run with `npx tsx e2e/users-screenshots.ts [outDir]` after `node scripts/ensure-built.mjs`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import config from '../playwright.config';
import { apiAs } from './fixtures/roles';
import { launchHost, type RunningHost } from './fixtures/host';

const outDir = process.argv[2] ?? '/tmp/users-screens';
mkdirSync(outDir, { recursive: true });
const chromiumProject = config.projects?.find((p) => p.name === 'chromium');
const host = await launchHost();
const browser = await chromium.launch(chromiumProject?.use?.launchOptions);
const TEMPORARY = 'temporary-pass-1';

/** Calls the API as `session`, or signed out; a refusal (a wrong password on purpose) gives undefined. */
async function callAs<T>(host: RunningHost, session: string | null, method: string, input: unknown) {
  return (await apiAs(host, session, method, input)).value as T | undefined;
}

/** An office with an account in every state the table shows; returns a supervisor's session. */
async function seedAccounts(host: RunningHost): Promise<string> {
  const create = (fullName: string, login: string, role: string) =>
    host.call<{ id: number }>('users.create', { fullName, login, role, password: TEMPORARY });
  await create('Сейтов Марат Ерланович', 'm.seitov', 'supervisor');
  const signIn = await callAs<{ session: string }>(host, null, 'auth.login', {
    login: 'm.seitov',
    password: TEMPORARY,
  });
  await callAs(host, signIn!.session, 'auth.changePassword', { current: TEMPORARY, next: 'own-password-22' });
  await create('Жумабекова Дана Каримовна', 'd.zhumabekova', 'auditor');
  await create('Ахметов Тимур Болатович', 't.akhmetov', 'reporter');
  for (let i = 0; i < 5; i++)
    await callAs(host, null, 'auth.login', { login: 't.akhmetov', password: 'wrong-password' });
  const gone = await create('Нурланова Айгерим Сериковна', 'a.nurlanova', 'supervisor');
  await host.call('users.setDisabled', { id: gone.id, disabled: true });
  return signIn!.session;
}

async function settle(page: Page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(600); // let loading overlays and message toasts fade
}

async function shoot(page: Page, file: string) {
  await page.waitForTimeout(500); // the dialog's opening animation
  await page.screenshot({ path: join(outDir, file) });
}

async function close(page: Page) {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
}

const labels = {
  ru: {
    new: 'Новый пользователь',
    edit: 'Изменить',
    reset: 'Сбросить пароль',
    disable: 'Отключить',
    role: 'Роль',
    auditor: 'Аудитор',
    save: 'Сохранить',
  },
  kk: {
    new: 'Жаңа пайдаланушы',
    edit: 'Өзгерту',
    reset: 'Жаңа құпиясөз беру',
    disable: 'Өшіру',
    role: 'Рөлі',
    auditor: 'Аудитор',
    save: 'Сақтау',
  },
  en: {
    new: 'New user',
    edit: 'Edit',
    reset: 'Reset password',
    disable: 'Disable',
    role: 'Role',
    auditor: 'Auditor',
    save: 'Save',
  },
};

try {
  const supervisor = await seedAccounts(host);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
  await page.addInitScript((token) => sessionStorage.setItem('nadzor.session', token), host.session!);
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.log('console:', m.text().slice(0, 300));
  });
  for (const language of ['ru', 'kk', 'en'] as const) {
    const l = labels[language];
    await host.call('settings.setLanguage', { language });
    await page.goto(`${host.url}#/users`);
    await settle(page);
    await page.screenshot({ path: join(outDir, `users-${language}.png`), fullPage: true });

    // A new user whose login is taken: the error at its field.
    await page.getByRole('button', { name: l.new }).click();
    const form = page.getByRole('dialog');
    const texts = form.getByRole('textbox');
    await texts.first().waitFor();
    await page.waitForTimeout(400);
    await texts.nth(0).fill('Сейтов Марат');
    await texts.nth(1).fill('M.Seitov');
    await form.getByLabel(l.role, { exact: true }).click();
    await page.getByTitle(l.auditor, { exact: true }).click();
    await texts.nth(2).fill(TEMPORARY);
    await texts.nth(3).fill(TEMPORARY);
    await texts.nth(3).press('Enter');
    await form
      .getByText(/m\.seitov/)
      .first()
      .waitFor();
    await shoot(page, `new-${language}.png`);
    await close(page);

    // The last administrator trying to give up the role.
    await page.getByRole('button', { name: l.edit }).first().click();
    const edit = page.getByRole('dialog');
    await edit.waitFor();
    await page.waitForTimeout(400);
    await edit.getByLabel(l.role, { exact: true }).click();
    await page.getByTitle(l.auditor, { exact: true }).click();
    await edit.getByRole('button', { name: l.save }).click();
    await edit.getByRole('alert').waitFor();
    await shoot(page, `edit-${language}.png`);
    await close(page);

    // The first row is the admin's own; the others can be reset and disabled.
    await page.getByRole('button', { name: l.reset }).nth(1).click();
    await page.getByRole('dialog').waitFor();
    await shoot(page, `reset-${language}.png`);
    await close(page);
    await page.getByRole('button', { name: l.disable }).nth(1).click();
    await page.getByRole('dialog').waitFor();
    await shoot(page, `disable-${language}.png`);
    await close(page);
    console.log(`wrote ${language} to ${outDir}`);
  }

  await page.setViewportSize({ width: 1024, height: 700 });
  await host.call('settings.setLanguage', { language: 'kk' });
  await page.goto(`${host.url}#/users`);
  await settle(page);
  await page.screenshot({ path: join(outDir, 'users-kk-narrow.png'), fullPage: true });

  // What a supervisor sees at the address of the screen.
  const other = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
  await other.addInitScript((token) => sessionStorage.setItem('nadzor.session', token), supervisor);
  await other.goto(`${host.url}#/users`);
  await settle(other);
  await other.screenshot({ path: join(outDir, 'not-available.png') });
} finally {
  await browser.close();
  await host.stop();
}
