import { todayIso } from '../shared/dates';
import { caseRegions, openCase } from './fixtures/case-page';
import { expect, test, type RunningHost } from './fixtures/host';
import { openApp, sampleCase } from './fixtures/ui';

const IIN = '880120300123'; // born 1988-01-20, male
const PERSON = {
  iin: IIN,
  fullName: 'Аманов Ерлан Болатович',
  birthDate: '1988-01-20',
  sex: 'M',
  district: 'Yesil',
};

interface Created {
  id: number;
  record: { personId: string };
}

const createPerson = (host: RunningHost, person: Record<string, unknown> = PERSON) =>
  host.call<Created>('monitoring.create', { person });

const createCase = async (host: RunningHost, registryNumber: string, registeredOn = '2024-03-15') =>
  (await host.call<{ id: number }>('cases.create', sampleCase(registryNumber, 'Yesil', registeredOn))).id;

/** `2025-03-01` → `01.03.2025`, as the Russian UI writes dates. */
const ruDate = (iso: string) => iso.split('-').reverse().join('.');

test('a defendant entered with a monitored person’s IIN flags the case; confirming counts a re-offence', async ({
  page,
  host,
}) => {
  const person = await createPerson(host);
  const caseId = await createCase(host, '241500031000701');
  await openCase(page, host.url, caseId, '241500031000701');
  const region = caseRegions(page);

  await region.defendants.getByRole('button', { name: 'Добавить подозреваемого или обвиняемого' }).click();
  const form = page.getByRole('dialog', { name: 'Новый подозреваемый или обвиняемый' });
  await form.getByLabel('ФИО', { exact: true }).fill('Аманов Ерлан Болатович');
  const iin = form.getByLabel('ИИН', { exact: true });
  await iin.fill('880120300124');
  await expect(form.getByText('контрольная (12-я) цифра не сходится с первыми одиннадцатью')).toBeVisible();
  // A valid IIN fills in the empty birth date and the sex it encodes.
  await iin.fill(IIN);
  await expect(form.getByLabel('Дата рождения', { exact: true })).toHaveValue('20.01.1988');
  await expect(form).toContainText('Мужской');
  await iin.press('Enter');
  await expect(form).toBeHidden();

  // Awaiting a decision, the match is no finding yet; the case is before court: a suspect or accused.
  const flag = page.getByRole('alert').filter({ hasText: 'лицо из реестра поднадзорных' });
  await expect(flag).toContainText('В деле, возможно, фигурирует лицо из реестра поднадзорных');
  const personLink = flag.getByRole('link', { name: 'Аманов Ерлан Болатович' });
  await expect(personLink).toHaveAttribute('href', `#/monitoring/${person.id}`);
  await expect(flag).toContainText(`учётный № ${person.record.personId}`);
  await expect(flag).toContainText('подозреваемый или обвиняемый № 1, Аманов Е. Б.');
  await expect(flag).toContainText('совпадает ИИН');
  await expect(flag).toContainText('ожидает решения');
  const amanov = region.defendants.getByRole('row', { name: /Аманов Ерлан Болатович/ });
  await expect(amanov).toContainText(`ИИН ${IIN}`);
  await expect(amanov).toContainText('Возможно, на учёте');

  await flag.getByRole('button', { name: 'Подтвердить' }).click();
  await expect(flag).toContainText('подтверждено повторное преступление');
  await expect(flag).toContainText('В деле фигурирует лицо из реестра поднадзорных');
  await expect(flag.getByRole('button', { name: 'Подтвердить' })).toHaveCount(0);
  await expect(amanov).toContainText('Повторное преступление');

  // The confirmed link is a re-offence in the year of the new case.
  await openApp(page, host.url, '/reports?year=2024');
  const card = page.getByRole('region', { name: 'Надзор за ранее судимыми лицами' });
  await expect(
    card.getByRole('button', { name: 'Лиц, совершивших новые преступления 1', exact: true }),
  ).toBeVisible();
});

