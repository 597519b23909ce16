import type { Page } from '@playwright/test';
import en from '../shared/i18n/locales/en';
import kk from '../shared/i18n/locales/kk';
import ru from '../shared/i18n/locales/ru';
import { ADMIN, expect, test } from './fixtures/host';
import { openApp, sampleCase } from './fixtures/ui';

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
/** The screen's own message (toasts are alerts too, outside the screen's main part). */
const formAlert = (page: Page) => page.getByRole('main').getByRole('alert');

async function signIn(page: Page, login: string, password: string): Promise<void> {
  await field(page, ru.auth.field.login).fill(login);
  await field(page, ru.auth.field.password).fill(password);
  await page.getByRole('button', { name: ru.auth.signIn.submit }).click();
}

/** The account button in the navigation column: the user's name and role. */
const account = (page: Page, fullName: string) => page.getByRole('button', { name: new RegExp(fullName) });

async function accountAction(page: Page, fullName: string, action: string): Promise<void> {
  await account(page, fullName).click();
  await page.getByRole('menuitem', { name: action }).click();
}

test.describe('first start', () => {
  test.use({ account: 'none' });

  test('creates the administrator, who stays signed in across a reload, signs out and in again', async ({
    page,
    host,
  }) => {
    await page.goto(host.url);
    await expect(heading(page, ru.auth.setup.title)).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);

    await field(page, ru.auth.field.fullName).fill('Сейтказиева Айгерим Маратовна');
    await field(page, ru.auth.field.login).fill('aigerim');
    const password = field(page, ru.auth.field.password);
    await password.fill('short');
    await field(page, ru.auth.field.repeat).fill('short');
    await page.getByRole('button', { name: ru.auth.setup.submit }).click();
    // Refused at the password field itself, and nothing was created.
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAccessibleDescription(new RegExp(`^${ru.errors.password.tooShort}`));
    await expect(field(page, ru.auth.field.login)).not.toHaveAttribute('aria-invalid', 'true');
    expect(await host.call<{ state: string }>('auth.status')).toMatchObject({ state: 'setup' });

    await password.fill('a-long-enough-password');
    await field(page, ru.auth.field.repeat).fill('a-different-password');
    await page.getByRole('button', { name: ru.auth.setup.submit }).click();
    await expect(page.getByText(ru.auth.error.mismatch)).toBeVisible();

    await field(page, ru.auth.field.repeat).fill('a-long-enough-password');
    await page.getByRole('button', { name: ru.auth.setup.submit }).click();
    await expect(page.getByRole('navigation')).toBeVisible();
    await expect(account(page, 'Сейтказиева Айгерим Маратовна')).toContainText(ru.auth.role.admin);

    await page.reload();
    await expect(page.getByRole('navigation')).toBeVisible();
    await expect(account(page, 'Сейтказиева Айгерим Маратовна')).toBeVisible();

    await accountAction(page, 'Сейтказиева Айгерим Маратовна', ru.auth.account.signOut);
    await expect(heading(page, ru.auth.signIn.title)).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    // Signed out means signed out: a reload does not bring the session back.
    await page.reload();
    await expect(heading(page, ru.auth.signIn.title)).toBeVisible();

    await signIn(page, 'aigerim', 'a-long-enough-password');
    await expect(account(page, 'Сейтказиева Айгерим Маратовна')).toBeVisible();
  });

  test('messages under the fields follow a language switch', async ({ page, host }) => {
    await page.goto(host.url);
    await page
      .getByRole('radiogroup', { name: ru.auth.language })
      .getByText('Қазақша', { exact: true })
      .click();
    await expect(heading(page, kk.auth.setup.title)).toBeVisible();
    await page.getByRole('button', { name: kk.auth.setup.submit }).click();
    await expect(field(page, kk.auth.field.fullName)).toHaveAccessibleDescription(kk.errors.required);

    await page
      .getByRole('radiogroup', { name: kk.auth.language })
      .getByText('English', { exact: true })
      .click();
    await expect(heading(page, en.auth.setup.title)).toBeVisible();
    for (const label of [
      en.auth.field.fullName,
      en.auth.field.login,
      en.auth.field.password,
      en.auth.field.repeat,
    ])
      await expect(field(page, label)).toHaveAccessibleDescription(en.errors.required);
    await expect(page.getByText(kk.errors.required)).toHaveCount(0);
  });
});

