import type { Migration } from './migration';

/*
 * The annual statistics count parties and platforms by their case's registration date and district.
 * Joining every party to its case costs one index seek per row (a second per million cases), so each
 * child row carries a copy of its case's registration date and district, and parties their age at
 * registration (spec §3). Triggers fill the copies on every insert and keep them in step when a
 * case's date or district changes: no writer can forget them. They are derived, so the audit trail
 * leaves them out of its snapshots (db/audit/case-snapshot.ts).
 */

/** Full years from a birth date (or a bare birth year) to the registration date; spec §3. */
const age = (birthDate: string, birthYear: string | null, registeredOn: string) => `
  CASE
    WHEN ${birthDate} IS NOT NULL THEN
      CAST(substr(${registeredOn}, 1, 4) AS INTEGER) - CAST(substr(${birthDate}, 1, 4) AS INTEGER)
      - (substr(${registeredOn}, 6, 5) < substr(${birthDate}, 6, 5))
    ${birthYear ? `WHEN ${birthYear} IS NOT NULL THEN CAST(substr(${registeredOn}, 1, 4) AS INTEGER) - ${birthYear}` : ''}
  END`;

const parties = [
  { table: 'victims', age: (r: string, t = 'victims') => age(`${t}.birth_date`, `${t}.birth_year`, r) },
  { table: 'defendants', age: (r: string, t = 'defendants') => age(`${t}.birth_date`, null, r) },
];
const links = ['case_platforms', 'case_tactics'];

const caseOf = (column: string, caseId: string) => `(SELECT ${column} FROM cases WHERE id = ${caseId})`;

function partySql(table: string, ageOf: (registeredOn: string) => string): string {
  const registeredOn = caseOf('registered_on', `${table}.case_id`);
  return `
    ALTER TABLE ${table} ADD COLUMN case_registered_on TEXT;
    ALTER TABLE ${table} ADD COLUMN case_district_id INTEGER;
    ALTER TABLE ${table} ADD COLUMN age INTEGER;
    UPDATE ${table} SET case_registered_on = ${registeredOn},
      case_district_id = ${caseOf('district_id', `${table}.case_id`)}, age = ${ageOf(registeredOn)};
    CREATE TRIGGER ${table}_registration_ai AFTER INSERT ON ${table} BEGIN
      UPDATE ${table} SET case_registered_on = ${caseOf('registered_on', 'new.case_id')},
        case_district_id = ${caseOf('district_id', 'new.case_id')}, age = ${ageOf(caseOf('registered_on', 'new.case_id'))}
      WHERE id = new.id;
    END;
    CREATE TRIGGER ${table}_birth_au AFTER UPDATE OF birth_date${table === 'victims' ? ', birth_year' : ''} ON ${table} BEGIN
      UPDATE ${table} SET age = ${ageOf(`${table}.case_registered_on`)} WHERE id = new.id;
    END;`;
}

function linkSql(table: string): string {
  return `
    ALTER TABLE ${table} ADD COLUMN case_registered_on TEXT;
    ALTER TABLE ${table} ADD COLUMN case_district_id INTEGER;
    UPDATE ${table} SET case_registered_on = ${caseOf('registered_on', `${table}.case_id`)},
      case_district_id = ${caseOf('district_id', `${table}.case_id`)};
    CREATE TRIGGER ${table}_registration_ai AFTER INSERT ON ${table} BEGIN
      UPDATE ${table} SET case_registered_on = ${caseOf('registered_on', 'new.case_id')},
        case_district_id = ${caseOf('district_id', 'new.case_id')}
      WHERE case_id = new.case_id AND position = new.position;
    END;`;
}

const caseChanged = `
  CREATE TRIGGER cases_registration_au AFTER UPDATE OF registered_on, district_id ON cases BEGIN
    ${parties
      .map(
        (
          p,
        ) => `UPDATE ${p.table} SET case_registered_on = new.registered_on, case_district_id = new.district_id,
          age = ${p.age('new.registered_on')} WHERE case_id = new.id;`,
      )
      .join('\n')}
    ${links
      .map(
        (t) => `UPDATE ${t} SET case_registered_on = new.registered_on, case_district_id = new.district_id
          WHERE case_id = new.id;`,
      )
      .join('\n')}
  END;`;

export const migration002: Migration = {
  version: 2,
  name: 'statistics',
  up: (db) =>
    db.exec(`
      ${parties.map((p) => partySql(p.table, (r) => p.age(r))).join('\n')}
      ${links.map(linkSql).join('\n')}
      ${caseChanged}

      CREATE INDEX victims_by_registration
        ON victims (case_registered_on, case_district_id, sex, employment, age);
      CREATE INDEX defendants_by_registration
        ON defendants (case_registered_on, case_district_id, person_id, sex, age, employment, prior_convictions);
      -- Per value, then date: each platform's (tactic's) yearly count is one short index range.
      CREATE INDEX case_platforms_by_registration ON case_platforms (platform_id, case_registered_on, case_district_id);
      CREATE INDEX case_tactics_by_registration ON case_tactics (tactic_id, case_registered_on, case_district_id);
      CREATE INDEX cases_by_registration_stats ON cases (registered_on, district_id, group_crime);

      DROP INDEX defendants_by_convicted;
      CREATE INDEX defendants_by_convicted ON defendants (convicted_on, case_district_id);
      DROP INDEX defendants_by_sentenced;
      CREATE INDEX defendants_by_sentenced
        ON defendants (sentenced_on, case_district_id, sentence_type, sentence_years, sentence_months);
      CREATE INDEX defendants_by_acquitted ON defendants (acquitted_on, case_district_id);
    `),
};
