import {
  employments,
  sentenceTypes,
  type Employment,
  type SentenceType,
} from '../../shared/domain/case-record';
import {
  ageBands,
  type AgeBand,
  type CaseStats,
  type DistrictRow,
  type DrillRow,
  type PipelineCounts,
  type ShareRow,
  trendYearOf,
} from '../../shared/domain/stats';
import { changePercent, monthsToYears, percent } from '../../shared/stats/rounding';
import type { StatsReader, StatsScope } from '../ports';
import { drillStatements } from '../sqlite/stats-drill';
import {
  inAgeBand,
  casesIn,
  defendantsIn,
  linksIn,
  withCase,
  articleIn,
  filterOf,
  paramsOf,
  termMonthsSql,
  victimsIn,
  type RowFilter,
  type Rows,
  type StatsParams,
} from '../sqlite/stats-sql';
import { row, rows, together, type OnSnapshot, type Queryable } from './sql';
import { storedAnnualStats } from './stats-results';

/*
 * The annual statistics on PostgreSQL: the figures of db/sqlite/stats.ts, counted over the same row
 * sets (the shared pieces of db/sqlite/stats-sql.ts), so both engines give the same JSON on the same
 * data. Where SQLite sums a condition (true is 1), PostgreSQL counts with a FILTER.
 */

type Params = StatsParams;

const counted = (condition: string, alias: string) => `count(*) FILTER (WHERE ${condition}) AS "${alias}"`;

const one = async <T extends object>(db: Queryable, columns: string, r: Rows, params: Params, rest = '') =>
  (await row<T & Record<string, unknown>>(
    db,
    `SELECT ${columns} FROM ${r.from} WHERE ${r.where}${rest}`,
    params,
  ))!;

/** How many rows `r` holds. */
const countOf = async (db: Queryable, r: Rows, params: Params) =>
  (await one<{ n: number }>(db, 'count(*) AS n', r, params)).n;

interface SentenceCounts {
  sentenced: number;
  byType: Record<SentenceType, number>;
  minMonths: number | null;
  maxMonths: number | null;
}

async function sentenceCounts(db: Queryable, params: Params, filter: RowFilter): Promise<SentenceCounts> {
  const imprisoned = `CASE WHEN d.sentence_type = 'imprisonment' THEN ${termMonthsSql} END`;
  const r = await one<Record<string, number | null>>(
    db,
    [
      'count(*) AS sentenced',
      ...sentenceTypes.map((type) => counted(`d.sentence_type = '${type}'`, type)),
      `min(${imprisoned}) AS "minMonths"`,
      `max(${imprisoned}) AS "maxMonths"`,
    ].join(', '),
    defendantsIn('sentenced_on', filter),
    params,
  );
  return {
    sentenced: r.sentenced ?? 0,
    byType: Object.fromEntries(sentenceTypes.map((t) => [t, r[t] ?? 0])) as Record<SentenceType, number>,
    minMonths: r.minMonths ?? null,
    maxMonths: r.maxMonths ?? null,
  };
}

async function pipelineCounts(db: Queryable, params: Params, filter: RowFilter) {
  const [sentences, registered, forwardedToCourt, convictedPersons] = await together(
    sentenceCounts(db, params, filter),
    countOf(db, casesIn('registered_on', filter), params),
    countOf(db, casesIn('forwarded_to_court_on', filter), params),
    countOf(db, defendantsIn('convicted_on', filter), params),
  );
  const counts: PipelineCounts = {
    registered,
    forwardedToCourt,
    convictedPersons,
    sentencedPersons: sentences.sentenced,
    imprisonedPersons: sentences.byType.imprisonment,
  };
  return { counts, sentences };
}

async function districtRows(db: Queryable, scope: StatsScope): Promise<DistrictRow[]> {
  const filter = filterOf(scope);
  const articles = filter.articles === 0 ? '' : ` AND ${articleIn('c.article_id', filter)}`;
  const found = await rows<Omit<DistrictRow, 'changePct'>>(
    db,
    `SELECT name AS district,
       (SELECT count(*) FROM cases c WHERE c.district_id = dist.id AND c.registered_on BETWEEN @from AND @to${articles}) AS registered,
       (SELECT count(*) FROM cases c WHERE c.district_id = dist.id AND c.registered_on BETWEEN @previousFrom AND @previousTo${articles}) AS previous
     FROM districts dist
     WHERE ${filter.districtId === null ? 'true' : 'dist.id = @district'}
     ORDER BY registered DESC, previous DESC, name`,
    {
      ...paramsOf(scope),
      previousFrom: scope.previous.from,
      previousTo: scope.previous.to,
    },
  );
  return found
    .filter((r) => r.registered > 0 || r.previous > 0)
    .map((r) => ({ ...r, changePct: changePercent(r.registered, r.previous) }));
}

