import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildNodeEntry, builtFile, CLI } from '../scripts/build-node.mjs';
import { changeFigures } from './figures-changed';
import { summarize } from './measure';
import { BENCH_DIR, ROOT } from './paths';
import { formatMs, type ReportRow } from './report';
import { CLI_REPORT_TARGET_MS, CLI_STATS_TARGET_MS, STATS_YEAR } from './scenarios';
import { sizeLabel } from './sizes';

/*
 * The command line as a user runs it, timed from outside: from spawning the process to its exit.
 * Each command runs through `npm run nadzor` (npm, the launcher's check of the build, the built CLI)
 * and as `node out/cli/main.mjs` (the built CLI alone); Node's own start and the built CLI's start
 * without work are shown apart, so the rows say where the time goes. A command on an unchanged file
 * reads the year's figures and charts an earlier one kept in it (db/sqlite/kept-stats.ts); the rows
 * "after a change" change them before each run (bench/figures-changed.ts), so they are counted and drawn.
 */

interface Invocation {
  name: string;
  command: string;
  args: string[];
  targetMs?: number;
  /** The year's figures are changed before each run (untimed): counted and drawn again. */
  afterChange?: boolean;
}

function invocations(db: string, pdf: string): Invocation[] {
  const year = String(STATS_YEAR);
  const stats = ['stats', '--year', year, '--json', '--db', db];
  const report = ['report', '--year', year, '--out', pdf, '--db', db];
  const built = builtFile(CLI.entry, CLI.outDir);
  return [
    { name: 'Node start alone (node -e "")', command: process.execPath, args: ['-e', ''] },
    {
      name: 'built CLI start (node out/cli/main.mjs --version)',
      command: process.execPath,
      args: [built, '--version'],
    },
    {
      name: `stats ${year} --json: node out/cli/main.mjs`,
      command: process.execPath,
      args: [built, ...stats],
    },
    {
      name: `stats ${year} --json: npm run nadzor (as a user runs it)`,
      command: 'npm',
      args: ['run', 'nadzor', '--', ...stats],
      targetMs: CLI_STATS_TARGET_MS,
    },
    {
      name: `stats ${year} --json: npm run nadzor, after a change`,
      command: 'npm',
      args: ['run', 'nadzor', '--', ...stats],
      targetMs: CLI_STATS_TARGET_MS,
      afterChange: true,
    },
    { name: `report ${year}: node out/cli/main.mjs`, command: process.execPath, args: [built, ...report] },
    {
      name: `report ${year}: npm run nadzor (as a user runs it)`,
      command: 'npm',
      args: ['run', 'nadzor', '--', ...report],
      targetMs: CLI_REPORT_TARGET_MS,
    },
    {
      name: `report ${year}: npm run nadzor, after a change`,
      command: 'npm',
      args: ['run', 'nadzor', '--', ...report],
      targetMs: CLI_REPORT_TARGET_MS,
      afterChange: true,
    },
  ];
}

/**
 * CPU seconds (user + system) of this process's finished children and theirs (Linux's cutime and
 * cstime, in clock ticks of 10 ms), or null elsewhere. Unlike wall time it hardly moves when other
 * work shares the machine, so it shows whether a change helps where the wall time is noisy.
 */
function childrenCpuMs(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

/** One run of `invocation`: its wall time, and its CPU time where the system tells it. */
function timeRun(
  { name, command, args, afterChange }: Invocation,
  db: string,
): { wallMs: number; cpuMs: number | null } {
  if (afterChange) changeFigures(db);
  const cpuBefore = childrenCpuMs();
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${name} failed (exit ${result.status}): ${result.stderr}`);
  const cpuAfter = childrenCpuMs();
  return { wallMs, cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

/** Every invocation on the database of `size` cases: one unmeasured run (disk cache), then `runs`. */
export function cliStartRows(
  db: string,
  size: number,
  runs: number,
  log: (line: string) => void,
): ReportRow[] {
  // Built before timing, so no measured run includes a rebuild.
  buildNodeEntry(CLI.entry, CLI.outDir);
  mkdirSync(join(BENCH_DIR, 'tmp'), { recursive: true });
  const pdf = join(BENCH_DIR, 'tmp', `cli-review-${sizeLabel(size)}.pdf`);
  return invocations(db, pdf).map((invocation) => {
    log(`command line ${sizeLabel(size)}: ${invocation.name} ×${runs}`);
    timeRun(invocation, db);
    const samples = Array.from({ length: runs }, () => timeRun(invocation, db));
    const timing = summarize(samples.map((sample) => sample.wallMs));
    const cpu = samples.every((sample) => sample.cpuMs !== null)
      ? summarize(samples.map((sample) => sample.cpuMs!))
      : null;
    log(`  median ${formatMs(timing.medianMs)} wall${cpu ? `, ${formatMs(cpu.medianMs)} CPU` : ''}`);
    const target = invocation.targetMs;
    return {
      benchmark: invocation.name,
      size,
      runs: timing.runs,
      median: formatMs(timing.medianMs),
      p95: formatMs(timing.p95Ms),
      peakRssMb: null,
      target: target === undefined ? '' : `≤ ${target / 1000} s`,
      pass: target === undefined ? null : timing.medianMs <= target,
    };
  });
}
