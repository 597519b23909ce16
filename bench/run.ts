import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildNodeEntry, CLI } from '../scripts/build-node.mjs';
import { cliStartRows } from './cli-start';
import { ensureBenchDb } from './generate-db';
import { benchPgServer, ensurePgBenchDb } from './generate-pg';
import { measureOffice } from './office-scale';
import { parseResults, summarize, type BenchResult } from './measure';
import { ROOT } from './paths';
import { document, formatMs, keptHistory, markdownTable, type ReportRow } from './report';
import {
  IMPORT_RATIO_TARGET,
  OFFICE_CLIENTS,
  OFFICE_EDITS_TARGET,
  OFFICE_READ_P95_TARGET_MS,
  STATS_RATIO_TARGET,
  STATS_TARGET_MS,
  STATS_YEAR,
  PDF_RATIO_TARGET,
  PDF_TARGET_MS,
  REPORT_MEMORY_TARGET_MB,
  SCREEN_HOST_MEMORY_TARGET_MB,
  SCREEN_LIST_TARGET_MS,
  SCREEN_LONG_TASK_TARGET_MS,
  SCREEN_NAMES,
  SCREEN_REPORT_YEAR_TARGET_MS,
  SCREEN_REPORT_YEARS,
  importModes,
  listScenarios,
  type ImportMode,
} from './scenarios';
import { parseSize, sizeLabel } from './sizes';

/*
 * npm run bench [-- --sizes 10k,100k,1M] [--only import,list,stats,pdf,cli,screens,pg] [--quick]
 *                 [--runs n] [--import-runs n] [--no-write]
 * npm run bench -- scale [--servers 1,2,3] [--clients 20] [--seconds 20] [--size 100k]
 *   (bench/office-scale.ts: N office servers × M clients on one PostgreSQL; prints its own table)
 * Builds (or reuses) the databases, runs every measurement in its own process, prints a Markdown
 * table and writes it to docs/benchmarks.md. Targets are reported, never enforced: exit 0 either way.
 * `--only` runs those groups and prints their rows without writing the file (a partial table would
 * replace the whole one).
 * When NADZOR_BENCH_PG (or NADZOR_TEST_PG) names a PostgreSQL server, the `pg` group measures the
 * same cases there (bench/generate-pg.ts): the list, the statistics against a hand-written PostgreSQL
 * baseline, the import against a bare COPY, and one office server under 20 clients.
 */

if (process.argv[2] === 'scale') {
  const scale = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'bench', 'office-scale.ts'), ...process.argv.slice(3)],
    { cwd: ROOT, stdio: 'inherit' },
  );
  process.exit(scale.status ?? 1);
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    'import-runs': { type: 'string' },
    only: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
  },
});
const quick = values.quick;
const sizes = (values.sizes ?? (quick ? '10k' : '10k,100k,1M')).split(',').map(parseSize);
const listRuns = Number(values.runs ?? (quick ? 10 : 30));
const importRuns = Number(values['import-runs'] ?? (quick ? 1 : 3));
const pdfRuns = quick ? 3 : 15;
const cliRuns = quick ? 3 : 10;
/** The Reports screen switches to each of its other years once (see SCREEN_REPORT_YEARS). */
const screenRuns = quick ? 3 : SCREEN_REPORT_YEARS.length - 1;
const groups = ['import', 'list', 'stats', 'pdf', 'cli', 'screens', 'pg'] as const;
const only = values.only?.split(',');
const unknown = (only ?? []).filter((group) => !(groups as readonly string[]).includes(group));
if (unknown.length > 0) throw new Error(`--only ${unknown.join(',')}: the groups are ${groups.join(', ')}`);
const wanted = (group: (typeof groups)[number]) => !only || only.includes(group);
/** Importing is measured up to 100k cases (the target's size); a million would take many minutes a run. */
const importSizes = wanted('import') ? sizes.filter((n) => n <= 100_000) : [];

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Every result a measuring child process hands back. */
/**
 * Runs `bench/<file>` in a process of its own, through tsx or, `built`, as the product runs: bundled
 * first. A measurement that loads modules while it is timed (the review's charts and pdfmake, loaded
 * on first use) needs the bundle: tsx compiling them on the fly doubled a just-opened review at 10k.
 */
function childResults(file: string, args: string[], built = false): BenchResult[] {
  const entry = built
    ? // A folder per entry: a build folder holds one entry's build (out/bench is the memory preload's).
      [buildNodeEntry(`bench/${file}`, `out/bench-${file.replace(/\.ts$/, '')}`).file]
    : ['--import', 'tsx', join(ROOT, 'bench', file)];
  const result = spawnSync(process.execPath, [...entry, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 2 ** 20,
  });
  const parsed = parseResults(result.stdout ?? '');
  if (result.status !== 0 || parsed.length === 0)
    throw new Error(`${file} ${args.join(' ')} failed (exit ${result.status})`);
  return parsed;
}

