import { expect, test } from './fixtures/host';
import { caseRegions, openCase } from './fixtures/case-page';
import { openApp, sampleCase } from './fixtures/ui';

interface Detail {
  id: number;
  stage: string;
  record: { forwardedToCourtOn: string | null };
}

interface HistoryEntry {
  action: string;
}

test('a date typed into a field counts on Save without Enter: the correction asks its reason and is kept', async ({
  page,
  host,
}) => {
  const { id } = await host.call<Detail>('cases.create', sampleCase('241500031000910', 'Nura', '2024-03-15'));
  await host.call('cases.forward', { id, on: '2024-04-20' });
  await openCase(page, host.url, id, '241500031000910');
  const region = caseRegions(page);

  await region.actions.getByRole('button', { name: 'Исправить дату направления' }).click();
  const form = page.getByRole('dialog', { name: 'Исправление даты направления в суд' });
  const date = form.getByLabel('Дата направления в суд', { exact: true });
  await expect(date).toHaveValue('20.04.2024');
  await date.fill('22.04.2024');
  await form.getByRole('button', { name: 'Сохранить' }).click();

  const reasonDialog = page.getByRole('dialog', { name: 'Исправление записанных сведений' });
  await expect(reasonDialog.getByRole('list', { name: 'Исправляемые сведения' })).toHaveText(
    'Дата направления в суд: 20.04.2024 → 22.04.2024',
  );
  await reasonDialog.getByLabel('Основание исправления', { exact: true }).fill('Сопроводительное письмо');
  await reasonDialog.getByRole('button', { name: 'Сохранить исправление' }).click();
  await expect(reasonDialog).toBeHidden();
  await expect(region.pipeline.getByText('22.04.2024')).toBeVisible();
  expect((await host.call<Detail>('cases.get', { id })).record.forwardedToCourtOn).toBe('2024-04-22');
});

test('a correction the rules refuse is refused at its field before any reason is asked, and nothing is saved', async ({
  page,
  host,
}) => {
  const { id } = await host.call<Detail>('cases.create', sampleCase('241500031000915', 'Nura', '2024-03-15'));
  await host.call('cases.forward', { id, on: '2024-04-20' });
  const before = await host.call<HistoryEntry[]>('audit.caseHistory', { id });
  await openCase(page, host.url, id, '241500031000915');

  await caseRegions(page).actions.getByRole('button', { name: 'Исправить дату направления' }).click();
  const form = page.getByRole('dialog', { name: 'Исправление даты направления в суд' });
  const date = form.getByLabel('Дата направления в суд', { exact: true });
  await date.fill('01.03.2024');
  await form.getByRole('button', { name: 'Сохранить' }).click();

  await expect(form.getByText('не может быть раньше даты регистрации (15.03.2024)')).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Исправление записанных сведений' })).toHaveCount(0);
  await expect(date).toHaveValue('01.03.2024');
  expect((await host.call<Detail>('cases.get', { id })).record.forwardedToCourtOn).toBe('2024-04-20');
  expect(await host.call<HistoryEntry[]>('audit.caseHistory', { id })).toHaveLength(before.length);
});

test('a forwarding date corrected past the verdict is refused at the forwarding date, naming the verdict', async ({
  page,
  host,
}) => {
  const { id } = await host.call<Detail>('cases.create', sampleCase('241500031000916', 'Nura', '2024-03-15'));
  await host.call('cases.addDefendant', { id, defendant: { fullName: 'Аманов Ерлан Болатович', sex: 'M' } });
  await host.call('cases.forward', { id, on: '2024-04-20' });
  await host.call('cases.recordVerdict', { id, index: 0, verdict: 'convicted', on: '2024-06-11' });
  await openCase(page, host.url, id, '241500031000916');

  await caseRegions(page).actions.getByRole('button', { name: 'Исправить дату направления' }).click();
  const form = page.getByRole('dialog', { name: 'Исправление даты направления в суд' });
  const date = form.getByLabel('Дата направления в суд', { exact: true });
  await date.fill('01.07.2024');
  await form.getByRole('button', { name: 'Сохранить' }).click();

  const said = form.getByText('не может быть позже приговора (11.06.2024)', { exact: true });
  await expect(said).toBeVisible();
  // Under the field the message starts a sentence (styles.css); its words stay as the locale has them.
  await expect(said).toHaveText('Не может быть позже приговора (11.06.2024)', { useInnerText: true });
  await expect(form.getByText(/осуждения/)).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: 'Исправление записанных сведений' })).toHaveCount(0);
  expect((await host.call<Detail>('cases.get', { id })).record.forwardedToCourtOn).toBe('2024-04-20');
});