test('a namesake with the same birth date is rejected with a reason and stays as a muted line', async ({
  page,
  host,
}) => {
  const person = await createPerson(host, { ...PERSON, iin: null });
  const caseId = await createCase(host, '241500031000702');
  await host.call('cases.addDefendant', {
    id: caseId,
    defendant: { fullName: 'аманов  ерлан болатович', birthDate: '1988-01-20', sex: 'M' },
  });
  await openCase(page, host.url, caseId, '241500031000702');

  const flag = page.getByRole('alert').filter({ hasText: 'лицо из реестра поднадзорных' });
  await expect(flag).toContainText('совпадают ФИО и дата рождения');
  await flag.getByRole('button', { name: 'Отклонить' }).click();
  const dialog = page.getByRole('dialog', { name: 'Отклонение совпадения' });
  await dialog.getByLabel('Причина (необязательно)', { exact: true }).fill('однофамилец');
  await dialog.getByRole('button', { name: 'Отклонить' }).click();
  await expect(dialog).toBeHidden();
  await expect(flag).toBeHidden();
  await expect(page.getByText('— другое лицо (совпадение отклонено)')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Аманов Ерлан Болатович' })).toHaveAttribute(
    'href',
    `#/monitoring/${person.id}`,
  );
  await expect(caseRegions(page).defendants).not.toContainText('Возможно, на учёте');
});

