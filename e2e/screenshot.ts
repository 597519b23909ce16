// Takes docs/screenshot.png (used by the README): the case list with a few cases, in Russian.
// Run with `npx tsx e2e/screenshot.ts`; it builds nothing, so run `node scripts/ensure-built.mjs` first.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import config from '../playwright.config';
import { launchHost, seedSession } from './fixtures/host';
import { openApp, sampleCase } from './fixtures/ui';

const cases = [
  sampleCase('241500031000214', 'Yesil', '2024-03-15'),
  { ...sampleCase('241500031000187', 'Almaty', '2024-03-02'), article: '190', part: '2' },
  sampleCase('241500031000153', 'Saryarka', '2024-02-21'),
  { ...sampleCase('241500031000120', 'Nura', '2024-02-08'), article: '297', part: '1' },
  { ...sampleCase('241500031000096', 'Baikonyr', '2024-01-29'), article: '190', part: '3' },
  sampleCase('241500031000042', 'Yesil', '2024-01-16'),
];

const chromiumProject = config.projects?.find((p) => p.name === 'chromium');
const host = await launchHost();
const browser = await chromium.launch(chromiumProject?.use?.launchOptions);
try {
  for (const c of cases) await host.call('cases.create', c);
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'ru-RU' });
  if (host.session) await seedSession(page, host.session);
  await openApp(page, host.url, '/cases');
  await page.getByRole('cell', { name: cases[0]!.registryNumber, exact: true }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500); // let the loading overlay fade out
  const target = resolve(import.meta.dirname, '../docs/screenshot.png');
  mkdirSync(resolve(target, '..'), { recursive: true });
  await page.screenshot({ path: target });
  console.log(`wrote ${target}`);
} finally {
  await browser.close();
  await host.stop();
}
