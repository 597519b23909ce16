import { expect, test } from './fixtures/host';
import { caseRegions, choose, fillDate, openCase } from './fixtures/case-page';
import { fillAndSubmitNewCase, openApp, sampleCase } from './fixtures/ui';

interface Detail {
  id: number;
  stage: string;
  record: {
    forwardedToCourtOn: string | null;
    defendants: { convictedOn: string | null }[];
  };
}

test('a case registered in the form is taken through the pipeline to "sentenced" on its page', async ({
  page,
  host,
}) => {
  test.slow(); // a dozen forms in a row
  await openApp(page, host.url, '/cases');
  await page.getByRole('button', { name: 'Новое дело' }).click();
  await fillAndSubmitNewCase(page, {
    registryNumber: '241500031000500',
    district: 'Есиль',
    part: '2',
    registeredOn: '2024-03-15',
  });
  await expect(page.getByText('Дело 241500031000500 зарегистрировано')).toBeVisible();
  await page.getByRole('cell', { name: '241500031000500', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Дело № 241500031000500' })).toBeVisible();
  const region = caseRegions(page);
  await expect(region.details.getByText('ст. 194 ч. 2 — Вымогательство')).toBeVisible();
  await expect(region.pipeline.getByText('Зарегистрировано — пройдено')).toBeVisible();

  // A victim, entirely from the keyboard: the first field has focus, Enter saves.
  await region.victims.getByRole('button', { name: 'Добавить потерпевшего' }).click();
  const victimForm = page.getByRole('dialog', { name: 'Новый потерпевший' });
  await expect(victimForm.getByLabel('Пол', { exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { name: 'Женский', exact: true })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('option', { name: 'Женский', exact: true })).toBeHidden();
  await page.keyboard.press('Tab');
  await expect(victimForm.getByLabel('Дата рождения', { exact: true })).toBeFocused();
  await page.keyboard.type('12.05.1996');
  await page.keyboard.press('Tab'); // to the date's clear button
  await page.keyboard.press('Tab');
  await expect(victimForm.getByLabel('Год рождения', { exact: true })).toBeFocused();
  await page.keyboard.type('1996');
  await page.keyboard.press('Enter');
  await expect(victimForm).toBeHidden();
  await expect(region.victims.getByRole('row', { name: /Женский 12\.05\.1996 \(27 лет\)/ })).toBeVisible();
  // 27 on the day the case was registered (15.03.2024), not today: the column says so.
  await expect(
    region.victims.getByRole('columnheader', { name: 'Дата рождения (возраст при регистрации)' }),
  ).toBeVisible();

  await region.defendants.getByRole('button', { name: 'Добавить подозреваемого или обвиняемого' }).click();
  const defendantForm = page.getByRole('dialog', { name: 'Новый подозреваемый или обвиняемый' });
  await expect(defendantForm.getByLabel('ФИО', { exact: true })).toBeFocused();
  await page.keyboard.type('Аманов Ерлан Болатович');
  await defendantForm.getByLabel('ID лица', { exact: true }).fill('900101300123');
  await choose(page, defendantForm.getByLabel('Пол', { exact: true }), 'Мужской');
  await fillDate(defendantForm.getByLabel('Дата рождения', { exact: true }), '1990-01-01');
  await choose(page, defendantForm.getByLabel('Занятость', { exact: true }), 'Не работает');
  await defendantForm.getByLabel('Судимости', { exact: true }).fill('1');
  await defendantForm.getByLabel('Судимости', { exact: true }).press('Enter');
  await expect(defendantForm).toBeHidden();
  const amanov = region.defendants.getByRole('row', { name: /Аманов Ерлан Болатович/ });
  await expect(amanov).toContainText('ID лица 900101300123');
  await expect(amanov).toContainText('Приговора нет');
  // Before court the defendants are suspects and the accused, as procedure calls them.
  await expect(page.getByRole('region', { name: 'Подозреваемые и обвиняемые', exact: true })).toBeVisible();

  await region.actions.getByRole('button', { name: 'Направить в суд' }).click();
  const forwardForm = page.getByRole('dialog', { name: 'Направление дела в суд' });
  const forwardDate = forwardForm.getByLabel('Дата направления в суд', { exact: true });
  await expect(forwardDate).toBeFocused();
  await forwardDate.fill('20.04.2024');
  await forwardDate.press('Enter');
  await expect(forwardForm).toBeHidden();
  // The button that opened the form is gone now; focus goes to the page heading, not nowhere.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(region.pipeline.getByText('Направлено в суд — пройдено')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Подсудимые', exact: true })).toBeVisible();

  await amanov.getByRole('button', { name: 'Приговор' }).click();
  const verdictForm = page.getByRole('dialog', { name: 'Приговор — Аманов Е. Б.' });
  const guilty = verdictForm.getByRole('radio', { name: 'Обвинительный приговор' });
  await expect(guilty).toBeFocused();
  // No outcome is chosen for the user: Save alone records nothing and asks for one.
  await expect(guilty).not.toBeChecked();
  await verdictForm.getByRole('button', { name: 'Сохранить' }).click();
  await expect(verdictForm.getByText('Обязательное поле')).toBeVisible();
  await expect(amanov).toContainText('Приговора нет');
  await guilty.check();
  const verdictDate = verdictForm.getByLabel('Дата приговора', { exact: true });
  await verdictDate.fill('2024-06-11');
  await verdictDate.press('Enter');
  await expect(verdictForm).toBeHidden();
  await expect(amanov).toContainText('Осуждён 11.06.2024');
  await expect(page.getByRole('region', { name: 'Осуждённые', exact: true })).toBeVisible();

  await amanov.getByRole('button', { name: 'Наказание' }).click();
  const sentenceForm = page.getByRole('dialog', { name: 'Наказание — Аманов Е. Б.' });
  await expect(sentenceForm.getByLabel('Вид наказания', { exact: true })).toBeFocused();
  await expect(sentenceForm.getByLabel('Дата назначения наказания', { exact: true })).toHaveValue(
    '11.06.2024',
  );
  await sentenceForm.getByLabel('Лет', { exact: true }).fill('5');
  await sentenceForm.getByLabel('Месяцев', { exact: true }).fill('0');
  await sentenceForm.getByLabel('Месяцев', { exact: true }).press('Enter');
  await expect(sentenceForm).toBeHidden();

  await expect(amanov).toContainText('Лишение свободы, 5 лет');
  await expect(amanov).not.toContainText('0 мес.');
  for (const step of ['Зарегистрировано', 'Направлено в суд', 'Вынесен приговор', 'Назначено наказание']) {
    await expect(region.pipeline.getByText(`${step} — пройдено`)).toBeVisible();
  }
  await expect(region.timeline.getByRole('listitem')).toHaveText([
    '15 марта 2024 г.Дело зарегистрировано',
    '20 апреля 2024 г.Дело направлено в суд',
    '11 июня 2024 г.Подсудимый Аманов Е. Б. осуждён',
    '11 июня 2024 г.Подсудимый Аманов Е. Б.: назначено наказание — лишение свободы, 5 лет',
  ]);

  // It is all in the database, not just on screen.
  await page.reload();
  await expect(region.pipeline.getByText('Назначено наказание — пройдено')).toBeVisible();
  await expect(region.timeline.getByRole('listitem')).toHaveCount(4);
});

test('the next step reads its deadline while the term runs, and past it reads overdue', async ({
  page,
  host,
}) => {
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const fresh = await host.call<Detail>('cases.create', sampleCase('241500031000590', 'Nura', yesterday));
  await openCase(page, host.url, fresh.id, '241500031000590');
  await expect(caseRegions(page).pipeline.getByText('Направлено в суд — текущий этап')).toBeVisible();
  await expect(caseRegions(page).pipeline.getByText(/^срок до \d\d\.\d\d\.\d{4}$/)).toBeVisible();

  const old = await host.call<Detail>('cases.create', sampleCase('241500031000591', 'Nura', '2024-03-15'));
  await openCase(page, host.url, old.id, '241500031000591');
  await expect(caseRegions(page).pipeline.getByText('Направлено в суд — срок истёк')).toBeVisible();
  await expect(caseRegions(page).pipeline.getByText(/^Срок истёк \d\d\.\d\d\.2024$/)).toBeVisible();
});

test('forwarding before the registration date is refused on its field and nothing is saved', async ({
  page,
  host,
}) => {
  const { id } = await host.call<Detail>('cases.create', sampleCase('241500031000600', 'Nura', '2024-03-15'));
  await openCase(page, host.url, id, '241500031000600');
  const region = caseRegions(page);

  await region.actions.getByRole('button', { name: 'Направить в суд' }).click();
  const form = page.getByRole('dialog', { name: 'Направление дела в суд' });
  await fillDate(form.getByLabel('Дата направления в суд', { exact: true }), '2024-03-10');
  await form.getByRole('button', { name: 'Направить в суд' }).click();
  await expect(form.getByText('не может быть раньше даты регистрации (15.03.2024)')).toBeVisible();
  await expect(form).toBeVisible();
  await expect(region.pipeline.getByText('Направлено в суд — срок истёк')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await page.reload();
  await expect(region.pipeline.getByText('Направлено в суд — срок истёк')).toBeVisible();
  await expect(region.timeline.getByRole('listitem')).toHaveCount(1);
  expect((await host.call<Detail>('cases.get', { id })).record.forwardedToCourtOn).toBeNull();
});

test('a verdict dated before the case went to court is refused on its field and nothing is saved', async ({
  page,
  host,
}) => {
  const { id } = await host.call<Detail>(
    'cases.create',
    sampleCase('241500031000700', 'Almaty', '2024-03-15'),
  );
  await host.call('cases.addDefendant', {
    id,
    defendant: { fullName: 'Серікова Айгерім Нұрланқызы', sex: 'F' },
  });
  await host.call('cases.forward', { id, on: '2024-04-20' });
  await openCase(page, host.url, id, '241500031000700');
  const region = caseRegions(page);
  const row = region.defendants.getByRole('row', { name: /Серікова/ });

  await row.getByRole('button', { name: 'Приговор' }).click();
  const form = page.getByRole('dialog', { name: 'Приговор — Серікова А. Н.' });
  await form.getByRole('radio', { name: 'Обвинительный приговор' }).check();
  const date = form.getByLabel('Дата приговора', { exact: true });
  await date.fill('01.04.2024');
  await date.press('Enter');
  await expect(form.getByText('не может быть раньше направления дела в суд (20.04.2024)')).toBeVisible();
  await expect(row).toContainText('Приговора нет');

  await form.getByRole('button', { name: 'Отмена' }).click();
  await expect(form).toBeHidden();
  await page.reload();
  await expect(row).toContainText('Приговора нет');
  const saved = await host.call<Detail>('cases.get', { id });
  expect(saved.record.defendants[0]?.convictedOn).toBeNull();
  expect(saved.stage).toBe('forwarded');
});

test('correcting the forwarding date asks for the reason, then saves the change', async ({ page, host }) => {
  const { id } = await host.call<Detail>(
    'cases.create',
    sampleCase('241500031000800', 'Saryarka', '2024-03-15'),
  );
  await host.call('cases.forward', { id, on: '2024-04-20' });
  await openCase(page, host.url, id, '241500031000800');
  const region = caseRegions(page);
  await expect(region.pipeline.getByText('20.04.2024')).toBeVisible();

  await region.actions.getByRole('button', { name: 'Исправить дату направления' }).click();
  const form = page.getByRole('dialog', { name: 'Исправление даты направления в суд' });
  const date = form.getByLabel('Дата направления в суд', { exact: true });
  await expect(date).toHaveValue('20.04.2024');
  await date.fill('22.04.2024');
  await date.press('Enter');

  const reasonDialog = page.getByRole('dialog', { name: 'Исправление записанных сведений' });
  await expect(reasonDialog.getByRole('list', { name: 'Исправляемые сведения' })).toHaveText(
    'Дата направления в суд: 20.04.2024 → 22.04.2024',
  );
  const reason = reasonDialog.getByLabel('Основание исправления', { exact: true });
  await expect(reason).toBeFocused();
  await reasonDialog.getByRole('button', { name: 'Сохранить исправление' }).click();
  await expect(reasonDialog.getByText('Обязательное поле')).toBeVisible();
  expect((await host.call<Detail>('cases.get', { id })).record.forwardedToCourtOn).toBe('2024-04-20');

  await reason.fill('Дата указана неверно: по сопроводительному письму дело направлено 22.04.2024');
  await reason.press('Control+Enter');
  await expect(reasonDialog).toBeHidden();
  await expect(form).toBeHidden();
  await expect(region.pipeline.getByText('22.04.2024')).toBeVisible();

  await page.reload();
  await expect(region.pipeline.getByText('22.04.2024')).toBeVisible();
  expect((await host.call<Detail>('cases.get', { id })).record.forwardedToCourtOn).toBe('2024-04-22');
});

test('a case is closed with a translated reason and reopened with a reason, from the keyboard', async ({
  page,
  host,
}) => {
  const { id } = await host.call<Detail>('cases.create', sampleCase('241500031000900', 'Nura', '2024-03-15'));
  await openCase(page, host.url, id, '241500031000900');
  const region = caseRegions(page);

  await region.actions.getByRole('button', { name: 'Прекратить' }).click();
  const closeForm = page.getByRole('dialog', { name: 'Прекращение производства по делу' });
  // The reason is picked with the arrows; Enter in the date then saves.
  await expect(closeForm.getByLabel('Основание прекращения', { exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const suspended = page.getByRole('option', { name: 'Приостановлено', exact: true });
  await expect(suspended).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(suspended).toBeHidden();
  await page.keyboard.press('Tab');
  const closedOn = closeForm.getByLabel('Дата прекращения', { exact: true });
  await expect(closedOn).toBeFocused();
  await closedOn.fill('01.04.2024');
  await page.keyboard.press('Enter');
  await expect(closeForm).toBeHidden();
  await expect(region.pipeline.getByText('Приостановлено', { exact: true })).toBeVisible();
  await expect(region.timeline.getByRole('listitem').last()).toHaveText(
    '1 апреля 2024 г.Производство по делу приостановлено',
  );

  await region.actions.getByRole('button', { name: 'Возобновить' }).click();
  const reopenForm = page.getByRole('dialog', { name: 'Возобновление производства по делу' });
  const reason = reopenForm.getByLabel('Основание возобновления', { exact: true });
  await expect(reason).toBeFocused();
  await page.keyboard.type('Постановление о приостановлении отменено');
  await page.keyboard.press('Control+Enter');
  await expect(reopenForm).toBeHidden();
  await expect(region.pipeline.getByText('Направлено в суд — срок истёк')).toBeVisible();
  await expect(region.timeline.getByRole('listitem')).toHaveCount(1);
  expect((await host.call<Detail>('cases.get', { id })).stage).toBe('registered');
});
