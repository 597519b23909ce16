import type { Database } from 'better-sqlite3';
import { employments, sentenceTypes, type SentenceType } from '../shared/domain/case-record';
import { ageBands } from '../shared/domain/stats';
import { changePercent, monthsToYears, percent } from '../shared/stats/rounding';

/*
 * The floor the statistics are measured against: every figure of the statistics object written as the
 * simplest correct SQL by hand, each statement on its best index (the plan is in the comment beside
 * it), with nothing assembled around the numbers. The benchmark checks that they equal what the
 * statistics module reports before timing either.
 */

type Period = { from: string; to: string };
const period = (year: number): Period => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** The counts of one year's pipeline, and its sentences by type with the imprisonment terms' range. */
function pipeline(db: Database, p: Period) {
  const count = (sql: string) => db.prepare(sql).pluck().get(p) as number;
  return {
    // cases_by_registered_on, cases_by_forwarded, defendants_by_convicted: one range count each
    registered: count('SELECT count(*) FROM cases WHERE registered_on BETWEEN @from AND @to'),
    forwarded: count('SELECT count(*) FROM cases WHERE forwarded_to_court_on BETWEEN @from AND @to'),
    convicted: count('SELECT count(*) FROM defendants WHERE convicted_on BETWEEN @from AND @to'),
    // defendants_by_sentenced covers type and term: one range, one pass of sums (no grouping to sort)
    sentences: db
      .prepare(
        `SELECT count(*) AS persons,
           ${sentenceTypes.map((t) => `coalesce(sum(sentence_type = '${t}'), 0) AS "${t}"`).join(', ')},
           min(CASE WHEN sentence_type = 'imprisonment' THEN ${months} END) AS minMonths,
           max(CASE WHEN sentence_type = 'imprisonment' THEN ${months} END) AS maxMonths
         FROM defendants WHERE sentenced_on BETWEEN @from AND @to`,
      )
      .get(p) as Record<SentenceType | 'persons', number> & {
      minMonths: number | null;
      maxMonths: number | null;
    },
  };
}

const months = 'coalesce(sentence_years, 0) * 12 + coalesce(sentence_months, 0)';

const bandSql: Record<(typeof ageBands)[number], string> = {
  under18: 'age < 18',
  '18to20': 'age BETWEEN 18 AND 20',
  '21to39': 'age BETWEEN 21 AND 39',
  '40to59': 'age BETWEEN 40 AND 59',
  '60plus': 'age >= 60',
  unknown: 'age IS NULL',
};

export function baselineStats(db: Database, year: number) {
  const p = period(year);
  const previous = period(year - 1);
  const all = <T>(sql: string, params: object = p) => db.prepare(sql).all(params) as T[];
  const one = <T>(sql: string) => db.prepare(sql).get(p) as T;
  return {
    pipeline: pipeline(db, p),
    previousYear: pipeline(db, previous),
    // cases_by_registration_stats covers the flag
    grouped: one<{ n: number }>(
      'SELECT coalesce(sum(group_crime), 0) AS n FROM cases WHERE registered_on BETWEEN @from AND @to',
    ).n,
    // defendants_by_acquitted
    acquitted: one<{ n: number }>(
      'SELECT count(*) AS n FROM defendants WHERE acquitted_on BETWEEN @from AND @to',
    ).n,
    // cases_by_district: two range counts per district
    districts: all<{ name: string; registered: number; previous: number }>(
      `SELECT name,
         (SELECT count(*) FROM cases WHERE district_id = d.id AND registered_on BETWEEN @from AND @to) AS registered,
         (SELECT count(*) FROM cases WHERE district_id = d.id AND registered_on BETWEEN @pfrom AND @pto) AS previous
       FROM districts d`,
      { ...p, pfrom: previous.from, pto: previous.to },
    ),
    // victims_by_registration covers sex, employment and age: one range, one pass of sums
    victims: one<Record<string, number | null>>(
      `SELECT count(*) AS total, sum(sex = 'F') AS women,
         ${ageBands.map((b) => `sum(${bandSql[b]}) AS "${b}"`).join(', ')},
         ${employments.map((e) => `sum(employment = '${e}') AS "${e}"`).join(', ')},
         sum(employment IS NULL) AS "unknown employment"
       FROM victims WHERE case_registered_on BETWEEN @from AND @to`,
    ),
    offenders: offenders(db, p),
    // case_platforms_by_registration, case_tactics_by_registration: one range count per value
    platforms: all<{ name: string; n: number }>(
      `SELECT name, (SELECT count(*) FROM case_platforms x WHERE x.platform_id = r.id
         AND x.case_registered_on BETWEEN @from AND @to) AS n FROM platforms r`,
    ),
    tactics: all<{ name: string; n: number }>(
      `SELECT name, (SELECT count(*) FROM case_tactics x WHERE x.tactic_id = r.id
         AND x.case_registered_on BETWEEN @from AND @to) AS n FROM tactics r`,
    ),
    // defendants_by_sentenced: one range, grouped by term
    terms: all<{ months: number; n: number }>(
      `SELECT coalesce(sentence_years, 0) * 12 + coalesce(sentence_months, 0) AS months, count(*) AS n
       FROM defendants WHERE sentenced_on BETWEEN @from AND @to AND sentence_type = 'imprisonment' GROUP BY 1`,
    ),
  };
}

