import { isDeepStrictEqual, parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { pgAnnualStats } from '../db/postgres/stats';
import { nadzorTypes } from '../db/postgres/sql';
import { openPgStore } from '../db/postgres/store';
import { annualStats } from '../db/sqlite/stats';
import { openSqliteStore } from '../db/sqlite/store';
import { onPg } from './bench-store';
import { emit, peakRssMb, repeat } from './measure';
import { baselineStats, figuresOf } from './stats-baseline';
import { pgBaselineStats } from './stats-baseline-pg';

/*
 * The year's statistics on one cached database, in its own process:
 *   tsx bench/stats.bench.ts --db <file> | --pg <url> --size <n> --year <Y> --mode stats|baseline --runs <n>
 * `stats` runs the statistics module's SQL (db/sqlite/stats.ts, or db/postgres/stats.ts) without the
 * store's cache of answers for unchanged data, so every run computes; `baseline` is the bare SQL floor
 * (bench/stats-baseline.ts, or its PostgreSQL form bench/stats-baseline-pg.ts).
 * Both first check that they agree on every figure of the statistics object, so the comparison is of
 * equal work.
 */

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    pg: { type: 'string' },
    size: { type: 'string' },
    year: { type: 'string' },
    mode: { type: 'string' },
    runs: { type: 'string' },
  },
});
if (!(values.db || values.pg) || !values.year || (values.mode !== 'stats' && values.mode !== 'baseline'))
  throw new Error(
    'usage: stats.bench.ts --db <file> | --pg <url> --size <n> --year <Y> --mode stats|baseline --runs <n>',
  );
const year = Number(values.year);

/** The engine's statistics, its baseline, and what to close after. */
async function engine() {
  if (values.pg) {
    await (await openPgStore(values.pg)).close(); // migrated to the current schema first
    const pool = new pg.Pool({ connectionString: values.pg, max: 1, types: nadzorTypes });
    return {
      stats: () => pgAnnualStats(pool, year, null),
      baseline: () => pgBaselineStats(pool, year),
      label: onPg,
      close: () => pool.end(),
    };
  }
  const store = openSqliteStore(values.db!);
  const raw = new Database(values.db, { readonly: true });
  return {
    stats: () => Promise.resolve(annualStats(raw, year, null)),
    baseline: () => Promise.resolve(baselineStats(raw, year)),
    label: (name: string) => name,
    close: async () => {
      raw.close();
      await store.close();
    },
  };
}

const chosen = await engine();
try {
  const { year: _year, district: _district, ...figures } = await chosen.stats();
  const expected = figuresOf(await chosen.baseline());
  if (!isDeepStrictEqual(figures, expected)) {
    process.stderr.write(`module: ${JSON.stringify(figures)}\nbaseline: ${JSON.stringify(expected)}\n`);
    throw new Error('the statistics and the baseline disagree; fix one before timing them');
  }

  const once = values.mode === 'stats' ? chosen.stats : chosen.baseline;
  const timing = await repeat(once, Number(values.runs ?? 10), 2);
  const module = values.pg ? 'db/postgres/stats.ts' : 'db/sqlite/stats.ts';
  const name =
    values.mode === 'stats'
      ? `statistics of ${year} (${module})`
      : `statistics of ${year}: minimal SQL baseline`;
  emit({ name: chosen.label(name), size: Number(values.size), ...timing, peakRssMb: peakRssMb() });
} finally {
  await chosen.close();
}
