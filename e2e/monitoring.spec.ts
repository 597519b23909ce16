import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import ru from '../shared/i18n/locales/ru';
import { addDays } from '../shared/domain/pipeline';
import { choose, fillDate } from './fixtures/case-page';
import { expect, test } from './fixtures/host';
import { daysInMonth, todayIso } from '../shared/dates';
import { fromToday, monthEnd, monthStart, ruDate, seedRegister } from './fixtures/monitoring';
import { openApp } from './fixtures/ui';

const m = ru.monitoring;
const warning = {
  overdue: ru.caseMonitoring.warning.overdue,
  dueSoon: 'Явки в ближайшие 7 дней',
  endingSoon: 'Надзор заканчивается в течение 30 дней',
  pendingMatches: ru.caseMonitoring.warning.pendingMatches,
};
const IIN = '880120300123'; // 1988-01-20, male

const registerScreen = async (page: Page, url: string, query = '') => {
  await openApp(page, url, `/monitoring${query}`);
  await expect(page.getByRole('heading', { level: 1, name: m.title })).toBeVisible();
};
const summary = (page: Page, figure: string) =>
  page.getByRole('region', { name: m.overview.label }).getByRole('link', { name: figure });
const filter = (page: Page, name: string) =>
  page.getByRole('radiogroup', { name: m.filter.label }).getByText(name, { exact: true });
const personRow = (page: Page, name: RegExp) => page.getByRole('row', { name });

