import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// The distribution's Chromium when there is one (CI images, offline machines); else Playwright's own.
// Its headless shell (Debian: chromium-headless-shell) draws the same pages for about a third less
// CPU than the full browser run headless (measured over the cases, dashboard, reports and layout
// specs), so the suite uses it unless a window is wanted (`--headed`, `--debug`, `--ui`, PWDEBUG).
// Workers load this file again without the runner's arguments: the choice reaches them in the
// environment they inherit.
if (process.argv.some((arg) => ['--headed', '--debug', '--ui'].includes(arg)) || process.env.PWDEBUG)
  process.env.NADZOR_E2E_WINDOW = '1';
const systemChromium = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium']
  .filter((path) => !process.env.NADZOR_E2E_WINDOW || !path.endsWith('headless-shell'))
  .find((path) => existsSync(path));

export default defineConfig({
  testDir: 'e2e',
  // Not test-results/ itself: Playwright empties its output folder first, and the unit tests'
  // report (test-results/unit.json, read by scripts/run-tests.mjs) lives there.
  outputDir: 'test-results/e2e-artifacts',
  // Each worker runs one host (a Node process with SQLite) and a browser. A test spends most of its
  // time waiting on the page (about 3.5 s of CPU in 9 s), so three share two cores without starving.
  workers: 3,
  // Every test has its own database copy and tab, so a file's tests need not share a worker: handed
  // out one by one, the long user journeys (four of them in one file) no longer queue behind each
  // other at the end of the run.
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // On CI only, a failed test runs once more and, if it passes then, is reported as flaky by name in
  // the closing summary (scripts/run-tests.mjs): a fresh CI machine's first minute has stalled two
  // first tests that never failed in hundreds of loaded runs here. Locally a failure is a failure.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalSetup: './e2e/global-setup.ts',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    // Recording a trace costs every test about a fifth more CPU, so only a retry (CI's) records one;
    // a failure's report already prints the screen's text and a screenshot. To watch a test step by
    // step: `npx playwright test <file> --trace on`.
    trace: { mode: 'on-first-retry', screenshots: false },
    screenshot: 'only-on-failure',
    viewport: { width: 1280, height: 800 },
    locale: 'ru-RU',
    // As with the system's "reduce motion" setting: antd's dialogs, menus and messages appear and go
    // at once, so each step waits on the screen, not on an animation (e2e/layout.spec.ts checks both).
    reducedMotion: 'reduce',
  },
  projects: [
    {
      name: 'chromium',
      testMatch: /.*\.spec\.ts/,
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: systemChromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            // One renderer process for a worker's tabs of the same site: see keepRendererWarm in
            // e2e/fixtures/host.ts. Other sites (the office server's https) still get their own.
            '--renderer-process-limit=1',
          ],
        },
      },
    },
    // The desktop app itself, driven through Playwright's Electron support (e2e/electron/).
    { name: 'electron', testMatch: /.*\.electron\.ts/ },
  ],
});
