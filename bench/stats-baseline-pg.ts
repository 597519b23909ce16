import { employments, sentenceTypes, type SentenceType } from '../shared/domain/case-record';
import { ageBands } from '../shared/domain/stats';
import { row, rows, type Queryable } from '../db/postgres/sql';
import type { baselineStats } from './stats-baseline';

/*
 * The PostgreSQL floor the statistics are measured against: bench/stats-baseline.ts's statements
 * (every figure as the simplest correct SQL by hand, each on its best index, nothing assembled around
 * the numbers) in PostgreSQL's SQL, where a condition is counted with FILTER instead of summed. It
 * gives the SQLite baseline's shape, so figuresOf turns both into the statistics object and the
 * benchmark checks they agree with db/postgres/stats.ts before timing either.
 */

type Period = { from: string; to: string };
const period = (year: number): Period => ({ from: `${year}-01-01`, to: `${year}-12-31` });
type Baseline = ReturnType<typeof baselineStats>;

const months = 'coalesce(sentence_years, 0) * 12 + coalesce(sentence_months, 0)';
const count = (condition: string) => `count(*) FILTER (WHERE ${condition})`;

async function pipeline(db: Queryable, p: Period): Promise<Baseline['pipeline']> {
  const n = async (sql: string) => (await row<{ n: number }>(db, sql, p))!.n;
  return {
    // cases_by_registered_on, cases_by_forwarded, defendants_by_convicted: one range count each
    registered: await n('SELECT count(*) AS n FROM cases WHERE registered_on BETWEEN @from AND @to'),
    forwarded: await n('SELECT count(*) AS n FROM cases WHERE forwarded_to_court_on BETWEEN @from AND @to'),
    convicted: await n('SELECT count(*) AS n FROM defendants WHERE convicted_on BETWEEN @from AND @to'),
    // defendants_by_sentenced: one range, one pass of counts
    sentences: (await row(
      db,
      `SELECT count(*) AS persons,
         ${sentenceTypes.map((t) => `${count(`sentence_type = '${t}'`)} AS "${t}"`).join(', ')},
         min(${months}) FILTER (WHERE sentence_type = 'imprisonment') AS "minMonths",
         max(${months}) FILTER (WHERE sentence_type = 'imprisonment') AS "maxMonths"
       FROM defendants WHERE sentenced_on BETWEEN @from AND @to`,
      p,
    )) as Record<SentenceType | 'persons', number> & { minMonths: number | null; maxMonths: number | null },
  };
}

const bandSql: Record<(typeof ageBands)[number], string> = {
  under18: 'age < 18',
  '18to20': 'age BETWEEN 18 AND 20',
  '21to39': 'age BETWEEN 21 AND 39',
  '40to59': 'age BETWEEN 40 AND 59',
  '60plus': 'age >= 60',
  unknown: 'age IS NULL',
};

const offenderCounts = `count(*) AS total, ${count("sex = 'M'")} AS men,
  ${count('age BETWEEN 17 AND 60')} AS age17to60, ${count('prior_convictions >= 1')} AS prior,
  ${count("employment = 'unemployed'")} AS unemployed`;

/** One person per person id, described by their first row: every row of the year less the later ones. */
async function offenders(db: Queryable, p: Period) {
  const every = (await row<Record<string, number>>(
    db,
    `SELECT ${offenderCounts} FROM defendants WHERE case_registered_on BETWEEN @from AND @to`,
    p,
  ))!;
  const later = (await row<Record<string, number>>(
    db,
    `SELECT ${offenderCounts} FROM defendants d
     WHERE d.case_registered_on BETWEEN @from AND @to
       AND d.person_id IN (SELECT person_id FROM defendants WHERE case_registered_on BETWEEN @from AND @to
                           AND person_id IS NOT NULL GROUP BY person_id HAVING count(*) > 1)
       AND EXISTS (SELECT 1 FROM defendants e JOIN cases ce ON ce.id = e.case_id, cases cd
                   WHERE cd.id = d.case_id AND e.person_id = d.person_id
                     AND e.case_registered_on BETWEEN @from AND @to
                     AND (e.case_registered_on, ce.registry_number, e.position)
                       < (d.case_registered_on, cd.registry_number, d.position))`,
    p,
  ))!;
  return Object.fromEntries(Object.keys(every).map((key) => [key, every[key]! - later[key]!]));
}

export async function pgBaselineStats(db: Queryable, year: number): Promise<Baseline> {
  const p = period(year);
  const previous = period(year - 1);
  const all = <T extends object>(sql: string, params: object = p) =>
    rows<T & Record<string, unknown>>(db, sql, params as Record<string, unknown>);
  return {
    pipeline: await pipeline(db, p),
    previousYear: await pipeline(db, previous),
    // cases_by_registered_on, then the flag from the rows
    grouped: (await row<{ n: number }>(
      db,
      'SELECT coalesce(sum(group_crime), 0) AS n FROM cases WHERE registered_on BETWEEN @from AND @to',
      p,
    ))!.n,
    // defendants_by_acquitted
    acquitted: (await row<{ n: number }>(
      db,
      'SELECT count(*) AS n FROM defendants WHERE acquitted_on BETWEEN @from AND @to',
      p,
    ))!.n,
    // cases_by_district: two range counts per district
    districts: await all<{ name: string; registered: number; previous: number }>(
      `SELECT name,
         (SELECT count(*) FROM cases WHERE district_id = d.id AND registered_on BETWEEN @from AND @to) AS registered,
         (SELECT count(*) FROM cases WHERE district_id = d.id AND registered_on BETWEEN @pfrom AND @pto) AS previous
       FROM districts d`,
      { ...p, pfrom: previous.from, pto: previous.to },
    ),
    // victims_by_registration covers sex, employment and age: one range, one pass of counts
    victims: (await row<Record<string, number | null>>(
      db,
      `SELECT count(*) AS total, ${count("sex = 'F'")} AS women,
         ${ageBands.map((b) => `${count(bandSql[b])} AS "${b}"`).join(', ')},
         ${employments.map((e) => `${count(`employment = '${e}'`)} AS "${e}"`).join(', ')},
         ${count('employment IS NULL')} AS "unknown employment"
       FROM victims WHERE case_registered_on BETWEEN @from AND @to`,
      p,
    ))!,
    offenders: await offenders(db, p),
    // case_platforms_by_registration, case_tactics_by_registration: one range count per value
    platforms: await all<{ name: string; n: number }>(
      `SELECT name, (SELECT count(*) FROM case_platforms x WHERE x.platform_id = r.id
         AND x.case_registered_on BETWEEN @from AND @to) AS n FROM platforms r`,
    ),
    tactics: await all<{ name: string; n: number }>(
      `SELECT name, (SELECT count(*) FROM case_tactics x WHERE x.tactic_id = r.id
         AND x.case_registered_on BETWEEN @from AND @to) AS n FROM tactics r`,
    ),
    // defendants_by_sentenced: one range, grouped by term
    terms: await all<{ months: number; n: number }>(
      `SELECT ${months} AS months, count(*) AS n
       FROM defendants WHERE sentenced_on BETWEEN @from AND @to AND sentence_type = 'imprisonment' GROUP BY 1`,
    ),
  };
}
