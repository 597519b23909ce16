import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import ru from '../shared/i18n/locales/ru';
import { caseRegions, openCase } from './fixtures/case-page';
import { expect, test } from './fixtures/host';
import { callAs } from './fixtures/roles';
import { exportTrail, sampleCase } from './fixtures/ui';
import { createUser, TEMPORARY } from './fixtures/users';

/*
 * The scenario from start to end, through the screens only: the first start creates the
 * administrator, who creates a supervisor and an auditor; the supervisor corrects a date with a reason;
 * the auditor signs in, cannot edit, reads the correction and its reason in the case's History, runs
 * Verify and exports the trail.
 */

const ADMIN = {
  fullName: 'Сапарова Айгерим Нурлановна',
  login: 'a.saparova',
  password: 'first-admin-pass-1',
};
const SUPERVISOR = { fullName: 'Жумабеков Ерлан Серикович', login: 'e.zhumabekov', own: 'supervisor-own-1' };
const AUDITOR = { fullName: 'Ким Дарья Викторовна', login: 'd.kim', own: 'auditor-own-pass-1' };
const NUMBER = '241500031000555';
const REASON = 'В сопроводительном письме дата направления 22.04.2024';

test.use({ account: 'none' });

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

async function signOut(page: Page, fullName: string) {
  await page.getByRole('button', { name: new RegExp(fullName) }).click();
  await page.getByRole('menuitem', { name: ru.auth.account.signOut }).click();
  await expect(heading(page, ru.auth.signIn.title)).toBeVisible();
}

/** First sign-in with the administrator's temporary password, then the person's own password. */
async function firstSignIn(page: Page, login: string, own: string) {
  await field(page, ru.auth.field.login).fill(login);
  await field(page, ru.auth.field.password).fill(TEMPORARY);
  await page.getByRole('button', { name: ru.auth.signIn.submit }).click();
  await expect(heading(page, ru.auth.changePassword.title)).toBeVisible();
  await field(page, ru.auth.field.current).fill(TEMPORARY);
  await field(page, ru.auth.field.next).fill(own);
  await field(page, ru.auth.field.repeatNext).fill(own);
  await page.getByRole('button', { name: ru.auth.changePassword.submit }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
}

test('first start → admin creates a supervisor and an auditor → a corrected date with its reason → the auditor reads it in the History, verifies and exports the trail', async ({
  page,
  host,
}) => {
  // First start: the administrator.
  await page.goto(host.url);
  await expect(heading(page, ru.auth.setup.title)).toBeVisible();
  await field(page, ru.auth.field.fullName).fill(ADMIN.fullName);
  await field(page, ru.auth.field.login).fill(ADMIN.login);
  await field(page, ru.auth.field.password).fill(ADMIN.password);
  await field(page, ru.auth.field.repeat).fill(ADMIN.password);
  await page.getByRole('button', { name: ru.auth.setup.submit }).click();
  await expect(page.getByRole('button', { name: new RegExp(ADMIN.fullName) })).toContainText(
    ru.auth.role.admin,
  );

  // A case forwarded to court on the 20th, recorded by the administrator.
  const { session } = await callAs<{ session: string }>(host, null, 'auth.login', {
    login: ADMIN.login,
    password: ADMIN.password,
  });
  const { id } = await callAs<{ id: number }>(host, session, 'cases.create', sampleCase(NUMBER));
  await callAs(host, session, 'cases.forward', { id, on: '2024-04-20' });

  // The administrator creates the two accounts on the Users screen.
  await page.getByRole('menuitem', { name: ru.nav.users }).click();
  await expect(heading(page, ru.users.title)).toBeVisible();
  for (const [person, role] of [
    [SUPERVISOR, ru.auth.role.supervisor],
    [AUDITOR, ru.auth.role.auditor],
  ] as const) {
    const dialog = await createUser(page, { fullName: person.fullName, login: person.login, role });
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row').filter({ hasText: person.fullName })).toContainText(role);
  }
  await signOut(page, ADMIN.fullName);

  // The supervisor corrects the forwarding date, giving the reason.
  await firstSignIn(page, SUPERVISOR.login, SUPERVISOR.own);
  await openCase(page, host.url, id, NUMBER);
  await caseRegions(page).actions.getByRole('button', { name: 'Исправить дату направления' }).click();
  const form = page.getByRole('dialog', { name: 'Исправление даты направления в суд' });
  const date = form.getByLabel('Дата направления в суд', { exact: true });
  await expect(date).toBeFocused();
  await date.fill('22.04.2024');
  await date.press('Enter');
  const reasonDialog = page.getByRole('dialog', { name: 'Исправление записанных сведений' });
  const reason = reasonDialog.getByLabel('Основание исправления', { exact: true });
  await expect(reason).toBeFocused();
  await reason.fill(REASON);
  await reasonDialog.getByRole('button', { name: 'Сохранить исправление' }).click();
  await expect(reasonDialog).toBeHidden();
  await expect(caseRegions(page).pipeline.getByText('22.04.2024')).toBeVisible();
  await signOut(page, SUPERVISOR.fullName);

  // The auditor: cannot edit, reads the correction with its reason.
  await firstSignIn(page, AUDITOR.login, AUDITOR.own);
  await openCase(page, host.url, id, NUMBER);
  await expect(page.getByRole('button', { name: 'Исправить дату направления' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: ru.cases.new })).toHaveCount(0);
  await page.getByRole('tab', { name: 'История изменений' }).click();
  const history = page.getByRole('region', { name: 'История изменений' });
  const correction = history.getByRole('article').last();
  await expect(correction).toContainText(`${SUPERVISOR.fullName} (${SUPERVISOR.login})`);
  await expect(correction.getByText(`Основание: ${REASON}`)).toBeVisible();
  await expect(correction.getByRole('listitem')).toHaveText([
    'Дата направления в суд: 20.04.2024 → 22.04.2024',
  ]);

  // Verify, then export the trail: the file carries the head hash Verify shows.
  await page.getByRole('menuitem', { name: ru.nav.audit }).click();
  await page.getByRole('button', { name: ru.audit.verify.button }).click();
  const verdict = page.getByRole('alert').filter({ hasText: ru.audit.verify.headHash });
  await expect(verdict).toContainText(/^Журнал не нарушен/);
  const headHash = (await verdict.locator('code').textContent())?.trim() ?? '';
  expect(headHash).toMatch(/^[0-9a-f]{64}$/);
  const download = page.waitForEvent('download');
  await exportTrail(page, ru.audit.export.csv);
  const csv = readFileSync((await (await download).path()) ?? '', 'utf8');
  expect(csv).toContain(`${ru.audit.csv.about.headHash},${headHash}`);
  expect(csv).toContain(REASON);
  expect(csv).toContain(`user:${SUPERVISOR.login}`);
});
