import type { Database } from 'better-sqlite3';
import type { MonitoredPerson } from '../../shared/domain/monitoring';
import { comparableName } from '../../shared/domain/person-match';
import type { PersonRefs } from '../ports';
import { StaleVersion } from '../stale-version';
import { statement } from './statements';
import {
  assemblePersons,
  byPerson,
  PERSON_SELECT,
  type ConvictionRow,
  type EventRow,
  type LinkRow,
  type PeriodRow,
  type PersonRow,
} from '../person-rows';

/*
 * A monitored person read and written whole: the person row and, in position order, convictions,
 * periods with their events, and case decisions. The register is small (thousands, not millions),
 * so reading all of it at once is how lists and the overview are built.
 */

/** Persons with everything they hold; `where` narrows the person rows (one person, or all). */
function assemble(db: Database, where: string, params: unknown[]): { id: number; record: MonitoredPerson }[] {
  const persons = statement(db, `${PERSON_SELECT} ${where} ORDER BY p.id`).all(...params) as PersonRow[];
  if (persons.length === 0) return [];
  const scope = persons.length === 1 ? 'WHERE person_id = ?' : '';
  const scoped = persons.length === 1 ? [persons[0]!.id] : [];
  const children = <T extends { person_id: number }>(sql: string) =>
    byPerson(statement(db, sql.replace('$scope', scope)).all(...scoped) as T[]);
  const convictions = children<ConvictionRow>(
    'SELECT * FROM person_convictions $scope ORDER BY person_id, position',
  );
  const periods = children<PeriodRow>(
    'SELECT * FROM supervision_periods $scope ORDER BY person_id, position',
  );
  const events = children<EventRow>(
    'SELECT * FROM supervision_events $scope ORDER BY person_id, period_position, position',
  );
  const links = children<LinkRow>(
    `SELECT l.person_id, c.registry_number, l.status FROM person_case_links l JOIN cases c ON c.id = l.case_id
     ${scope.replace('person_id', 'l.person_id')} ORDER BY l.person_id, l.position`,
  );
  return assemblePersons(persons, { convictions, periods, events, links });
}

export const personRecord = (db: Database, id: number): MonitoredPerson | null =>
  assemble(db, 'WHERE p.id = ?', [id])[0]?.record ?? null;

export const allPersonRecords = (db: Database) => assemble(db, '', []);

function writeChildren(db: Database, id: number, record: MonitoredPerson, refs: PersonRefs): void {
  const conviction = statement(
    db,
    `INSERT INTO person_convictions (person_id, position, article, part, court_date, sentence, released_on,
       registry_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  record.convictions.forEach((c, i) =>
    conviction.run(id, i, c.article, c.part, c.courtDate, c.sentence, c.releasedOn, c.registryNumber),
  );
  const period = statement(
    db,
    `INSERT INTO supervision_periods (person_id, position, type, basis, start_on, end_on, check_ins_per_month,
       curfew, banned_places, travel, officer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const event = statement(
    db,
    `INSERT INTO supervision_events (person_id, period_position, position, on_date, type, description, until)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  record.periods.forEach((p, i) => {
    period.run(
      id,
      i,
      p.type,
      p.basis,
      p.start,
      p.end,
      p.checkInsPerMonth,
      p.curfew,
      p.bannedPlaces,
      p.travel,
      p.officer,
    );
    p.events.forEach((e, j) => event.run(id, i, j, e.on, e.type, e.description, e.until));
  });
  const link = statement(
    db,
    'INSERT INTO person_case_links (person_id, position, case_id, status) VALUES (?, ?, ?, ?)',
  );
  record.caseLinks.forEach((l, i) => link.run(id, i, refs.linkCaseIds[i], l.status));
}

const personColumns = (record: MonitoredPerson, refs: PersonRefs) => [
  record.personId,
  record.iin,
  record.fullName,
  comparableName(record.fullName),
  record.birthDate,
  record.sex,
  refs.districtId,
  record.notes,
];

export function insertPerson(db: Database, record: MonitoredPerson, refs: PersonRefs): number {
  const result = statement(
    db,
    `INSERT INTO monitored_persons (person_key, iin, full_name, name_key, birth_date, sex, district_id, notes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(...personColumns(record, refs));
  const id = Number(result.lastInsertRowid);
  writeChildren(db, id, record, refs);
  return id;
}

export function personVersion(db: Database, id: number): number | null {
  const row = statement(db, 'SELECT version FROM monitored_persons WHERE id = ?').get(id) as
    { version: number } | undefined;
  return row?.version ?? null;
}

/** Replaces a person whole and raises the version; with `expectedVersion`, only while still at it. */
export function replacePerson(
  db: Database,
  id: number,
  record: MonitoredPerson,
  refs: PersonRefs,
  expectedVersion?: number,
): number {
  const { changes } = statement(
    db,
    `UPDATE monitored_persons SET person_key = ?, iin = ?, full_name = ?, name_key = ?, birth_date = ?, sex = ?,
       district_id = ?, notes = ?, version = version + 1 WHERE id = ? AND version = coalesce(?, version)`,
  ).run(...personColumns(record, refs), id, expectedVersion ?? null);
  if (changes === 0 && expectedVersion !== undefined) throw new StaleVersion('person', id, expectedVersion);
  for (const table of [
    'supervision_events',
    'supervision_periods',
    'person_convictions',
    'person_case_links',
  ])
    statement(db, `DELETE FROM ${table} WHERE person_id = ?`).run(id);
  writeChildren(db, id, record, refs);
  return id;
}
