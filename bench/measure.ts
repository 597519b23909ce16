import { readFileSync } from 'node:fs';

/** Timings in milliseconds, the statistics the report shows, and the process's peak memory. */

export interface Timing {
  runs: number;
  medianMs: number;
  p95Ms: number;
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runs: sorted.length, medianMs: median, p95Ms: at(0.95) };
}

export async function timeMs(fn: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times measured. */
export async function repeat(fn: () => unknown, runs: number, warmup = 0): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) samples.push(await timeMs(fn));
  return summarize(samples);
}

/**
 * Peak resident memory of this process so far, in MiB (each measurement runs in its own process).
 * Linux's VmHWM belongs to this process's own memory; getrusage's maxRSS does not: a child keeps the
 * peak of the process that spawned it (a 39 MiB child of a 442 MiB parent reported 404 MiB).
 */
export function peakRssMb(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // not Linux: the rusage figure is the best there is
  }
  return process.resourceUsage().maxRSS / 1024;
}

/** What a measuring child process hands back to the harness, as one tagged line on stdout. */
export interface BenchResult extends Timing {
  name: string;
  size: number;
  peakRssMb: number;
}

const TAG = 'BENCH_RESULT ';

export function emit(result: BenchResult): void {
  process.stdout.write(`${TAG}${JSON.stringify(result)}\n`);
}

export function parseResults(stdout: string): BenchResult[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith(TAG))
    .map((line) => JSON.parse(line.slice(TAG.length)) as BenchResult);
}