const child = (file: string, args: string[], built = false): BenchResult =>
  childResults(file, args, built)[0]!;

/** The built `nadzor report` itself, with its peak memory taken as it exits. */
function reportCommandMemory(db: string, size: number, year: string): BenchResult {
  // Its own folder, made here: `--only pdf` runs no other group that would have made it.
  const dir = join(ROOT, '.bench', 'tmp');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, `review-${sizeLabel(size)}.pdf`);
  const cli = buildNodeEntry(CLI.entry, CLI.outDir).file;
  const preload = buildNodeEntry('bench/peak-rss-on-exit.ts', 'out/bench').file;
  const result = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(preload).href, cli, 'report', '--db', db, '--year', year, '--out', out],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        NADZOR_BENCH_NAME: 'report command (CLI), peak memory',
        NADZOR_BENCH_SIZE: String(size),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const [parsed] = parseResults(result.stdout ?? '');
  if (result.status !== 0 || !parsed) throw new Error(`report command failed (exit ${result.status})`);
  return parsed;
}

/** One measurement of the benchmark year's figures on a cached database (stats and PDF benches). */
function yearChild(
  file: string,
  what: string,
  db: string,
  size: number,
  mode: string,
  runs: number,
  built = false,
): BenchResult {
  log(`${what} ${sizeLabel(size)}: ${mode} ×${runs}`);
  const args = ['--db', db, '--size', String(size), '--year', String(STATS_YEAR), '--mode', mode];
  return child(file, [...args, '--runs', String(runs)], built);
}

const rows: ReportRow[] = [];

/** A line comparing two medians against a ratio target. */
const ratioRow = (
  benchmark: string,
  size: number,
  ratio: number,
  target: number,
  digits: number,
): ReportRow => ({
  benchmark,
  size,
  runs: null,
  median: `${ratio.toFixed(digits)}×`,
  p95: '',
  peakRssMb: null,
  target: `≤ ${target}×`,
  pass: ratio <= target,
});
const timed = (r: BenchResult, target = '', pass: boolean | null = null): ReportRow => ({
  benchmark: r.name,
  size: r.size,
  runs: r.runs,
  median: formatMs(r.medianMs),
  p95: formatMs(r.p95Ms),
  peakRssMb: r.peakRssMb,
  target,
  pass,
});

for (const size of wanted('import') ? importSizes : []) {
  const byMode = {} as Record<ImportMode, BenchResult>;
  for (const mode of Object.keys(importModes) as ImportMode[]) {
    log(`import ${sizeLabel(size)}: ${importModes[mode]} ×${importRuns}`);
    byMode[mode] = child('cases-import.bench.ts', [
      '--mode',
      mode,
      '--size',
      String(size),
      '--runs',
      String(importRuns),
    ]);
    rows.push(timed(byMode[mode]));
  }
  const ratio = byMode.import.medianMs / byMode.raw.medianMs;
  const perCase = (byMode.import.medianMs / size) * 1000;
  rows.push(
    ratioRow(
      `import ÷ raw (medians; ${perCase.toFixed(0)} µs per imported case)`,
      size,
      ratio,
      IMPORT_RATIO_TARGET,
      1,
    ),
  );
}

for (const size of wanted('list') ? sizes : []) {
  const db = ensureBenchDb(size, log);
  for (const [index, scenario] of listScenarios.entries()) {
    log(`list ${sizeLabel(size)}: ${scenario.name} ×${listRuns}`);
    const r = child('case-list.bench.ts', [
      '--db',
      db,
      '--size',
      String(size),
      '--scenario',
      String(index),
      '--runs',
      String(listRuns),
    ]);
    rows.push(timed(r, `≤ ${scenario.targetMs} ms`, r.medianMs <= scenario.targetMs));
  }
}

for (const size of wanted('stats') ? sizes : []) {
  const db = ensureBenchDb(size, log);
  const run = (mode: 'stats' | 'baseline') =>
    yearChild('stats.bench.ts', 'statistics', db, size, mode, listRuns);
  const stats = run('stats');
  const baseline = run('baseline');
  rows.push(timed(stats, `≤ ${STATS_TARGET_MS} ms`, stats.medianMs <= STATS_TARGET_MS), timed(baseline));
  const ratio = stats.medianMs / baseline.medianMs;
  rows.push(ratioRow('statistics ÷ minimal SQL baseline (medians)', size, ratio, STATS_RATIO_TARGET, 2));
}

