import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { todayIso } from '../shared/dates';
import { docxText, unzipDocx } from '../shared/report/testing/docx-text';
import { fileCase, importThroughApi } from './fixtures/case-files';
import { expect, test } from './fixtures/host';
import { goToArea, openApp, PDF_SHOWN } from './fixtures/ui';

// The demo data reproduces the figures of the Astana review for 2024 (README: `demo`).

const YEAR = 2024;
// The demo's default subject (Settings → Review subjects): its lists say so after their days.
const SUBJECT = 'Вымогательство — ст. 194 УК РК';

/** Picks an option of one of the Reports screen's controls by their visible labels. */
async function choose(page: Page, control: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: control, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('Reports: pick 2024, open "forwarded to court" and its cases, and come back to the same list', async ({
  page,
  host,
}) => {
  await host.call('demo.fill', {});
  await openApp(page, host.url);
  await goToArea(page, 'Отчёты');

  // A report is about a finished year: the screen opens on the previous one.
  await expect(page.getByRole('combobox', { name: 'Год', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/#\/reports$/);
  await choose(page, 'Год', String(YEAR));
  await expect(page).toHaveURL(new RegExp(`#/reports\\?year=${YEAR}$`));
  // The screen says what its figures count: the subject, the year and the city.
  await expect(
    page.getByRole('heading', { level: 2, name: `${SUBJECT} · ${YEAR} год · Астана` }),
  ).toBeVisible();
  const keyFigures = page.getByRole('region', { name: 'Основные показатели' });
  await expect(
    keyFigures.getByRole('button', { name: 'Зарегистрировано уголовных дел 52', exact: true }),
  ).toBeVisible();
  await expect(keyFigures.getByText(/−1,9\s%/)).toBeVisible();
  const forwarded = keyFigures.getByRole('button', { name: 'Направлено дел в суд 34', exact: true });
  await expect(forwarded).toBeVisible();
  await expect(keyFigures.getByRole('button', { name: /^Доля направленных в суд 65,4\s%$/ })).toBeVisible();

  // "Which 34?": the figure opens its cases, all on one page, and the list's total is the figure.
  await forwarded.click();
  const list = page.getByRole('dialog', {
    name: `Дела, направленные в суд в ${YEAR} году · ${SUBJECT} — 34 дела`,
  });
  await expect(list).toBeVisible();
  await expect(list.getByRole('row')).toHaveCount(35); // the header and 34 cases
  await expect(list.getByRole('columnheader', { name: 'Направлено в суд' })).toBeVisible();
  // Counted by the date forwarded, whatever the year of registration: every such date is in the year.
  const cells = await list.getByRole('cell').allTextContents();
  const forwardedOn = cells.filter((_, i) => i % 4 === 3);
  expect(forwardedOn).toHaveLength(34);
  for (const date of forwardedOn) expect(date).toMatch(new RegExp(`^\\d\\d\\.\\d\\d\\.${YEAR}$`));
  expect(cells.filter((_, i) => i % 4 === 2).some((date) => date.endsWith(String(YEAR - 1)))).toBe(true);

  // A listed case opens; coming back shows the same list again.
  const firstCase = list.getByRole('link').first();
  const registryNumber = (await firstCase.textContent()) ?? '';
  expect(registryNumber).toMatch(/^\d{15}$/);
  await firstCase.click();
  await expect(page.getByRole('heading', { level: 1, name: `Дело № ${registryNumber}` })).toBeVisible();
  await page.goBack();
  await expect(list).toBeVisible();
  await list.getByRole('button', { name: 'Закрыть список' }).click();
  await expect(list).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/reports\\?year=${YEAR}$`));
});

test('Reports: a district row opens its registrations of the year and the year before; another district follows', async ({
  page,
  host,
}) => {
  await host.call('demo.fill', {});
  await openApp(page, host.url, `/reports?year=${YEAR}`);
  const keyFigures = page.getByRole('region', { name: 'Основные показатели' });
  await expect(
    keyFigures.getByRole('button', { name: 'Зарегистрировано уголовных дел 52', exact: true }),
  ).toBeVisible();

  // A district's counts open its registrations, in that year or the year before.
  const districts = page.getByRole('region', { name: 'По районам', exact: true });
  await districts.getByRole('button', { name: `Алматы, ${YEAR}: 22`, exact: true }).click();
  const almaty = page.getByRole('dialog', {
    name: `Дела, зарегистрированные в ${YEAR} году · ${SUBJECT} · район Алматы — 22 дела`,
  });
  await expect(almaty.getByRole('row')).toHaveCount(23);
  await expect(almaty.getByRole('cell', { name: 'Есиль' })).toHaveCount(0);
  await almaty.getByRole('button', { name: 'Закрыть список' }).click();
  await expect(almaty).toBeHidden();
  const almatyPrevious = districts.getByRole('button', { name: `Алматы, ${YEAR - 1}: 28`, exact: true });
  await almatyPrevious.click();
  const almatyBefore = page.getByRole('dialog', {
    name: `Дела, зарегистрированные в ${YEAR - 1} году · ${SUBJECT} · район Алматы — 28 дел`,
  });
  await expect(almatyBefore.getByRole('row')).toHaveCount(29);
  await almatyBefore.getByRole('button', { name: 'Закрыть список' }).click();
  await expect(almatyBefore).toBeHidden();
  // Focus returns to the count that opened the list (and only then may another control take it).
  await expect(almatyPrevious).toBeFocused();
  // Changes carry their sign: Saryarka and Baikonyr doubled.
  await expect(districts.getByRole('cell', { name: /^\+100\s%$/ })).toHaveCount(2);

  // Another district: the figures follow at once, as the backend counts them for that district.
  // Nura: 6 registered in 2024 by the demo's plan, 2 forwarded in 2024 (counted once in the demo
  // database with SQL: Nura's cases whose forwarded_to_court_on falls in 2024).
  const nura = { registered: 6, forwardedToCourt: 2 };
  await choose(page, 'Район', 'Нура');
  await expect(page).toHaveURL(new RegExp(`#/reports\\?year=${YEAR}&district=Nura$`));
  await expect(
    keyFigures.getByRole('button', {
      name: `Зарегистрировано уголовных дел ${nura.registered}`,
      exact: true,
    }),
  ).toBeVisible();
  await expect(
    keyFigures.getByRole('button', {
      name: `Направлено дел в суд ${nura.forwardedToCourt}`,
      exact: true,
    }),
  ).toBeVisible();

  // The view is in the URL: a reload shows the same report.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Район', exact: true })).toBeVisible();
  await expect(
    keyFigures.getByRole('button', {
      name: `Зарегистрировано уголовных дел ${nura.registered}`,
      exact: true,
    }),
  ).toBeVisible();
});

test('Reports: persons, victims and platforms open their lists, each as long as its figure', async ({
  page,
  host,
}) => {
  await host.call('demo.fill', {});
  // From the demo's plan (backend/services/demo/astana-2024.ts): 27 persons convicted in 2024, 50
  // victims of 2024's cases, and the shortest prison term of 2024's sentences is 3 years (36 months,
  // twice in the year's sentence mix).
  const convictedPersons = 27;
  const victimsTotal = 50;
  const term = { years: 3, persons: 2 };
  await openApp(page, host.url, `/reports?year=${YEAR}`);

  const convicted = `Осуждено лиц ${convictedPersons}`;
  await page.getByRole('button', { name: convicted, exact: true }).click();
  const persons = page.getByRole('dialog', {
    name: new RegExp(`^Лица, осуждённые в 2024 году · ${SUBJECT} — \\d+ человека?$`),
  });
  await expect(persons).toBeVisible();
  await expect(persons.getByRole('row')).toHaveCount(convictedPersons + 1);
  await expect(persons.getByRole('columnheader', { name: 'ID лица' })).toBeVisible();
  await expect(persons.getByRole('columnheader', { name: 'Осуждён' })).toBeVisible();
  await persons.getByRole('button', { name: 'Закрыть список' }).click();
  await expect(persons).toBeHidden();

  const victims = page.getByRole('region', { name: 'Потерпевшие' });
  await victims.getByRole('button', { name: `Всего потерпевших ${victimsTotal}`, exact: true }).click();
  const victimList = page.getByRole('dialog', {
    name: `Потерпевшие по делам, зарегистрированным в ${YEAR} году · ${SUBJECT} — ${victimsTotal} потерпевших`,
  });
  await expect(victimList.getByRole('row')).toHaveCount(victimsTotal + 1);
  await victimList.getByRole('button', { name: 'Закрыть список' }).click();
  await expect(victimList).toBeHidden();

  // Platforms are ranked; a count opens the cases that name the platform, with paging beyond 20
  // (26 of 2024's extortion cases name Telegram: counted in the demo database with stats --json).
  const platforms = page.getByRole('region', { name: 'Платформы' });
  await platforms.getByRole('button', { name: 'Telegram: 26', exact: true }).click();
  const telegram = page.getByRole('dialog', {
    name: `Дела, совершённые через Telegram, зарегистрированные в ${YEAR} году · ${SUBJECT} — 26 дел`,
  });
  await expect(telegram.getByRole('row')).toHaveCount(27);
  await telegram.getByRole('combobox').last().click();
  await page.getByRole('option', { name: '20 / стр.' }).click();
  await expect(telegram.getByRole('row')).toHaveCount(21);
  await telegram.getByRole('listitem', { name: '2' }).click();
  await expect(telegram.getByRole('row')).toHaveCount(7);
  await expect(page).toHaveURL(/open=platform&key=Telegram&page=2&pageSize=20$/);
  await telegram.getByRole('button', { name: 'Закрыть список' }).click();

  // An imprisonment term opens the persons given exactly that term.
  const sentences = page.getByRole('region', { name: 'Назначенные наказания', exact: true });
  await sentences.getByRole('button', { name: `${term.years} года: ${term.persons}`, exact: true }).click();
  const termList = page.getByRole('dialog', {
    name: new RegExp(`^Приговорены в ${YEAR} году к лишению свободы на ${term.years} года · ${SUBJECT} — `),
  });
  await expect(termList.getByRole('row')).toHaveCount(term.persons + 1);
});

test('Reports: the PDF in the chosen language, its progress, its pages, and saving it', async ({
  page,
  host,
}) => {
  await host.call('demo.fill', {});
  await openApp(page, host.url, `/reports?year=${YEAR}`);
  const options = page.getByRole('group', { name: 'Параметры отчёта' });
  await expect(options.getByText('Русский', { exact: true })).toBeVisible(); // the UI language
  await choose(page, 'Язык отчёта', 'Қазақша');
  await expect(page).toHaveURL(new RegExp(`#/reports\\?year=${YEAR}&lang=kk$`));
  // What the user sees, not the address: the URL changes at once, while the screen (and the button's
  // request) follow it in a render of their own, which a busy machine can hold back past the click.
  await expect(options.getByTitle('Қазақша', { exact: true })).toBeVisible();
  // The screen itself stays in the UI language; only the PDF is in Kazakh.
  await expect(page.getByRole('heading', { level: 1, name: 'Отчёты' })).toBeVisible();

  // Hold the progress answers until the bar has been seen, however fast the PDF is made.
  let barSeen!: () => void;
  const seen = new Promise<void>((resolve) => (barSeen = resolve));
  await page.route('**/api/reports.pdfProgress', async (route) => {
    await seen;
    await route.continue();
  });
  await page.getByRole('button', { name: 'Сформировать PDF' }).click();
  const dialog = page.getByRole('dialog', { name: `Ежегодный обзор за ${YEAR} год, PDF` });
  await expect(dialog.getByRole('progressbar', { name: 'Формирование PDF' })).toBeVisible();
  const save = dialog.getByRole('button', { name: 'Сохранить PDF' });
  await expect(save).toBeDisabled();
  barSeen();

  await expect(dialog.getByRole('img', { name: 'Страница 1', exact: true })).toBeVisible(PDF_SHOWN);
  await expect(dialog.getByRole('img', { name: 'Страница 2', exact: true })).toBeVisible();
  await expect(dialog.getByRole('progressbar')).toBeHidden();
  await expect(dialog.getByText(`nadzor-review-${YEAR}-extortion-kk.pdf`)).toBeVisible();

  const download = page.waitForEvent('download');
  await save.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`nadzor-review-${YEAR}-extortion-kk.pdf`);
  const bytes = readFileSync(await file.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(10_000);

  await dialog.getByRole('button', { name: 'Закрыть' }).first().click();
  await expect(dialog).toBeHidden();
});

test('Reports: the language and the district come from the URL, and a year with no cases says so', async ({
  page,
  host,
}) => {
  await host.call('demo.fill', {});
  await openApp(page, host.url, '/reports?year=2019&district=Yesil&lang=en');
  const options = page.getByRole('group', { name: 'Параметры отчёта' });
  await expect(options.getByText('English', { exact: true })).toBeVisible();
  await expect(options.getByText('Есиль', { exact: true })).toBeVisible();
  await expect(options.getByText('2019', { exact: true })).toBeVisible();
  await expect(
    page.getByText('В районе Есиль в 2019 году ничего не зафиксировано', { exact: false }),
  ).toBeVisible();
});

test('Reports: a district with no case the year before is "new", never a percentage; a row opens its cases', async ({
  page,
  host,
}) => {
  await importThroughApi(host, [
    fileCase('231500031000001', { district: 'Yesil', registeredOn: '2023-05-10' }),
    fileCase('241500031000002', { district: 'Yesil', registeredOn: '2024-03-15' }),
    fileCase('241500031000003', { district: 'Yesil', registeredOn: '2024-04-01' }),
    fileCase('241500031000004', { district: 'Nura', registeredOn: '2024-06-01' }),
    fileCase('231500031000005', { district: 'Almaty', registeredOn: '2023-02-01' }),
  ]);
  await openApp(page, host.url, `/reports?year=${YEAR}`);
  const districts = page.getByRole('region', { name: 'По районам', exact: true });

  const nura = districts.getByRole('row').filter({ hasText: 'Нура' });
  // The review's marker, which its sentence above the table quotes: «впервые» agrees with any figure.
  await expect(nura.getByText('впервые', { exact: true })).toBeVisible();
  await expect(districts.getByText(/Район Нура, .+, отмечен пометкой «впервые»\./)).toBeVisible();
  await expect(nura).not.toContainText('%');
  // Nothing stands behind the year before's zero: only this year's count is a button.
  await expect(nura.getByRole('button')).toHaveCount(1);
  await expect(districts.getByRole('row').filter({ hasText: 'Есиль' })).toContainText(/\+100\s%/);
  await expect(districts.getByRole('row').filter({ hasText: 'Алматы' })).toContainText(/−100\s%/);

  // The row itself opens the district's registrations in the year.
  await nura.getByRole('cell', { name: 'Нура', exact: true }).click();
  const list = page.getByRole('dialog', {
    name: `Дела, зарегистрированные в ${YEAR} году · район Нура — 1 дело`,
  });
  await expect(list.getByRole('link', { name: '241500031000004', exact: true })).toBeVisible();
});

test('Reports: the monitoring card counts the register’s year, and a figure lists its persons', async ({
  page,
  host,
}) => {
  const IIN = '880120300123'; // 1988-01-20, male
  const person = await host.call<{ id: number }>('monitoring.create', {
    person: {
      iin: IIN,
      fullName: 'Аманов Ерлан Болатович',
      birthDate: '1988-01-20',
      sex: 'M',
      district: 'Almaty',
    },
  });
  const { id } = person;
  await host.call('monitoring.addPeriod', {
    id,
    period: { type: 'probation', start: '2024-01-15', checkInsPerMonth: 1 },
  });
  await host.call('monitoring.recordEvent', { id, period: 0, event: { on: '2024-02-10', type: 'attended' } });
  await host.call('monitoring.recordEvent', {
    id,
    period: 0,
    event: { on: '2024-03-05', type: 'violation' },
  });
  const created = await host.call<{ id: number }>('cases.create', {
    registryNumber: '245100031000777',
    article: '194',
    district: 'Almaty',
    registeredOn: '2024-06-03',
  });
  await host.call('cases.addDefendant', {
    id: created.id,
    defendant: { fullName: 'Аманов Е. Б.', iin: IIN, sex: 'M' },
  });
  await host.call('monitoring.decideLink', { id, caseId: created.id, decision: 'confirmed' });

  await openApp(page, host.url, `/reports?year=${YEAR}`);
  const card = page.getByRole('region', { name: 'Надзор за ранее судимыми лицами' });
  await expect(
    card.getByRole('button', { name: 'Лиц под надзором в течение года 1', exact: true }),
  ).toBeVisible();
  await expect(
    card.getByRole('button', { name: 'Под надзором на 31 декабря 2024 г. 1', exact: true }),
  ).toBeVisible();
  await expect(card.getByRole('button', { name: 'Зафиксировано нарушений 1', exact: true })).toBeVisible();
  // One check-in a month from 31 January to 31 December, one of them attended.
  await expect(card.getByText(/^8,3\s%$/)).toBeVisible();
  await expect(card.getByText('1 из 12 назначенных', { exact: true })).toBeVisible();
  await expect(card.getByRole('button', { name: /^Уровень рецидива 100\s%$/ })).toBeVisible();
  await expect(card.getByText(/Учитываются только подтверждённые связи/)).toBeVisible();

  await card.getByRole('button', { name: 'Лиц, совершивших новые преступления 1', exact: true }).click();
  const list = page.getByRole('dialog', {
    name: `Лица, совершившие новые преступления в ${YEAR} году — 1 человек`,
  });
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list.getByRole('link', { name: 'Аманов Ерлан Болатович', exact: true })).toHaveAttribute(
    'href',
    `#/monitoring/${id}`,
  );
  await expect(list.getByRole('link', { name: '245100031000777', exact: true })).toBeVisible();
  await list.getByRole('button', { name: 'Закрыть список' }).click();
  await expect(list).toBeHidden();

  // The compliance share opens its other side: who did not come when due, and how often (11 of 12).
  await card.getByRole('button', { name: /^Соблюдение графика явок 8,3\s%/ }).click();
  const missed = page.getByRole('dialog', {
    name: `Лица, не явившиеся на отметку в назначенный срок в ${YEAR} году — 1 человек`,
  });
  await expect(missed.getByRole('columnheader', { name: 'Неявок' })).toBeVisible();
  await expect(missed.getByRole('row', { name: /Аманов Ерлан Болатович/ })).toContainText('11');
  await missed.getByRole('button', { name: 'Закрыть список' }).click();
  await expect(missed).toBeHidden();

  // The offender profile's previously convicted, drilled down to the register. The section is named
  // as the review names it.
  const offenders = page.getByRole('region', { name: 'Лица, совершившие преступления', exact: true });
  await expect(
    offenders.getByRole('button', { name: 'Лица, совершившие преступления 1', exact: true }),
  ).toBeVisible();
  await expect(offenders.getByText('Каждое лицо учтено один раз', { exact: true })).toBeVisible();
  await expect(offenders.getByRole('button', { name: /^Не работавшие \d/ })).toBeVisible();
  await offenders.getByRole('button', { name: 'из них состоят на учёте надзора: 1', exact: true }).click();
  const onRegister = page.getByRole('dialog', {
    name: `Лица на учёте надзора среди совершивших преступления в ${YEAR} году — 1 человек`,
  });
  await expect(onRegister.getByRole('link', { name: 'Аманов Ерлан Болатович', exact: true })).toBeVisible();
  await onRegister.getByRole('button', { name: 'Закрыть список' }).click();

  // A quarter's card names the quarter where the year's says «в течение года».
  await openApp(page, host.url, `/reports?year=${YEAR}&from=${YEAR}-01-01&to=${YEAR}-03-31`);
  await expect(
    card.getByRole('button', { name: `Лиц под надзором в I квартале ${YEAR} года 1`, exact: true }),
  ).toBeVisible();
  await expect(card.getByText(/в течение года/)).toHaveCount(0);
});

test('Reports: the trend shows each year up to the one under review, and a year’s count opens that year’s cases', async ({
  page,
  host,
}) => {
  // Six cases over 2021–2023; the figures below are counted from these lines.
  await importThroughApi(host, [
    fileCase('231500031000501', { registeredOn: '2021-03-01', forwardedToCourtOn: '2022-01-10' }),
    fileCase('231500031000502', { registeredOn: '2021-06-01' }),
    fileCase('231500031000503', { registeredOn: '2022-04-01' }),
    fileCase('231500031000504', { registeredOn: '2023-02-01', forwardedToCourtOn: '2023-05-05' }),
    fileCase('231500031000505', { registeredOn: '2023-03-01' }),
    fileCase('231500031000506', { registeredOn: '2023-04-01' }),
  ]);
  await openApp(page, host.url, '/reports?year=2023');
  const trend = page.getByRole('region', { name: 'Динамика по годам' });
  // The data begin in 2021: the trend goes back that far, not five years.
  await expect(trend.getByRole('columnheader')).toHaveText(['Показатель', '2021', '2022', '2023']);
  const row = (name: string) => trend.getByRole('row').filter({ hasText: name });
  // The rows are named as the review's trend table names them.
  await expect(row('Зарегистрировано уголовных дел').getByRole('cell')).toHaveText([
    'Зарегистрировано уголовных дел',
    '2',
    '1',
    '3',
  ]);
  await expect(row('Направлено дел в суд').getByRole('cell')).toHaveText([
    'Направлено дел в суд',
    '0',
    '1',
    '1',
  ]);
  await expect(row('Доля направленных в суд').getByRole('cell')).toHaveText([
    'Доля направленных в суд',
    /^0\s%$/,
    /^100\s%$/,
    /^33,3\s%$/,
  ]);
  await expect(trend.getByRole('img', { name: /с 2021 по 2023 год, линиями$/ })).toBeVisible();

  await trend
    .getByRole('button', { name: 'Зарегистрировано уголовных дел, 2021 год: 2', exact: true })
    .click();
  const list = page.getByRole('dialog', { name: 'Дела, зарегистрированные в 2021 году — 2 дела' });
  await expect(list.getByRole('row')).toHaveCount(3); // the header and the two cases
  await expect(list.getByRole('link', { name: '231500031000501' })).toBeVisible();
});

test('Reports: the tables of the year are saved as a workbook, one sheet per table, named as the review is', async ({
  page,
  host,
}) => {
  await importThroughApi(host, [
    fileCase('231500031000601', { registeredOn: '2022-04-01' }),
    fileCase('231500031000602', { registeredOn: '2023-02-01', forwardedToCourtOn: '2023-05-05' }),
    fileCase('231500031000603', { registeredOn: '2023-03-01', district: 'Nura' }),
  ]);
  await openApp(page, host.url, '/reports?year=2023');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Таблицы в Excel' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('nadzor-review-2023-ru.xlsx');
  await expect(page.getByText('Сохранено: nadzor-review-2023-ru.xlsx')).toBeVisible();

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await saved.path());
  const key = workbook.getWorksheet('Основные показатели')!;
  const cells = (row: number) => [1, 2, 3].map((column) => key.getRow(row).getCell(column).value);
  expect(cells(1)).toEqual(['Показатель', '2022', '2023']);
  expect(cells(2)).toEqual(['Зарегистрировано уголовных дел', 1, 2]);
  expect(cells(3)).toEqual(['Направлено дел в суд', 0, 1]);
  const districts = workbook.getWorksheet('По районам')!;
  expect(districts.rowCount).toBe(3); // the header, Yesil and Nura
});

test('Reports: the review is saved as a Word document, named as the review is, with the figures of the year', async ({
  page,
  host,
}) => {
  await importThroughApi(host, [
    fileCase('231500031000701', { registeredOn: '2022-04-01' }),
    fileCase('231500031000702', { registeredOn: '2023-02-01', forwardedToCourtOn: '2023-05-05' }),
    fileCase('231500031000703', { registeredOn: '2023-03-01', district: 'Nura' }),
  ]);
  await openApp(page, host.url, '/reports?year=2023');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Обзор в Word (.docx)' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('nadzor-review-2023-ru.docx');
  await expect(page.getByText('Сохранено: nadzor-review-2023-ru.docx')).toBeVisible();

  const text = docxText((await unzipDocx(readFileSync(await saved.path()))).xml);
  expect(text).toContain('1. Основные показатели');
  // One case registered in 2022, two in 2023; none forwarded in 2022, one in 2023.
  expect(text).toContain('Зарегистрировано уголовных дел 1 2');
  expect(text).toContain('Направлено дел в суд 0 1');
});

test('the figures of this year, still running, say they are counted so far; those of a year over do not', async ({
  page,
  host,
}) => {
  const today = todayIso();
  const year = today.slice(0, 4);
  await importThroughApi(host, [fileCase('245500000000301', { registeredOn: today })]);
  await openApp(page, host.url, `/reports?year=${year}`);
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`· ${year} год ·`) })).toBeVisible();
  const note = page.getByRole('alert').filter({ hasText: 'Показатели неполные' });
  if (today.endsWith('-12-31')) await expect(note).toHaveCount(0);
  else
    await expect(note).toHaveText(
      `Показатели неполные: посчитаны на ${today.slice(8, 10)}.${today.slice(5, 7)}.${year}, до окончания отчётного периода (31.12.${year}), а те же дни прошлого года — полностью.`,
    );

  await openApp(page, host.url, '/reports?year=2024');
  await expect(page.getByRole('heading', { level: 2, name: /· 2024 год ·/ })).toBeVisible();
  await expect(note).toHaveCount(0);
});
