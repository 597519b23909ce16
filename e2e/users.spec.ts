import type { Browser } from '@playwright/test';
import { ADMIN, expect, test, type RunningHost } from './fixtures/host';
import { apiAs as callAs } from './fixtures/roles';
import { openApp } from './fixtures/ui';
import { chooseRole, createUser, openDialog, openUsers, row, TEMPORARY } from './fixtures/users';

const OWN = 'own-password-22';

/** An account made by the administrator and already in use: its first password replaced, as the app requires. */
async function accountInUse(host: RunningHost, fullName: string, login: string, role: string) {
  await host.call('users.create', { fullName, login, role, password: TEMPORARY });
  const signIn = await callAs(host, null, 'auth.login', { login, password: TEMPORARY });
  const session = (signIn.value as { session: string }).session;
  await callAs(host, session, 'auth.changePassword', { current: TEMPORARY, next: OWN });
  return session;
}

/** Signs in on a page of its own, as that person would at their computer. */
async function signInFresh(browser: Browser, host: RunningHost, login: string, password: string) {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Вход в систему' })).toBeVisible();
  await page.getByLabel('Логин', { exact: true }).fill(login);
  await page.getByLabel('Пароль', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  return { page, close: () => context.close() };
}

test('the administrator creates a supervisor and an auditor; a taken login is refused at its field; a role is changed', async ({
  page,
  host,
}) => {
  await openUsers(page, host);
  await expect(row(page, ADMIN.fullName)).toContainText('Администратор');

  const supervisor = await createUser(page, {
    fullName: 'Сейтов Марат Ерланович',
    login: 'm.seitov',
    role: 'Надзирающий прокурор',
  });
  await expect(supervisor).toBeHidden();
  await expect(page.getByText('Пользователь Сейтов Марат Ерланович создан')).toBeVisible();
  const marat = row(page, 'Сейтов Марат Ерланович');
  await expect(marat).toContainText('m.seitov');
  await expect(marat).toContainText('Надзирающий прокурор');
  await expect(marat).toContainText('Должен сменить пароль');
  await expect(marat).toContainText('входов не было');

  const auditor = await createUser(page, {
    fullName: 'Жумабекова Дана Каримовна',
    login: 'D.Zhumabekova',
    role: 'Аудитор',
  });
  await expect(auditor).toBeHidden();
  const dana = row(page, 'Жумабекова Дана Каримовна');
  await expect(dana).toContainText('d.zhumabekova'); // logins are kept in lower case
  await expect(dana).toContainText('Аудитор');

  // The same login in other letter case is taken: the dialog stays open with the error at Login.
  const taken = await createUser(page, { fullName: 'Другой Человек', login: 'M.SEITOV', role: 'Аналитик' });
  await expect(taken.getByLabel('Логин', { exact: true })).toHaveAccessibleDescription(
    /логин «m\.seitov» уже занят/,
  );
  await expect(taken.getByLabel('Логин', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  // The keyboard is where the fix is to be typed.
  await expect(taken.getByLabel('Логин', { exact: true })).toBeFocused();
  await taken.getByRole('button', { name: 'Отмена' }).click();
  await expect(taken).toBeHidden();
  await expect(row(page, 'Другой Человек')).toHaveCount(0);

  // Two copies of a password that differ are caught before anything is sent.
  const mismatch = await openDialog(
    page,
    page.getByRole('button', { name: 'Новый пользователь' }),
    'Новый пользователь',
    'ФИО',
  );
  await mismatch.getByLabel('Временный пароль', { exact: true }).fill(TEMPORARY);
  await mismatch.getByLabel('Повторите временный пароль', { exact: true }).fill('something-else-1');
  await mismatch.getByRole('button', { name: 'Создать пользователя' }).click();
  await expect(mismatch.getByText('пароли не совпадают')).toBeVisible();
  await mismatch.getByRole('button', { name: 'Отмена' }).click();

  const edit = await openDialog(
    page,
    dana.getByRole('button', { name: 'Изменить' }),
    'Изменение пользователя d.zhumabekova',
    'ФИО',
  );
  await expect(edit.getByLabel('ФИО', { exact: true })).toHaveValue('Жумабекова Дана Каримовна');
  await chooseRole(page, edit, 'Аналитик');
  await expect(edit).toContainText('Просмотр всех данных, отчёты, выгрузка дел.');
  await edit.getByRole('button', { name: 'Сохранить' }).click();
  await expect(edit).toBeHidden();
  await expect(dana).toContainText('Аналитик');
  const users = await host.call<{ login: string; role: string }[]>('users.list');
  expect(users.find((u) => u.login === 'd.zhumabekova')?.role).toBe('reporter');
});

test('the last administrator cannot give up the role, and cannot disable their own account', async ({
  page,
  host,
}) => {
  await openUsers(page, host);
  const me = row(page, ADMIN.fullName);
  await expect(me).toContainText('вы');

  const disable = me.getByRole('button', { name: 'Отключить' });
  await expect(disable).toBeDisabled();
  await disable.hover({ force: true });
  await expect(page.getByRole('tooltip')).toHaveText('Нельзя отключить собственную учётную запись');

  const edit = await openDialog(
    page,
    me.getByRole('button', { name: 'Изменить' }),
    `Изменение пользователя ${ADMIN.login}`,
    'ФИО',
  );
  await chooseRole(page, edit, 'Аудитор');
  await edit.getByRole('button', { name: 'Сохранить' }).click();
  await expect(edit.getByRole('alert')).toHaveText(
    'Последний действующий администратор не может лишиться этой роли или быть отключён.',
  );
  await edit.getByRole('button', { name: 'Отмена' }).click();
  await expect(edit).toBeHidden();
  await expect(me).toContainText('Администратор');
});

test('a disabled user cannot sign in until enabled again', async ({ page, host, browser }) => {
  await accountInUse(host, 'Ахметов Тимур Болатович', 't.akhmetov', 'reporter');
  await openUsers(page, host);
  const timur = row(page, 'Ахметов Тимур Болатович');
  await expect(timur).toContainText('Активен');

  const confirm = page.getByRole('dialog', { name: 'Отключить учётную запись?' });
  await timur.getByRole('button', { name: 'Отключить' }).click();
  await expect(confirm).toContainText('Ахметов Тимур Болатович (t.akhmetov)');
  await confirm.getByRole('button', { name: 'Отключить' }).click();
  await expect(confirm).toBeHidden();
  await expect(timur).toContainText('Отключён');
  await expect(timur.getByRole('button', { name: 'Включить' })).toBeVisible();

  const refused = await signInFresh(browser, host, 't.akhmetov', OWN);
  await expect(refused.page.getByRole('alert')).toContainText('Учётная запись отключена');
  await expect(refused.page.getByRole('navigation')).toHaveCount(0);
  await refused.close();

  const enable = page.getByRole('dialog', { name: 'Включить учётную запись?' });
  await timur.getByRole('button', { name: 'Включить' }).click();
  await expect(enable).toContainText('Ахметов Тимур Болатович (t.akhmetov)');
  await enable.getByRole('button', { name: 'Включить' }).click();
  await expect(enable).toBeHidden();
  await expect(timur).toContainText('Активен');
  expect((await callAs(host, null, 'auth.login', { login: 't.akhmetov', password: OWN })).ok).toBe(true);
});

test('after a password reset the user signs in with the temporary password and must choose a new one', async ({
  page,
  host,
  browser,
}) => {
  const oldSession = await accountInUse(host, 'Сейтов Марат Ерланович', 'm.seitov', 'supervisor');
  await openUsers(page, host);
  const marat = row(page, 'Сейтов Марат Ерланович');
  await expect(marat).toContainText('Активен');

  const reset = await openDialog(
    page,
    marat.getByRole('button', { name: 'Сбросить пароль' }),
    'Сброс пароля пользователя m.seitov',
    'Временный пароль',
  );
  await expect(reset).toContainText('Сеанс пользователя Сейтов Марат Ерланович будет завершён');
  await reset.getByLabel('Временный пароль', { exact: true }).fill('short');
  await reset.getByLabel('Повторите временный пароль', { exact: true }).fill('short');
  await reset.getByRole('button', { name: 'Сбросить пароль' }).click();
  await expect(reset.getByText('не менее 10 символов', { exact: true })).toBeVisible();
  await reset.getByLabel('Временный пароль', { exact: true }).fill('new-temporary-9');
  await reset.getByLabel('Повторите временный пароль', { exact: true }).fill('new-temporary-9');
  await reset.getByRole('button', { name: 'Сбросить пароль' }).click();
  await expect(reset).toBeHidden();
  await expect(marat).toContainText('Должен сменить пароль');
  // Whoever was signed in as him is signed out.
  expect((await callAs(host, oldSession, 'cases.list', {})).error?.code).toBe('unauthenticated');

  const wrong = await signInFresh(browser, host, 'm.seitov', OWN);
  await expect(wrong.page.getByRole('alert')).toContainText('Неверный логин или пароль');
  await wrong.close();

  const fresh = await signInFresh(browser, host, 'm.seitov', 'new-temporary-9');
  const screen = fresh.page;
  await expect(screen.getByRole('heading', { name: 'Задайте новый пароль' })).toBeVisible();
  await screen.getByLabel('Текущий пароль', { exact: true }).fill('new-temporary-9');
  await screen.getByLabel('Новый пароль', { exact: true }).fill('his-own-password-5');
  await screen.getByLabel('Повторите новый пароль', { exact: true }).fill('his-own-password-5');
  await screen.getByRole('button', { name: 'Сохранить пароль' }).click();
  await expect(screen.getByRole('navigation')).toBeVisible();
  await expect(screen.getByRole('menuitem', { name: 'Дела' })).toBeVisible();
  await expect(screen.getByRole('menuitem', { name: 'Пользователи' })).toHaveCount(0);
  await fresh.close();

  await page.reload();
  await expect(marat).toContainText('Активен');
});

test('a supervisor has no Users entry and is told the screen is not for their role', async ({
  page,
  host,
}) => {
  const session = await accountInUse(host, 'Сейтов Марат Ерланович', 'm.seitov', 'supervisor');
  // Runs after the fixture's own script, so the page opens as the supervisor.
  await page.addInitScript((token) => sessionStorage.setItem('nadzor.session', token), session);
  const refusals: string[] = [];
  page.on('response', async (response) => {
    if (!new URL(response.url()).pathname.startsWith('/api/')) return;
    const body = (await response.json().catch(() => null)) as {
      ok?: boolean;
      error?: { code: string };
    } | null;
    if (body?.ok === false) refusals.push(`${new URL(response.url()).pathname} ${body.error?.code}`);
  });

  await openApp(page, host.url);
  await expect(page.getByRole('menuitem', { name: 'Дела' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Пользователи' })).toHaveCount(0);

  await page.goto(`${host.url}#/users`);
  await expect(page.getByRole('heading', { level: 1, name: 'Недоступно для вашей роли' })).toBeVisible();
  await expect(
    page.getByText('Учётными записями пользователей управляет только администратор.'),
  ).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await page.getByRole('button', { name: 'К сводке' }).click();
  await expect(page).toHaveURL(/#\/$/);
  expect(refusals).toEqual([]);
});
