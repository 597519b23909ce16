import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import ru from '../../shared/i18n/locales/ru';
import {
  electronBinaryPath,
  electronNativeBindingPath,
  hasElectronBinary,
  projectRoot,
} from './has-electron';

const hasElectron = hasElectronBinary();
const skipReason =
  'Electron binary not installed: node_modules/electron/dist is missing (`npm start` downloads it); the same UI is covered by the browser projects';
if (!hasElectron) console.log(`electron project: ${skipReason}`);
test.skip(!hasElectron, skipReason);

let app: ElectronApplication;
let dataDir: string;

test.beforeAll(async () => {
  // Without it main would load the plain-Node better-sqlite3 and stop at an error dialog.
  expect(
    electronNativeBindingPath(),
    'the Electron build of better-sqlite3 is missing: run `node scripts/electron-native.mjs` and see build/electron-native/prepare.log',
  ).toBeDefined();

  dataDir = mkdtempSync(join(tmpdir(), 'nadzor-electron-'));
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL' && entry[0] !== 'ELECTRON_RUN_AS_NODE',
    ),
  );
  app = await electron.launch({
    executablePath: electronBinaryPath() ?? undefined,
    args: [join(projectRoot, 'out', 'main', 'index.js')],
    cwd: projectRoot,
    // Each run gets its own database and its own userData (window state, single-instance lock).
    env: { ...env, NADZOR_DB: join(dataDir, 'nadzor.sqlite'), NADZOR_USER_DATA: join(dataDir, 'user-data') },
  });
});

test.afterAll(async () => {
  await app?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('creates the administrator at first start, then registers a case through the form and lists it', async () => {
  const page = await app.firstWindow();
  const registryNumber = `25${Date.now().toString().slice(-13)}`;

  // A new database: the session over IPC starts with the administrator's account.
  await expect(page.getByRole('heading', { level: 1, name: ru.auth.setup.title })).toBeVisible();
  await page.getByLabel(ru.auth.field.fullName, { exact: true }).fill('Сапарова Айгерим');
  await page.getByLabel(ru.auth.field.login, { exact: true }).fill('admin');
  await page.getByLabel(ru.auth.field.password, { exact: true }).fill('electron-admin-1');
  await page.getByLabel(ru.auth.field.repeat, { exact: true }).fill('electron-admin-1');
  await page.getByRole('button', { name: ru.auth.setup.submit }).click();

  await page.getByRole('menuitem', { name: ru.nav.cases }).click();
  await page.getByRole('button', { name: ru.cases.new }).click();

  const form = page.getByRole('dialog');
  await form.getByLabel(ru.cases.field.registryNumber, { exact: true }).fill(registryNumber);
  // Reference data (article 194, the Almaty district) is what the backend seeds into a new database.
  await form.getByLabel(ru.cases.field.article, { exact: true }).click();
  await page.getByRole('option', { name: /^194\b/ }).click();
  await form.getByLabel(ru.cases.field.district, { exact: true }).click();
  await page.getByRole('option', { name: 'Алматы' }).click();
  // The date comes prefilled with today.
  await expect(form.getByLabel(ru.cases.field.registeredOn, { exact: true })).toHaveValue(
    /^\d{4}-\d{2}-\d{2}$/,
  );
  await form.getByRole('button', { name: ru.cases.create }).click();

  await expect(page.getByRole('cell', { name: registryNumber, exact: true })).toBeVisible();
});

test('runs sandboxed, with no Node in the page and only the narrow bridge exposed', async () => {
  const page = await app.firstWindow();
  const exposed = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    bridge: Object.keys((globalThis as { nadzor?: object }).nadzor ?? {}),
  }));
  expect(exposed).toEqual({ require: 'undefined', process: 'undefined', bridge: ['call'] });
  expect(page.url()).toMatch(/^app:\/\/nadzor\//);
});
