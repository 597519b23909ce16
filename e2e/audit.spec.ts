import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import ru from '../shared/i18n/locales/ru';
import { callAs } from './fixtures/roles';
import { expect, test, type RunningHost } from './fixtures/host';
import { exportTrail, openApp, sampleCase } from './fixtures/ui';

const A = '245100031000123';
const B = '245100031000456';
const REASON = 'Дата уточнена по письму суда';
const TEMPORARY = 'temporary-pass-1';
const PASSWORD = 'a-long-enough-password';

/**
 * An account of this role, created by the administrator and ready to use: its first password replaced
 * through the API, as the app requires. Returns its session.
 */
async function account(host: RunningHost, role: string, login: string, fullName: string): Promise<string> {
  await host.call('users.create', { fullName, login, role, password: TEMPORARY });
  const { session } = await callAs<{ session: string }>(host, null, 'auth.login', {
    login,
    password: TEMPORARY,
  });
  await callAs(host, session, 'auth.changePassword', { current: TEMPORARY, next: PASSWORD });
  return session;
}

/** Opens the app signed in as the holder of `session` instead of the administrator. */
async function signInPage(page: Page, session: string): Promise<void> {
  await page.addInitScript((token) => sessionStorage.setItem('nadzor.session', token), session);
}

/**
 * The administrator registers and forwards case A; the supervisor registers B and corrects its date.
 * The trail then holds, counted by hand:
 * - 23 entries of the template database: 5 districts, 3 articles, 7 platforms, 6 tactics, the
 *   reference seed and the administrator's account;
 * - 2 of Dana's account: created by the administrator, her own password set by her;
 * - 2 of case A: registered, forwarded;
 * - 3 of case B, all Dana's: registered, forwarded, the forwarding date corrected.
 */
const TRAIL = { all: 30, byDana: 4, ofB: 3 };

async function writeSomeTrail(host: RunningHost) {
  const dana = await account(host, 'supervisor', 'dana', 'Жумабекова Дана Каримовна');
  const a = await host.call<{ id: number }>('cases.create', sampleCase(A));
  await host.call('cases.forward', { id: a.id, on: '2024-05-02' });
  const b = await callAs<{ id: number }>(host, dana, 'cases.create', sampleCase(B));
  await callAs(host, dana, 'cases.forward', { id: b.id, on: '2024-05-10' });
  await callAs(host, dana, 'cases.forward', { id: b.id, on: '2024-05-12', reason: REASON });
  return { a: a.id, b: b.id };
}

/** "30 записей", "2 записи": the count the list shows. */
const total = (count: number) => new RegExp(`^${count} запис(ь|и|ей)$`);
const entries = (page: Page) => page.getByRole('row', { name: /^Открыть запись № \d+$/ });

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('the administrator filters the trail by user, action and object, and opens an entry in context', async ({
  page,
  host,
}) => {
  const { b } = await writeSomeTrail(host);

  await openApp(page, host.url, '/audit');
  await expect(page.getByRole('heading', { level: 1, name: ru.audit.title })).toBeVisible();
  await expect(page.getByText(total(TRAIL.all))).toBeVisible();
  await expect(entries(page).first()).toBeVisible();

  // By user: only the supervisor's entries.
  await choose(page, ru.audit.filter.actor, 'Жумабекова Дана Каримовна (dana)');
  await expect(page.getByText(total(TRAIL.byDana))).toBeVisible();
  await expect(entries(page)).toHaveCount(TRAIL.byDana);
  for (const row of await entries(page).all()) await expect(row).toContainText('Жумабекова Дана Каримовна');

  // And by action: her two forwards of case B.
  await choose(page, ru.audit.filter.action, ru.history.action.case_forward);
  await expect(page.getByText(total(2))).toBeVisible();
  await expect(entries(page)).toHaveCount(2);
  await expect(entries(page).first()).toContainText(REASON);
  await expect(page).toHaveURL(/actor=user%3Adana.*action=case\.forward/);

  // By object: everything that happened to case B, found by its registry number.
  await page.getByRole('button', { name: ru.audit.clearFilters }).click();
  await expect(page.getByText(total(TRAIL.all))).toBeVisible();
  const search = page.getByRole('searchbox', { name: ru.audit.filter.entity });
  await search.fill(B);
  await search.press('Enter');
  await expect(page.getByText(total(TRAIL.ofB))).toBeVisible();
  await expect(entries(page)).toHaveCount(TRAIL.ofB);

  // The correction opens with its change, its reason and its place in the chain.
  await entries(page).filter({ hasText: REASON }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toContainText(REASON);
  await expect(drawer.getByRole('list', { name: ru.audit.entry.changes })).toContainText('12.05.2024');
  await expect(drawer.getByText(ru.audit.entry.hash)).toBeVisible();
  await drawer.getByRole('button', { name: ru.audit.entry.openInContext }).click();
  await expect(page).toHaveURL(new RegExp(`#/cases/${b}$`));
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(B) })).toBeVisible();
});

