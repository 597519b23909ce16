import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import en from '../shared/i18n/locales/en';
import kk from '../shared/i18n/locales/kk';
import ru from '../shared/i18n/locales/ru';
import { ADMIN, expect, test } from './fixtures/host';
import { openApp } from './fixtures/ui';

/*
 * A lock hides the screen, it does not close it: whoever typed half a form and was called away finds
 * it as they left it after their password, and a save the lock interrupted is made then.
 */

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
const newCaseForm = (page: Page) => page.getByRole('dialog', { name: ru.cases.new });

async function unlock(page: Page): Promise<void> {
  await expect(heading(page, ru.auth.lock.title)).toBeVisible();
  await page.getByLabel(ru.auth.field.password, { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: ru.auth.lock.submit }).click();
}

test('the idle lock keeps a form half filled in; after the password it is there as it was', async ({
  page,
  host,
}) => {
  await host.call('settings.setIdleMinutes', { minutes: 1 });
  await page.clock.install();
  await openApp(page, host.url);
  await page.keyboard.press('Control+N');
  const number = newCaseForm(page).getByLabel('Номер ЕРДР', { exact: true });
  await number.fill('245500000000888');
  await newCaseForm(page).getByLabel('Часть', { exact: true }).fill('2');

  await page.clock.fastForward('01:05');
  await expect(heading(page, ru.auth.lock.title)).toBeVisible();
  // Nothing of it shows, nor takes a shortcut, while locked.
  await expect(newCaseForm(page)).toBeHidden();
  await page.keyboard.press('Control+KeyF');
  await expect(page.getByLabel(ru.auth.field.password, { exact: true })).toBeFocused();

  await unlock(page);
  await expect(newCaseForm(page)).toBeVisible();
  await expect(number).toHaveValue('245500000000888');
  await expect(newCaseForm(page).getByLabel('Часть', { exact: true })).toHaveValue('2');
});

test('a save the lock came before is made once the same person unlocks', async ({ page, host }) => {
  await openApp(page, host.url, '/cases/new');
  const form = newCaseForm(page);
  await form.getByLabel('Район', { exact: true }).click();
  await page.getByRole('option', { name: 'Есиль', exact: true }).click();
  await form.getByLabel('Номер ЕРДР', { exact: true }).fill('245500000000999');
  // Locked in the backend (the page shares the host's session), as when the idle time ran out there.
  await host.call('auth.lock');
  await form.getByRole('button', { name: ru.cases.create }).click();

  await unlock(page);
  await expect(
    page.getByText(ru.cases.created.replace('{{registryNumber}}', '245500000000999')),
  ).toBeVisible();
  await expect(page.getByRole('cell', { name: '245500000000999', exact: true })).toBeVisible();
  expect(await host.call('cases.list', {})).toMatchObject({ total: 1 });
});

test('a session ended at the lock screen says so on a sign-in screen in the same language', async ({
  page,
  host,
}) => {
  await host.call('settings.setLanguage', { language: 'kk' });
  // The office language, the sign-in screen's for nobody in particular, was last chosen by another.
  const db = new Database(host.dbPath);
  db.prepare("UPDATE settings SET value = 'ru' WHERE key = 'ui.language'").run();
  db.close();
  await openApp(page, host.url);
  await host.call('auth.lock');
  await page.reload();
  await expect(heading(page, kk.auth.lock.title)).toBeVisible();
  const password = page.getByLabel(kk.auth.field.password, { exact: true });
  for (let attempt = 1; attempt <= 5; attempt++) {
    await password.fill(`wrong-${attempt}`);
    await page.getByRole('button', { name: kk.auth.lock.submit }).click();
    if (attempt < 5) await expect(password).toHaveValue('');
  }
  await expect(heading(page, kk.auth.signIn.title)).toBeVisible();
  const notice = page.getByRole('main').getByRole('alert');
  await expect(notice).toContainText('бұғатталды');

  // Someone else takes the seat and picks their own language: the notice is said in it.
  await page
    .getByRole('radiogroup', { name: kk.auth.language })
    .getByText('English', { exact: true })
    .click();
  await expect(heading(page, en.auth.signIn.title)).toBeVisible();
  await expect(notice).toContainText('Too many failed attempts: the account is locked until');
});
