import { ADMIN } from './fixtures/admin';
import { fileCase, writeCaseFile } from './fixtures/case-files';
import { caseRegions } from './fixtures/case-page';
import { expect, test } from './fixtures/host';
import { connectAtFirstStart, signIn, type Office } from './fixtures/office';
import { goToArea } from './fixtures/ui';

/*
 * A unit's day on the office server, through the desktop app's client on PostgreSQL: an import, the
 * review's figures, the verified trail, and two people editing one case from two windows.
 */

const SUPERVISOR = { fullName: 'Серикова Дана', login: 'dana', password: 'dana-own-password-1' };

/** The administrator's session on the server, for setting up and checking data (never the UI). */
const adminSession = async (office: Office) =>
  (
    await office.server.call<{ session: string }>('auth.login', {
      login: ADMIN.login,
      password: ADMIN.password,
    })
  ).session;

// The page is the office client's, signed in through it: no local database, no seeded session.
test.use({ account: 'none' });

test('on the office server: a file imported through the client, the year’s figures in Reports, and the trail verified', async ({
  page,
  office,
}, testInfo) => {
  const path = writeCaseFile(testInfo.outputPath('office.json'), [
    fileCase('241500031000301', { district: 'Almaty', registeredOn: '2024-02-05' }),
    fileCase('241500031000302', {
      district: 'Nura',
      registeredOn: '2024-03-10',
      forwardedToCourtOn: '2024-04-20',
    }),
  ]);
  await connectAtFirstStart(page, office);
  await signIn(page);

  await goToArea(page, 'Дела');
  await page.getByRole('button', { name: 'Импорт' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Импорт дел' })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Нажмите, чтобы выбрать файл/ }).click();
  await (await chooser).setFiles(path);
  await expect(page.getByText('Файл проверен, ошибок нет. В базу пока ничего не записано.')).toBeVisible();
  await page.getByRole('button', { name: 'Импортировать 2 дела' }).click();
  await expect(page.getByText('Импорт завершён')).toBeVisible();

  const listed = await office.server.call<{ total: number }>('cases.list', {}, await adminSession(office));
  expect(listed.total).toBe(2);

  // The review counts the server's cases: two registered in 2024, one forwarded to court.
  await page.goto(`${office.clientUrl}#/reports?year=2024`);
  const keyFigures = page.getByRole('region', { name: 'Основные показатели' });
  await expect(
    keyFigures.getByRole('button', { name: 'Зарегистрировано уголовных дел 2', exact: true }),
  ).toBeVisible();
  await expect(keyFigures.getByRole('button', { name: 'Направлено дел в суд 1', exact: true })).toBeVisible();

  // The trail on PostgreSQL verifies, as `audit verify --pg` would.
  await goToArea(page, 'Аудит');
  await page.getByRole('button', { name: 'Проверить' }).click();
  const verdict = page.getByRole('alert').filter({ hasText: 'Хеш последней записи:' });
  await expect(verdict).toContainText(/^Журнал не нарушен/);
});

test('cases registered from another computer appear on the open dashboard and in the open case list', async ({
  page,
  office,
}) => {
  const session = await adminSession(office);
  await connectAtFirstStart(page, office);
  await signIn(page);
  await goToArea(page, 'Сводка');
  await expect(page.getByRole('heading', { name: 'Дел пока нет' })).toBeVisible();

  // Registered through the server by another client, not through this window: only the server's
  // change stream (PostgreSQL's announcement, then server-sent events) can tell this window.
  const register = (registryNumber: string) =>
    office.server.call(
      'cases.create',
      { registryNumber, article: '194', district: 'Yesil', registeredOn: '2024-03-15' },
      session,
    );
  await register('241500031000771');
  await expect(page.getByRole('heading', { name: 'Дел пока нет' })).toBeHidden();
  await expect(page.getByRole('link', { name: /^Всего зарегистрировано/ })).toBeVisible();

  await goToArea(page, 'Дела');
  await expect(page.getByRole('cell', { name: '241500031000771', exact: true })).toBeVisible();
  await register('241500031000772');
  await expect(page.getByRole('cell', { name: '241500031000772', exact: true })).toBeVisible();
  await expect(page.getByText('2 дела', { exact: true }).first()).toBeVisible();
});

test('two people on one case from two windows: the later save is refused with who changed it, keeps what was typed, and goes through when sent again', async ({
  page,
  office,
  browser,
}) => {
  const session = await adminSession(office);
  const { id } = await office.server.call<{ id: number }>(
    'cases.create',
    { registryNumber: '241500031000310', article: '194', district: 'Almaty', registeredOn: '2024-02-05' },
    session,
  );
  await office.server.call(
    'users.create',
    {
      fullName: SUPERVISOR.fullName,
      login: SUPERVISOR.login,
      password: 'temporary-pass-1',
      role: 'supervisor',
    },
    session,
  );
  const first = await office.server.call<{ session: string }>('auth.login', {
    login: SUPERVISOR.login,
    password: 'temporary-pass-1',
  });
  await office.server.call(
    'auth.changePassword',
    { current: 'temporary-pass-1', next: SUPERVISOR.password },
    first.session,
  );

  // The administrator's window opens the case's form and types the damage…
  await connectAtFirstStart(page, office);
  await signIn(page);
  await page.goto(`${office.clientUrl}#/cases/${id}`);
  await caseRegions(page).actions.getByRole('button', { name: 'Изменить сведения' }).click();
  const form = page.getByRole('dialog', { name: 'Изменение сведений о деле' });
  const damage = form.getByLabel('Ущерб', { exact: true });
  await damage.fill('250000');

  // …while the supervisor, in a window of their own, records the article's part.
  const other = await browser.newContext({ locale: 'ru-RU', reducedMotion: 'reduce' });
  try {
    const second = await other.newPage();
    await second.goto(office.clientUrl);
    await signIn(second, SUPERVISOR.login, SUPERVISOR.password);
    await second.goto(`${office.clientUrl}#/cases/${id}`);
    await caseRegions(second).actions.getByRole('button', { name: 'Изменить сведения' }).click();
    const theirs = second.getByRole('dialog', { name: 'Изменение сведений о деле' });
    await theirs.getByLabel('Часть', { exact: true }).fill('2');
    await theirs.getByRole('button', { name: 'Сохранить' }).click();
    await expect(theirs).toBeHidden();
  } finally {
    await other.close();
  }

  // The change reaches the first window by itself, under its open form.
  await expect(caseRegions(page).details.getByText('ст. 194 ч. 2 — Вымогательство')).toBeVisible();
  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect(form.getByRole('alert')).toContainText(
    new RegExp(`^Дело изменено другим пользователем: ${SUPERVISOR.fullName} \\(${SUPERVISOR.login}\\)`),
  );
  await expect(damage).toHaveValue('250000');
  await expect(form.getByLabel('Часть', { exact: true })).toHaveValue('2');
  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect(form).toBeHidden();

  const saved = await office.server.call<{ version: number; record: { part: string; damageKzt: number } }>(
    'cases.get',
    { id },
    session,
  );
  expect(saved).toMatchObject({ version: 3, record: { part: '2', damageKzt: 250_000 } });
});