test('Verify says the trail is intact, and the exports carry the head hash it shows', async ({
  page,
  host,
}) => {
  await writeSomeTrail(host);

  // Verify: intact, with the number of entries and the head hash.
  await openApp(page, host.url, '/audit');
  await expect(entries(page).first()).toBeVisible();
  await page.getByRole('button', { name: ru.audit.verify.button }).click();
  const verdict = page.getByRole('alert').filter({ hasText: ru.audit.verify.headHash });
  await expect(verdict).toContainText(new RegExp(`^Журнал не нарушен: ${TRAIL.all} запис`));
  const headHash = (await verdict.locator('code').textContent())?.trim() ?? '';
  expect(headHash).toMatch(/^[0-9a-f]{64}$/);

  // The head entry, opened by its number as a printed copy names it, has that hash.
  const number = page.getByRole('searchbox', { name: ru.audit.openByNumber });
  await number.fill(String(TRAIL.all));
  await number.press('Enter');
  const head = page.getByRole('dialog', { name: `Запись № ${TRAIL.all}` });
  await expect(head).toContainText(headHash);
  await head.getByRole('button', { name: 'Закрыть' }).click();
  await expect(head).toBeHidden();

  // Exports of the whole trail carry the same head hash.
  const csvDownload = page.waitForEvent('download');
  await exportTrail(page, ru.audit.export.csv);
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/^nadzor-audit-\d{4}-\d{2}-\d{2}\.csv$/);
  const csvText = readFileSync((await csv.path()) ?? '', 'utf8');
  expect(csvText.startsWith('\uFEFF№,')).toBe(true);
  expect(csvText).toContain(`${ru.audit.csv.about.headHash},${headHash}`);
  expect(csvText).toContain(REASON);

  const xlsxDownload = page.waitForEvent('download');
  await exportTrail(page, ru.audit.export.xlsx);
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toMatch(/^nadzor-audit-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsx.path());
  const trailSheet = workbook.getWorksheet(ru.audit.pdf.title)!;
  expect(trailSheet.getRow(1).getCell(1).value).toBe('№');
  expect(trailSheet.getRow(1 + TRAIL.all).getCell(12).value).toBe(headHash);

  const pdfDownload = page.waitForEvent('download');
  await exportTrail(page, ru.audit.export.pdf);
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/^nadzor-audit-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(
    readFileSync((await pdf.path()) ?? '')
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-');
});

test('Verify names a record changed outside Nadzor, in words', async ({ page, host }) => {
  const { a } = await writeSomeTrail(host);
  // A change made straight in the database file, around the application and its trail.
  const db = new Database(host.dbPath);
  db.prepare('UPDATE cases SET damage_kzt = 1 WHERE id = ?').run(a);
  db.close();

  await openApp(page, host.url, '/audit');
  await page.getByRole('button', { name: ru.audit.verify.button }).click();
  const verdict = page.getByRole('alert').filter({ hasText: ru.audit.verify.failed });
  await expect(verdict).toContainText(
    ru.audit.verify.kind.changedOutside.replace('{{entity}}', `${ru.audit.entityType.case}, ID ${a}`),
  );
});

