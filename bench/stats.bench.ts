import { calendarScope } from '../backend/services/stats-scope';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { pgAnnualStats } from '../db/postgres/stats';
import { nadzorTypes } from '../db/postgres/sql';
import { openPgStore } from '../db/postgres/store';
import { annualStats } from '../db/sqlite/stats';
import { openSqliteStore } from '../db/sqlite/store';
import { onPg } from './bench-store';
import { emit, peakRssMb, repeat, summarize, timeMs } from './measure';
import { baselineStats, figuresOf } from './stats-baseline';
import { pgBaselineStats } from './stats-baseline-pg';

/*
 * The year's statistics on one cached database, in its own process:
 *   tsx bench/stats.bench.ts --db <file> | --pg <url> --size <n> --year <Y> --mode <mode> --runs <n>
 * `stats` runs the statistics module's SQL (db/sqlite/stats.ts, or db/postgres/stats.ts) without the
 * store's cache of answers for unchanged data, so every run computes; `baseline` is the bare SQL floor
 * (bench/stats-baseline.ts, or its PostgreSQL form bench/stats-baseline-pg.ts).
 * Both first check that they agree on every figure of the statistics object, so the comparison is of
 * equal work.
 * On PostgreSQL the store keeps each year's result while its data are unchanged (migration 010), so
 * two more modes ask the store itself: `stored`, the same year again with nothing written since (the
 * kept result), and `after-write`, the year right after a write to it (unmeasured), so every call
 * computes the figures again and stores them.
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
if (!(values.db || values.pg) || !values.year || !values.mode)
  throw new Error(
    'usage: stats.bench.ts --db <file> | --pg <url> --size <n> --year <Y> --mode <mode> --runs <n>',
  );
const year = Number(values.year);
const modes = ['stats', 'baseline', 'stored', 'after-write'] as const;
type Mode = (typeof modes)[number];
const mode = values.mode as Mode;
if (!modes.includes(mode) || ((mode === 'stored' || mode === 'after-write') && !values.pg))
  throw new Error(`--mode is one of ${modes.join(', ')} (the last two on --pg only)`);

/**
 * A write to the year's data, as the store's triggers see it: a case of the year written again with
 * the values it has, so the cached database keeps its rows while the year's stored result goes stale.
 */
async function touchYear(pool: pg.Pool) {
  await pool.query(
    `UPDATE cases SET group_crime = group_crime
     WHERE id = (SELECT id FROM cases WHERE registered_on BETWEEN $1 AND $2 ORDER BY registered_on LIMIT 1)`,
    [`${year}-01-01`, `${year}-12-31`],
  );
}

/** Runs `measured` (which times its own part) `warmup` times unmeasured, then `runs` times. */
async function repeatTimed(measured: () => Promise<number>, runs: number, warmup: number) {
  for (let i = 0; i < warmup; i += 1) await measured();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) samples.push(await measured());
  return summarize(samples);
}

/** The engine's statistics, its baseline, and what to close after. */
async function engine() {
  if (values.pg) {
    const store = await openPgStore(values.pg); // migrated to the current schema first
    const pool = new pg.Pool({ connectionString: values.pg, max: 1, types: nadzorTypes });
    const served = () => store.read((r) => r.stats.annual(calendarScope(year, null)));
    return {
      stats: () => pgAnnualStats(pool, calendarScope(year, null)),
      baseline: () => pgBaselineStats(pool, year),
      stored: served,
      afterWrite: async () => {
        await touchYear(pool);
        return timeMs(served);
      },
      label: onPg,
      close: async () => {
        await pool.end();
        await store.close();
      },
    };
  }
  const store = openSqliteStore(values.db!);
  const raw = new Database(values.db, { readonly: true });
  return {
    stats: () => Promise.resolve(annualStats(raw, calendarScope(year))),
    baseline: () => Promise.resolve(baselineStats(raw, year)),
    stored: null,
    afterWrite: null,
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

  if (chosen.stored) {
    // What the store serves is what the module computes, before and after a write.
    const { year: _y, district: _d, ...stored } = await chosen.stored();
    if (!isDeepStrictEqual(stored, figures)) throw new Error('the stored statistics differ from the module');
  }
  const runs = Number(values.runs ?? 10);
  const module = values.pg ? 'db/postgres/stats.ts' : 'db/sqlite/stats.ts';
  const timing =
    mode === 'after-write'
      ? await repeatTimed(chosen.afterWrite!, runs, 2)
      : await repeat(
          mode === 'stats' ? chosen.stats : mode === 'baseline' ? chosen.baseline : chosen.stored!,
          runs,
          2,
        );
  const name = {
    stats: `statistics of ${year} (${module})`,
    baseline: `statistics of ${year}: minimal SQL baseline`,
    stored: `statistics of ${year} through the store, nothing written since (kept result)`,
    'after-write': `statistics of ${year} through the store, right after a write to ${year} (computed, kept)`,
  }[mode];
  emit({ name: chosen.label(name), size: Number(values.size), ...timing, peakRssMb: peakRssMb() });
} finally {
  await chosen.close();
}
