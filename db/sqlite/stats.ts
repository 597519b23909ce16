import type { Database } from 'better-sqlite3';
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
  type PipelineCounts,
  type ShareRow,
  type TrendYear,
} from '../../shared/domain/stats';
import { changePercent, monthsToYears, percent } from '../../shared/stats/rounding';
import type { StatsReader, StatsScope } from '../ports';
import { keepCharts, keptCharts, keptFigures } from './kept-stats';
import { drillPage } from './stats-drill';
import {
  inAgeBand,
  casesIn,
  defendantsIn,
  linksIn,
  offenderRowsCte,
  offenderSums,
  articleIn,
  filterOf,
  paramsOf,
  scopeKey,
  termMonthsSql,
  victimsIn,
  type RowFilter,
  type Rows,
  type StatsParams,
} from './stats-sql';
import { statement } from './statements';

type Params = StatsParams;

const select = <T>(db: Database, columns: string, r: Rows, params: Params, rest = '') =>
  statement(db, `SELECT ${columns} FROM ${r.from} WHERE ${r.where}${rest}`).all(params) as T[];

const one = <T>(db: Database, columns: string, r: Rows, params: Params) =>
  select<T>(db, columns, r, params)[0]!;

interface SentenceCounts {
  sentenced: number;
  byType: Record<SentenceType, number>;
  minMonths: number | null;
  maxMonths: number | null;
}

/** Persons sentenced in the year: one pass of sums over the sentenced_on index range. */
function sentenceCounts(db: Database, params: Params, filter: RowFilter): SentenceCounts {
  const imprisoned = `CASE WHEN d.sentence_type = 'imprisonment' THEN ${termMonthsSql} END`;
  const row = one<Record<string, number | null>>(
    db,
    [
      'count(*) AS sentenced',
      ...sentenceTypes.map((type) => `sum(d.sentence_type = '${type}') AS "${type}"`),
      `min(${imprisoned}) AS minMonths`,
      `max(${imprisoned}) AS maxMonths`,
    ].join(', '),
    defendantsIn('sentenced_on', filter),
    params,
  );
  return {
    sentenced: row.sentenced ?? 0,
    byType: Object.fromEntries(sentenceTypes.map((t) => [t, row[t] ?? 0])) as Record<SentenceType, number>,
    minMonths: row.minMonths ?? null,
    maxMonths: row.maxMonths ?? null,
  };
}

function pipelineCounts(db: Database, params: Params, filter: RowFilter) {
  const count = (r: Rows) => one<{ n: number }>(db, 'count(*) AS n', r, params).n;
  const sentences = sentenceCounts(db, params, filter);
  const counts: PipelineCounts = {
    registered: count(casesIn('registered_on', filter)),
    forwardedToCourt: count(casesIn('forwarded_to_court_on', filter)),
    convictedPersons: count(defendantsIn('convicted_on', filter)),
    sentencedPersons: sentences.sentenced,
    imprisonedPersons: sentences.byType.imprisonment,
  };
  return { counts, sentences };
}

function districtRows(db: Database, scope: StatsScope): DistrictRow[] {
  const filter = filterOf(scope);
  const articles = filter.articles === 0 ? '' : ` AND ${articleIn('c.article_id', filter)}`;
  // Two index range counts per district (cases_by_district) instead of grouping two years of cases.
  const rows = statement(
    db,
    `SELECT name AS district,
       (SELECT count(*) FROM cases c WHERE c.district_id = dist.id AND c.registered_on BETWEEN @from AND @to${articles}) AS registered,
       (SELECT count(*) FROM cases c WHERE c.district_id = dist.id AND c.registered_on BETWEEN @previousFrom AND @previousTo${articles}) AS previous
     FROM districts dist
     WHERE ${filter.districtId === null ? '1' : 'dist.id = @district'}
     ORDER BY registered DESC, previous DESC, name`,
  ).all({
    ...paramsOf(scope),
    previousFrom: scope.previous.from,
    previousTo: scope.previous.to,
  }) as Omit<DistrictRow, 'changePct'>[];
  return rows
    .filter((row) => row.registered > 0 || row.previous > 0)
    .map((row) => ({ ...row, changePct: changePercent(row.registered, row.previous) }));
}

