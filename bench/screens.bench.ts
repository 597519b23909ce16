import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import ru from '../shared/i18n/locales/ru';
import { emit, summarize, type BenchResult } from './measure';
import { BENCH_DIR } from './paths';
import { defaultBackupFolder } from '../db/sqlite/backup/backup-folder';
import { SCREEN_NAMES, SCREEN_REPORT_YEARS, SCREEN_SCROLL_NOTCHES } from './scenarios';
import {
  armShownTimer,
  longTasks,
  longestTaskCpuMs,
  nextFrame,
  recordLongTasks,
  shownAfterClick,
  trackApiCalls,
  type Shown,
} from './screen-probes';
import { sizeLabel } from './sizes';
import { startWebHost, type WebHost } from './web-host';

/*
 * The screens on one cached database, driven in Chromium through the real web host, in its own process:
 *   tsx bench/screens.bench.ts --db <file> --size <n> --runs <n>
 * The host serves a copy of the database (signing in creates an administrator in it). Emits five
 * results: the case list shown after navigation, the longest task while scrolling it (wall and CPU
 * time), the Reports year switch, and the host's own peak memory after all of them.
 */

const { values } = parseArgs({
  options: { db: { type: 'string' }, size: { type: 'string' }, runs: { type: 'string' } },
});
if (!values.db || !existsSync(values.db))
  throw new Error('usage: screens.bench.ts --db <file> --size <n> --runs <n>');
const size = Number(values.size);
const runs = Number(values.runs ?? 10);

/** A data row of the case list (its rows are named "Дело <number>"; the header row is not). */
const CASE_ROW: Shown = { selector: '[role="row"][aria-label]' };
/** The page's API calls: every measurement starts with none in flight. */
let api: ReturnType<typeof trackApiCalls>;
/** Chromium as the e2e tests run it (playwright.config.ts). */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * From a click on "Cases" in the menu to the list's first row painted: the page freshly loaded on the
 * dashboard (so no list comes from its cache), the dashboard's figures answered and no call in flight.
 */
async function caseListShown(page: Page, host: WebHost): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    // A fresh page each run: a list the page has already fetched would come from its cache.
    const dashboardAnswered = page.waitForResponse((r) => r.url().endsWith('/api/dashboard.summary'));
    await page.goto(`${host.url}#/`);
    await page.getByRole('heading', { level: 1, name: ru.nav.dashboard }).waitFor();
    await dashboardAnswered;
    await api.settled();
    await armShownTimer(page, CASE_ROW);
    await page.getByRole('menuitem', { name: ru.nav.cases }).click();
    samples.push(await shownAfterClick(page));
  }
  return samples;
}

/** The wheel over the list's (virtual) table, down through its rows and back, one notch a frame. */
async function scrollThroughList(page: Page): Promise<void> {
  for (const direction of [1, -1])
    for (let notch = 0; notch < SCREEN_SCROLL_NOTCHES; notch += 1) {
      await page.mouse.wheel(0, direction * 120);
      await nextFrame(page);
    }
}

/**
 * The longest task while scrolling the case list, per run: its wall time as the page saw it (0 when
 * none was over 50 ms: Chromium reports no shorter one), then, in runs of their own (tracing costs the
 * page time), its main-thread CPU time from a Chrome trace.
 */
async function scrollLongestTask(page: Page, host: WebHost): Promise<{ wall: number[]; cpu: number[] }> {
  await page.goto(`${host.url}#/cases`);
  const firstRow = page.getByRole('row', { name: /^Дело / }).first();
  await firstRow.waitFor();
  await api.settled();
  const box = await firstRow.boundingBox();
  if (!box) throw new Error('the case list shows no row');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const wall: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await recordLongTasks(page);
    await scrollThroughList(page);
    wall.push(Math.max(0, ...(await longTasks(page))));
  }
  const cpu: number[] = [];
  for (let run = 0; run < runs; run += 1)
    cpu.push(await longestTaskCpuMs(page, () => scrollThroughList(page)));
  return { wall, cpu };
}

/** From a click on another year in the Reports screen to that year's key figures painted. */
async function reportYearSwitch(page: Page, host: WebHost): Promise<number[]> {
  const [first, ...years] = SCREEN_REPORT_YEARS;
  const previousYearLine = (year: number) =>
    ru.reports.key.previousYear.replace('{{year}}', String(year - 1));
  // The figures of a year: the screen no longer busy, and "in <the year before>:" under its figures.
  const figuresOf = (year: number): Shown => ({
    selector: '[aria-busy="false"]',
    text: previousYearLine(year),
  });
  await page.goto(`${host.url}#/reports?year=${first}`);
  await page.getByText(previousYearLine(first)).first().waitFor();
  await api.settled();
  const samples: number[] = [];
  // Each year once: the host keeps a year's figures until the data change, so a second visit is free.
  for (const year of years.slice(0, runs)) {
    await page.getByRole('combobox', { name: ru.reports.controls.year, exact: true }).click();
    const option = page.getByRole('option', { name: String(year), exact: true });
    await option.waitFor();
    await armShownTimer(page, figuresOf(year));
    await option.click();
    samples.push(await shownAfterClick(page));
    await api.settled();
  }
  return samples;
}

const copy = join(BENCH_DIR, 'tmp', `screens-${sizeLabel(size)}.sqlite`);
mkdirSync(join(BENCH_DIR, 'tmp'), { recursive: true });
copyFileSync(values.db, copy);
// Every run is the day's first start, which backs the database up: the host's own doing, measured
// apart (below) and over before the screens are.
rmSync(defaultBackupFolder(copy), { recursive: true, force: true });
const host = await startWebHost(copy);
const browser = await chromium.launch({
  executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
  // tsx compiles this file keeping function names through an `__name` helper, which the functions
  // handed to page.evaluate then call in the page: give the page one that does nothing.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  // Signed in as the benchmark's administrator, as after the sign-in screen (renderer/src/state/session-token.ts).
  await context.addInitScript((token) => sessionStorage.setItem('nadzor.session', token), host.session);
  const page = await context.newPage();
  api = trackApiCalls(page);
  const result = (name: string, samples: number[]): BenchResult => ({
    name,
    size,
    ...summarize(samples),
    peakRssMb: host.peakRssMb(),
  });
  const once = (name: string, ms: number): BenchResult => result(name, [ms]);
  emit(once(SCREEN_NAMES.startBackup, host.startBackup.doneMs));
  emit(once(SCREEN_NAMES.startBackupWait, host.startBackup.longestWaitMs));
  emit(result(SCREEN_NAMES.caseList, await caseListShown(page, host)));
  const scroll = await scrollLongestTask(page, host);
  emit(result(SCREEN_NAMES.scroll, scroll.wall));
  emit(result(SCREEN_NAMES.scrollCpu, scroll.cpu));
  emit(result(SCREEN_NAMES.reportYear, await reportYearSwitch(page, host)));
  const peak = host.peakRssMb();
  emit({ name: SCREEN_NAMES.hostMemory, size, runs: 1, medianMs: 0, p95Ms: 0, peakRssMb: peak });
} finally {
  await browser.close();
  await host.stop();
}
