import type { Page } from '@playwright/test';
import { caseRegions, seedFullCase } from './fixtures/case-page';
import { expect, test, type RunningHost } from './fixtures/host';
import { seedRegister } from './fixtures/monitoring';
import { signInAs, watchApiCalls, type ApiWatch } from './fixtures/roles';
import { PDF_SHOWN } from './fixtures/ui';

// The administrator exists (host.call acts as them) but the page is not theirs: each test signs in
// its own role.
test.use({ account: 'signedOut' });

const FULL_CASE = '241500031000214';
const FLAGGED_CASE = '261500031000412';

interface Seeded {
  full: number;
  flagged: number;
  person: number;
}

async function seed(host: RunningHost): Promise<Seeded> {
  const { amanov, caseId } = await seedRegister(host);
  return { full: await seedFullCase(host, FULL_CASE), flagged: caseId, person: amanov };
}

async function openApp(page: Page, url: string, route: string) {
  await page.goto(`${url}#${route}`);
  await expect(page.getByRole('navigation')).toBeVisible();
}

/** Opens a screen by its address and waits for its heading. */
async function open(page: Page, host: RunningHost, route: string, heading: string | RegExp) {
  await openApp(page, host.url, route);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

const openCase = (page: Page, host: RunningHost, id: number, registryNumber: string) =>
  open(page, host, `/cases/${id}`, `Дело № ${registryNumber}`);

/** No error told, and no call refused: the screens asked only for what the role may do. */
async function expectNoSurprise(page: Page, calls: ApiWatch) {
  await expect.poll(() => calls.inFlight()).toBe(0);
  await expect(page.getByText('Ваша роль не позволяет это действие.')).toHaveCount(0);
  expect(calls.refusals).toEqual([]);
}

const viewOnly = (page: Page) => page.getByText('Только просмотр');

/** The case pages, the register and a person's page as a role that changes nothing there sees them. */
async function expectReadOnlyRecords(page: Page, host: RunningHost, ids: Seeded) {
  await openCase(page, host, ids.full, FULL_CASE);
  const region = caseRegions(page);
  await expect(region.defendants.getByRole('row')).toHaveCount(3);
  await expect(viewOnly(page)).toBeVisible();
  await expect(region.actions).toHaveCount(0);
  for (const name of ['Изменить сведения', 'Направить в суд', 'Закрыть дело', /^Добавить /])
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  await expect(region.victims.getByRole('button')).toHaveCount(0);
  await expect(region.defendants.getByRole('button')).toHaveCount(0);

  await openCase(page, host, ids.flagged, FLAGGED_CASE);
  await expect(page.getByText('ожидает решения')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Подтвердить' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Отклонить' })).toHaveCount(0);

  await open(page, host, '/monitoring', 'Надзор за ранее судимыми');
  await expect(page.getByRole('cell', { name: 'Аманов Ерлан Болатович' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Поставить на учёт' })).toHaveCount(0);
  await expect(viewOnly(page)).toBeVisible();

  await open(page, host, `/monitoring/${ids.person}`, 'Аманов Ерлан Болатович');
  await expect(page.getByRole('heading', { name: 'Прежние судимости' })).toBeVisible();
  await expect(viewOnly(page)).toBeVisible();
  for (const name of [
    'Изменить личные данные',
    'Отметить явку',
    'Записать событие',
    'Изменить условия',
    'Удалить период',
    /^Удалить событие/,
    'Добавить период',
    'Добавить судимость',
    'Подтвердить',
    'Отклонить',
  ])
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Прежние судимости' }).getByRole('button')).toHaveCount(0);
}

/** Settings as everyone but the administrator sees them: their own language, the rest to read. */
async function expectReadOnlySettings(page: Page, host: RunningHost) {
  await open(page, host, '/settings', 'Настройки');
  await expect(page.getByRole('radio', { name: 'English' })).toBeEnabled();
  await expect(page.getByText('60 дней', { exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Дней с даты регистрации' })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: 'Сарыарка', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Добавить район' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Изменить «/ })).toHaveCount(0);
  await expect(page.getByText('Прокуратура города Астаны', { exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Орган прокуратуры' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Записать тексты обзора' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Добавить предмет' })).toHaveCount(0);
  await expect(viewOnly(page)).toHaveCount(4);
}

test('a supervisor has every control for cases, the register and imports, and none of the rest', async ({
  page,
  host,
}) => {
  test.slow(); // many screens, and the reporter's PDF, on a shared two-core machine
  const ids = await seed(host);
  await signInAs(page, host, 'supervisor', 'dana');
  const calls = watchApiCalls(page);

  await open(page, host, '/cases', 'Дела');
  await expect(page.getByRole('button', { name: 'Импорт' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Экспорт/ })).toHaveCount(0);
  await expect(viewOnly(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Новое дело' }).focus();
  await page.keyboard.press('Control+KeyN');
  await expect(page.getByRole('dialog', { name: 'Новое дело' })).toBeVisible();
  await page.keyboard.press('Escape');

  await openCase(page, host, ids.full, FULL_CASE);
  const region = caseRegions(page);
  await expect(region.actions.getByRole('button', { name: 'Изменить сведения' })).toBeEnabled();
  await expect(region.defendants.getByRole('button', { name: 'Добавить подсудимого' })).toBeEnabled();
  await expect(region.victims.getByRole('button', { name: 'Добавить потерпевшего' })).toBeEnabled();
  await expect(region.defendants.getByRole('button', { name: 'Приговор' })).toHaveCount(2);
  await expect(region.defendants.getByRole('button', { name: 'Наказание' })).toHaveCount(2);
  await expect(
    region.defendants.getByRole('button', { name: 'Поставить на учёт в реестр поднадзорных' }),
  ).toHaveCount(2);
  await expect(region.victims.getByRole('button', { name: 'Удалить' })).toHaveCount(2);
  // Each row's buttons say whose they are.
  await expect(
    region.victims.getByRole('button', { name: 'Удалить: потерпевший № 2', exact: true }),
  ).toBeEnabled();
  await expect(region.defendants.getByRole('button', { name: /^Изменить: Серікова/ })).toBeEnabled();
  await expect(viewOnly(page)).toHaveCount(0);

  await openCase(page, host, ids.flagged, FLAGGED_CASE);
  await expect(page.getByRole('button', { name: 'Подтвердить' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Отклонить' })).toBeEnabled();

  await open(page, host, '/monitoring', 'Надзор за ранее судимыми');
  await expect(page.getByRole('button', { name: 'Поставить на учёт' })).toBeEnabled();

  await open(page, host, `/monitoring/${ids.person}`, 'Аманов Ерлан Болатович');
  for (const name of [
    'Изменить личные данные',
    'Отметить явку',
    'Добавить период',
    'Удалить период',
    'Добавить судимость',
  ])
    await expect(page.getByRole('button', { name })).toBeEnabled();
  await expect(page.getByRole('button', { name: /^Удалить событие: / })).toHaveCount(4);
  await expect(page.getByRole('button', { name: 'Подтвердить' })).toBeEnabled();

  await open(page, host, '/cases/import', 'Импорт дел');
  await expect(page.getByText('Нажмите, чтобы выбрать файл, или перетащите его сюда')).toBeVisible();

  // The review's PDF is the reporter's: the button stays, disabled, and says why.
  await open(page, host, '/reports?year=2024', 'Отчёты');
  const pdf = page.getByRole('button', { name: 'Сформировать PDF' });
  await expect(pdf).toBeDisabled();
  await expect(pdf).toHaveAccessibleDescription(
    'Недоступно для вашей роли (Надзирающий прокурор). Доступно ролям: Администратор, Аналитик.',
  );

  await expectReadOnlySettings(page, host);
  await expectNoSurprise(page, calls);
});

test('a reporter reads everything, exports cases and produces the review PDF, and changes nothing', async ({
  page,
  host,
}) => {
  test.slow(); // many screens, and the reporter's PDF, on a shared two-core machine
  const ids = await seed(host);
  await signInAs(page, host, 'reporter', 'bolat');
  const calls = watchApiCalls(page);

  await open(page, host, '/', 'Сводка');
  await expect(page.getByRole('button', { name: 'Импорт' })).toHaveCount(0);

  await open(page, host, '/cases', 'Дела');
  await expect(page.getByRole('row', { name: new RegExp(FULL_CASE) })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Новое дело' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Импорт' })).toHaveCount(0);
  // Ctrl+N registers cases only for those who may.
  await page.getByRole('searchbox', { name: 'Поиск по номеру ЕРДР или ФИО обвиняемого' }).focus();
  await page.keyboard.press('Control+KeyN');
  await expect(page.getByRole('dialog', { name: 'Новое дело' })).toHaveCount(0);
  await expect(page).toHaveURL(/#\/cases$/);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Экспорт/ }).click();
  await page.getByRole('menuitem', { name: 'Все дела' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
  await expect(page.getByText(/^Выгружено 3 дела в файл /)).toBeVisible();

  await expectReadOnlyRecords(page, host, ids);

  await open(page, host, '/reports?year=2024', 'Отчёты');
  const pdf = page.getByRole('button', { name: 'Сформировать PDF' });
  await expect(pdf).toBeEnabled();
  await pdf.click();
  const dialog = page.getByRole('dialog', { name: 'Ежегодный обзор за 2024 год, PDF' });
  await expect(dialog.getByRole('button', { name: 'Сохранить PDF' })).toBeEnabled(PDF_SHOWN);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await expectReadOnlySettings(page, host);

  await openApp(page, host.url, '/cases/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Недоступно для вашей роли' })).toBeVisible();
  await expect(page.getByText(/Доступно ролям: Администратор, Надзирающий прокурор\.$/)).toBeVisible();
  await expect(page.getByRole('button', { name: /Нажмите, чтобы выбрать файл/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'К сводке' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Сводка' })).toBeVisible();

  await expectNoSurprise(page, calls);
});

test('an auditor reads everything and can neither export nor produce the PDF', async ({ page, host }) => {
  test.slow(); // many screens, and the reporter's PDF, on a shared two-core machine
  const ids = await seed(host);
  await signInAs(page, host, 'auditor', 'aliya');
  const calls = watchApiCalls(page);

  await open(page, host, '/cases', 'Дела');
  await expect(page.getByRole('row', { name: new RegExp(FULL_CASE) })).toBeVisible();
  for (const name of ['Новое дело', 'Импорт', /^Экспорт/])
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  await expect(viewOnly(page)).toBeVisible();

  await expectReadOnlyRecords(page, host, ids);

  await open(page, host, '/reports?year=2024', 'Отчёты');
  const pdf = page.getByRole('button', { name: 'Сформировать PDF' });
  await expect(pdf).toBeDisabled();
  const reason = 'Недоступно для вашей роли (Аудитор). Доступно ролям: Администратор, Аналитик.';
  await expect(pdf).toHaveAccessibleDescription(reason);
  await pdf.hover({ force: true });
  await expect(page.getByRole('tooltip', { name: reason })).toBeVisible();

  await expectReadOnlySettings(page, host);

  await openApp(page, host.url, '/cases/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Недоступно для вашей роли' })).toBeVisible();

  await expectNoSurprise(page, calls);
});

test('on an empty database, a reporter is told where cases come from, and offered nothing to load', async ({
  page,
  host,
}) => {
  await signInAs(page, host, 'reporter', 'bolat');
  const calls = watchApiCalls(page);
  await open(page, host, '/', 'Сводка');
  await expect(page.getByRole('heading', { name: 'Дел пока нет' })).toBeVisible();
  await expect(
    page.getByText('Дела появятся здесь, когда надзирающий прокурор импортирует или зарегистрирует их.'),
  ).toBeVisible();
  for (const name of ['Импорт', 'Новое дело', 'Загрузить демонстрационные данные'])
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  await open(page, host, '/monitoring', 'Надзор за ранее судимыми');
  await expect(page.getByText('В реестре пока никого нет.', { exact: true })).toBeVisible();
  await expectNoSurprise(page, calls);
});