async function victimFigures(
  db: Queryable,
  params: Params,
  filter: RowFilter,
): Promise<CaseStats['victims']> {
  const r = await one<Record<string, number>>(
    db,
    [
      'count(*) AS total',
      counted("v.sex = 'F'", 'women'),
      ...ageBands.map((band) => counted(inAgeBand('v.age', band), `band:${band}`)),
      ...employments.map((value) => counted(`v.employment = '${value}'`, `employment:${value}`)),
      counted('v.employment IS NULL', 'employment:unknown'),
    ].join(', '),
    victimsIn(filter),
    params,
  );
  const total = r.total ?? 0;
  return {
    total,
    womenPct: percent(r.women ?? 0, total),
    ageBands: Object.fromEntries(ageBands.map((b) => [b, r[`band:${b}`] ?? 0])) as Record<AgeBand, number>,
    employment: Object.fromEntries(
      [...employments, 'unknown' as const].map((e) => [e, r[`employment:${e}`] ?? 0]),
    ) as Record<Employment | 'unknown', number>,
  };
}

const offenderSums = (a: string) =>
  [
    'count(*) AS total',
    counted(`${a}.sex = 'M'`, 'men'),
    counted(`${a}.age BETWEEN 17 AND 60`, 'age17to60'),
    counted(`${a}.prior_convictions >= 1`, 'prior'),
    counted(`${a}.employment = 'unemployed'`, 'unemployed'),
  ].join(', ');

interface OffenderSums {
  total: number;
  men: number;
  age17to60: number;
  prior: number;
  unemployed: number;
}

const noRows: OffenderSums = { total: 0, men: 0, age17to60: 0, prior: 0, unemployed: 0 };

/**
 * The sums over the rows of persons met again in the period that are not their first (offenderRowsCte's
 * rows with nth > 1, numbered the same way). The persons met again are found first, on their own: at a
 * million cases the year's 97 000 defendants are grouped by person in some 200 ms, and when none is met
 * twice (or once they are known) no other row of the year is read again.
 */
async function repeatedRows(db: Queryable, params: Params, filter: RowFilter): Promise<OffenderSums> {
  const r = defendantsIn('case_registered_on', filter);
  const persons = (
    await rows<{ person: string }>(
      db,
      `SELECT d.person_id AS person FROM ${r.from} WHERE ${r.where} AND d.person_id IS NOT NULL
       GROUP BY d.person_id HAVING count(*) > 1`,
      params,
    )
  ).map((p) => p.person);
  if (persons.length === 0) return noRows;
  return (await row<OffenderSums>(
    db,
    `WITH offender_rows AS (
       SELECT d.*, row_number() OVER (
         PARTITION BY d.person_id ORDER BY d.case_registered_on, c.registry_number, d.position
       ) AS nth
       ${withCase(r)} AND d.person_id = ANY(@persons::text[])
     )
     SELECT ${offenderSums('o')} FROM offender_rows o WHERE o.nth > 1`,
    { ...params, persons },
  ))!;
}

/**
 * Offenders: one per person, described by their first defendant row (see offenderRowsCte). As on
 * SQLite (db/sqlite/stats.ts), the sums over every row of the year less the rows of persons met again
 * that are not their first: numbering only the repeated persons' rows, not the whole year's (joined to
 * their cases and sorted), took 285 of the statistics' 445 ms at 100k cases.
 */
async function offenderFigures(
  db: Queryable,
  params: Params,
  filter: RowFilter,
): Promise<CaseStats['offenders']> {
  const [all, repeats] = await together(
    one<OffenderSums>(db, offenderSums('d'), defendantsIn('case_registered_on', filter), params),
    repeatedRows(db, params, filter),
  );
  const net = (key: keyof OffenderSums) => all[key] - repeats[key];
  const total = net('total');
  return {
    total,
    menPct: percent(net('men'), total),
    age17to60Pct: percent(net('age17to60'), total),
    priorConvictionPct: percent(net('prior'), total),
    unemployedPct: percent(net('unemployed'), total),
  };
}

/** The cases naming each platform or tactic, largest first, without their share (which needs the year's count). */
async function shareCounts(
  db: Queryable,
  kind: 'platform' | 'tactic',
  params: Params,
  filter: RowFilter,
): Promise<Omit<ShareRow, 'pct'>[]> {
  const links = linksIn(`case_${kind}s`, filter);
  const found = await rows<{ name: string; cases: number }>(
    db,
    `SELECT name, (SELECT count(*) FROM ${links.from} WHERE x.${kind}_id = r.id AND ${links.where}) AS cases
     FROM ${kind}s r ORDER BY cases DESC, name`,
    params,
  );
  return found.filter((r) => r.cases > 0);
}

