// Screenshots of a fully populated case page in Russian and Kazakh, for looking at the layout.
// Run with `npx tsx e2e/case-page-screenshots.ts [outDir]` after `node scripts/ensure-built.mjs`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import config from '../playwright.config';
import { seedFullCase } from './fixtures/case-page';
import { launchHost } from './fixtures/host';

const outDir = process.argv[2] ?? '/tmp/case-page';
mkdirSync(outDir, { recursive: true });
const chromiumProject = config.projects?.find((p) => p.name === 'chromium');
const host = await launchHost();
const browser = await chromium.launch(chromiumProject?.use?.launchOptions);
try {
  const id = await seedFullCase(host);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.log('console:', m.text().slice(0, 300));
  });
  for (const language of ['ru', 'kk', 'en'] as const) {
    await host.call('settings.setLanguage', { language });
    await page.goto(`${host.url}#/cases/${id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(outDir, `case-${language}.png`), fullPage: true });
    console.log(`wrote ${join(outDir, `case-${language}.png`)}`);
  }
  // The dialogs, in Russian: a sentence form and the correction reason asked for a changed date.
  await host.call('settings.setLanguage', { language: 'ru' });
  await page.goto(`${host.url}#/cases/${id}`);
  const defendants = page.getByRole('region', {
    name: /^(Подозреваемые и обвиняемые|Подсудимые|Осуждённые)$/,
  });
  await defendants
    .getByRole('row', { name: /Серікова/ })
    .getByRole('button', { name: 'Наказание' })
    .click();
  await page.getByRole('dialog', { name: /Наказание/ }).waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(outDir, 'sentence-ru.png') });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Исправить дату направления' }).click();
  const date = page.getByLabel('Дата направления в суд', { exact: true });
  await date.fill('22.04.2024');
  await date.press('Enter');
  await page.getByRole('dialog', { name: 'Исправление записанных сведений' }).waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(outDir, 'correction-ru.png') });
  console.log(`wrote the dialogs to ${outDir}`);
} finally {
  await browser.close();
  await host.stop();
}