test.describe('signing in', () => {
  test.use({ account: 'signedOut' });

  test('a wrong password is refused; five lock the account, even against the right password', async ({
    page,
    host,
  }) => {
    await page.goto(host.url);
    await expect(heading(page, ru.auth.signIn.title)).toBeVisible();

    await signIn(page, ADMIN.login, 'not-the-password');
    await expect(formAlert(page)).toHaveText(ru.errors.auth.wrongCredentials);
    // The password field is emptied and ready for the next attempt.
    await expect(field(page, ru.auth.field.password)).toHaveValue('');
    await expect(field(page, ru.auth.field.password)).toBeFocused();

    for (let attempt = 2; attempt <= 4; attempt++) {
      await field(page, ru.auth.field.password).fill(`wrong-${attempt}`);
      await page.getByRole('button', { name: ru.auth.signIn.submit }).click();
      await expect(formAlert(page)).toHaveText(ru.errors.auth.wrongCredentials);
      await expect(field(page, ru.auth.field.password)).toHaveValue('');
    }
    await field(page, ru.auth.field.password).fill('wrong-5');
    await page.getByRole('button', { name: ru.auth.signIn.submit }).click();
    const locked = /учётная запись заблокирована до \d{2}:\d{2}/;
    await expect(formAlert(page)).toHaveText(locked);

    await signIn(page, ADMIN.login, ADMIN.password);
    await expect(formAlert(page)).toHaveText(locked);
    await expect(page.getByRole('navigation')).toHaveCount(0);
  });

  test('a refusal on screen follows a language switch', async ({ page, host }) => {
    await page.goto(host.url);
    await signIn(page, ADMIN.login, 'not-the-password');
    await expect(formAlert(page)).toHaveText(ru.errors.auth.wrongCredentials);
    await page
      .getByRole('radiogroup', { name: ru.auth.language })
      .getByText('English', { exact: true })
      .click();
    await expect(heading(page, en.auth.signIn.title)).toBeVisible();
    await expect(formAlert(page)).toHaveText(en.errors.auth.wrongCredentials);
  });

  test('a user created by the administrator chooses a new password before seeing the app', async ({
    page,
    host,
  }) => {
    await host.call('users.create', {
      fullName: 'Ержанов Даурен Серикович',
      login: 'dauren',
      password: 'given-by-admin-1',
      role: 'supervisor',
    });
    await page.goto(host.url);
    await signIn(page, 'dauren', 'given-by-admin-1');

    await expect(heading(page, ru.auth.changePassword.title)).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(field(page, ru.auth.field.current)).toBeFocused();

    await field(page, ru.auth.field.current).fill('not-my-password');
    await field(page, ru.auth.field.next).fill('my-own-password-1');
    await field(page, ru.auth.field.repeatNext).fill('my-own-password-1');
    await page.getByRole('button', { name: ru.auth.changePassword.submit }).click();
    await expect(field(page, ru.auth.field.current)).toHaveAttribute('aria-invalid', 'true');
    await expect(field(page, ru.auth.field.current)).toHaveAccessibleDescription(
      /^Неверный пароль\. Осталось попыток: 4\./,
    );
    // The field with the error has the focus again, for the next try.
    await expect(field(page, ru.auth.field.current)).toBeFocused();

    await field(page, ru.auth.field.current).fill('given-by-admin-1');
    await page.getByRole('button', { name: ru.auth.changePassword.submit }).click();
    await expect(page.getByRole('navigation')).toBeVisible();
    await expect(account(page, 'Ержанов Даурен Серикович')).toContainText(ru.auth.role.supervisor);
    // A supervisor does not read the audit trail: no way there.
    await expect(page.getByRole('menuitem', { name: ru.nav.cases })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: ru.nav.audit })).toHaveCount(0);

    // The new password is the one that works from now on.
    await accountAction(page, 'Ержанов Даурен Серикович', ru.auth.account.signOut);
    await signIn(page, 'dauren', 'given-by-admin-1');
    await expect(formAlert(page)).toHaveText(ru.errors.auth.wrongCredentials);
    await signIn(page, 'dauren', 'my-own-password-1');
    await expect(page.getByRole('navigation')).toBeVisible();
  });

  test('the sign-in screen switches language, and the choice becomes the user’s own', async ({
    page,
    host,
  }) => {
    await page.goto(host.url);
    await expect(heading(page, ru.auth.signIn.title)).toBeVisible();
    const language = page.getByRole('radiogroup', { name: ru.auth.language });
    await language.getByText('English', { exact: true }).click();
    await expect(heading(page, en.auth.signIn.title)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page
      .getByRole('radiogroup', { name: en.auth.language })
      .getByText('Қазақша', { exact: true })
      .click();
    await expect(heading(page, kk.auth.signIn.title)).toBeVisible();
    await expect(page.getByLabel(kk.auth.field.password, { exact: true })).toBeVisible();

    await page.getByLabel(kk.auth.field.login, { exact: true }).fill(ADMIN.login);
    await page.getByLabel(kk.auth.field.password, { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: kk.auth.signIn.submit }).click();
    await expect(page.getByRole('menuitem', { name: kk.nav.cases })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('menuitem', { name: kk.nav.cases })).toBeVisible();
  });
});