test('Verify names a count the figures read that was changed outside Nadzor', async ({ page, host }) => {
  const { a } = await writeSomeTrail(host);
  // The cases per district, which the list and the figures read, raised straight in the file.
  const db = new Database(host.dbPath);
  const { district } = db.prepare('SELECT district_id AS district FROM cases WHERE id = ?').get(a) as {
    district: number;
  };
  db.prepare('UPDATE district_case_counts SET cases = cases + 5 WHERE district_id = ?').run(district);
  db.close();

  await openApp(page, host.url, '/audit');
  await page.getByRole('button', { name: ru.audit.verify.button }).click();
  const verdict = page.getByRole('alert').filter({ hasText: ru.audit.verify.failed });
  await expect(verdict).toContainText(
    ru.audit.verify.kind.derivedChanged
      .replace('{{table}}', 'district_case_counts')
      .replace('{{row}}', String(district))
      .replace('{{column}}', 'cases'),
  );
});

test('Check a printed copy says in words whether the trail still holds a head printed earlier', async ({
  page,
  host,
}) => {
  await writeSomeTrail(host);
  // Entry 25 and its hash as a review PDF printed them (read from the file, as the printout shows it).
  const db = new Database(host.dbPath, { readonly: true });
  const { hash } = db.prepare('SELECT hash FROM audit_log WHERE seq = 25').get() as { hash: string };
  db.close();

  await openApp(page, host.url, '/audit');
  await page.getByRole('button', { name: ru.audit.anchor.button }).click();
  const dialog = page.getByRole('dialog', { name: ru.audit.anchor.title });
  await dialog.getByLabel(ru.audit.anchor.count).fill('25');
  // Not a hash: refused at its field, in words, before anything is asked of the trail.
  await dialog.getByLabel(ru.audit.anchor.hash).fill('25:abc');
  await dialog.getByRole('button', { name: ru.audit.anchor.check }).click();
  await expect(dialog.getByText(ru.errors.anchorHash)).toBeVisible();

  // As printed (in capitals, with a space copied along): the trail holds it.
  await dialog.getByLabel(ru.audit.anchor.hash).fill(` ${hash.toUpperCase()}`);
  await dialog.getByRole('button', { name: ru.audit.anchor.check }).click();
  await expect(dialog.getByRole('status')).toHaveText(ru.audit.anchor.holds.replace('{{seq}}', '25'));

  // A copy printed from a longer trail than there is now: entries have been removed since.
  await dialog.getByLabel(ru.audit.anchor.count).fill('40');
  await dialog.getByRole('button', { name: ru.audit.anchor.check }).click();
  const verdict = dialog.getByRole('alert').filter({ hasText: ru.audit.anchor.notHeld });
  await expect(verdict).toContainText(
    (ru.audit.anchor.truncated_many ?? '')
      .replace('{{count, number}}', String(TRAIL.all))
      .replace('{{seq}}', '40'),
  );
});

test.describe('other roles', () => {
  test.use({ account: 'signedOut' });

  test('an auditor sees the Audit screen, verifies and exports the trail', async ({ page, host }) => {
    await writeSomeTrail(host);
    const auditor = await account(host, 'auditor', 'aida', 'Сериккызы Аида');
    await signInPage(page, auditor);
    await openApp(page, host.url);
    await page.getByRole('menuitem', { name: ru.nav.audit }).click();
    await expect(page.getByRole('heading', { level: 1, name: ru.audit.title })).toBeVisible();
    await expect(entries(page).first()).toBeVisible();

    await page.getByRole('button', { name: ru.audit.verify.button }).click();
    await expect(page.getByRole('alert').filter({ hasText: ru.audit.verify.headHash })).toContainText(
      'Журнал не нарушен',
    );
    const download = page.waitForEvent('download');
    await exportTrail(page, ru.audit.export.csv);
    const csv = readFileSync((await (await download).path()) ?? '', 'utf8');
    expect(csv).toContain(`${ru.audit.csv.about.exportedBy},Сериккызы Аида (aida)`);
  });

  test('a supervisor has no Audit entry in the navigation, and the address says it is not for them', async ({
    page,
    host,
  }) => {
    const dana = await account(host, 'supervisor', 'dana', 'Жумабекова Дана Каримовна');
    await signInPage(page, dana);
    await openApp(page, host.url);
    await expect(page.getByRole('menuitem', { name: ru.nav.cases })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: ru.nav.audit })).toHaveCount(0);
    await openApp(page, host.url, '/audit');
    await expect(page.getByRole('heading', { level: 1, name: ru.roles.notPermitted.title })).toBeVisible();
    await expect(page.getByRole('button', { name: ru.audit.verify.button })).toHaveCount(0);
  });
});
