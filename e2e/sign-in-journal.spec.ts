import type { Page } from '@playwright/test';
import ru from '../shared/i18n/locales/ru';
import { callAs } from './fixtures/roles';
import { expect, test } from './fixtures/host';

const TEMPORARY = 'temporary-pass-1';
const PASSWORD = 'a-long-enough-password';

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function signIn(page: Page, login: string, password: string): Promise<void> {
  await field(page, ru.auth.field.login).fill(login);
  await field(page, ru.auth.field.password).fill(password);
  await page.getByRole('button', { name: ru.auth.signIn.submit }).click();
}

test.use({ account: 'signedOut' });

test('failed sign-ins, then the lockout, are in the sign-in journal the auditor reads on the Audit screen', async ({
  page,
  host,
}) => {
  await host.call('users.create', {
    fullName: 'Аудитор Алия',
    login: 'aliya',
    role: 'auditor',
    password: TEMPORARY,
  });
  const { session } = await callAs<{ session: string }>(host, null, 'auth.login', {
    login: 'aliya',
    password: TEMPORARY,
  });
  await callAs(host, session, 'auth.changePassword', { current: TEMPORARY, next: PASSWORD });
  await host.call('users.create', {
    fullName: 'Борис',
    login: 'boris',
    role: 'supervisor',
    password: TEMPORARY,
  });

  await page.goto(host.url);
  const alert = page.getByRole('main').getByRole('alert');
  await signIn(page, 'intruder', 'guess-guess-1');
  await expect(alert).toHaveText(ru.errors.auth.wrongCredentials);
  for (let attempt = 1; attempt <= 4; attempt++) {
    await signIn(page, 'boris', `wrong-${attempt}`);
    await expect(alert).toHaveText(ru.errors.auth.wrongCredentials);
  }
  await signIn(page, 'boris', 'wrong-5');
  await expect(alert).toHaveText(/учётная запись заблокирована до \d{2}:\d{2}/);

  await signIn(page, 'aliya', PASSWORD);
  await page.getByRole('menuitem', { name: ru.nav.audit }).click();
  await page.getByRole('tab', { name: ru.audit.tabs.signIns }).click();
  const journal = page.getByRole('table', { name: ru.audit.signIns.title });
  const rows = journal.getByRole('row');
  // Newest first: Aliya's own sign-in, the lockout, four wrong passwords, the unknown login.
  await expect(rows.nth(1)).toContainText('aliya');
  await expect(rows.nth(1)).toContainText(ru.audit.signIns.outcome.signedIn);
  await expect(rows.nth(2)).toContainText('boris');
  await expect(rows.nth(2)).toContainText(ru.audit.signIns.outcome.lockedOut);
  for (let row = 3; row <= 6; row++) {
    await expect(rows.nth(row)).toContainText('boris');
    await expect(rows.nth(row).getByRole('cell').nth(2)).toHaveText(ru.audit.signIns.outcome.wrongPassword);
  }
  await expect(rows.nth(7)).toContainText('intruder');
  await expect(rows.nth(7)).toContainText(ru.audit.signIns.outcome.unknownLogin);

  // Verify passes, and says what it does not vouch for: the journal and the sign-in counters among them.
  await page.getByRole('tab', { name: ru.audit.tabs.trail }).click();
  await page.getByRole('button', { name: ru.audit.verify.button }).click();
  await expect(page.getByRole('alert').filter({ hasText: ru.audit.verify.headHash })).toContainText(
    ru.audit.verify.outside,
  );
});
