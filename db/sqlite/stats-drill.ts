import type { Database } from 'better-sqlite3';
import type { CaseDrillPage, DrillQuery, DrillRequest, DrillRow } from '../../shared/domain/stats';
import { ageBands, type AgeBand, type CaseDrillKind } from '../../shared/domain/stats';
import {
  inAgeBand,
  casesIn,
  defendantsIn,
  linksIn,
  offenderRowsCte,
  filterOf,
  paramsOf,
  termMonthsSql,
  victimsIn,
  withCase,
  type RowFilter,
  type Rows,
} from './stats-sql';
import type { StatsScope } from '../ports';
import { statement } from './statements';

/*
 * The cases or persons behind one figure, built from the same SQL pieces as the figure itself
 * (stats-sql.ts), so the list's total always equals the number on the page.
 */

interface Source {
  kind: CaseDrillKind;
  /** FROM … WHERE … with the case joined as `c`, and the party as `d` (defendant) or `v` (victim). */
  body: string;
  eventOn: string;
  params?: Record<string, string | number>;
  /** A CTE the body reads from. */
  with?: string;
}

const isAgeBand = (value: string | undefined): value is AgeBand => ageBands.includes(value as AgeBand);

const offenderConditions: Record<string, string> = {
  all: 'true',
  men: "d.sex = 'M'",
  age17to60: 'd.age BETWEEN 17 AND 60',
  priorConviction: 'd.prior_convictions >= 1',
  unemployed: "d.employment = 'unemployed'",
};

function victimCondition(key: string): { sql: string; params?: Record<string, string> } | null {
  if (key === 'all') return { sql: '' };
  if (key === 'women') return { sql: " AND v.sex = 'F'" };
  const [kind, value] = key.split(':', 2);
  if (kind === 'age' && isAgeBand(value)) return { sql: ` AND ${inAgeBand('v.age', value)}` };
  if (kind === 'employment' && value === 'unknown') return { sql: ' AND v.employment IS NULL' };
  if (kind === 'employment' && value) return { sql: ' AND v.employment = @key', params: { key: value } };
  return null;
}

const from = (
  kind: CaseDrillKind,
  rows: Rows,
  eventOn: string,
  extra = '',
  params?: Record<string, string | number>,
): Source => ({
  kind,
  body: `${withCase(rows)}${extra}`,
  eventOn,
  ...(params ? { params } : {}),
});

/** Where the rows of a figure come from; null for a key the figure does not know. */
function sourceOf(figure: DrillQuery['figure'], key: string | undefined, filter: RowFilter): Source | null {
  const cases = (column: string, extra = '') => from('cases', casesIn(column, filter), `c.${column}`, extra);
  const persons = (column: string, extra = '', params?: Record<string, string | number>) =>
    from('persons', defendantsIn(column, filter), `d.${column}`, extra, params);
  switch (figure) {
    case 'registered':
      return cases('registered_on');
    case 'forwardedToCourt':
      return cases('forwarded_to_court_on');
    case 'groupCrime':
      return cases('registered_on', ' AND c.group_crime = 1');
    case 'platform':
    case 'tactic': {
      if (!key) return null;
      const links = linksIn(`case_${figure}s`, filter);
      return from(
        'cases',
        links,
        'c.registered_on',
        ` AND x.${figure}_id = (SELECT id FROM ${figure}s WHERE name = @key)`,
        {
          key,
        },
      );
    }
    case 'convictedPersons':
      return persons('convicted_on');
    case 'acquittedPersons':
      return persons('acquitted_on');
    case 'sentencedPersons':
      return persons('sentenced_on');
    case 'imprisonedPersons':
      return persons('sentenced_on', " AND d.sentence_type = 'imprisonment'");
    case 'sentenceType':
      return key ? persons('sentenced_on', ' AND d.sentence_type = @key', { key }) : null;
    case 'imprisonmentTerm': {
      // The term as the statistics round it (months / 12 to tenths, half up), in whole numbers.
      const years = Number(key);
      if (!key || !Number.isFinite(years) || years < 0) return null;
      return persons(
        'sentenced_on',
        ` AND d.sentence_type = 'imprisonment' AND (20 * (${termMonthsSql}) + 12) / 24 = @tenths`,
        { tenths: Math.round(years * 10) },
      );
    }
    case 'offenders': {
      const condition = offenderConditions[key ?? 'all'];
      if (!condition) return null;
      return {
        kind: 'persons',
        with: offenderRowsCte(filter),
        body: `FROM offender_rows d JOIN cases c ON c.id = d.case_id WHERE d.nth = 1 AND (${condition})`,
        eventOn: 'c.registered_on',
      };
    }
    case 'victims': {
      const condition = victimCondition(key ?? 'all');
      if (!condition) return null;
      return from('victims', victimsIn(filter), 'c.registered_on', condition.sql, condition.params);
    }
    case 'monitoredPersons':
      // The register's persons are listed from the register (backend/services/monitoring/drill.ts).
      return null;
  }
}

// Aliases are quoted so that PostgreSQL, which runs the same statements (db/postgres/stats.ts), keeps their case.
const personColumns = `, d.full_name AS "fullName", d.person_id AS "personId", d.sex, d.age,
  d.employment, d.prior_convictions AS "priorConvictions", d.sentence_type AS "sentenceType",
  CASE WHEN d.sentence_type IN ('imprisonment', 'restriction', 'suspended') THEN ${termMonthsSql} END AS "sentenceMonths"`;
const victimColumns = ', v.sex, v.age, v.employment';

/** The statements behind one figure's list (a count, and one page), or null for an unknown figure. */
export function drillStatements(query: DrillRequest, scope: StatsScope) {
  const source = sourceOf(query.figure, query.key, filterOf(scope));
  if (!source) return null;
  const params = {
    ...paramsOf(scope),
    ...source.params,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  };
  const prefix = source.with ?? '';
  const extra = source.kind === 'persons' ? personColumns : source.kind === 'victims' ? victimColumns : '';
  const order = source.kind === 'persons' ? ', d.position' : source.kind === 'victims' ? ', v.position' : '';
  return {
    kind: source.kind,
    params,
    count: `${prefix} SELECT count(*) AS n ${source.body}`,
    page: `${prefix} SELECT c.id AS "caseId", c.registry_number AS "registryNumber",
       (SELECT name FROM districts WHERE id = c.district_id) AS district,
       c.registered_on AS "registeredOn", ${source.eventOn} AS "eventOn"${extra}
     ${source.body}
     ORDER BY ${source.eventOn}, c.registry_number${order}
     LIMIT @limit OFFSET @offset`,
  };
}

export function drillPage(db: Database, query: DrillRequest, scope: StatsScope): CaseDrillPage | null {
  const statements = drillStatements(query, scope);
  if (!statements) return null;
  const { limit, offset, ...countParams } = statements.params;
  const { n: total } = statement(db, statements.count).get(countParams) as { n: number };
  const rows = statement(db, statements.page).all({ ...countParams, limit, offset }) as DrillRow[];
  return { kind: statements.kind, total, rows };
}