test('a convicted defendant is put on the register in one step, and only once', async ({ page, host }) => {
  const caseId = await createCase(host, '241500031000703', '2023-02-01');
  await host.call('cases.addDefendant', {
    id: caseId,
    defendant: { fullName: 'Аманов Ерлан Болатович', iin: IIN, birthDate: '1988-01-20', sex: 'M' },
  });
  await host.call('cases.forward', { id: caseId, on: '2023-04-01' });
  await host.call('cases.recordVerdict', { id: caseId, index: 0, verdict: 'convicted', on: '2023-06-01' });
  await openCase(page, host.url, caseId, '241500031000703');

  const amanov = caseRegions(page).defendants.getByRole('row', { name: /Аманов Ерлан Болатович/ });
  const register = async () => {
    await amanov.getByRole('button', { name: 'Поставить на учёт в реестр поднадзорных' }).click();
    const confirm = page.getByRole('dialog', {
      name: 'Поставить на учёт в реестр поднадзорных: Аманов Е. Б.?',
    });
    await confirm.getByRole('button', { name: 'Поставить на учёт' }).click();
  };
  await register();
  await expect(page).toHaveURL(/#\/monitoring\/\d+$/);
  const personUrl = page.url();

  // Back on the case, the defendant is shown on the register with a link to the entry, and not offered
  // the register again.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`#/cases/${caseId}$`));
  const entry = amanov.getByRole('link', { name: 'На учёте под № M-000001' });
  await expect(entry).toBeVisible();
  await expect(amanov.getByRole('button', { name: 'Поставить на учёт в реестр поднадзорных' })).toHaveCount(
    0,
  );
  await openCase(page, host.url, caseId, '241500031000703');
  await expect(entry).toBeVisible();
  await expect(amanov.getByRole('button', { name: 'Поставить на учёт в реестр поднадзорных' })).toHaveCount(
    0,
  );
  await entry.click();
  await expect(page).toHaveURL(personUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Аманов Ерлан Болатович' })).toBeVisible();
});

test('a woman is named in the feminine on the case, on her register page and when registered', async ({
  page,
  host,
}) => {
  const person = await createPerson(host, {
    fullName: 'Жаксылыкова Динара Ерлановна',
    birthDate: '1990-05-05',
    sex: 'F',
    district: 'Yesil',
  });
  await host.call('monitoring.addPeriod', {
    id: person.id,
    period: { type: 'probation', start: '2024-01-01', end: '2024-03-31', checkInsPerMonth: 1 },
  });
  await host.call('monitoring.recordEvent', {
    id: person.id,
    period: 0,
    event: { on: '2024-01-20', type: 'attended' },
  });
  const caseId = await createCase(host, '241500031000705', '2024-02-01');
  await host.call('cases.addDefendant', {
    id: caseId,
    defendant: { fullName: 'Аманов Ерлан Болатович', birthDate: '1988-01-20', sex: 'M' },
  });
  await host.call('cases.addDefendant', {
    id: caseId,
    defendant: { fullName: 'Жаксылыкова Динара Ерлановна', birthDate: '1990-05-05', sex: 'F' },
  });
  await host.call('cases.addDefendant', {
    id: caseId,
    defendant: { fullName: 'Лебедева Вера Викторовна', birthDate: '1992-09-09', sex: 'F' },
  });
  await host.call('cases.forward', { id: caseId, on: '2024-04-01' });
  await host.call('cases.recordVerdict', { id: caseId, index: 2, verdict: 'convicted', on: '2024-06-01' });

  await openCase(page, host.url, caseId, '241500031000705');
  const flag = page.getByRole('alert').filter({ hasText: 'лицо из реестра поднадзорных' });
  await expect(flag).toContainText('В деле, возможно, фигурирует лицо из реестра поднадзорных');
  await expect(flag).toContainText('подсудимая № 2, Жаксылыкова Д. Е.');
  await expect(flag).not.toContainText('подсудимый');

  // Her register page says who the case names, in her gender, and that she attended.
  await flag.getByRole('link', { name: 'Жаксылыкова Динара Ерлановна' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Жаксылыкова Динара Ерлановна' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Повторные преступления' })).toContainText(
    'в деле указана Жаксылыкова Динара Ерлановна',
  );
  const period = page.getByRole('region', { name: /^Пробационный контроль, / });
  await expect(period.getByRole('row', { name: /^Явилась/ })).toContainText('1 из 3 положенных за период');

  // A convicted woman put on the register is told so in the feminine.
  await openCase(page, host.url, caseId, '241500031000705');
  const lebedeva = caseRegions(page).defendants.getByRole('row', { name: /Лебедева Вера Викторовна/ });
  await lebedeva.getByRole('button', { name: 'Поставить на учёт в реестр поднадзорных' }).click();
  await page
    .getByRole('dialog', { name: 'Поставить на учёт в реестр поднадзорных: Лебедева В. В.?' })
    .getByRole('button', { name: 'Поставить на учёт' })
    .click();
  await expect(page.getByText('Поставлена на учёт под номером M-000002')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Лебедева Вера Викторовна' })).toBeVisible();
});

test('the dashboard lists a check-in missed by a person under supervision', async ({ page, host }) => {
  await createCase(host, '241500031000704');
  const person = await createPerson(host);
  // A period from the first day of the month two months back, one check-in a month, none attended:
  // the check-ins due at the end of each of those two months are overdue; the person is listed once,
  // at the older one.
  const [year, month] = todayIso().split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(year, month - 3, 1)).toISOString().slice(0, 10);
  const firstDue = new Date(Date.UTC(year, month - 2, 0)).toISOString().slice(0, 10);
  await host.call('monitoring.addPeriod', {
    id: person.id,
    period: { type: 'administrative', start, checkInsPerMonth: 1 },
  });

  await openApp(page, host.url);
  const card = page.getByRole('region', { name: 'Надзор за ранее судимыми' });
  await expect(card.getByRole('link', { name: 'Под надзором: 1' })).toBeVisible();
  const overdue = card.getByRole('region', { name: 'Пропущенные явки' });
  await expect(overdue.getByText('2', { exact: true })).toBeVisible();
  await expect(overdue.getByRole('listitem')).toHaveCount(1);
  await expect(overdue.getByRole('listitem')).toContainText(`срок ${ruDate(firstDue)}`);
  await expect(overdue.getByRole('link', { name: 'Показать все' })).toHaveAttribute(
    'href',
    '#/monitoring?filter=overdue',
  );
  await expect(card.getByRole('region', { name: 'Совпадения, ожидающие решения' })).toContainText(
    'Совпадений, ожидающих решения, нет',
  );
  await overdue.getByRole('link', { name: 'Аманов Ерлан Болатович' }).click();
  await expect(page).toHaveURL(new RegExp(`#/monitoring/${person.id}$`));
});