function victimFigures(db: Database, params: Params, filter: RowFilter): CaseStats['victims'] {
  // One pass of sums (no grouping): each band and employment value is a column of the single row.
  const row = one<Record<string, number | null>>(
    db,
    [
      'count(*) AS total',
      "sum(v.sex = 'F') AS women",
      ...ageBands.map((band) => `sum(${inAgeBand('v.age', band)}) AS "band:${band}"`),
      ...employments.map((value) => `sum(v.employment = '${value}') AS "employment:${value}"`),
      'sum(v.employment IS NULL) AS "employment:unknown"',
    ].join(', '),
    victimsIn(filter),
    params,
  );
  const total = row.total ?? 0;
  return {
    total,
    womenPct: percent(row.women ?? 0, total),
    ageBands: Object.fromEntries(ageBands.map((b) => [b, row[`band:${b}`] ?? 0])) as Record<AgeBand, number>,
    employment: Object.fromEntries(
      [...employments, 'unknown' as const].map((e) => [e, row[`employment:${e}`] ?? 0]),
    ) as Record<Employment | 'unknown', number>,
  };
}

interface OffenderSums {
  total: number;
  men: number;
  age17to60: number;
  prior: number;
  unemployed: number;
}

/**
 * Sums over every defendant row of the period, minus the rows that repeat a person already met
 * (rarely more than a handful): the same result as summing first rows only, without sorting them all.
 */
