import { cpus, platform, release, totalmem } from 'node:os';
import Database from 'better-sqlite3';
import { IMPORT_RATIO_TARGET } from './scenarios';
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

export function document(table: string, command: string, when: Date): string {
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
  entries), after three unmeasured warm-up calls. The scenarios are in \`bench/scenarios.ts\`; targets
  (50 ms for a filtered, sorted first page, 100 ms for a search) are for a million cases and are shown at
  every size. The result compares the median with the target.
- Median and p95 are over the measured runs (p95 by nearest rank, so with few runs it is the slowest).
  Peak RSS is the measuring process's maximum resident memory, generated data included.
- Targets are goals, not tests: a miss is reported, the command still succeeds. Timings depend on the
  machine and on whatever else runs on it.
`;
}
