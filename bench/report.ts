import { cpus, platform, release, totalmem } from 'node:os';
import Database from 'better-sqlite3';
import {
  CLI_REPORT_TARGET_MS,
  CLI_STATS_TARGET_MS,
  IMPORT_RATIO_TARGET,
  PDF_RATIO_TARGET,
  PDF_TARGET_MS,
  REPORT_MEMORY_TARGET_MB,
  SCREEN_HOST_MEMORY_TARGET_MB,
  SCREEN_LIST_TARGET_MS,
  SCREEN_LONG_TASK_TARGET_MS,
  SCREEN_REPORT_YEAR_TARGET_MS,
  SCREEN_REPORT_YEARS,
  SCREEN_SCROLL_NOTCHES,
  STATS_RATIO_TARGET,
  STATS_TARGET_MS,
  STATS_YEAR,
} from './scenarios';
import { sizeLabel } from './sizes';

/** One line of the results table; `value`/`target` already worded (times, ratios). */
export interface ReportRow {
  benchmark: string;
  size: number;
  runs: number | null;
  median: string;
  p95: string;
  peakRssMb: number | null;
  target: string;
  pass: boolean | null;
}

export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(1)} ms`;
}

export function markdownTable(rows: ReportRow[]): string {
  const header = ['Benchmark', 'Cases', 'Runs', 'Median', 'p95', 'Peak RSS', 'Target', 'Result'];
  const lines = rows.map((r) => [
    r.benchmark,
    sizeLabel(r.size),
    r.runs === null ? '' : String(r.runs),
    r.median,
    r.p95,
    r.peakRssMb === null ? '' : `${r.peakRssMb.toFixed(0)} MiB`,
    r.target,
    r.pass === null ? '' : r.pass ? 'pass' : '**miss**',
  ]);
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export function machine(): string {
  const cpu = cpus();
  const db = new Database(':memory:');
  const sqlite = db.prepare('SELECT sqlite_version() AS v').pluck().get() as string;
  db.close();
  return [
    `- CPU: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown'}`,
    `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Node ${process.version}, SQLite ${sqlite} (better-sqlite3), ${platform()} ${release()}`,
  ].join('\n');
}

/** The hand-written part of the file (before/after notes), which a new run keeps as it is. */
export const HISTORY_HEADING = '## Before and after';

export function keptHistory(previous: string | null): string {
  const at = previous?.indexOf(`\n${HISTORY_HEADING}`) ?? -1;
  return at >= 0 ? previous!.slice(at) : '';
}

