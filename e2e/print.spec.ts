import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import en from '../shared/i18n/locales/en';
import ru from '../shared/i18n/locales/ru';
import { expect, test } from './fixtures/host';
import { openCase, seedFullCase } from './fixtures/case-page';
import { openApp, sampleCase } from './fixtures/ui';

/** Counts the calls of window.print instead of opening the system dialog a test cannot drive. */
async function countPrints(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const counted = window as unknown as { printed: number };
    counted.printed = 0;
    window.print = () => {
      counted.printed += 1;
    };
  });
  return () => page.evaluate(() => (window as unknown as { printed: number }).printed);
}

test('a case card is printed through the system dialog, laid out for paper without the menu and buttons', async ({
  page,
  host,
}) => {
  const printed = await countPrints(page);
  const { id } = await host.call<{ id: number }>('cases.create', sampleCase('241500031001201', 'Nura'));
  await openApp(page, host.url, `/cases/${id}`);
  const heading = page.getByRole('heading', { level: 1, name: 'Дело № 241500031001201' });
  await expect(heading).toBeVisible();

  await page.getByRole('button', { name: 'Печать' }).click();
  expect(await printed()).toBe(1);

  // What the printer gets: the case, its stages and details, no navigation, no action buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(heading).toBeVisible();
  await expect(page.getByText('Нура').first()).toBeVisible();
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Печать' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'К списку дел' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('navigation')).toBeVisible();
});

test('the case list as shown is printed, its rows without the paging controls', async ({ page, host }) => {
  const printed = await countPrints(page);
  await host.call('cases.create', sampleCase('241500031001301', 'Yesil'));
  await host.call('cases.create', sampleCase('241500031001302', 'Nura'));
  await openApp(page, host.url, '/cases?district=Nura');
  await expect(page.getByRole('row', { name: /241500031001302/ })).toBeVisible();

  await page.getByRole('button', { name: 'Печать' }).click();
  expect(await printed()).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('row', { name: /241500031001302/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /241500031001301/ })).toHaveCount(0);
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Экспорт' })).toBeHidden();
});

