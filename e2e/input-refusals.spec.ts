import type { Locator } from '@playwright/test';
import { caseRegions, choose, openCase, seedFullCase } from './fixtures/case-page';
import { expect, test } from './fixtures/host';
import { openApp, sampleCase } from './fixtures/ui';
import { openDialog, openUsers, row } from './fixtures/users';

/*
 * Bad input is refused at its field with a message in words, and nothing is changed behind the
 * user's back: no text is cut, no number rounded, clamped or stripped of its sign, nothing is saved.
 */

const LONG_NAME = 'Я'.repeat(5000);

/** The field's message, first in what antd ties to the control as its accessible description. */
const saysAt = (field: Locator, message: string) =>
  expect(field).toHaveAccessibleDescription(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

interface Detail {
  record: {
    part: string | null;
    damageKzt: number | null;
    defendants: {
      priorConvictions: number | null;
      sentence: { years: number | null; months: number | null } | null;
    }[];
  };
}

test('the case details form refuses a damage and a part that are not what they should be, and saves nothing', async ({
  page,
  host,
}) => {
  const id = await seedFullCase(host, '241500031000901');
  await openCase(page, host.url, id, '241500031000901');
  const region = caseRegions(page);

  await region.actions.getByRole('button', { name: 'Изменить сведения' }).click();
  const details = page.getByRole('dialog', { name: 'Изменение сведений о деле' });
  const damage = details.getByLabel('Ущерб', { exact: true });
  const part = details.getByLabel('Часть', { exact: true });
  await damage.fill('abc');
  await part.fill('abc');
  await details.getByRole('button', { name: 'Сохранить' }).click();
  await saysAt(damage, 'ожидается число');
  await saysAt(part, 'номер части, например «2» или «3-1»');
  await expect(damage).toHaveValue('abc');

  await damage.fill('-5000');
  await damage.press('Tab');
  await saysAt(damage, 'не может быть отрицательным');
  await expect(damage).toHaveValue('-5000');
  // An amount no number keeps exactly is refused, not saved as another one.
  await damage.fill('99999999999999999');
  await damage.press('Tab');
  await saysAt(damage, 'Не больше 999\u00a0999\u00a0999\u00a0999\u00a0999');
  await expect(damage).toHaveValue('99999999999999999');
  await details.getByRole('button', { name: 'Сохранить' }).click();
  await expect(details).toBeVisible();
  await details.getByRole('button', { name: 'Отмена' }).click();

  const { record } = await host.call<Detail>('cases.get', { id });
  expect(record.part).toBe('2');
  expect(record.damageKzt).toBe(1_500_000);
});

test('the defendant form refuses a 5,000-character name and prior convictions that are not a whole number, and saves nothing', async ({
  page,
  host,
}) => {
  const id = await seedFullCase(host, '241500031000903');
  await openCase(page, host.url, id, '241500031000903');
  const region = caseRegions(page);

  await region.defendants.getByRole('button', { name: 'Добавить подсудимого' }).click();
  const defendant = page.getByRole('dialog', { name: 'Новый подсудимый' });
  const fullName = defendant.getByLabel('ФИО', { exact: true });
  const prior = defendant.getByLabel('Судимости', { exact: true });
  await fullName.fill(LONG_NAME);
  await choose(page, defendant.getByLabel('Пол', { exact: true }), 'Мужской');
  await prior.fill('abc');
  await defendant.getByRole('button', { name: 'Добавить' }).click();
  await saysAt(fullName, 'Слишком длинно (не более 200 символов)');
  await saysAt(prior, 'ожидается целое число');
  await expect(fullName).toHaveValue(LONG_NAME);
  await prior.fill('1.5');
  await prior.press('Tab');
  await saysAt(prior, 'ожидается целое число');
  await prior.fill('-1');
  await prior.press('Tab');
  await saysAt(prior, 'не может быть отрицательным');
  await defendant.getByRole('button', { name: 'Отмена' }).click();

  const { record } = await host.call<Detail>('cases.get', { id });
  expect(record.defendants).toHaveLength(2);
});

test('a sentence of 1 year 15 months is kept as typed, not clamped to 11 months', async ({ page, host }) => {
  const { id } = await host.call<{ id: number }>('cases.create', sampleCase('241500031000902'));
  await host.call('cases.addDefendant', { id, defendant: { fullName: 'Аманов Ерлан Болатович', sex: 'M' } });
  await host.call('cases.forward', { id, on: '2024-04-20' });
  await host.call('cases.recordVerdict', { id, index: 0, verdict: 'convicted', on: '2024-06-11' });
  await openCase(page, host.url, id, '241500031000902');

  const amanov = caseRegions(page).defendants.getByRole('row', { name: /Аманов Ерлан Болатович/ });
  await amanov.getByRole('button', { name: 'Наказание' }).click();
  const sentence = page.getByRole('dialog', { name: 'Наказание — Аманов Е. Б.' });
  await sentence.getByLabel('Лет', { exact: true }).fill('1');
  await sentence.getByLabel('Месяцев', { exact: true }).fill('15');
  await expect(sentence.getByLabel('Месяцев', { exact: true })).toHaveValue('15');
  await sentence.getByRole('button', { name: 'Сохранить' }).click();
  await expect(sentence).toBeHidden();
  await expect(amanov).toContainText('15 мес.');

  const { record } = await host.call<Detail>('cases.get', { id });
  expect(record.defendants[0]?.sentence).toMatchObject({ years: 1, months: 15 });
});

test('the user form refuses a 5,000-character name with its limit in words, and saves nothing', async ({
  page,
  host,
}) => {
  await openUsers(page, host);
  const user = await openDialog(
    page,
    page.getByRole('button', { name: 'Новый пользователь' }),
    'Новый пользователь',
    'ФИО',
  );
  const userName = user.getByLabel('ФИО', { exact: true });
  await userName.fill(LONG_NAME);
  await user.getByLabel('Логин', { exact: true }).fill('long.name');
  await user.getByRole('button', { name: 'Создать пользователя' }).click();
  await saysAt(userName, 'не более 120 символов');
  await expect(userName).toHaveValue(LONG_NAME);
  await user.getByRole('button', { name: 'Отмена' }).click();
  await expect(row(page, 'long.name')).toHaveCount(0);
});

test('the register form refuses a 5,000-character name with its limit in words, and saves nothing', async ({
  page,
  host,
}) => {
  await openApp(page, host.url, '/monitoring');
  await page.getByRole('button', { name: 'Поставить на учёт' }).click();
  const register = page.getByRole('dialog', { name: 'Постановка на учёт' });
  const personName = register.getByLabel('ФИО', { exact: true });
  await personName.fill(LONG_NAME);
  await register.getByRole('button', { name: 'Поставить на учёт' }).click();
  await saysAt(personName, 'Слишком длинно (не более 200 символов)');
  await expect(personName).toHaveValue(LONG_NAME);
  await register.getByRole('button', { name: 'Отмена' }).click();
  expect((await host.call<{ total: number }>('monitoring.list', {})).total).toBe(0);
});
