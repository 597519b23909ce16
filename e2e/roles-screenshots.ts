// Screenshots of the screens as read-only roles see them (an auditor; the Reports screen also as a
// supervisor, with the PDF button's reason shown), in Russian, Kazakh and English, for looking at the
// layout. Run with `npx tsx e2e/roles-screenshots.ts [outDir]` after `node scripts/ensure-built.mjs`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import config from '../playwright.config';
import { seedFullCase } from './fixtures/case-page';
import { launchHost } from './fixtures/host';
import { seedRegister } from './fixtures/monitoring';
import { callAs, signInAs } from './fixtures/roles';

const outDir = process.argv[2] ?? '/tmp/roles-screens';
mkdirSync(outDir, { recursive: true });
const chromiumProject = config.projects?.find((p) => p.name === 'chromium');
const host = await launchHost();
const browser = await chromium.launch(chromiumProject?.use?.launchOptions);

async function settle(page: Page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(600);
}

try {
  const { amanov, caseId: flagged } = await seedRegister(host);
  const full = await seedFullCase(host);
  const shots: [string, string][] = [
    ['cases', '/cases'],
    ['case', `/cases/${full}`],
    ['case-flagged', `/cases/${flagged}`],
    ['register', '/monitoring'],
    ['person', `/monitoring/${amanov}`],
    ['reports', '/reports?year=2024'],
    ['settings', '/settings'],
    ['import', '/cases/import'],
  ];
  for (const role of ['auditor', 'supervisor'] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') console.log('console:', m.text().slice(0, 300));
    });
    const session = await signInAs(page, host, role, `${role}1`);
    for (const language of ['ru', 'kk', 'en'] as const) {
      await callAs(host, session, 'settings.setLanguage', { language });
      for (const [name, route] of role === 'auditor' ? shots : shots.filter(([n]) => n === 'reports')) {
        await page.goto(`${host.url}#${route}`);
        await settle(page);
        if (role === 'supervisor') {
          await page.getByRole('button', { name: /PDF/ }).hover({ force: true });
          await page.waitForTimeout(500);
        }
        await page.screenshot({
          path: join(outDir, `${role}-${name}-${language}.png`),
          fullPage: role === 'auditor',
        });
      }
      console.log(`wrote ${role} ${language} to ${outDir}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await host.stop();
}