test('the case page prints a one-page card: stages with dates, parties, sentences and the last changes', async ({
  page,
  host,
}, testInfo) => {
  const id = await seedFullCase(host, '241500031001401');
  await openCase(page, host.url, id, '241500031001401');
  await expect(page.getByRole('tab', { name: 'История' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  const card = page.getByRole('article', { name: 'Карточка дела для печати' });
  await expect(card.getByRole('heading', { level: 1, name: 'Дело № 241500031001401' })).toBeVisible();
  await expect(card.getByRole('definition').filter({ hasText: 'Есиль' })).toBeVisible();

  const stages = card.getByRole('region', { name: 'Ход дела' });
  for (const [stage, dates] of [
    ['Зарегистрировано', '15.03.2024'],
    ['Направлено в суд', '20.04.2024'],
    ['Вынесен приговор', '11.06.2024'],
    ['Назначено наказание', '11.06.2024; 18.06.2024'],
  ]) {
    await expect(stages.getByRole('row', { name: `${stage} ${dates}` })).toBeVisible();
  }

  const convicted = card.getByRole('region', { name: 'Осуждённые' });
  const amanov = convicted.getByRole('row', { name: /Аманов Ерлан Болатович/ });
  await expect(amanov).toContainText('Осуждён 11.06.2024');
  await expect(amanov).toContainText('Лишение свободы, 5 лет');
  await expect(amanov).not.toContainText('0 мес.');
  await expect(convicted.getByRole('row', { name: /Серікова/ })).toContainText('Штраф 500 000 ₸');
  const victims = card.getByRole('region', { name: 'Потерпевшие' });
  await expect(victims.getByRole('row')).toHaveCount(3); // the header and two victims
  await expect(victims.getByRole('row', { name: /12\.05\.1996/ })).toContainText('Женский');

  // Ten entries were written (registration, 2 victims, 2 defendants, forwarding, 2 verdicts, 2
  // sentences): the five newest, newest first, with who made them.
  const changes = card.getByRole('region', { name: 'Последние изменения' });
  const rows = changes.getByRole('row');
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(1)).toContainText('Записано назначенное наказание');
  await expect(rows.nth(1)).toContainText('Администратор Тестов (admin)');
  await expect(rows.nth(5)).toContainText('Записано направление в суд');

  // Nothing only a screen needs: no menu, buttons, tabs or the screen's own sections.
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('tab')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Хронология' })).toHaveCount(0);
  await expect(page.getByText('Все данные хранятся только на этом компьютере.')).toBeHidden();

  // What a person sees in the preview (looked at when the card changes), and one A4 page in Chromium's PDF.
  await page.screenshot({ path: testInfo.outputPath('case-card-print.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', path: testInfo.outputPath('case-card.pdf') });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
});

/**
 * What Chromium sends to the printer for the page as it stands, on A4 (the print dialog's default), one
 * text a sheet. It lays the page out for paper as window.print() does, beforeprint and afterprint
 * included, so nothing emulates print media first: the rows must be there the moment printing starts.
 */
async function printedSheets(page: Page, path: string): Promise<string[]> {
  await page.pdf({ path, format: 'A4', preferCSSPageSize: true });
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

/**
 * The words on the first sheet with how far right each ends, and the sheet's width (PDF points). What
 * runs off the sheet is cut from the PDF altogether, so a column that does not fit is missing here.
 */
function firstSheetWords(path: string): { width: number; words: { text: string; right: number }[] } {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', path, '-'], { encoding: 'utf8' });
  const width = Number(/<page width="([\d.]+)"/.exec(html)?.[1]);
  const words = [
    ...html.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g),
  ];
  return { width, words: words.map(([, right, text]) => ({ text: text!, right: Number(right) })) };
}

interface ListPage {
  total: number;
  items: { registryNumber: string }[];
}

test.describe('the case list on paper', () => {
  test('every row of the page, in order, under a title naming the filters, its header on each sheet, no menu or filters (ru, 1366 px)', async ({
    page,
    host,
  }, testInfo) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await host.call('demo.fill', {});
    const list = await host.call<ListPage>('cases.list', { year: 2024, page: 1, pageSize: 50 });
    expect(list.items).toHaveLength(50);
    await openApp(page, host.url, '/cases?year=2024');
    await expect(page.getByRole('row', { name: new RegExp(list.items[0]!.registryNumber) })).toBeVisible();

    const path = testInfo.outputPath('case-list-ru.pdf');
    const sheets = await printedSheets(page, path);
    expect(sheets.join('\n').match(/\b\d{15}\b/g)).toEqual(list.items.map((c) => c.registryNumber));
    expect(sheets.length).toBeGreaterThan(1);
    for (const sheet of sheets) {
      expect(sheet).toContain(ru.cases.field.registryNumber);
      expect(sheet).toContain(ru.caseList.column.deadline);
    }
    expect(sheets[0]).toMatch(
      new RegExp(`Год: 2024\\. Дела с 1 по 50 из ${list.total}, по состоянию на \\d\\d\\.\\d\\d\\.\\d{4}`),
    );
    const printed = sheets.join('\n');
    for (const screenOnly of [ru.nav.monitoring, ru.caseList.filter.platform, ru.print.button, ru.cases.new])
      expect(printed).not.toContain(screenOnly);
  });

  test('the last column fits the sheet and the title names the year and district (en, 1280 px)', async ({
    page,
    host,
  }, testInfo) => {
    await host.call('demo.fill', {});
    await host.call('settings.setLanguage', { language: 'en' });
    const list = await host.call<ListPage>('cases.list', {
      year: 2024,
      district: 'Almaty',
      page: 1,
      pageSize: 50,
    });
    await openApp(page, host.url, '/cases?year=2024&district=Almaty');
    await expect(page.getByRole('row', { name: new RegExp(list.items[0]!.registryNumber) })).toBeVisible();

    const path = testInfo.outputPath('case-list-en.pdf');
    const sheets = await printedSheets(page, path);
    expect(sheets.join('\n').match(/\b\d{15}\b/g)).toEqual(list.items.map((c) => c.registryNumber));
    expect(sheets[0]).toMatch(new RegExp(`Year: 2024; District: Almaty\\. ${list.total} cases, as of`));
    const { width, words } = firstSheetWords(path);
    // The filters are not printed, so this is the last column's title.
    const lastHeader = words.find((word) => word.text === en.caseList.column.deadline);
    expect(lastHeader?.right).toBeLessThan(width);
    expect(sheets.join('\n')).not.toContain(en.caseList.filter.platform);
  });
});