for (const size of wanted('pdf') ? sizes : []) {
  const db = ensureBenchDb(size, log);
  const run = (mode: 'warm' | 'pdfmake') =>
    yearChild('report.bench.ts', 'review PDF', db, size, mode, pdfRuns, true);
  // Cold means a process that has just opened the database: one process per run. It is compared
  // with pdfmake's own first rendering in a fresh process, warm with pdfmake's warm renderings.
  const firstRuns = (mode: 'cold' | 'cold-changed' | 'pdfmake-cold'): BenchResult => {
    const each = Array.from({ length: pdfRuns }, () =>
      yearChild('report.bench.ts', 'review PDF', db, size, mode, 1, true),
    );
    return {
      ...each[0]!,
      ...summarize(each.map((r) => r.medianMs)),
      peakRssMb: Math.max(...each.map((r) => r.peakRssMb)),
    };
  };
  // After a change first: each such run counts the figures, draws the charts and keeps both, so the
  // runs that follow find them kept, as the next command on an unchanged file does.
  const whole = { 'cold-changed': firstRuns('cold-changed'), warm: run('warm'), cold: firstRuns('cold') };
  const pdfmake = { warm: run('pdfmake'), cold: firstRuns('pdfmake-cold') };
  rows.push(timed(pdfmake.warm), timed(pdfmake.cold));
  for (const mode of ['warm', 'cold-changed', 'cold'] as const) {
    const measured = whole[mode];
    rows.push(timed(measured, `≤ ${PDF_TARGET_MS / 1000} s`, measured.medianMs <= PDF_TARGET_MS));
    const against = mode === 'warm' ? 'warm' : 'cold';
    const ratio = measured.medianMs / pdfmake[against].medianMs;
    rows.push(
      ratioRow(
        `review PDF (${mode}) ÷ pdfmake alone (${against}; medians)`,
        size,
        ratio,
        PDF_RATIO_TARGET,
        2,
      ),
    );
  }
  log(`review PDF ${sizeLabel(size)}: the report command's peak memory`);
  const command = reportCommandMemory(db, size, String(STATS_YEAR));
  rows.push({
    ...timed(command, `≤ ${REPORT_MEMORY_TARGET_MB} MiB`, command.peakRssMb <= REPORT_MEMORY_TARGET_MB),
    p95: '',
  });
}

for (const size of wanted('cli') ? sizes : [])
  rows.push(...cliStartRows(ensureBenchDb(size, log), size, cliRuns, log));

for (const size of wanted('screens') ? sizes : []) {
  const db = ensureBenchDb(size, log);
  log(`screens ${sizeLabel(size)}: Chromium through the web host ×${screenRuns}`);
  const results = childResults('screens.bench.ts', [
    '--db',
    db,
    '--size',
    String(size),
    '--runs',
    String(screenRuns),
  ]);
  const named = (name: string) => {
    const found = results.find((r) => r.name === name);
    if (!found) throw new Error(`screens.bench.ts gave no "${name}"`);
    return found;
  };
  const list = named(SCREEN_NAMES.caseList);
  const scroll = named(SCREEN_NAMES.scroll);
  const scrollCpu = named(SCREEN_NAMES.scrollCpu);
  const year = named(SCREEN_NAMES.reportYear);
  const memory = named(SCREEN_NAMES.hostMemory);
  const startBackup = named(SCREEN_NAMES.startBackup);
  const startBackupWait = named(SCREEN_NAMES.startBackupWait);
  // "No long task over 50 ms": the slowest run's longest task (p95 by nearest rank of so few runs).
  const noLongTask = (r: BenchResult) =>
    timed(r, `≤ ${SCREEN_LONG_TASK_TARGET_MS} ms`, r.p95Ms <= SCREEN_LONG_TASK_TARGET_MS);
  rows.push(
    // No target: how long the host keeps a first start of the day busy, and its callers waiting.
    timed(startBackup),
    timed(startBackupWait),
    timed(list, `≤ ${SCREEN_LIST_TARGET_MS} ms`, list.medianMs <= SCREEN_LIST_TARGET_MS),
    noLongTask(scroll),
    noLongTask(scrollCpu),
    timed(year, `≤ ${SCREEN_REPORT_YEAR_TARGET_MS} ms`, year.medianMs <= SCREEN_REPORT_YEAR_TARGET_MS),
    {
      ...timed(
        memory,
        `≤ ${SCREEN_HOST_MEMORY_TARGET_MB} MiB`,
        memory.peakRssMb <= SCREEN_HOST_MEMORY_TARGET_MB,
      ),
      runs: null,
      median: '',
      p95: '',
    },
  );
}

const pgServer = wanted('pg') ? benchPgServer() : null;
if (wanted('pg') && !pgServer)
  log('PostgreSQL left out: NADZOR_BENCH_PG (or NADZOR_TEST_PG) names no server');