const sharesOf = (counted: Omit<ShareRow, 'pct'>[], registered: number): ShareRow[] =>
  counted.map((r) => ({ ...r, pct: percent(r.cases, registered) }));

async function imprisonmentTerms(db: Queryable, params: Params, filter: RowFilter) {
  const r = defendantsIn('sentenced_on', filter);
  const found = await rows<{ months: number; persons: number }>(
    db,
    `SELECT ${termMonthsSql} AS months, count(*) AS persons FROM ${r.from} WHERE ${r.where}
       AND d.sentence_type = 'imprisonment' GROUP BY 1 ORDER BY 1`,
    params,
  );
  // Terms that round to the same tenth of a year are one row.
  const terms: { years: number; persons: number }[] = [];
  for (const { months, persons } of found) {
    const years = monthsToYears(months);
    const last = terms.at(-1);
    if (last?.years === years) last.persons += persons;
    else terms.push({ years, persons });
  }
  return terms;
}

/**
 * The year's figures. Their dozen and a half counts do not depend on one another, so they are asked
 * for together: on one connection they still run one after another, and on a snapshot shared by
 * several connections (db/postgres/shared-snapshot.ts) side by side. The longest are asked first.
 */
export async function pgAnnualStats(db: Queryable, scope: StatsScope): Promise<CaseStats> {
  const filter = filterOf(scope);
  const params = paramsOf(scope);
  // Counted on the index of group crimes alone (migration 010): summing the flag read every case of
  // the year from the table, some 15 000 scattered pages at a million cases.
  const groupCases = casesIn('registered_on', filter);
  const [districts, offenders, victims, platforms, tactics, current, previous, grouped, acquitted, terms] =
    await together(
      districtRows(db, scope),
      offenderFigures(db, params, filter),
      victimFigures(db, params, filter),
      shareCounts(db, 'platform', params, filter),
      shareCounts(db, 'tactic', params, filter),
      pipelineCounts(db, params, filter),
      pipelineCounts(db, paramsOf(scope, scope.previous), filter),
      countOf(db, { ...groupCases, where: `${groupCases.where} AND c.group_crime = 1` }, params),
      countOf(db, defendantsIn('acquitted_on', filter), params),
      imprisonmentTerms(db, params, filter),
    );
  const { registered } = current.counts;
  const { minMonths, maxMonths } = current.sentences;
  return {
    year: scope.year,
    district: scope.district?.name ?? null,
    pipeline: {
      ...current.counts,
      imprisonmentYears:
        minMonths === null || maxMonths === null
          ? null
          : { min: monthsToYears(minMonths), max: monthsToYears(maxMonths) },
      clearanceRatePct: percent(current.counts.forwardedToCourt, registered),
    },
    previousYear: previous.counts,
    registeredChangePct: changePercent(registered, previous.counts.registered),
    districts,
    victims,
    offenders,
    groupCrimePct: percent(grouped, registered),
    platforms: sharesOf(platforms, registered),
    tactics: sharesOf(tactics, registered),
    acquittedPersons: acquitted,
    sentences: {
      byType: current.sentences.byType,
      imprisonmentTerms: terms,
    },
  };
}

/**
 * The statistics reader: `consistent` runs a function on one snapshot; `keep` is where a computed
 * year is stored for the next call (db/postgres/stats-results.ts), null inside a write.
 */
export const pgStatsReader = (
  db: Queryable,
  consistent: OnSnapshot,
  keep: Queryable | null,
): StatsReader => ({
  annual: (scope) => storedAnnualStats(consistent, keep, scope, pgAnnualStats),
  // From the kept year's figures: after its first reading, each year of a colleague's trend is one
  // lookup, where counting only the pipeline would be five counts every time.
  pipeline: async (scope) => trendYearOf(await storedAnnualStats(consistent, keep, scope, pgAnnualStats)),
  async drill(query, scope) {
    const statements = drillStatements(query, scope);
    if (!statements) return null;
    const { limit, offset, ...countParams } = statements.params;
    const { n: total } = (await row<{ n: number }>(db, statements.count, countParams))!;
    const found = await rows<DrillRow>(db, statements.page, { ...countParams, limit, offset });
    return { kind: statements.kind, total, rows: found };
  },
  // The office server is one long-lived process: the charts it drew stay in its memory
  // (backend/services/report/chart-svg.ts), and a database shared by every office keeps none.
  keptCharts: () => Promise.resolve({}),
  keepCharts: () => Promise.resolve(),
});
