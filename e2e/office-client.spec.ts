import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN } from './fixtures/admin';
import { caseRegions } from './fixtures/case-page';
import { expect, HostProcess, test } from './fixtures/host';
import { connectAtFirstStart, signIn } from './fixtures/office';
import { fillAndSubmitNewCase, goToArea } from './fixtures/ui';

/*
 * The desktop app as the office server's client, driven like a user: the first start's choice, the
 * fingerprint compared with the one the server printed, sign-in and work on the server's PostgreSQL
 * database; a dropped network (banner, the typed form kept, the app reconnecting by itself); and a
 * server whose certificate changed, refused with nothing sent to it.
 */

// The page is the office client's, signed in through it: no local database, no seeded session.
test.use({ account: 'none' });

const NUMBER = '241500031000777';

test('first start as the office server’s client: the fingerprint confirmed, sign-in, a case saved on the server, and a dropped network that loses nothing', async ({
  page,
  office,
}) => {
  const address = await connectAtFirstStart(page, office);
  await signIn(page);
  await expect(page.getByText(`База данных: Сервер отдела ${address}`)).toBeVisible();
  // The line under the screen says where the data are: never "this computer" for the server's.
  await expect(page.getByText(`Данные хранятся на сервере отдела ${address}.`)).toBeVisible();
  await expect(page.getByText('Все данные хранятся только на этом компьютере.')).toHaveCount(0);

  await goToArea(page, 'Дела');
  await page.getByRole('button', { name: 'Новое дело' }).click();
  await fillAndSubmitNewCase(page, { registryNumber: NUMBER, district: 'Есиль', registeredOn: '2024-03-15' });
  await expect(page.getByText(`Дело ${NUMBER} зарегистрировано`)).toBeVisible();
  await page.getByRole('cell', { name: NUMBER, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Дело № ${NUMBER}` })).toBeVisible();

  // The case is on the server's database.
  const { session } = await office.server.call<{ session: string }>('auth.login', {
    login: ADMIN.login,
    password: ADMIN.password,
  });
  const listed = await office.server.call<{ items: { id: number; registryNumber: string }[] }>(
    'cases.list',
    {},
    session,
  );
  expect(listed.items.map((item) => item.registryNumber)).toEqual([NUMBER]);

  await caseRegions(page).actions.getByRole('button', { name: 'Изменить сведения' }).click();
  const form = page.getByRole('dialog', { name: 'Изменение сведений о деле' });
  const damage = form.getByLabel('Ущерб', { exact: true });
  await damage.fill('250000');

  // The office network drops: the save is refused as unreachable, the banner says so, the form stays.
  await office.relay.cut();
  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect(form.getByRole('alert')).toContainText(`Сервер отдела ${address} недоступен`);
  const banner = page.getByRole('alert').filter({ hasText: 'Надзор сам пытается подключиться снова' });
  await expect(banner).toHaveText(
    `Сервер отдела ${address} недоступен. Надзор сам пытается подключиться снова; введённое остаётся в форме — отправьте его ещё раз, когда это сообщение исчезнет.`,
  );
  await expect(form).toBeVisible();
  await expect(damage).toHaveValue('250000');

  // The network is back: the banner goes by itself, and the same form saves.
  await office.relay.restore();
  await expect(banner).toBeHidden();
  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect(form).toBeHidden();
  const saved = await office.server.call<{ record: { damageKzt: number | null } }>(
    'cases.get',
    { id: listed.items[0]!.id },
    session,
  );
  expect(saved.record.damageKzt).toBe(250_000);

  // Settings show the connection, with the fingerprint confirmed at the first start in its groups.
  await goToArea(page, 'Настройки');
  await expect(page.getByText(`Сервер отдела ${address}`, { exact: true })).toBeVisible();
  await expect(page.getByText('Подтверждённый отпечаток сертификата (SHA-256)')).toBeVisible();
  const bytes = office.server.fingerprint.split(':');
  await expect(page.getByText(bytes.slice(0, 8).join(':'))).toBeVisible();
});

test('a server presenting another certificate than the confirmed one is refused with a warning, and receives nothing', async ({
  page,
  office,
}) => {
  const address = await connectAtFirstStart(page, office);

  // The server is started again with a new state folder, so with a new self-signed certificate.
  const confirmed = office.server.fingerprint;
  const replaced = await office.replaceServer();
  expect(replaced.fingerprint).not.toBe(confirmed);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Сертификат сервера отдела изменился' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(
    `Сертификат сервера отдела изменился: ${address} теперь предъявляет не тот сертификат, что был подтверждён на этом компьютере, поэтому Надзор ничего ему не отправил. Возможно, кто-то выдаёт себя за сервер. Прежде чем продолжать, обратитесь к администратору.`,
  );
  expect(replaced.apiLog()).toEqual([]);
});

test('opened while the office server is out of reach, the window says why and offers Retry, then goes on by itself once the server answers', async ({
  page,
  office,
}) => {
  const address = await connectAtFirstStart(page, office);
  await office.relay.cut();
  await page.reload();

  const why = page.getByText(
    `Сервер отдела ${address} недоступен (ECONNREFUSED). Проверьте сеть или спросите администратора, работает ли сервер.`,
  );
  await expect(why).toBeVisible();
  const retry = page.getByRole('button', { name: 'Повторить' });
  await expect(retry).toBeVisible();
  // Retrying while the network is still down keeps the same explanation, not an empty window.
  await retry.click();
  await expect(why).toBeVisible();

  await office.relay.restore();
  await expect(page.getByRole('heading', { level: 1, name: 'Вход в систему' })).toBeVisible();
  await signIn(page);
});

test('the first start can be read in Kazakh: the language picked there stays through the fingerprint and sign-in', async ({
  page,
  office,
}) => {
  await page.goto(office.clientUrl);
  await page
    .getByRole('radiogroup', { name: 'Язык интерфейса' })
    .getByText('Қазақша', { exact: true })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Бұл компьютердің деректері қайда?' }),
  ).toBeVisible();
  await page.getByRole('radio', { name: /^Бөлім серверіне қосылу/ }).check();
  await page.getByLabel('Бөлім серверінің мекенжайы').fill(`127.0.0.1:${office.relay.port}`);
  await page.getByRole('button', { name: 'Жалғастыру' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Бөлім серверін растаңыз' })).toBeVisible();
  const shown = await page.getByLabel('Сервер көрсететін саусақ ізі').innerText();
  expect(shown.trim().split(/\s+/).join(':')).toBe(office.server.fingerprint);
  await page.getByRole('button', { name: 'Сәйкес: қосылу' }).click();

  // The sign-in screen, still in Kazakh, with Kazakh picked in its own switch.
  await expect(page.getByRole('heading', { level: 1, name: 'Жүйеге кіру' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Қазақша' })).toBeChecked();
});

test('a first start’s refusal is said again in the language picked after it', async ({ page, office }) => {
  await page.goto(office.clientUrl);
  await page.getByRole('radio', { name: /^Подключиться к серверу отдела/ }).check();
  await office.relay.cut();
  const address = `127.0.0.1:${office.relay.port}`;
  await page.getByLabel('Адрес сервера отдела').fill(address);
  await page.getByRole('button', { name: 'Продолжить' }).click();
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toHaveText(
    `Сервер отдела ${address} недоступен (ECONNREFUSED). Проверьте сеть или спросите администратора, работает ли сервер.`,
  );

  // Someone who cannot read Russian picks English after the refusal: the refusal follows.
  await page
    .getByRole('radiogroup', { name: 'Язык интерфейса' })
    .getByText('English', { exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Where is this computer’s data?' })).toBeVisible();
  await expect(alert).toHaveText(
    `The office server ${address} cannot be reached (ECONNREFUSED). Check the network, or ask your administrator whether the server is running.`,
  );
});

test('a saved choice that cannot be read is explained in the language picked on the first start', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'nadzor-client-'));
  const file = join(dataDir, 'connection.json');
  writeFileSync(file, '{ "mode": ');
  const client = new HostProcess();
  try {
    await client.start(undefined, ['--client', dataDir]);
    await page.goto(client.url);
    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert).toContainText(`Не удалось прочитать сохранённый выбор базы данных (${file})`);

    await page
      .getByRole('radiogroup', { name: 'Язык интерфейса' })
      .getByText('English', { exact: true })
      .click();
    await expect(alert).toContainText(`The saved choice of database (${file}) could not be read`);
  } finally {
    await client.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