for (const size of pgServer ? sizes : []) {
  const url = await ensurePgBenchDb(pgServer!, size, log);
  const label = sizeLabel(size);
  for (const [index, scenario] of listScenarios.entries()) {
    log(`PostgreSQL list ${label}: ${scenario.name} ×${listRuns}`);
    const r = child('case-list.bench.ts', [
      ...['--pg', url, '--size', String(size), '--scenario', String(index), '--runs', String(listRuns)],
    ]);
    rows.push(timed(r, `≤ ${scenario.targetMs} ms`, r.medianMs <= scenario.targetMs));
  }
  const stats = (mode: 'stats' | 'baseline' | 'stored' | 'after-write') => {
    log(`PostgreSQL statistics ${label}: ${mode} ×${listRuns}`);
    const args = ['--pg', url, '--size', String(size), '--year', String(STATS_YEAR), '--mode', mode];
    return child('stats.bench.ts', [...args, '--runs', String(listRuns)]);
  };
  const pgStats = stats('stats');
  const pgBaseline = stats('baseline');
  // The store keeps a year's result until a write changes its data: both cases are shown, the one
  // right after a write (computed again) beside the one with nothing written since (kept).
  const afterWrite = stats('after-write');
  const kept = stats('stored');
  const statsTarget = (r: BenchResult) => timed(r, `≤ ${STATS_TARGET_MS} ms`, r.medianMs <= STATS_TARGET_MS);
  rows.push(
    statsTarget(pgStats),
    timed(pgBaseline),
    ratioRow(
      'PostgreSQL statistics ÷ minimal SQL baseline (medians)',
      size,
      pgStats.medianMs / pgBaseline.medianMs,
      STATS_RATIO_TARGET,
      2,
    ),
    statsTarget(afterWrite),
    ratioRow(
      'PostgreSQL statistics right after a write ÷ minimal SQL baseline (medians)',
      size,
      afterWrite.medianMs / pgBaseline.medianMs,
      STATS_RATIO_TARGET,
      2,
    ),
    statsTarget(kept),
  );
}
for (const size of pgServer ? importSizes : []) {
  const run = (mode: 'import' | 'copy') => {
    log(`PostgreSQL import ${sizeLabel(size)}: ${mode} ×${importRuns}`);
    return child('pg-import.bench.ts', [
      ...['--server', pgServer!, '--mode', mode, '--size', String(size), '--runs', String(importRuns)],
    ]);
  };
  const imported = run('import');
  const copied = run('copy');
  rows.push(timed(imported), timed(copied));
  const perCase = (imported.medianMs / size) * 1000;
  rows.push(
    ratioRow(
      `PostgreSQL import ÷ COPY (medians; ${perCase.toFixed(0)} µs per imported case)`,
      size,
      imported.medianMs / copied.medianMs,
      IMPORT_RATIO_TARGET,
      1,
    ),
  );
}
if (pgServer) {
  const size = Math.max(...sizes);
  log(`PostgreSQL office server ${sizeLabel(size)}: 20 clients for 20 s`);
  const template = new URL(await ensurePgBenchDb(pgServer, size, log)).pathname.slice(1);
  const load = await measureOffice({
    server: pgServer,
    template,
    cases: size,
    servers: 1,
    clients: OFFICE_CLIENTS,
    seconds: 20,
    log,
  });
  rows.push(
    {
      benchmark: `PostgreSQL office server, ${OFFICE_CLIENTS} clients: case edits per second (${load.conflicts} conflicts, ${load.errors} errors)`,
      size,
      runs: load.edits,
      median: `${load.editsPerSecond.toFixed(0)}/s`,
      p95: '',
      peakRssMb: null,
      target: `≥ ${OFFICE_EDITS_TARGET}/s`,
      pass: load.editsPerSecond >= OFFICE_EDITS_TARGET,
    },
    {
      benchmark: `PostgreSQL office server, ${OFFICE_CLIENTS} clients: reads (a case, the list's first page)`,
      size,
      runs: null,
      median: formatMs(load.readMedianMs),
      p95: formatMs(load.readP95Ms),
      peakRssMb: null,
      target: `p95 ≤ ${OFFICE_READ_P95_TARGET_MS} ms`,
      pass: load.readP95Ms <= OFFICE_READ_P95_TARGET_MS,
    },
  );
}

const table = markdownTable(rows);
console.log(table);
if (!values['no-write'] && !only) {
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  const out = join(ROOT, 'docs', 'benchmarks.md');
  const previous = existsSync(out) ? readFileSync(out, 'utf8') : null;
  writeFileSync(out, document(table, command, new Date(), keptHistory(previous)));
  log(`written to ${out}`);
}
