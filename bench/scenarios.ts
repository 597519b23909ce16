import type { CaseQuery } from '../db/ports';

/*
 * What the benchmarks measure. The list scenarios ask `cases.list` one question per line: a new filter
 * of the list is one more line here; the harness runs every scenario on every database size.
 */

/** The ways of writing cases the import benchmark compares (see cases-import.bench.ts). */
export const importModes = {
  import: 'import via importCases (validated, audited)',
  raw: 'raw insert (bare statements, one transaction)',
  validate: 'validation only (parseCaseFile)',
} as const;
export type ImportMode = keyof typeof importModes;

/** The import may cost at most this many times the raw insert. */
export const IMPORT_RATIO_TARGET = 3;

/** The statistics are timed for this year (the synthetic data runs from 2015 to October 2025). */
export const STATS_YEAR = 2024;
/** The year's statistics: at most this many times the bare SQL baseline, and under this time. */
export const STATS_RATIO_TARGET = 1.5;
export const STATS_TARGET_MS = 300;
/** The whole review PDF: at most this many times pdfmake rendering its definition alone, and under 2 s. */
export const PDF_RATIO_TARGET = 1.3;
export const PDF_TARGET_MS = 2000;
/** Peak memory of the report command. */
export const REPORT_MEMORY_TARGET_MB = 300;
/** The office server on PostgreSQL: this many clients at once, sustaining at least this many case edits a second. */
export const OFFICE_CLIENTS = 20;
export const OFFICE_EDITS_TARGET = 200;
export const OFFICE_READ_P95_TARGET_MS = 100;
/** The command line end to end as a user runs it (`npm run nadzor -- …`), Node's own start included. */
export const CLI_STATS_TARGET_MS = 1000;
export const CLI_REPORT_TARGET_MS = 2000;

export interface ListScenario {
  name: string;
  /** The goal at a million cases, in milliseconds (the harness shows pass/fail, never fails). */
  targetMs: number;
  query: CaseQuery;
  /** A deep page instead of `query.page`: the middle or the last one of the list as it stands. */
  at?: 'middle' | 'last';
}

const firstPage = { page: 1, pageSize: 50 } as const;
const newestFirst = { sort: 'registeredOn', order: 'desc' } as const;

export const listScenarios: readonly ListScenario[] = [
  { name: 'list: first page, newest first', targetMs: 50, query: { ...firstPage, ...newestFirst } },
  {
    name: 'list: year 2024 + district, newest first',
    targetMs: 50,
    query: { ...firstPage, ...newestFirst, year: 2024, district: 'Almaty' },
  },
  {
    name: 'list: stage "forwarded", by registry number',
    targetMs: 50,
    query: { ...firstPage, stage: 'forwarded', sort: 'registryNumber', order: 'asc' },
  },
  {
    name: 'list: article + platform, by district',
    targetMs: 50,
    query: { ...firstPage, article: '190', platform: 'Badoo', sort: 'district', order: 'asc' },
  },
  {
    name: 'list: overdue investigations',
    targetMs: 50,
    query: { ...firstPage, ...newestFirst, registeredBetween: ['1900-01-01', '2025-09-01'] },
  },
  {
    name: 'search: surname prefix "Ахмет"',
    targetMs: 100,
    query: { ...firstPage, ...newestFirst, search: 'Ахмет' },
  },
  {
    name: 'search: full name',
    targetMs: 100,
    query: { ...firstPage, ...newestFirst, search: 'Ахметов Ерлан Серикович' },
  },
  {
    name: 'search: registry number prefix',
    targetMs: 100,
    query: { ...firstPage, ...newestFirst, search: '2451110' },
  },
  {
    name: 'search: any part of a registry number (its last digits)',
    targetMs: 100,
    query: { ...firstPage, ...newestFirst, search: '00071' },
  },
  ...deepPages(),
];

/** Every sort, both ways, on the middle and the last page of the whole list. */
function deepPages(): ListScenario[] {
  const sorts = ['registeredOn', 'registryNumber', 'district', 'stage'] as const;
  return sorts.flatMap((sort) =>
    (['asc', 'desc'] as const).flatMap((order) =>
      (['middle', 'last'] as const).map((at) => ({
        name: `list: ${at} page, by ${sort} ${order}`,
        targetMs: 50,
        query: { ...firstPage, sort, order },
        at,
      })),
    ),
  );
}

/** The screens, measured in Chromium through the web host (bench/screens.bench.ts), and their goals. */
export const SCREEN_NAMES = {
  caseList: 'screen: case list shown after clicking Cases',
  scroll: 'screen: longest task while scrolling the case list',
  scrollCpu: 'screen: the same, its main-thread CPU time (Chrome trace)',
  reportYear: 'screen: Reports, another year’s figures shown',
  hostMemory: 'screen: web host’s peak memory after the screens',
  startBackup: 'web host: the day’s first start, until its backup is written and checked',
  startBackupWait: 'web host: the longest wait for an answer meanwhile',
} as const;
export const SCREEN_LIST_TARGET_MS = 300;
export const SCREEN_LONG_TASK_TARGET_MS = 50;
export const SCREEN_REPORT_YEAR_TARGET_MS = 500;
export const SCREEN_HOST_MEMORY_TARGET_MB = 300;
/**
 * The Reports screen opens on the first year, then switches to each other one once (a year the host
 * has not counted yet since it opened the database). All lie in the synthetic data (2015 to 2025) and
 * among the years the screen offers in 2026 (the last ten).
 */
export const SCREEN_REPORT_YEARS = [2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017] as const;
/** Wheel notches (120 px each) down the case list and back, per scrolling run: past its 50 rows. */
export const SCREEN_SCROLL_NOTCHES = 30;
