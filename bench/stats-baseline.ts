import type { Database } from 'better-sqlite3';

/*
 * The floor the statistics are measured against: the year's figures written as plain SQL, one
 * statement per figure group on the same schema and indexes, with nothing assembled around them.
 * It returns the raw numbers; the benchmark checks they equal what the statistics module reports.
 */

const age = 'age';

export function baselineStats(db: Database, year: number) {
  const p = {
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    pfrom: `${year - 1}-01-01`,
    pto: `${year - 1}-12-31`,
  };
  const pipeline = db
    .prepare(
      `SELECT
        (SELECT count(*) FROM cases WHERE registered_on BETWEEN @from AND @to) AS registered,
        (SELECT count(*) FROM cases WHERE forwarded_to_court_on BETWEEN @from AND @to) AS forwarded,
        (SELECT count(*) FROM defendants WHERE convicted_on BETWEEN @from AND @to) AS convicted,
        (SELECT count(*) FROM defendants WHERE sentenced_on BETWEEN @from AND @to) AS sentenced,
        (SELECT count(*) FROM defendants WHERE sentenced_on BETWEEN @from AND @to AND sentence_type = 'imprisonment') AS imprisoned,
        (SELECT min(sentence_years * 12 + sentence_months) FROM defendants
          WHERE sentenced_on BETWEEN @from AND @to AND sentence_type = 'imprisonment') AS minMonths,
        (SELECT max(sentence_years * 12 + sentence_months) FROM defendants
          WHERE sentenced_on BETWEEN @from AND @to AND sentence_type = 'imprisonment') AS maxMonths,
        (SELECT count(*) FROM cases WHERE registered_on BETWEEN @pfrom AND @pto) AS previousRegistered,
        (SELECT count(*) FROM cases WHERE forwarded_to_court_on BETWEEN @pfrom AND @pto) AS previousForwarded,
        (SELECT count(*) FROM defendants WHERE convicted_on BETWEEN @pfrom AND @pto) AS previousConvicted,
        (SELECT count(*) FROM defendants WHERE sentenced_on BETWEEN @pfrom AND @pto) AS previousSentenced,
        (SELECT count(*) FROM defendants WHERE sentenced_on BETWEEN @pfrom AND @pto AND sentence_type = 'imprisonment') AS previousImprisoned,
        (SELECT sum(group_crime) FROM cases WHERE registered_on BETWEEN @from AND @to) AS grouped,
        (SELECT count(*) FROM defendants WHERE acquitted_on BETWEEN @from AND @to) AS acquitted`,
    )
    .get(p);
  const districts = db
    .prepare(
      `SELECT district_id, sum(registered_on >= @from) AS registered, sum(registered_on < @from) AS previous
       FROM cases WHERE registered_on BETWEEN @pfrom AND @to GROUP BY district_id`,
    )
    .all(p);
  const victims = db
    .prepare(
      `SELECT sex, employment,
         CASE WHEN ${age} IS NULL THEN 'unknown' WHEN ${age} < 18 THEN 'under18' WHEN ${age} <= 20 THEN '18to20'
              WHEN ${age} <= 39 THEN '21to39' WHEN ${age} <= 59 THEN '40to59' ELSE '60plus' END AS band,
         count(*) AS n
       FROM victims WHERE case_registered_on BETWEEN @from AND @to GROUP BY 1, 2, 3`,
    )
    .all(p);
  const offenders = db
    .prepare(
      `SELECT count(*) AS total, sum(sex = 'M') AS men, sum(${age} BETWEEN 17 AND 60) AS age17to60,
         sum(prior_convictions >= 1) AS prior, sum(employment = 'unemployed') AS unemployed
       FROM (SELECT d.*, row_number() OVER (PARTITION BY coalesce(person_id, 'row ' || d.id)
               ORDER BY d.case_registered_on, c.registry_number, d.position) AS nth
             FROM defendants d JOIN cases c ON c.id = d.case_id
             WHERE d.case_registered_on BETWEEN @from AND @to)
       WHERE nth = 1`,
    )
    .get(p);
  const platforms = db
    .prepare(
      `SELECT platform_id, count(*) AS n FROM case_platforms WHERE case_registered_on BETWEEN @from AND @to
       GROUP BY platform_id ORDER BY n DESC`,
    )
    .all(p);
  const tactics = db
    .prepare(
      `SELECT tactic_id, count(*) AS n FROM case_tactics WHERE case_registered_on BETWEEN @from AND @to
       GROUP BY tactic_id ORDER BY n DESC`,
    )
    .all(p);
  const terms = db
    .prepare(
      `SELECT sentence_type, sentence_years * 12 + sentence_months AS months, count(*) AS n FROM defendants
       WHERE sentenced_on BETWEEN @from AND @to GROUP BY 1, 2`,
    )
    .all(p);
  return { pipeline, districts, victims, offenders, platforms, tactics, terms };
}
