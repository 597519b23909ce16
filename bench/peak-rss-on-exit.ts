import { emit, peakRssMb } from './measure';

/*
 * Preloaded, built, into a run of the built CLI (`node --import out/bench/peak-rss-on-exit.mjs
 * out/cli/main.mjs …`, bench/run.ts) so the memory figure is that of the command itself, measured as
 * it exits.
 */

const started = process.hrtime.bigint();
const name = process.env.NADZOR_BENCH_NAME ?? 'command';
const size = Number(process.env.NADZOR_BENCH_SIZE ?? 0);

process.on('exit', () => {
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  emit({ name, size, runs: 1, medianMs: ms, p95Ms: ms, peakRssMb: peakRssMb() });
});
