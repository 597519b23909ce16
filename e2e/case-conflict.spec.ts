import { expect, test } from './fixtures/host';
import { ADMIN } from './fixtures/admin';
import { caseRegions, openCase } from './fixtures/case-page';
import { signInAs } from './fixtures/roles';
import { sampleCase } from './fixtures/ui';

const NUMBER = '241500031000900';
const IIN = '880120300123'; // 1988-01-20, male

interface Detail {
  id: number;
  version: number;
  record: { part: string | null; groupCrime: boolean; damageKzt: number | null };
}

test('a save on a case someone else changed meanwhile is refused with who changed it, keeps what was typed, and goes through when sent again', async ({
  page,
  host,
}) => {
  await signInAs(page, host, 'supervisor', 'dana');
  const { id } = await host.call<Detail>('cases.create', sampleCase(NUMBER));
  await openCase(page, host.url, id, NUMBER);
  const region = caseRegions(page);

  // The supervisor opens the form and types the damage…
  await region.actions.getByRole('button', { name: 'Изменить сведения' }).click();
  const form = page.getByRole('dialog', { name: 'Изменение сведений о деле' });
  const damage = form.getByLabel('Ущерб', { exact: true });
  await damage.fill('250000');

  // …while the administrator, on the version the page loaded, records the article's part.
  await host.call('cases.edit', { id, version: 1, changes: { part: '2' } });

  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect(form.getByRole('alert')).toContainText(
    new RegExp(
      `^Дело изменено другим пользователем: ${ADMIN.fullName} \\(${ADMIN.login}\\), \\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2}\\.`,
    ),
  );
  expect((await host.call<Detail>('cases.get', { id })).record).toMatchObject({ part: '2', damageKzt: null });
  // The form stays open with the typed damage; the field the supervisor did not touch shows the new part.
  await expect(damage).toHaveValue('250000');
  await expect(form.getByLabel('Часть', { exact: true })).toHaveValue('2');

  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect(form).toBeHidden();
  await expect(region.details.getByText('ст. 194 ч. 2 — Вымогательство')).toBeVisible();
  const saved = await host.call<Detail>('cases.get', { id });
  expect(saved).toMatchObject({ version: 3, record: { part: '2', damageKzt: 250_000 } });
});

test('a register person changed meanwhile: the save is refused, the typed notes stay, and the second save keeps both changes', async ({
  page,
  host,
}) => {
  await signInAs(page, host, 'supervisor', 'dana');
  const identity = {
    personId: 'M-000001',
    iin: IIN,
    fullName: 'Аманов Ерлан Болатович',
    birthDate: '1988-01-20',
    sex: 'M',
    district: 'Yesil',
  };
  const { id } = await host.call<{ id: number }>('monitoring.create', { person: identity });
  await page.goto(`${host.url}#/monitoring/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: identity.fullName })).toBeVisible();

  await page.getByRole('button', { name: 'Изменить личные данные' }).click();
  const form = page.getByRole('dialog', { name: `Личные данные — ${identity.fullName}` });
  const notes = form.getByLabel('Примечания', { exact: true });
  await notes.fill('Сменил место работы');

  // Meanwhile the administrator moves the person to another district.
  await host.call('monitoring.update', { id, version: 1, person: { ...identity, district: 'Almaty' } });

  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect(form.getByRole('alert')).toContainText(
    new RegExp(`^Сведения о лице изменены другим пользователем: ${ADMIN.fullName} \\(${ADMIN.login}\\), `),
  );
  await expect(notes).toHaveValue('Сменил место работы');
  // The district the supervisor did not touch shows the administrator's choice (the select's chosen item).
  await expect(form.getByTitle('Алматы', { exact: true })).toBeVisible();

  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect(form).toBeHidden();
  expect(await host.call<{ version: number; record: object }>('monitoring.get', { id })).toMatchObject({
    version: 3,
    record: { district: 'Almaty', notes: 'Сменил место работы' },
  });
});
