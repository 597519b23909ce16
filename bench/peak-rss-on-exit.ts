import { emit, peakRssMb } from './measure';

/*
 * Preloaded into a real CLI run (`node --import tsx --import ./bench/peak-rss-on-exit.ts cli/main.ts …`)
 * so the memory figure is that of the command itself, measured as it exits.
 */

const started = process.hrtime.bigint();
const name = process.env.NADZOR_BENCH_NAME ?? 'command';
const size = Number(process.env.NADZOR_BENCH_SIZE ?? 0);

process.on('exit', () => {
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  emit({ name, size, runs: 1, medianMs: ms, p95Ms: ms, peakRssMb: peakRssMb() });
});
