import { fileCase, importThroughApi } from './fixtures/case-files';
import { expect, test } from './fixtures/host';
import { signInAs } from './fixtures/roles';
import { openApp } from './fixtures/ui';

interface ReportSettings {
  issueDate: string | null;
  texts: Record<'ru' | 'kk' | 'en', Record<string, string>>;
}

const OFFICE = 'Астана қаласы прокуратурасының қадағалау басқармасы';
const LEGAL = 'Қорқытып алушылық туралы өзгертілген мәтін.';

test('the review texts are edited per language, kept after a reload, and a default can be restored', async ({
  page,
  host,
}) => {
  await openApp(page, host.url, '/settings');
  const save = page.getByRole('button', { name: 'Записать тексты обзора' });
  await expect(save).toBeDisabled();

  await page.getByRole('tab', { name: 'На казахском' }).click();
  const kazakh = page.getByRole('tabpanel', { name: 'На казахском' });
  const office = kazakh.getByLabel('Орган прокуратуры', { exact: true });
  await expect(office).toHaveValue('Астана қаласының прокуратурасы');
  const legal = kazakh.getByLabel('Правовая основа', { exact: true });
  await expect(legal).toHaveValue(/Қылмыстық-процестік кодекс/);
  const restoreLegal = kazakh.getByRole('button', { name: 'Вернуть текст по умолчанию: Правовая основа' });
  await expect(restoreLegal).toBeDisabled();

  // Too long for the cover: refused at the field before anything is sent.
  await office.fill('x'.repeat(301));
  await save.click();
  await expect(kazakh.getByText('Слишком длинно (не более 300 символов)')).toBeVisible();

  await office.fill(OFFICE);
  await legal.fill(LEGAL);
  const issueDate = page.getByLabel('Дата выпуска', { exact: true });
  await issueDate.fill('2025-02-15');
  await issueDate.press('Tab');
  await save.click();
  await expect(page.getByText('Тексты обзора сохранены')).toBeVisible();
  await expect(save).toBeDisabled();

  await page.reload();
  await expect(page.getByLabel('Дата выпуска', { exact: true })).toHaveValue('15.02.2025');
  await page.getByRole('tab', { name: 'На казахском' }).click();
  await expect(kazakh.getByLabel('Орган прокуратуры', { exact: true })).toHaveValue(OFFICE);
  await expect(kazakh.getByLabel('Правовая основа', { exact: true })).toHaveValue(LEGAL);
  // The other languages keep their own wording.
  await page.getByRole('tab', { name: 'На русском' }).click();
  await expect(
    page.getByRole('tabpanel', { name: 'На русском' }).getByLabel('Орган прокуратуры', { exact: true }),
  ).toHaveValue('Прокуратура города Астаны');

  let stored = await host.call<ReportSettings>('reports.settings', {});
  expect(stored.texts.kk.office).toBe(OFFICE);
  expect(stored.texts.kk.legalFramework).toBe(LEGAL);
  expect(stored.texts.ru.office).toBe('Прокуратура города Астаны');
  expect(stored.issueDate).toBe('2025-02-15');

  await page.getByRole('tab', { name: 'На казахском' }).click();
  await restoreLegal.click();
  await expect(kazakh.getByLabel('Правовая основа', { exact: true })).toHaveValue(
    /^Прокуратура .*Қылмыстық-процестік кодекс/,
  );
  await expect(restoreLegal).toBeDisabled();
  await save.click();
  await expect(page.getByText('Тексты обзора сохранены')).toBeVisible();

  stored = await host.call<ReportSettings>('reports.settings', {});
  expect(stored.texts.kk.legalFramework).toMatch(/^Прокуратура .*Қылмыстық-процестік кодекс/);
  expect(stored.texts.kk.office).toBe(OFFICE);
});

test('the Reports screen warns of the placeholder signatory before a PDF, and leads to Settings', async ({
  page,
  host,
}) => {
  await openApp(page, host.url, '/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Отчёты' })).toBeVisible();
  const warning = page.getByRole('alert').filter({ hasText: 'Тексты обзора (Русский) не заданы' });
  await expect(warning).toContainText('Подписывающий');
  await warning.getByRole('button', { name: 'Открыть настройки' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();

  // Once the signatory is named, the warning is gone.
  const settings = await host.call<ReportSettings>('reports.settings');
  settings.texts.ru.signatoryName = 'А. Б. Сериков';
  await host.call('reports.saveSettings', settings);
  await openApp(page, host.url, '/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Отчёты' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Сформировать PDF' })).toBeVisible();
  await expect(page.getByText('Тексты обзора (Русский) не заданы')).toHaveCount(0);
});

test('a reporter is warned of an imported tactic the review would print unnamed, and told who can name it', async ({
  page,
  host,
}) => {
  await importThroughApi(host, [
    fileCase('245500000000101', { registeredOn: '2024-05-02', tactics: ['sextortion-bot'] }),
  ]);
  await signInAs(page, host, 'reporter', 'analyst');
  await openApp(page, host.url, '/reports?year=2024');
  const warning = page.getByRole('alert').filter({ hasText: 'Тексты обзора (Русский) не заданы' });
  await expect(warning).toContainText(
    'Эти значения не названы на языке обзора (Русский) и будут напечатаны как записаны в данных: Sextortion bot (способы).',
  );
  // Only an administrator sets them: the reporter is told so, and not sent to a screen they cannot change.
  await expect(warning).toContainText('Задать их в настройках может администратор');
  await expect(warning.getByRole('button', { name: 'Открыть настройки' })).toHaveCount(0);

  // Named in Russian by the administrator: the value is no longer listed for a Russian review.
  const [tactic] = (
    await host.call<{ id: number; name: string; labels: Record<string, string | null>; active: boolean }[]>(
      'reference.list',
      { kind: 'tactic', includeInactive: true },
    )
  ).filter((item) => item.name === 'sextortion-bot');
  await host.call('reference.save', {
    kind: 'tactic',
    id: tactic!.id,
    name: tactic!.name,
    labels: { ru: 'Бот-вымогатель', kk: null, en: null },
    active: true,
  });
  await page.reload();
  await expect(warning).toBeVisible();
  await expect(warning).not.toContainText('Эти значения не названы');
});
