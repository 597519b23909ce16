import type { Browser, Page } from '@playwright/test';
import type { Role } from '../shared/domain/accounts';
import { caseRegions, openCase } from './fixtures/case-page';
import { expect, test, type RunningHost } from './fixtures/host';
import { signInAs } from './fixtures/roles';
import { sampleCase } from './fixtures/ui';

const NUMBER = '241500031000777';
const REASON = 'Дата указана неверно: по сопроводительному письму дело направлено 22.04.2024';

/** A page of its own, signed in as a new account of `role` (full name "Тестовый <login>"). */
async function pageAs(browser: Browser, host: RunningHost, role: Role, login: string): Promise<Page> {
  const page = await browser.newPage();
  await signInAs(page, host, role, login);
  return page;
}

/** Opens the History tab of the page's record and returns its region. */
async function openHistory(page: Page) {
  await page.getByRole('tab', { name: 'История изменений' }).click();
  const history = page.getByRole('region', { name: 'История изменений' });
  await expect(history.getByRole('article').first()).toBeVisible();
  return history;
}

test.describe('a case’s history', () => {
  // Each role signs in on its own page; host.call acts as the administrator.
  test.use({ account: 'signedOut' });

  test('a supervisor’s corrected date reads in the History before → after, with who and why; a reporter has no History', async ({
    browser,
    host,
  }) => {
    const { id } = await host.call<{ id: number }>('cases.create', sampleCase(NUMBER, 'Yesil', '2024-03-15'));
    await host.call('cases.forward', { id, on: '2024-04-20' });

    const supervisor = await pageAs(browser, host, 'supervisor', 'petrov');
    await openCase(supervisor, host.url, id, NUMBER);
    await expect(supervisor.getByRole('tab', { name: 'История изменений' })).toHaveCount(0);
    await caseRegions(supervisor).actions.getByRole('button', { name: 'Исправить дату направления' }).click();
    const form = supervisor.getByRole('dialog', { name: 'Исправление даты направления в суд' });
    const date = form.getByLabel('Дата направления в суд', { exact: true });
    await expect(date).toBeFocused();
    await date.fill('22.04.2024');
    await date.press('Enter');
    const reasonDialog = supervisor.getByRole('dialog', { name: 'Исправление записанных сведений' });
    const reason = reasonDialog.getByLabel('Основание исправления', { exact: true });
    await expect(reason).toBeFocused();
    await reason.fill(REASON);
    await reasonDialog.getByRole('button', { name: 'Сохранить исправление' }).click();
    await expect(reasonDialog).toBeHidden();
    await expect(caseRegions(supervisor).pipeline.getByText('22.04.2024')).toBeVisible();
    await supervisor.close();

    const auditor = await pageAs(browser, host, 'auditor', 'auditor1');
    await openCase(auditor, host.url, id, NUMBER);
    await expect(auditor.getByRole('button', { name: 'Исправить дату направления' })).toHaveCount(0);
    const history = await openHistory(auditor);
    await expect(history.getByText('3 записи')).toBeVisible();
    const entries = history.getByRole('article');
    await expect(entries).toHaveCount(3);
    await expect(entries.first()).toContainText('Дело зарегистрировано');
    await expect(entries.first()).toContainText('Администратор Тестов (admin)');

    const correction = entries.last();
    await expect(correction.getByText('Записано направление в суд')).toBeVisible();
    await expect(correction).toContainText('Тестовый petrov (petrov)');
    await expect(correction.getByText(`Основание: ${REASON}`)).toBeVisible();
    await expect(
      correction.getByRole('list', { name: 'Записано направление в суд' }).getByRole('listitem'),
    ).toHaveText(['Дата направления в суд: 20.04.2024 → 22.04.2024']);
    // The forwarding itself, before the correction: the date set and the stage it moved the case to.
    await expect(entries.nth(1).getByRole('listitem')).toHaveText([
      'Дата направления в суд: — → 20.04.2024',
      'Стадия: Зарегистрировано → Направлено в суд',
    ]);

    await auditor.getByText('Сначала поздние', { exact: true }).click();
    await expect(entries.first()).toContainText('Тестовый petrov (petrov)');
    // The tab is in the address: opened again from it, the History shows at once.
    await auditor.reload();
    await expect(auditor.getByRole('region', { name: 'История изменений' }).getByRole('article')).toHaveCount(
      3,
    );
    await auditor.close();

    const reporter = await pageAs(browser, host, 'reporter', 'reporter1');
    await openCase(reporter, host.url, id, NUMBER);
    await expect(caseRegions(reporter).pipeline).toBeVisible();
    await expect(reporter.getByRole('tab')).toHaveCount(0);
    await expect(reporter.getByText('История изменений')).toHaveCount(0);
    await reporter.close();
  });
});

test('a person’s History shows a check-in recorded on the page', async ({ page, host }) => {
  const { id } = await host.call<{ id: number }>('monitoring.create', {
    person: { fullName: 'Аманов Ерлан Болатович', birthDate: '1988-01-20', sex: 'M', district: 'Yesil' },
  });
  // The host's "today" is the local calendar day, as the page's check-in button records it.
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const start = `${today.slice(0, 4)}-01-01`;
  await host.call('monitoring.addPeriod', {
    id,
    period: { type: 'probation', start, checkInsPerMonth: 2 },
  });
  await page.goto(`${host.url}#/monitoring/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Аманов Ерлан Болатович' })).toBeVisible();
  await page.getByRole('button', { name: 'Отметить явку' }).click();
  // The check-in's day is asked, today unless changed.
  const checkInForm = page.getByRole('dialog', { name: /^Явка на отметку — / });
  await checkInForm.getByRole('button', { name: 'Отметить явку' }).click();
  await expect(checkInForm).toBeHidden();
  await expect(page.getByText('Явка отмечена')).toBeVisible();

  const history = await openHistory(page);
  const entries = history.getByRole('article');
  await expect(entries).toHaveCount(3);
  const checkIn = entries.last();
  await expect(checkIn.getByText('Записана явка на отметку')).toBeVisible();
  await expect(checkIn).toContainText('Администратор Тестов (admin)');
  const startShown = `01.01.${start.slice(0, 4)}`;
  const todayShown = `${today.slice(8, 10)}.${today.slice(5, 7)}.${today.slice(0, 4)}`;
  // The event is named by its type and day as well as its place by date, which later entries shift.
  await expect(
    checkIn.getByText(
      `Период надзора № 1 (Пробационный контроль, ${startShown}) › Событие № 1 (Явка на отметку, ${todayShown})`,
      { exact: true },
    ),
  ).toBeVisible();
  await expect(checkIn.getByText('добавлено')).toBeVisible();
  await expect(checkIn.getByRole('listitem').filter({ hasNotText: '›' })).toHaveText([
    `Дата: ${todayShown}`,
    'Что произошло: Явка на отметку',
  ]);
});
