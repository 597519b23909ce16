// Screenshots of the Monitoring screen and a person's page in Russian, Kazakh and English, for looking
// at the layout; with `--docs` it also writes docs/monitoring.png (the person's page in Russian).
// Run with `npx tsx e2e/monitoring-screenshots.ts [outDir] [--docs]` after `node scripts/ensure-built.mjs`.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import config from '../playwright.config';
import { launchHost } from './fixtures/host';
import { seedRegister } from './fixtures/monitoring';

const args = process.argv.slice(2);
const outDir = args.find((a) => !a.startsWith('--')) ?? '/tmp/monitoring-screens';
mkdirSync(outDir, { recursive: true });
const chromiumProject = config.projects?.find((p) => p.name === 'chromium');
const host = await launchHost();
const browser = await chromium.launch(chromiumProject?.use?.launchOptions);

async function settle(page: Page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(600); // let loading overlays and message toasts fade
}

try {
  const { amanov } = await seedRegister(host);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.log('console:', m.text().slice(0, 300));
  });
  for (const language of ['ru', 'kk', 'en'] as const) {
    await host.call('settings.setLanguage', { language });
    await page.goto(`${host.url}#/monitoring`);
    await settle(page);
    await page.screenshot({ path: join(outDir, `register-${language}.png`), fullPage: true });
    await page.goto(`${host.url}#/monitoring/${amanov}`);
    await settle(page);
    await page.screenshot({ path: join(outDir, `person-${language}.png`), fullPage: true });
    console.log(`wrote ${language} to ${outDir}`);
  }
  await host.call('settings.setLanguage', { language: 'ru' });
  await page.goto(`${host.url}#/monitoring/${amanov}`);
  await settle(page);
  await page.getByRole('button', { name: 'Записать событие' }).click();
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(outDir, 'event-ru.png') });
  await page.keyboard.press('Escape');
  await page.goto(`${host.url}#/monitoring`);
  await settle(page);
  await page.getByRole('button', { name: 'Поставить на учёт' }).click();
  await page.getByRole('dialog').getByLabel('ИИН', { exact: true }).fill('880120300124');
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(outDir, 'register-form-ru.png') });
  if (args.includes('--docs')) {
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${host.url}#/monitoring/${amanov}`);
    await settle(page);
    const target = resolve(import.meta.dirname, '../docs/monitoring.png');
    await page.screenshot({ path: target });
    console.log(`wrote ${target}`);
  }
} finally {
  await browser.close();
  await host.stop();
}
