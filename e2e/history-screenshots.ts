// Screenshots of the History tabs (a case corrected by a supervisor, an imported case, a person of the
// register) as an auditor sees them, in Russian, Kazakh and English, for looking at the layout.
// Run with `npx tsx e2e/history-screenshots.ts [outDir]` after `node scripts/ensure-built.mjs`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import config from '../playwright.config';
import { caseId, importThroughApi } from './fixtures/case-files';
import { seedFullCase } from './fixtures/case-page';
import { launchHost } from './fixtures/host';
import { seedRegister } from './fixtures/monitoring';
import { callAs, signInAs } from './fixtures/roles';
import { sampleCase } from './fixtures/ui';

const outDir = process.argv[2] ?? '/tmp/history-screens';
mkdirSync(outDir, { recursive: true });
const chromiumProject = config.projects?.find((p) => p.name === 'chromium');
const host = await launchHost();
const browser = await chromium.launch(chromiumProject?.use?.launchOptions);

async function settle(page: Page) {
  await page.getByRole('article').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(600);
}

try {
  const { amanov } = await seedRegister(host);
  const full = await seedFullCase(host);
  const supervisor = await browser.newPage();
  const session = await signInAs(supervisor, host, 'supervisor', 'petrov');
  await supervisor.close();
  const as = (method: string, input: unknown) => callAs(host, session, method, input);
  await as('cases.forward', {
    id: full,
    on: '2024-04-22',
    reason: 'Дата указана неверно: по сопроводительному письму дело направлено 22.04.2024',
  });
  await as('cases.updateVictim', {
    id: full,
    index: 1,
    victim: { sex: 'M', birthYear: 2000, employment: 'student' },
  });
  await as('cases.edit', {
    id: full,
    changes: { platforms: ['Telegram', 'WhatsApp'], damageKzt: 1_750_000 },
  });
  await as('cases.removeVictim', {
    id: full,
    index: 0,
    reason: 'Потерпевшая внесена ошибочно, дублирует дело 241500031000215',
  });
  await as('monitoring.recordEvent', {
    id: amanov,
    period: 0,
    event: {
      on: new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10),
      type: 'violation',
      description: 'Отсутствовал по месту жительства после 22:00',
    },
  });
  await importThroughApi(host, [
    { ...sampleCase('241500031000999', 'Nura', '2024-05-02'), platforms: ['Instagram'] },
  ]);
  const imported = await caseId(host, '241500031000999');

  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.log('console:', m.text().slice(0, 300));
  });
  const auditor = await signInAs(page, host, 'auditor', 'auditor1');
  for (const language of ['ru', 'kk', 'en'] as const) {
    await callAs(host, auditor, 'settings.setLanguage', { language });
    for (const [name, route] of [
      ['case', `/cases/${full}?tab=history`],
      ['imported', `/cases/${imported}?tab=history`],
      ['person', `/monitoring/${amanov}?tab=history`],
    ] as const) {
      await page.goto(`${host.url}#${route}`);
      await settle(page);
      await page.screenshot({ path: join(outDir, `history-${name}-${language}.png`), fullPage: true });
      // The latest entries at their real size: newest first, as the first screenful.
      await page.getByText(/Newest first|Сначала поздние|Алдымен соңғылары/).click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(outDir, `history-${name}-${language}-newest.png`) });
    }
    console.log(`wrote ${language} to ${outDir}`);
  }
} finally {
  await browser.close();
  await host.stop();
}