function offenderFigures(db: Database, params: Params, filter: RowFilter): CaseStats['offenders'] {
  const all = one<OffenderSums>(db, offenderSums('d'), defendantsIn('case_registered_on', filter), params);
  const repeats = statement(
    db,
    `${offenderRowsCte(filter, true)} SELECT ${offenderSums('o')} FROM offender_rows o WHERE o.nth > 1`,
  ).get(params) as OffenderSums;
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

function shares(
  db: Database,
  kind: 'platform' | 'tactic',
  params: Params,
  filter: RowFilter,
  registered: number,
): ShareRow[] {
  const links = linksIn(`case_${kind}s`, filter);
  const rows = statement(
    db,
    `SELECT name, (SELECT count(*) FROM ${links.from} WHERE x.${kind}_id = r.id AND ${links.where}) AS cases
     FROM ${kind}s r ORDER BY cases DESC, name`,
  ).all(params) as { name: string; cases: number }[];
  return rows.filter((row) => row.cases > 0).map((row) => ({ ...row, pct: percent(row.cases, registered) }));
}

/** Imprisonment terms in years (months / 12, one decimal) with the persons given each. */
function imprisonmentTerms(db: Database, params: Params, filter: RowFilter) {
  const rows = select<{ months: number; persons: number }>(
    db,
    `${termMonthsSql} AS months, count(*) AS persons`,
    defendantsIn('sentenced_on', filter),
    params,
    " AND d.sentence_type = 'imprisonment' GROUP BY months ORDER BY months",
  );
  // Terms that round to the same tenth of a year are one row.
  const terms: { years: number; persons: number }[] = [];
  for (const { months, persons } of rows) {
    const years = monthsToYears(months);
    const last = terms.at(-1);
    if (last?.years === years) last.persons += persons;
    else terms.push({ years, persons });
  }
  return terms;
}

function termRange({ minMonths, maxMonths }: SentenceCounts): CaseStats['pipeline']['imprisonmentYears'] {
  return minMonths === null || maxMonths === null
    ? null
    : { min: monthsToYears(minMonths), max: monthsToYears(maxMonths) };
}

/** Every figure of spec §3 for one scope, computed in SQL (nothing loads all cases into memory). */
export function annualStats(db: Database, scope: StatsScope): CaseStats {
  const filter = filterOf(scope);
  const params = paramsOf(scope);
  const current = pipelineCounts(db, params, filter);
  const previous = pipelineCounts(db, paramsOf(scope, scope.previous), filter);
  const { registered } = current.counts;
  const grouped = one<{ n: number }>(
    db,
    'coalesce(sum(c.group_crime), 0) AS n',
    casesIn('registered_on', filter),
    params,
  ).n;
  const acquitted = one<{ n: number }>(db, 'count(*) AS n', defendantsIn('acquitted_on', filter), params).n;
  return {
    year: scope.year,
    district: scope.district?.name ?? null,
    pipeline: {
      ...current.counts,
      imprisonmentYears: termRange(current.sentences),
      clearanceRatePct: percent(current.counts.forwardedToCourt, registered),
    },
    previousYear: previous.counts,
    registeredChangePct: changePercent(registered, previous.counts.registered),
    districts: districtRows(db, scope),
    victims: victimFigures(db, params, filter),
    offenders: offenderFigures(db, params, filter),
    groupCrimePct: percent(grouped, registered),
    platforms: shares(db, 'platform', params, filter, registered),
    tactics: shares(db, 'tactic', params, filter, registered),
    acquittedPersons: acquitted,
    sentences: {
      byType: current.sentences.byType,
      imprisonmentTerms: imprisonmentTerms(db, params, filter),
    },
  };
}

/** The pipeline's figures of one scope: the trend's value for its year (spec §3's counting). */
export function pipelineFigures(db: Database, scope: StatsScope): TrendYear {
  const { counts } = pipelineCounts(db, paramsOf(scope), filterOf(scope));
  return {
    year: scope.year,
    ...counts,
    clearanceRatePct: percent(counts.forwardedToCourt, counts.registered),
  };
}

/**
 * The Reports screen asks for the same year again and again (and the PDF after it); the figures only
 * change when data does. SQLite's data_version moves whenever another connection commits to the
 * file — Nadzor's writer or anything else — so a read-only connection can keep the last answers.
 */
function cachedByScope<T>(
  db: Database,
  count: (db: Database, scope: StatsScope) => T,
): (scope: StatsScope) => T {
  if (!db.readonly) return (scope) => count(db, scope);
  let version: unknown = null;
  const answers = new Map<string, T>();
  return (scope) => {
    const current = db.pragma('data_version', { simple: true });
    if (current !== version) {
      answers.clear();
      version = current;
    }
    const key = scopeKey(scope);
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = count(db, scope);
      if (answers.size >= 64) answers.clear();
      answers.set(key, answer);
    }
    return structuredClone(answer);
  };
}

/**
 * The statistics of `db`'s data. Counted figures are kept in the file through `keepTo` (the store's
 * writer; null inside a write, and where reader and writer are one connection), so the next process
 * to open it reads them as they were (db/sqlite/kept-stats.ts).
 */
export const statsReader = (db: Database, keepTo: Database | null): StatsReader => {
  const kept =
    <T>(kind: string, count: (db: Database, scope: StatsScope) => T) =>
    (db: Database, scope: StatsScope) =>
      keptFigures(db, keepTo, `${kind}:${scopeKey(scope)}`, () => count(db, scope));
  const annual = cachedByScope(db, kept('annual', annualStats));
  const pipeline = cachedByScope(db, kept('pipeline', pipelineFigures));
  return {
    annual: (scope) => Promise.resolve(annual(scope)),
    pipeline: (scope) => Promise.resolve(pipeline(scope)),
    drill: (query, scope) => Promise.resolve(drillPage(db, query, scope)),
    keptCharts: (keys) => Promise.resolve(keptCharts(db, keys)),
    keepCharts: (charts) => Promise.resolve(keepCharts(keepTo, charts)),
  };
};