const offenderSums = `count(*) AS total, coalesce(sum(sex = 'M'), 0) AS men,
  coalesce(sum(age BETWEEN 17 AND 60), 0) AS age17to60, coalesce(sum(prior_convictions >= 1), 0) AS prior,
  coalesce(sum(employment = 'unemployed'), 0) AS unemployed`;

/**
 * One person per person id (a defendant without one is a person of its own), described by their first
 * row: the sums over every row of the year (defendants_by_registration covers them), less the rows of
 * persons met again that are not their first (earliest registration, registry number, position).
 */
function offenders(db: Database, p: Period) {
  const every = db
    .prepare(`SELECT ${offenderSums} FROM defendants WHERE case_registered_on BETWEEN @from AND @to`)
    .get(p) as Record<string, number>;
  const later = db
    .prepare(
      `SELECT ${offenderSums} FROM defendants d
       WHERE d.case_registered_on BETWEEN @from AND @to
         AND d.person_id IN (SELECT person_id FROM defendants WHERE case_registered_on BETWEEN @from AND @to
                             AND person_id IS NOT NULL GROUP BY person_id HAVING count(*) > 1)
         AND EXISTS (SELECT 1 FROM defendants e JOIN cases ce ON ce.id = e.case_id, cases cd
                     WHERE cd.id = d.case_id AND e.person_id = d.person_id
                       AND e.case_registered_on BETWEEN @from AND @to
                       AND (e.case_registered_on, ce.registry_number, e.position)
                         < (d.case_registered_on, cd.registry_number, d.position))`,
    )
    .get(p) as Record<string, number>;
  return Object.fromEntries(Object.keys(every).map((key) => [key, every[key]! - later[key]!]));
}

/**
 * Every figure of the statistics object recomputed from the baseline's numbers, in the object's own
 * shape, so the benchmark can check the two agree before it times them.
 */
export function figuresOf(base: ReturnType<typeof baselineStats>) {
  const counts = (b: ReturnType<typeof pipeline>) => ({
    registered: b.registered,
    forwardedToCourt: b.forwarded,
    convictedPersons: b.convicted,
    sentencedPersons: b.sentences.persons,
    imprisonedPersons: b.sentences.imprisonment,
  });
  const current = counts(base.pipeline);
  const { minMonths, maxMonths } = base.pipeline.sentences;
  const v = base.victims;
  const victimsTotal = v.total ?? 0;
  const o = base.offenders;
  const terms: { years: number; persons: number }[] = [];
  for (const { months, n } of [...base.terms].sort((a, b) => a.months - b.months)) {
    const years = monthsToYears(months);
    const last = terms.at(-1);
    if (last?.years === years) last.persons += n;
    else terms.push({ years, persons: n });
  }
  const shares = (rows: { name: string; n: number }[]) =>
    rows
      .filter((r) => r.n > 0)
      .sort((a, b) => b.n - a.n || (a.name < b.name ? -1 : 1))
      .map((r) => ({ name: r.name, cases: r.n, pct: percent(r.n, current.registered) }));
  return {
    pipeline: {
      ...current,
      imprisonmentYears:
        minMonths === null || maxMonths === null
          ? null
          : { min: monthsToYears(minMonths), max: monthsToYears(maxMonths) },
      clearanceRatePct: percent(current.forwardedToCourt, current.registered),
    },
    previousYear: counts(base.previousYear),
    registeredChangePct: changePercent(current.registered, base.previousYear.registered),
    districts: base.districts
      .filter((d) => d.registered > 0 || d.previous > 0)
      .sort((a, b) => b.registered - a.registered || b.previous - a.previous || (a.name < b.name ? -1 : 1))
      .map((d) => ({
        district: d.name,
        registered: d.registered,
        previous: d.previous,
        changePct: changePercent(d.registered, d.previous),
      })),
    victims: {
      total: victimsTotal,
      womenPct: percent(v.women ?? 0, victimsTotal),
      ageBands: Object.fromEntries(ageBands.map((band) => [band, v[band] ?? 0])),
      employment: Object.fromEntries(
        [...employments, 'unknown' as const].map((e) => [
          e,
          v[e === 'unknown' ? 'unknown employment' : e] ?? 0,
        ]),
      ),
    },
    offenders: {
      total: o.total,
      menPct: percent(o.men!, o.total!),
      age17to60Pct: percent(o.age17to60!, o.total!),
      priorConvictionPct: percent(o.prior!, o.total!),
      unemployedPct: percent(o.unemployed!, o.total!),
    },
    groupCrimePct: percent(base.grouped, current.registered),
    platforms: shares(base.platforms),
    tactics: shares(base.tactics),
    acquittedPersons: base.acquitted,
    sentences: {
      byType: Object.fromEntries(sentenceTypes.map((t) => [t, base.pipeline.sentences[t]])),
      imprisonmentTerms: terms,
    },
  };
}