test('an English screen takes the day-first date of the papers (22.04.2024) and shows it its own way', async ({
  page,
  host,
}) => {
  const { id } = await host.call<Detail>('cases.create', sampleCase('241500031000917', 'Nura', '2024-03-15'));
  await host.call('cases.forward', { id, on: '2024-04-20' });
  await host.call('settings.setLanguage', { language: 'en' });
  await page.goto(`${host.url}#/cases/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Case No. 241500031000917' })).toBeVisible();

  await page.getByRole('button', { name: 'Correct forwarding date' }).click();
  const form = page.getByRole('dialog', { name: 'Correct the date forwarded to court' });
  const date = form.getByLabel('Date forwarded to court', { exact: true });
  await date.fill('22.04.2024');
  await date.press('Tab');
  await expect(date).toHaveValue('22 Apr 2024');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog', { name: 'Correcting recorded facts' })).toBeVisible();
});

test('saving the recorded date unchanged writes nothing to the history', async ({ page, host }) => {
  const { id } = await host.call<Detail>('cases.create', sampleCase('241500031000920', 'Nura', '2024-03-15'));
  await host.call('cases.forward', { id, on: '2024-04-20' });
  const before = await host.call<HistoryEntry[]>('audit.caseHistory', { id });
  await openCase(page, host.url, id, '241500031000920');

  await caseRegions(page).actions.getByRole('button', { name: 'Исправить дату направления' }).click();
  const form = page.getByRole('dialog', { name: 'Исправление даты направления в суд' });
  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect(form).toBeHidden();

  const after = await host.call<HistoryEntry[]>('audit.caseHistory', { id });
  expect(after).toHaveLength(before.length);
});

test('a date after today is refused at the field, and nothing is saved', async ({ page, host }) => {
  const { id } = await host.call<Detail>('cases.create', sampleCase('241500031000930', 'Nura', '2024-03-15'));
  await openCase(page, host.url, id, '241500031000930');

  await caseRegions(page).actions.getByRole('button', { name: 'Направить в суд' }).click();
  const form = page.getByRole('dialog', { name: 'Направление дела в суд' });
  await form.getByLabel('Дата направления в суд', { exact: true }).fill('03.01.2099');
  await form.getByRole('button', { name: 'Направить в суд' }).click();

  await expect(form.getByText(/^не может быть позже сегодняшнего дня \(\d\d\.\d\d\.\d{4}\)$/)).toBeVisible();
  const saved = await host.call<Detail>('cases.get', { id });
  expect(saved.record.forwardedToCourtOn).toBeNull();
  expect(saved.stage).toBe('registered');
});

test('a day after today typed over the proposed date and left by Tab stays, refused at the field; Escape gives it up', async ({
  page,
  host,
}) => {
  // With the picker's animations on, as most users have them: its closing on Tab then put the proposed
  // date back over the typed one before the field was left.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openApp(page, host.url, '/cases');
  await page.getByRole('button', { name: 'Новое дело' }).click();
  const form = page.getByRole('dialog', { name: 'Новое дело' });
  const date = form.getByLabel('Дата регистрации', { exact: true });
  const proposed = await date.inputValue();
  expect(proposed).toMatch(/^\d\d\.\d\d\.\d{4}$/);

  await form.getByLabel('Номер ЕРДР', { exact: true }).fill('241500031000950');
  await form.getByLabel('Район', { exact: true }).click();
  await page.getByRole('option', { name: 'Нура', exact: true }).click();
  await date.fill('01.01.2099');
  await date.press('Tab');
  const refused = form.getByText(/^не может быть позже сегодняшнего дня \(\d\d\.\d\d\.\d{4}\)$/);
  await expect(refused).toBeVisible();
  await expect(date).toHaveValue('01.01.2099');
  await form.getByRole('button', { name: 'Зарегистрировать' }).click();
  await expect(refused).toBeVisible();
  expect((await host.call<{ total: number }>('cases.list', {})).total).toBe(0);

  await date.fill('02.01.2099');
  await date.press('Escape');
  await date.press('Tab');
  await expect(date).toHaveValue('01.01.2099');
});

test("a date being typed stays when another user's change re-reads the case under the dialog", async ({
  page,
  host,
}) => {
  const { id } = await host.call<Detail>('cases.create', sampleCase('241500031000935', 'Nura', '2024-03-15'));
  await openCase(page, host.url, id, '241500031000935');
  const region = caseRegions(page);

  await region.actions.getByRole('button', { name: 'Направить в суд' }).click();
  const form = page.getByRole('dialog', { name: 'Направление дела в суд' });
  const date = form.getByLabel('Дата направления в суд', { exact: true });
  await date.fill('03.01.2099');
  await host.call('cases.edit', { id, version: 1, changes: { part: '2' } });
  await expect(region.details.getByText('ст. 194 ч. 2 — Вымогательство')).toBeVisible();

  await expect(date).toHaveValue('03.01.2099');
  await form.getByRole('button', { name: 'Направить в суд' }).click();
  await expect(form.getByText(/^не может быть позже сегодняшнего дня \(\d\d\.\d\d\.\d{4}\)$/)).toBeVisible();
  expect((await host.call<Detail>('cases.get', { id })).stage).toBe('registered');
});

test('a date typed half or wrong stays in the field with a message, and nothing is saved', async ({
  page,
  host,
}) => {
  const { id } = await host.call<Detail>('cases.create', sampleCase('241500031000940', 'Nura', '2024-03-15'));
  await host.call('cases.forward', { id, on: '2024-04-20' });
  const before = await host.call<HistoryEntry[]>('audit.caseHistory', { id });
  await openCase(page, host.url, id, '241500031000940');

  await caseRegions(page).actions.getByRole('button', { name: 'Исправить дату направления' }).click();
  const form = page.getByRole('dialog', { name: 'Исправление даты направления в суд' });
  const date = form.getByLabel('Дата направления в суд', { exact: true });
  await date.fill('12.0');
  await date.press('Tab');
  await expect(form.getByText('Введите дату полностью: ДД.ММ.ГГГГ')).toBeVisible();
  await expect(date).toHaveValue('12.0');

  await date.fill('31.02.2024');
  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect(form.getByText('Такой даты нет')).toBeVisible();
  await expect(date).toHaveValue('31.02.2024');
  await expect(page.getByRole('dialog', { name: 'Исправление записанных сведений' })).toBeHidden();

  // Put right, the date counts again: the correction asks its reason.
  await date.fill('22.04.2024');
  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('dialog', { name: 'Исправление записанных сведений' })).toBeVisible();
  await expect(form.getByText('Такой даты нет')).toBeHidden();

  expect((await host.call<Detail>('cases.get', { id })).record.forwardedToCourtOn).toBe('2024-04-20');
  expect(await host.call<HistoryEntry[]>('audit.caseHistory', { id })).toHaveLength(before.length);
});

test('a date typed and sent with Enter counts as typed: a day after today or one that does not exist is refused at the field', async ({
  page,
  host,
}) => {
  const { id } = await host.call<Detail>('cases.create', sampleCase('241500031000945', 'Nura', '2024-03-15'));
  await openCase(page, host.url, id, '241500031000945');

  await caseRegions(page).actions.getByRole('button', { name: 'Направить в суд' }).click();
  const form = page.getByRole('dialog', { name: 'Направление дела в суд' });
  const date = form.getByLabel('Дата направления в суд', { exact: true });
  await date.fill('03.01.2099');
  await date.press('Enter');
  await expect(form.getByText(/^не может быть позже сегодняшнего дня \(\d\d\.\d\d\.\d{4}\)$/)).toBeVisible();
  await expect(date).toHaveValue('03.01.2099');

  await date.fill('31.06.2024');
  await date.press('Enter');
  await expect(form.getByText('Такой даты нет')).toBeVisible();
  expect((await host.call<Detail>('cases.get', { id })).stage).toBe('registered');

  await date.fill('22.04.2024');
  await date.press('Enter');
  await expect(form).toBeHidden();
  expect((await host.call<Detail>('cases.get', { id })).record.forwardedToCourtOn).toBe('2024-04-22');
});

test('a check-in day typed after today and sent with Enter is refused, not recorded on today', async ({
  page,
  host,
}) => {
  const { id } = await host.call<{ id: number }>('monitoring.create', {
    person: { fullName: 'Аманов Ерлан Болатович', birthDate: '1988-01-20', sex: 'M', district: 'Yesil' },
  });
  await host.call('monitoring.addPeriod', {
    id,
    period: { type: 'probation', start: '2024-01-01', checkInsPerMonth: 2 },
  });
  await page.goto(`${host.url}#/monitoring/${id}`);
  await page.getByRole('button', { name: 'Отметить явку' }).click();
  const checkInForm = page.getByRole('dialog', { name: /^Явка на отметку — / });
  const day = checkInForm.getByLabel('Дата явки', { exact: true });
  await day.fill('01.01.2099');
  await day.press('Enter');
  await expect(checkInForm.getByText(/^не может быть позже сегодняшнего дня/i)).toBeVisible();
  await expect(checkInForm).toBeVisible();
  const person = await host.call<{ record: { periods: { events: unknown[] }[] } }>('monitoring.get', { id });
  expect(person.record.periods[0]!.events).toEqual([]);
});