test('a monthly check-in that lapsed is overdue on both screens until a missed check-in is recorded', async ({
  page,
  host,
}) => {
  test.slow(); // several forms in a row
  await registerScreen(page, host.url);
  await expect(page.getByText(m.list.empty)).toBeVisible();

  await page.getByRole('button', { name: m.register.button }).click();
  const form = page.getByRole('dialog', { name: m.register.title });
  await expect(form.getByLabel(m.field.fullName, { exact: true })).toBeFocused();
  await page.keyboard.type('Аманов Ерлан Болатович');
  await form.getByLabel(m.field.iin, { exact: true }).fill(IIN);
  // A valid IIN fills in what it encodes.
  await expect(form.getByLabel(m.field.birthDate, { exact: true })).toHaveValue('20.01.1988');
  await expect(form.getByTitle('Мужской', { exact: true })).toBeVisible();
  await choose(page, form.getByLabel(m.field.district, { exact: true }), 'Есиль');
  await form.getByRole('button', { name: m.register.submit }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Аманов Ерлан Болатович' })).toBeVisible();
  await expect(page.getByText('Аманов Ерлан Болатович поставлен на учёт под № M-000001')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('M-000001');

  // One check-in a month, from the first day of the month two months back.
  const periods = page.getByRole('region', { name: m.section.periods });
  await periods.getByRole('button', { name: m.period.add }).click();
  const periodForm = page.getByRole('dialog', { name: m.period.addTitle });
  await choose(page, periodForm.getByLabel(m.period.type, { exact: true }), m.supervisionType.administrative);
  await expect(periodForm.getByLabel(m.period.checkInsPerMonth, { exact: true })).toHaveValue('1');
  await fillDate(periodForm.getByLabel(m.period.start, { exact: true }), ruDate(monthStart(-2)));
  await periodForm.getByRole('button', { name: m.action.add }).click();
  await expect(periodForm).toBeHidden();

  const period = periods.getByRole('region', { name: /^Административный надзор, / });
  await expect(period).toContainText(m.period.state.inForce);

  // Attended in the first month.
  await period.getByRole('button', { name: m.period.recordEvent }).click();
  const eventForm = page.getByRole('dialog', { name: /^Событие — Административный надзор/ });
  // The dialog puts the cursor in "what happened", which offers an attended check-in first.
  const eventType = eventForm.getByLabel(m.event.type, { exact: true });
  await expect(eventType).toBeFocused();
  await expect(eventForm.getByTitle(m.eventType.attended, { exact: true })).toBeVisible();
  await fillDate(eventForm.getByLabel(m.event.on, { exact: true }), ruDate(addDays(monthStart(-2), 9)));
  await eventForm.getByRole('button', { name: m.event.submit }).click();
  await expect(eventForm).toBeHidden();

  // The second month lapsed.
  const overdueRow = period.getByRole('row', { name: new RegExp(m.period.overdue) });
  await expect(overdueRow).toContainText(ruDate(monthEnd(-1)));
  await expect(overdueRow).not.toContainText(ruDate(monthEnd(-2)));

  await page.getByRole('link', { name: m.person.back }).click();
  await expect(summary(page, warning.overdue)).toContainText('1');
  await filter(page, m.filter.overdue).click();
  await expect(page).toHaveURL(/filter=overdue/);
  await expect(personRow(page, /Аманов/)).toContainText('Пропущено явок: 1');

  // The supervisor records the missed check-in: the lapse is acknowledged and leaves the overdue list.
  await personRow(page, /Аманов/).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Аманов Ерлан Болатович' })).toBeVisible();
  await period.getByRole('button', { name: m.period.recordEvent }).click();
  await choose(page, eventForm.getByLabel(m.event.type, { exact: true }), m.eventType.missed);
  await fillDate(eventForm.getByLabel(m.event.on, { exact: true }), ruDate(monthEnd(-1)));
  await eventForm.getByLabel(m.event.description, { exact: true }).fill('Не явился, вынесено предупреждение');
  await eventForm.getByRole('button', { name: m.event.submit }).click();
  await expect(eventForm).toBeHidden();
  await expect(overdueRow).toContainText(m.period.noneOverdue);
  const events = period.getByRole('group', { name: /^События — / });
  await expect(events.getByRole('listitem')).toHaveCount(2);
  await expect(events.getByRole('listitem').first()).toContainText(m.eventType.missed);

  // Back to the list as it was left: filtered by overdue check-ins, which now holds no one.
  await page.getByRole('link', { name: m.person.back }).click();
  await expect(page).toHaveURL(/filter=overdue/);
  await expect(page.getByText(m.list.noMatch)).toBeVisible();
  await expect(summary(page, warning.overdue)).toContainText('0');
  await expect(summary(page, m.overview.underSupervision)).toContainText('1');
});

test('a check-in is recorded on the day it happened, and the period’s figures follow at once', async ({
  page,
  host,
}) => {
  test.slow(); // three forms in a row
  const { id } = await host.call<{ id: number }>('monitoring.create', {
    person: { fullName: 'Галиев Марат Сейтович', birthDate: '1992-03-08', sex: 'M', district: 'Nura' },
  });
  // One check-in a month from two months back: the last two months' check-ins lapsed.
  await host.call('monitoring.addPeriod', {
    id,
    period: { type: 'administrative', start: monthStart(-2), checkInsPerMonth: 1 },
  });
  // On the month's last day its check-in is due today too.
  const dueSoFar = todayIso() === monthEnd(0) ? 3 : 2;
  await openApp(page, host.url, `/monitoring/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Галиев Марат Сейтович' })).toBeVisible();
  const periods = page.getByRole('region', { name: m.section.periods });
  const period = periods.getByRole('region', { name: /^Административный надзор, / });
  const overdueRow = period.getByRole('row', { name: new RegExp(m.period.overdue) });
  const attendedRow = period.getByRole('row', { name: new RegExp(`^${m.period.attended.M}`) });
  await expect(overdueRow).toContainText(ruDate(monthEnd(-1)));
  await expect(attendedRow).toContainText(`0 из ${dueSoFar} положенных на сегодня`);

  // Last month's check-in, recorded late on the day the person came.
  await period.getByRole('button', { name: m.period.checkInToday }).click();
  const checkIn = page.getByRole('dialog', { name: /^Явка на отметку — / });
  await fillDate(checkIn.getByLabel(m.event.checkInOn, { exact: true }), ruDate(addDays(monthStart(-1), 4)));
  await checkIn.getByRole('button', { name: m.period.checkInToday }).click();
  await expect(checkIn).toBeHidden();
  await expect(overdueRow).not.toContainText(ruDate(monthEnd(-1)));
  await expect(overdueRow).toContainText(ruDate(monthEnd(-2)));
  await expect(attendedRow).toContainText(`1 из ${dueSoFar} положенных на сегодня`);

  // Today's check-in counts at once, even before this month's is due, and is said to be early then.
  await period.getByRole('button', { name: m.period.checkInToday }).click();
  await checkIn.getByRole('button', { name: m.period.checkInToday }).click();
  await expect(checkIn).toBeHidden();
  await expect(attendedRow).toContainText(
    dueSoFar === 3
      ? '2 из 3 положенных на сегодня'
      : '2 из 3: 2 положенных на сегодня и 1 отмеченная заранее, до срока',
  );
});

test('an ended period reads as its record: the check-ins missed in it and attended of those due in it', async ({
  page,
  host,
}) => {
  const { id } = await host.call<{ id: number }>('monitoring.create', {
    person: { fullName: 'Галиев Марат Сейтович', birthDate: '1992-03-08', sex: 'M', district: 'Nura' },
  });
  // One check-in a month over January to March 2024: three due, one attended, one no-show written down.
  await host.call('monitoring.addPeriod', {
    id,
    period: { type: 'administrative', start: '2024-01-01', end: '2024-03-31', checkInsPerMonth: 1 },
  });
  const record = (event: Record<string, unknown>) =>
    host.call('monitoring.recordEvent', { id, period: 0, event });
  await record({ type: 'attended', on: '2024-01-20' });
  await record({ type: 'missed', on: '2024-02-29' });
  await openApp(page, host.url, `/monitoring/${id}`);
  const period = page
    .getByRole('region', { name: m.section.periods })
    .getByRole('region', { name: /^Административный надзор, / });
  await expect(period).toContainText(m.period.state.ended);

  await expect(period.getByRole('row', { name: new RegExp(`^${m.period.attended.M}`) })).toContainText(
    '1 из 3 положенных за период',
  );
  await expect(period.getByRole('row', { name: new RegExp(`^${m.period.overdue}`) })).toContainText('2');
  await expect(period.getByRole('row', { name: new RegExp(`^${m.period.nextDue}`) })).toHaveCount(0);
  await expect(period).not.toContainText('на сегодня');
});

test('the IIN field names a wrong part as it is typed, and a taken IIN is refused at that field', async ({
  page,
  host,
}) => {
  await host.call('monitoring.create', {
    person: { iin: IIN, fullName: 'Аманов Ерлан Болатович', birthDate: '1988-01-20', sex: 'M' },
  });
  await registerScreen(page, host.url);
  await page.getByRole('button', { name: m.register.button }).click();
  const form = page.getByRole('dialog', { name: m.register.title });
  const iin = form.getByLabel(m.field.iin, { exact: true });

  await iin.fill('880120300124');
  await expect(form.getByText(ru.errors.iin.checkDigit)).toBeVisible();
  await iin.fill('881320300123');
  await expect(form.getByText(ru.errors.iin.birthDate)).toBeVisible();
  await iin.fill('880120900123');
  await expect(form.getByText(ru.errors.iin.century)).toBeVisible();

  // A birth date that disagrees with a valid IIN is named too.
  await fillDate(form.getByLabel(m.field.birthDate, { exact: true }), '21.01.1988');
  await iin.fill(IIN);
  await expect(form.getByText('по ИИН дата рождения 20.01.1988, а введена другая')).toBeVisible();
  await fillDate(form.getByLabel(m.field.birthDate, { exact: true }), '20.01.1988');
  await expect(form.getByText(/по ИИН дата рождения/)).toBeHidden();

  // The backend knows this IIN is someone else's: said at the IIN field, the form stays open.
  await form.getByLabel(m.field.fullName, { exact: true }).fill('Аманов Е. Б.');
  await form.getByRole('button', { name: m.register.submit }).click();
  await expect(form.getByText('этот ИИН уже принадлежит лицу M-000001 из реестра')).toBeVisible();
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: m.action.cancel }).click();
  await expect(personRow(page, /Аманов/)).toHaveCount(1);
});

test('the register is searched by name, IIN or number and filtered, and the URL keeps both', async ({
  page,
  host,
}) => {
  await seedRegister(host);
  // Check-ins due every day of the month: the next one is always today, so always due soon.
  const { id } = await host.call<{ id: number }>('monitoring.create', {
    person: { fullName: 'Галиев Марат Сейтович', birthDate: '1992-03-08', sex: 'M', district: 'Nura' },
  });
  await host.call('monitoring.addPeriod', {
    id,
    period: { type: 'prosecutorWatch', start: fromToday(-3), checkInsPerMonth: 31 },
  });
  for (const days of [-3, -2, -1])
    await host.call('monitoring.recordEvent', {
      id,
      period: 0,
      event: { on: fromToday(days), type: 'attended' },
    });

  await registerScreen(page, host.url);
  await expect(page.getByText('4 человека')).toBeVisible();
  // Who needs attention comes first: the undecided match.
  await expect(page.getByRole('row').nth(1)).toHaveAccessibleName(/Аманов/);
  await expect(personRow(page, /Аманов/)).toContainText('1 совпадение — проверить');
  await expect(personRow(page, /Бекова/)).toContainText('Повторное преступление');
  await expect(personRow(page, /Бекова/)).toContainText(m.list.notSupervised);

  const search = page.getByRole('searchbox', { name: m.list.search });
  for (const [query, who] of [
    ['серікова', /Серікова/],
    [IIN, /Аманов/],
    ['M-000003', /Бекова/],
  ] as const) {
    await search.fill(query);
    await search.press('Enter');
    await expect(page.getByText('1 человек', { exact: true })).toBeVisible();
    await expect(personRow(page, who)).toBeVisible();
  }
  await expect(page).toHaveURL(/search=M-000003/);
  await search.fill('Нет такого');
  await search.press('Enter');
  await expect(page.getByText('По запросу «Нет такого» никого не найдено')).toBeVisible();
  await search.fill('');
  await search.press('Enter');
  await expect(page.getByText('4 человека')).toBeVisible();

  await filter(page, m.filter.flagged).click();
  await expect(page.getByText('2 человека')).toBeVisible();
  await expect(personRow(page, /Серікова/)).toBeHidden();
  await page.reload();
  await expect(page.getByRole('radio', { name: m.filter.flagged })).toBeChecked();
  await expect(page.getByText('2 человека')).toBeVisible();

  // A summary figure is a filter too.
  await summary(page, warning.endingSoon).click();
  await expect(page.getByRole('radio', { name: m.filter.endingSoon })).toBeChecked();
  await expect(page.getByText('1 человек', { exact: true })).toBeVisible();
  await expect(personRow(page, /Серікова/)).toBeVisible();

  await summary(page, warning.dueSoon).click();
  await expect(page).toHaveURL(/filter=dueSoon/);
  await expect(personRow(page, /Галиев/)).toBeVisible();
  await expect(personRow(page, /Бекова/)).toBeHidden();

  await filter(page, m.filter.all).click();
  await expect(page.getByText('4 человека')).toBeVisible();
  await expect(page).not.toHaveURL(/filter=/);
});

test('the register as filtered is saved as a spreadsheet, one row per person listed', async ({
  page,
  host,
}) => {
  await seedRegister(host);
  await registerScreen(page, host.url);
  await filter(page, m.filter.flagged).click();
  await expect(page.getByText('2 человека')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: m.spreadsheet.button }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe(`nadzor-register-${todayIso()}.xlsx`);
  await expect(page.getByText(`2 человека записаны в ${saved.suggestedFilename()}`)).toBeVisible();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await saved.path());
  const sheet = workbook.getWorksheet('Реестр')!;
  expect(sheet.rowCount).toBe(3);
  const names = [2, 3].map((row) => sheet.getRow(row).getCell(2).text);
  expect(names.sort()).toEqual([expect.stringMatching(/^Аманов/), expect.stringMatching(/^Бекова/)]);
});

test('on a person’s page a match is decided, a check-in and an extension recorded, terms and convictions kept', async ({
  page,
  host,
}) => {
  const { amanov } = await seedRegister(host);
  await openApp(page, host.url, `/monitoring/${amanov}`);
  const reoffending = page.getByRole('region', { name: m.match.title });
  const alert = reoffending.getByRole('alert').filter({ hasText: '261500031000412' });
  await expect(alert).toContainText(m.match.pendingTitle);
  await expect(alert).toContainText(m.match.basis.iin);
  await expect(alert.getByRole('link', { name: '261500031000412' })).toHaveAttribute(
    'href',
    /#\/cases\/\d+$/,
  );

  await alert.getByRole('button', { name: m.match.confirm }).click();
  await expect(page.getByText('Дело 261500031000412 подтверждено как повторное преступление')).toBeVisible();
  await expect(alert).toContainText(m.match.confirmedTitle);

  await alert.getByRole('button', { name: m.match.withdraw }).click();
  const withdraw = page.getByRole('dialog', { name: 'Отмена решения по делу № 261500031000412' });
  await withdraw.getByRole('button', { name: m.decision.withdraw.submit }).click();
  await expect(alert).toContainText(m.match.pendingTitle);

  await alert.getByRole('button', { name: m.match.reject }).click();
  const reject = page.getByRole('dialog', { name: 'Отклонение совпадения с делом № 261500031000412' });
  await reject.getByLabel(m.field.reasonOptional, { exact: true }).fill('Другое лицо');
  await reject.getByRole('button', { name: m.decision.rejected.submit }).click();
  await expect(reoffending).toBeHidden();
  const rejected = page.getByRole('region', { name: m.match.rejectedTitle });
  await expect(rejected).toContainText('261500031000412');

  // A check-in today in one click; an extension moves the end of the period.
  const period = page.getByRole('region', { name: /^Административный надзор, / });
  const events = period.getByRole('group', { name: /^События — / });
  await period.getByRole('button', { name: m.period.checkInToday }).click();
  const checkIn = page.getByRole('dialog', { name: /^Явка на отметку — / });
  await checkIn.getByRole('button', { name: m.period.checkInToday }).click();
  await expect(page.getByText(m.period.checkedIn)).toBeVisible();
  await expect(events.getByRole('listitem').first()).toContainText(m.eventType.attended);
  await period.getByRole('button', { name: m.period.recordEvent }).click();
  const eventForm = page.getByRole('dialog', { name: /^Событие — / });
  await expect(eventForm.getByLabel(m.event.until, { exact: true })).toBeHidden();
  await choose(page, eventForm.getByLabel(m.event.type, { exact: true }), m.eventType.extended);
  await fillDate(eventForm.getByLabel(m.event.until, { exact: true }), ruDate(monthEnd(20)));
  await eventForm.getByRole('button', { name: m.event.submit }).click();
  await expect(eventForm).toBeHidden();
  await expect(period).toContainText(`${ruDate(monthStart(-3))} – ${ruDate(monthEnd(20))}`);
  await expect(events.getByRole('listitem').first()).toContainText(`теперь до ${ruDate(monthEnd(20))}`);

  // New terms, with the grounds for the audit trail.
  await period.getByRole('button', { name: m.period.editTerms }).click();
  const terms = page.getByRole('dialog', { name: /^Условия — Административный надзор/ });
  await terms.getByLabel(m.period.checkInsPerMonth, { exact: true }).fill('4');
  await terms.getByLabel(m.field.reason, { exact: true }).fill('Постановление суда об изменении условий');
  // A curfew is free words, but not an hour no day has.
  const curfew = terms.getByLabel(m.period.curfew, { exact: true });
  await curfew.fill('25:00-6');
  await terms.getByRole('button', { name: m.action.save }).click();
  await expect(terms.getByText(ru.errors.monitoring.curfewTime, { exact: true })).toBeVisible();
  await curfew.fill('22:00–06:00');
  await terms.getByRole('button', { name: m.action.save }).click();
  await expect(terms).toBeHidden();
  await expect(period).toContainText('22:00–06:00');
  await expect(period).toContainText('4 раза в месяц');

  // A prior conviction whose case is in the database opens it.
  const convictions = page.getByRole('region', { name: m.section.convictions });
  await convictions.getByRole('button', { name: m.conviction.add }).click();
  const add = page.getByRole('dialog', { name: m.conviction.addTitle });
  const article = add.getByLabel(m.conviction.article, { exact: true });
  await article.fill('abc');
  await add.getByRole('button', { name: m.action.add }).click();
  await expect(add.getByText(ru.errors.article.number, { exact: true })).toBeVisible();
  await article.fill('190');
  await add.getByLabel(m.conviction.part, { exact: true }).fill('3');
  await fillDate(add.getByLabel(m.conviction.courtDate, { exact: true }), '12.12.2024');
  await add.getByLabel(m.conviction.registryNumber, { exact: true }).fill('261500031000412');
  await add.getByRole('button', { name: m.action.add }).click();
  await expect(add).toBeHidden();
  const row = convictions.getByRole('row', { name: /ст\. 190 ч\. 3/ });
  await expect(row.getByRole('link', { name: '261500031000412' })).toBeVisible();

  // Removing it asks the grounds.
  await row.getByRole('button', { name: 'Удалить судимость: ст. 190 ч. 3 от 12.12.2024' }).click();
  const remove = page.getByRole('dialog', { name: 'Удаление судимости: ст. 190 ч. 3 от 12.12.2024' });
  await remove.getByRole('button', { name: m.action.remove }).click();
  await expect(remove.getByText(ru.errors.required)).toBeVisible();
  await remove.getByLabel(m.field.reason, { exact: true }).fill('Ошибочно внесена');
  await remove.getByRole('button', { name: m.action.remove }).click();
  await expect(remove).toBeHidden();
  await expect(convictions.getByRole('row', { name: /ст\. 190/ })).toHaveCount(0);
  await expect(convictions.getByRole('row', { name: /ст\. 194 ч\. 2/ })).toBeVisible();
});

test('an event or a period recorded by mistake is removed with its grounds, and the figures follow at once', async ({
  page,
  host,
}) => {
  test.slow(); // four dialogs and the History
  const { amanov } = await seedRegister(host);
  // A second period entered by mistake beside the first, with an event in it.
  await host.call('monitoring.addPeriod', {
    id: amanov,
    period: { type: 'probation', start: monthStart(-2), end: monthEnd(6), checkInsPerMonth: 1 },
  });
  await host.call('monitoring.recordEvent', {
    id: amanov,
    period: 1,
    event: { on: addDays(monthStart(-2), 3), type: 'violation' },
  });
  await openApp(page, host.url, `/monitoring/${amanov}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Аманов Ерлан Болатович' })).toBeVisible();
  const period = page.getByRole('region', { name: /^Административный надзор, / });
  const events = period.getByRole('group', { name: /^События — / });
  const attendedRow = period.getByRole('row', { name: new RegExp(`^${m.period.attended.M}`) });
  const overdueRow = period.getByRole('row', { name: new RegExp(m.period.overdue) });
  await expect(events.getByRole('listitem')).toHaveCount(4);
  await expect(attendedRow).toContainText('3 из ');

  // Two months back, one of two check-ins was attended: the one due mid-month is filled by it.
  const twoBack = monthStart(-2);
  const [y, mo] = twoBack.split('-').map(Number) as [number, number];
  const midMonth = `${twoBack.slice(0, 8)}${String(Math.ceil(daysInMonth(y, mo) / 2)).padStart(2, '0')}`;
  await expect(overdueRow).not.toContainText(ruDate(midMonth));

  const attendedOn = ruDate(addDays(twoBack, 10));
  await events
    .getByRole('button', { name: `Удалить событие: ${m.eventType.attended}, ${attendedOn}` })
    .click();
  const removeEvent = page.getByRole('dialog', {
    name: `Удаление события: ${m.eventType.attended}, ${attendedOn}`,
  });
  await expect(removeEvent.getByLabel(m.field.reason, { exact: true })).toBeFocused();
  // An attendance never moved the period's end: no end is asked.
  await expect(removeEvent.getByLabel(m.event.endWithout, { exact: true })).toHaveCount(0);
  await removeEvent.getByRole('button', { name: m.action.remove }).click();
  await expect(removeEvent.getByText(ru.errors.required)).toBeVisible();
  await removeEvent.getByLabel(m.field.reason, { exact: true }).fill('Явка записана не тому лицу');
  await removeEvent.getByRole('button', { name: m.action.remove }).click();
  await expect(removeEvent).toBeHidden();
  await expect(events.getByRole('listitem')).toHaveCount(3);
  await expect(events).not.toContainText(attendedOn);
  await expect(attendedRow).toContainText('2 из ');
  await expect(overdueRow).toContainText(ruDate(midMonth));

  // An extension recorded by mistake: its removal asks for the end without it, the current one given.
  await period.getByRole('button', { name: m.period.recordEvent }).click();
  const eventForm = page.getByRole('dialog', { name: /^Событие — / });
  await choose(page, eventForm.getByLabel(m.event.type, { exact: true }), m.eventType.extended);
  await fillDate(eventForm.getByLabel(m.event.until, { exact: true }), ruDate(monthEnd(20)));
  await eventForm.getByRole('button', { name: m.event.submit }).click();
  await expect(eventForm).toBeHidden();
  await expect(period).toContainText(`${ruDate(monthStart(-3))} – ${ruDate(monthEnd(20))}`);
  const today = ruDate(todayIso());
  await events.getByRole('button', { name: `Удалить событие: ${m.eventType.extended}, ${today}` }).click();
  const removeExtension = page.getByRole('dialog', {
    name: `Удаление события: ${m.eventType.extended}, ${today}`,
  });
  const end = removeExtension.getByLabel(m.event.endWithout, { exact: true });
  await expect(end).toHaveValue(ruDate(monthEnd(20)));
  await fillDate(end, ruDate(monthEnd(14)));
  await removeExtension.getByLabel(m.field.reason, { exact: true }).fill('Продление не назначалось');
  await removeExtension.getByRole('button', { name: m.action.remove }).click();
  await expect(removeExtension).toBeHidden();
  await expect(period).toContainText(`${ruDate(monthStart(-3))} – ${ruDate(monthEnd(14))}`);
  await expect(events.getByRole('listitem')).toHaveCount(3);

  // The whole mistaken period goes with its event.
  const mistaken = page.getByRole('region', { name: /^Пробационный контроль, / });
  await mistaken.getByRole('button', { name: m.period.remove }).click();
  const removePeriod = page.getByRole('dialog', {
    name: `Удаление периода надзора: ${m.supervisionType.probation} с ${ruDate(twoBack)}`,
  });
  await expect(removePeriod).toContainText('вместе с 1 событием');
  await removePeriod.getByLabel(m.field.reason, { exact: true }).fill('Период внесён дважды');
  await removePeriod.getByRole('button', { name: m.action.remove }).click();
  await expect(removePeriod).toBeHidden();
  await expect(mistaken).toHaveCount(0);
  await expect(period).toBeVisible();

  // Each removal is in the person's History with its grounds.
  await page.getByRole('tab', { name: 'История изменений' }).click();
  const history = page.getByRole('region', { name: 'История изменений' });
  const removals = history.getByRole('article').filter({ hasText: 'Удалено событие периода надзора' });
  await expect(removals).toHaveCount(2);
  await expect(removals.filter({ hasText: 'Основание: Явка записана не тому лицу' })).toHaveCount(1);
  const periodRemoved = history.getByRole('article').filter({ hasText: 'Удалён период надзора' });
  await expect(periodRemoved).toContainText('Основание: Период внесён дважды');
});

test('the dashboard and the Monitoring screen name each warning alike, and events are dated as every list', async ({
  page,
  host,
}) => {
  const { amanov } = await seedRegister(host);
  const names = Object.values(warning);
  await openApp(page, host.url);
  const card = page.getByRole('region', { name: 'Надзор за ранее судимыми' });
  for (const name of names) await expect(card.getByRole('region', { name, exact: true })).toBeVisible();

  await registerScreen(page, host.url);
  for (const name of names) await expect(summary(page, name)).toBeVisible();
  await expect(page.getByRole('region', { name: m.overview.label })).not.toContainText('истекает');

  // The events timeline writes its dates dd.MM.yyyy, as the period's own dates beside it.
  await openApp(page, host.url, `/monitoring/${amanov}`);
  const events = page
    .getByRole('region', { name: /^Административный надзор, / })
    .getByRole('group', { name: /^События — / });
  const warned = addDays(monthStart(-1), 4);
  await expect(events.getByRole('listitem').first()).toContainText(`${ruDate(warned)}${m.eventType.warning}`);
  await expect(events.locator('time').first()).toHaveText(ruDate(warned));
  await expect(events).not.toContainText(' г.');
});