test.describe('the lock screen', () => {
  test('"Lock now" hides the data until the right password, then returns to the same screen', async ({
    page,
    host,
  }) => {
    await host.call('cases.create', sampleCase('245500000000777'));
    await openApp(page, host.url, '/cases');
    await expect(page.getByText('245500000000777')).toBeVisible();

    await accountAction(page, ADMIN.fullName, ru.auth.account.lock);
    await expect(heading(page, ru.auth.lock.title)).toBeVisible();
    // Whose lock it is; the screen under it keeps the name in its hidden menu.
    await expect(page.getByText(ADMIN.fullName).filter({ visible: true })).toBeVisible();
    await expect(page.getByText('245500000000777')).toBeHidden();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    // The session is locked in the backend too, not only on the screen (the page shares the host's session).
    expect(await host.call('auth.status')).toMatchObject({ state: 'locked' });

    const password = field(page, ru.auth.field.password);
    await expect(password).toBeFocused();
    await password.fill('not-the-password');
    await page.getByRole('button', { name: ru.auth.lock.submit }).click();
    // It says what more wrong passwords lead to.
    await expect(formAlert(page)).toHaveText(
      'Неверный пароль. Осталось попыток: 4. Когда они закончатся, учётная запись будет заблокирована на 15 минут, а сеанс завершится.',
    );
    await expect(page.getByText('245500000000777')).toBeHidden();

    await password.fill(ADMIN.password);
    await page.getByRole('button', { name: ru.auth.lock.submit }).click();
    await expect(heading(page, ru.cases.title)).toBeVisible();
    await expect(page.getByText('245500000000777')).toBeVisible();
    expect(new URL(page.url()).hash).toBe('#/cases');
  });

  test('five wrong passwords on the lock screen lock the account and end the session', async ({
    page,
    host,
  }) => {
    await openApp(page, host.url);
    await accountAction(page, ADMIN.fullName, ru.auth.account.lock);
    await expect(heading(page, ru.auth.lock.title)).toBeVisible();
    const password = field(page, ru.auth.field.password);
    for (let attempt = 1; attempt <= 4; attempt++) {
      await password.fill(`wrong-${attempt}`);
      await page.getByRole('button', { name: ru.auth.lock.submit }).click();
      // Tries left are counted down, and the one before the last says what the last one does.
      await expect(formAlert(page)).toHaveText(
        attempt < 4
          ? new RegExp(`^Неверный пароль\\. Осталось попыток: ${5 - attempt}\\.`)
          : 'Неверный пароль. Осталась одна попытка: ещё один неверный пароль заблокирует учётную запись на 15 минут и завершит сеанс.',
      );
      await expect(password).toHaveValue('');
    }
    await password.fill('wrong-5');
    await page.getByRole('button', { name: ru.auth.lock.submit }).click();
    await expect(heading(page, ru.auth.signIn.title)).toBeVisible();
    await expect(formAlert(page)).toHaveText(/учётная запись заблокирована до \d{2}:\d{2}/);
  });

  test('the app locks itself after the idle time set by the administrator', async ({ page, host }) => {
    await host.call('settings.setIdleMinutes', { minutes: 1 });
    await page.clock.install();
    await openApp(page, host.url);
    await expect(account(page, ADMIN.fullName)).toBeVisible();

    await page.clock.fastForward('00:40');
    await expect(heading(page, ru.nav.dashboard)).toBeVisible();
    await page.clock.fastForward('00:25');
    await expect(heading(page, ru.auth.lock.title)).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);

    await field(page, ru.auth.field.password).fill(ADMIN.password);
    await page.getByRole('button', { name: ru.auth.lock.submit }).click();
    await expect(heading(page, ru.nav.dashboard)).toBeVisible();
  });

  test('input holds the idle lock off', async ({ page, host }) => {
    await host.call('settings.setIdleMinutes', { minutes: 1 });
    await page.clock.install();
    await openApp(page, host.url);
    for (let i = 0; i < 3; i++) {
      await page.clock.fastForward('00:40');
      await page.mouse.move(200 + i * 10, 300);
    }
    await expect(heading(page, ru.nav.dashboard)).toBeVisible();
    await expect(heading(page, ru.auth.lock.title)).toHaveCount(0);
  });
});