export function document(table: string, command: string, when: Date, history = ''): string {
  return `# Benchmarks

Written by \`npm run bench\` (\`bench/run.ts\`); run it again to refresh. Last run: ${when.toISOString().slice(0, 16).replace('T', ' ')} UTC,
\`${command}\`.

${machine()}

${table}

## What is measured

- **Import** writes freshly generated synthetic cases (\`bench/synthetic.ts\`) into an empty database
  (reference data seeded), once per run, each mode in its own process so its peak memory is its own.
  *import via importCases* is the real path: the whole file validated, one transaction, an audit entry
  (snapshot and hash) per case. *raw insert* writes the same rows with bare prepared statements in one
  transaction: the floor. *validation only* is the part of the import that happens before the first write.
  The ratio row divides the medians; its target is ≤ ${IMPORT_RATIO_TARGET}×.
- **List** rows fetch one page of 50 through \`store.read(r => r.cases.list(...))\` on a cached database of
  that many cases (\`.bench/\`, built by \`bench/generate-db.ts\` with bare statements, without audit
  entries), after three unmeasured warm-up calls. The scenarios are in \`bench/scenarios.ts\`: filtered
  first pages, searches, and the middle and the last page of the whole list in every sort order, both
  ways. Targets (50 ms for a page, 100 ms for a search) are for a million cases and are shown at every
  size. The result compares the median with the target.
- **Statistics** compute every figure of one year (${STATS_YEAR}) with the statistics module's SQL
  (\`db/sqlite/stats.ts\`), bypassing the store's cache of answers for unchanged data, so every run
  computes. The *minimal SQL baseline* (\`bench/stats-baseline.ts\`) is every figure of the statistics
  object written as the simplest correct SQL by hand, each statement on its best index of the same
  schema; the two must agree on the whole object before they are timed. Targets:
  ≤ ${STATS_RATIO_TARGET}× the baseline and under ${STATS_TARGET_MS} ms.
- **Review PDF**: *pdfmake alone* renders a finished document definition (built untimed before each run).
  *whole, database just opened* is everything the report command does but writing the file — statistics,
  labels, texts, charts, definition, pdfmake — in a process started for that one run, on a store it
  has just opened (the CLI: nothing computed or drawn before). *whole, figures
  already on screen* repeats it on one store, so the figures and charts computed for unchanged data are
  reused (the Reports screen shows the figures before the PDF is asked for). It and *pdfmake alone*
  each run four times unmeasured first, while V8 is still optimising pdfmake's layout. These rows run
  the benchmark bundled, as the command line runs (\`out/bench-report.bench/\`): through tsx, the
  modules a just-opened review loads on first use were compiled inside the timed run. Targets: ≤ ${PDF_RATIO_TARGET}×
  pdfmake alone and under ${PDF_TARGET_MS / 1000} s. *report command, peak memory* runs
  the built \`nadzor report\` itself (\`bench/peak-rss-on-exit.ts\`, built alike, reads its peak resident memory as it exits);
  target under ${REPORT_MEMORY_TARGET_MB} MiB.
- **Command line** (\`bench/cli-start.ts\`): \`stats --year ${STATS_YEAR} --json\` and
  \`report --year ${STATS_YEAR} --out x.pdf\` timed from outside, from spawning the process to its exit, after
  one unmeasured run: *npm run nadzor* is what a user types (npm, the launcher's check that the build is
  current, the built command line); *node out/cli/main.mjs* is the built command line alone. *Node start
  alone* (\`node -e ""\`) and *built CLI start* (\`--version\`: the bundle loaded, no database opened)
  show where the rest goes. Targets, through npm: ≤ ${CLI_STATS_TARGET_MS / 1000} s for the statistics,
  ≤ ${CLI_REPORT_TARGET_MS / 1000} s for the review. No peak memory here (the measured process is npm's
  child); the report command's peak memory has its row above.
- **Screens** (\`bench/screens.bench.ts\`, one process per database size) drive Chromium
  (\`/usr/bin/chromium\` when present, 1280×800, Russian) through Playwright's library against the web
  host (\`host/serve.ts\`, built to plain JavaScript first) serving the built renderer on a copy of the
  cached database, in which the benchmark creates an administrator and signs in, as the first start does.
  Times are taken inside the page with its own clock: from the click's input event (its time stamp) until a
  MutationObserver sees the awaited content and the page has painted the next frame, so Node's and the
  DevTools protocol's round trips are left out. *Case list shown after clicking Cases*: the page freshly
  loaded on the dashboard with nothing in flight (so no list comes from the page's cache), then the
  menu's Cases until the list's first row is painted; target ≤ ${SCREEN_LIST_TARGET_MS} ms (median).
  *Longest task while scrolling the case list*: a PerformanceObserver for \`longtask\` while the mouse
  wheel scrolls the list's virtual table down ${SCREEN_SCROLL_NOTCHES} notches of 120 px (through its
  first page of 50 rows) and back, one notch per frame; each run gives its longest task (0 when none
  passed 50 ms, as Chromium reports no shorter one), and the target ≤ ${SCREEN_LONG_TASK_TARGET_MS} ms holds
  the slowest run (p95). A long task's wall time counts the time the page's thread waited for a busy
  machine's cores, so the next row repeats the runs under a Chrome trace and gives the longest task's
  thread CPU time (the page's own work). *Reports, another year's figures shown*: the Reports screen
  open on ${SCREEN_REPORT_YEARS[0]}, then each run picks the next earlier year in the Year control, until
  that year's key figures (the line "в <year before> г.:") are painted and the screen is no longer busy;
  each year once, as the host keeps a year's figures until the data change; target ≤
  ${SCREEN_REPORT_YEAR_TARGET_MS} ms (median). The Peak RSS of these rows is the host process's own (VmHWM
  from \`/proc/<pid>/status\`) after that screen; *web host's peak memory after the screens* is that
  figure after all of them, target under ${SCREEN_HOST_MEMORY_TARGET_MB} MiB.
- **PostgreSQL** rows (named *PostgreSQL …*) run when \`NADZOR_BENCH_PG\` (or \`NADZOR_TEST_PG\`) names a
  server: the same synthetic cases copied into a database there by \`nadzor migrate\`'s table copy
  (\`bench/generate-pg.ts\`, cached by the SQLite file's fingerprint, newer migrations applied on open),
  the same list scenarios through the PostgreSQL store, the statistics (\`db/postgres/stats.ts\`) against
  a hand-written PostgreSQL baseline (\`bench/stats-baseline-pg.ts\`, checked equal first), the import
  through \`importCases\` against a bare \`COPY\` of the same rows (\`bench/pg-import.bench.ts\`, psql's
  \`\\copy\` of CSV written before the clock starts, one transaction), and one office server over TLS
  under 20 clients each reading a case, editing it and reading the list's first page
  (\`bench/office-scale.ts\`; \`npm run bench -- scale\` runs it with more servers, see
  [scale.md](scale.md)).
- Median and p95 are over the measured runs (p95 by nearest rank, so with few runs it is the slowest).
  Peak RSS is the measuring process's own maximum resident memory (Linux's VmHWM; getrusage would
  report the spawning harness's peak), generated data included.
- Targets are goals, not tests: a miss is reported, the command still succeeds. Timings depend on the
  machine and on whatever else runs on it.
${history}`;
}
