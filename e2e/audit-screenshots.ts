// Screenshots of the Audit screen (after Verify), an entry's drawer and the trail's PDF in Russian,
// Kazakh and English, for looking at the layout. Run with `npx tsx e2e/audit-screenshots.ts [outDir]`
// after `node scripts/ensure-built.mjs`; the PDF's pages are drawn with poppler's pdftoppm.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import config from '../playwright.config';
import en from '../shared/i18n/locales/en';
import kk from '../shared/i18n/locales/kk';
import ru from '../shared/i18n/locales/ru';
import { launchHost } from './fixtures/host';

const outDir = process.argv[2] ?? '/tmp/audit-screens';
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
  // An office's morning: demo data imported, a case registered and its date corrected with a reason.
  await host.call('demo.fill', {});
  const created = await host.call<{ id: number }>('cases.create', {
    registryNumber: '245100031000999',
    article: '194',
    part: null,
    district: 'Yesil',
    registeredOn: '2025-03-15',
  });
  await host.call('cases.forward', { id: created.id, on: '2025-04-02' });
  await host.call('cases.forward', {
    id: created.id,
    on: '2025-04-03',
    reason: 'Дата уточнена по сопроводительному письму суда от 03.04.2025 № 17-2/114',
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
  await page.addInitScript((token) => sessionStorage.setItem('nadzor.session', token), host.session ?? '');
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.log('console:', m.text().slice(0, 300));
  });
  for (const language of ['ru', 'kk', 'en'] as const) {
    await host.call('settings.setLanguage', { language });
    await page.goto(`${host.url}#/audit`);
    await settle(page);
    await page.getByRole('button', { name: { ru, kk, en }[language].audit.verify.button }).click();
    await page.getByRole('alert').waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(outDir, `audit-${language}.png`) });
    await page.getByRole('row').filter({ hasText: 'Дата уточнена' }).click();
    await page.getByRole('dialog').waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(outDir, `entry-${language}.png`) });
    await page.keyboard.press('Escape');

    const pdf = await host.call<{ pdfBase64: string }>('audit.exportPdf', { from: '2020-01-01' }, language);
    const file = join(outDir, `trail-${language}.pdf`);
    writeFileSync(file, Buffer.from(pdf.pdfBase64, 'base64'));
    spawnSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '2',
      file,
      join(outDir, `trail-${language}`),
    ]);
    console.log(`wrote ${language} to ${outDir}`);
  }
  await host.call('settings.setLanguage', { language: 'ru' });
} finally {
  await browser.close();
  await host.stop();
}
