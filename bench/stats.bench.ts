import { isDeepStrictEqual, parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { annualStats } from '../db/sqlite/stats';
import { openSqliteStore } from '../db/sqlite/store';
import { emit, peakRssMb, repeat } from './measure';
import { baselineStats, figuresOf } from './stats-baseline';

/*
 * The year's statistics on one cached database, in its own process:
 *   tsx bench/stats.bench.ts --db <file> --size <n> --year <Y> --mode stats|baseline --runs <n>
 * `stats` runs the statistics module's SQL (db/sqlite/stats.ts) without the store's cache of answers
 * for unchanged data, so every run computes; `baseline` is the bare SQL floor.
 * Both first check that they agree on every figure of the statistics object, so the comparison is of
 * equal work.
 */

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    size: { type: 'string' },
    year: { type: 'string' },
    mode: { type: 'string' },
    runs: { type: 'string' },
  },
});
if (!values.db || !values.year || (values.mode !== 'stats' && values.mode !== 'baseline'))
  throw new Error('usage: stats.bench.ts --db <file> --size <n> --year <Y> --mode stats|baseline --runs <n>');
const year = Number(values.year);

const store = openSqliteStore(values.db);
const raw = new Database(values.db, { readonly: true });
try {
  const stats = await store.read((r) => r.stats.annual(year, null));
  const { year: _year, district: _district, ...figures } = stats;
  const expected = figuresOf(baselineStats(raw, year));
  if (!isDeepStrictEqual(figures, expected)) {
    process.stderr.write(`module: ${JSON.stringify(figures)}\nbaseline: ${JSON.stringify(expected)}\n`);
    throw new Error('the statistics and the baseline disagree; fix one before timing them');
  }

  const once = values.mode === 'stats' ? () => annualStats(raw, year, null) : () => baselineStats(raw, year);
  const timing = await repeat(once, Number(values.runs ?? 10), 2);
  const name =
    values.mode === 'stats'
      ? `statistics of ${year} (db/sqlite/stats.ts)`
      : `statistics of ${year}: minimal SQL baseline`;
  emit({ name, size: Number(values.size), ...timing, peakRssMb: peakRssMb() });
} finally {
  raw.close();
  await store.close();
}