test('the administrator sets the idle lock in Settings', async ({ page, host }) => {
  await openApp(page, host.url, '/settings');
  await expect(page.getByText(ru.auth.idle.title)).toBeVisible();
  const minutes = field(page, ru.auth.idle.minutes);
  await expect(minutes).toHaveValue('15');
  await minutes.fill('0');
  await page.getByRole('button', { name: ru.auth.idle.save }).click();
  await expect(page.getByText(ru.errors.idleMinutes.range)).toBeVisible();
  await minutes.fill('30');
  await minutes.press('Enter');
  await expect(page.getByText('Надзор заблокируется после 30 минут без ввода')).toBeVisible();
  expect(await host.call<{ idleMinutes: number }>('settings.get')).toMatchObject({ idleMinutes: 30 });
});

test('one changes one’s own password from the account menu', async ({ page, host }) => {
  await openApp(page, host.url);
  await accountAction(page, ADMIN.fullName, ru.auth.account.changePassword);
  const dialog = page.getByRole('dialog', { name: ru.auth.changePassword.dialogTitle });
  const current = dialog.getByLabel(ru.auth.field.current, { exact: true });
  await expect(current).toBeFocused();

  await current.fill('not-the-password');
  await dialog.getByLabel(ru.auth.field.next, { exact: true }).fill('a-new-password-2');
  await dialog.getByLabel(ru.auth.field.repeatNext, { exact: true }).fill('a-new-password-2');
  await dialog.getByRole('button', { name: ru.auth.changePassword.save }).click();
  await expect(current).toHaveAccessibleDescription(/^Неверный пароль\. Осталось попыток: 4\./);
  await expect(current).toBeFocused();

  await current.fill(ADMIN.password);
  await dialog.getByLabel(ru.auth.field.next, { exact: true }).fill(ADMIN.password);
  await dialog.getByLabel(ru.auth.field.repeatNext, { exact: true }).fill(ADMIN.password);
  await dialog.getByRole('button', { name: ru.auth.changePassword.save }).click();
  await expect(dialog.getByLabel(ru.auth.field.next, { exact: true })).toHaveAccessibleDescription(
    ru.errors.password.unchanged,
  );

  await dialog.getByLabel(ru.auth.field.next, { exact: true }).fill('a-new-password-2');
  await dialog.getByLabel(ru.auth.field.repeatNext, { exact: true }).fill('a-new-password-2');
  await dialog.getByLabel(ru.auth.field.repeatNext, { exact: true }).press('Enter');
  await expect(page.getByText(ru.auth.changePassword.saved)).toBeVisible();
  await expect(dialog).toBeHidden();

  await accountAction(page, ADMIN.fullName, ru.auth.account.signOut);
  await signIn(page, ADMIN.login, ADMIN.password);
  await expect(formAlert(page)).toHaveText(ru.errors.auth.wrongCredentials);
  await signIn(page, ADMIN.login, 'a-new-password-2');
  await expect(page.getByRole('navigation')).toBeVisible();
});
