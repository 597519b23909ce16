import type { MonitoredPerson } from '../../shared/domain/monitoring';
import { comparableName } from '../../shared/domain/person-match';
import type { PersonRefs } from '../ports';
import { StaleVersion } from '../stale-version';
import { nextId } from './next-id';
import { insertMany, row, rows, type Queryable } from './sql';
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

/* A monitored person read and written whole, as db/sqlite/monitoring-records.ts does on SQLite. */

async function assemble(
  db: Queryable,
  id: number | null,
): Promise<{ id: number; record: MonitoredPerson }[]> {
  const persons = await rows<PersonRow>(
    db,
    `${PERSON_SELECT} ${id === null ? '' : 'WHERE p.id = $1'} ORDER BY p.id`,
    id === null ? [] : [id],
  );
  if (persons.length === 0) return [];
  const scope = id === null ? '' : 'WHERE person_id = $1';
  const scoped = id === null ? [] : [id];
  const children = async <T extends { person_id: number }>(sql: string) =>
    byPerson(await rows<T>(db, sql.replace('$scope', scope), scoped));
  const convictions = await children<ConvictionRow>(
    'SELECT * FROM person_convictions $scope ORDER BY person_id, position',
  );
  const periods = await children<PeriodRow>(
    'SELECT * FROM supervision_periods $scope ORDER BY person_id, position',
  );
  const events = await children<EventRow>(
    'SELECT * FROM supervision_events $scope ORDER BY person_id, period_position, position',
  );
  const links = await children<LinkRow>(
    `SELECT l.person_id, c.registry_number, l.status FROM person_case_links l JOIN cases c ON c.id = l.case_id
     ${scope.replace('person_id', 'l.person_id')} ORDER BY l.person_id, l.position`,
  );
  return assemblePersons(persons, { convictions, periods, events, links });
}

export const pgPersonRecord = async (db: Queryable, id: number): Promise<MonitoredPerson | null> =>
  (await assemble(db, id))[0]?.record ?? null;

export const pgAllPersonRecords = (db: Queryable) => assemble(db, null);

async function writeChildren(
  db: Queryable,
  id: number,
  record: MonitoredPerson,
  refs: PersonRefs,
): Promise<void> {
  await insertMany(
    db,
    'person_convictions',
    ['person_id', 'position', 'article', 'part', 'court_date', 'sentence', 'released_on', 'registry_number'],
    record.convictions.map((c, i) => [
      id,
      i,
      c.article,
      c.part,
      c.courtDate,
      c.sentence,
      c.releasedOn,
      c.registryNumber,
    ]),
  );
  await insertMany(
    db,
    'supervision_periods',
    [
      'person_id',
      'position',
      'type',
      'basis',
      'start_on',
      'end_on',
      'check_ins_per_month',
      'curfew',
      'banned_places',
      'travel',
      'officer',
    ],
    record.periods.map((p, i) => [
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
    ]),
  );
  await insertMany(
    db,
    'supervision_events',
    ['person_id', 'period_position', 'position', 'on_date', 'type', 'description', '"until"'],
    record.periods.flatMap((p, i) =>
      p.events.map((e, j) => [id, i, j, e.on, e.type, e.description, e.until]),
    ),
  );
  await insertMany(
    db,
    'person_case_links',
    ['person_id', 'position', 'case_id', 'status'],
    record.caseLinks.map((l, i) => [id, i, refs.linkCaseIds[i], l.status]),
  );
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

export async function insertPgPerson(
  db: Queryable,
  record: MonitoredPerson,
  refs: PersonRefs,
): Promise<number> {
  const id = await nextId(db, 'monitored_persons');
  await db.query(
    `INSERT INTO monitored_persons (person_key, iin, full_name, name_key, birth_date, sex, district_id, notes, id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [...personColumns(record, refs), id],
  );
  await writeChildren(db, id, record, refs);
  return id;
}

export async function pgPersonVersion(db: Queryable, id: number): Promise<number | null> {
  return (
    (await row<{ version: number }>(db, 'SELECT version FROM monitored_persons WHERE id = $1', [id]))
      ?.version ?? null
  );
}

/** Replaces a person whole and raises the version; with `expectedVersion`, only while still at it. */
export async function replacePgPerson(
  db: Queryable,
  id: number,
  record: MonitoredPerson,
  refs: PersonRefs,
  expectedVersion?: number,
): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE monitored_persons SET person_key = $1, iin = $2, full_name = $3, name_key = $4, birth_date = $5,
       sex = $6, district_id = $7, notes = $8, version = version + 1
     WHERE id = $9 AND version = coalesce($10, version)`,
    [...personColumns(record, refs), id, expectedVersion ?? null],
  );
  if (rowCount === 0 && expectedVersion !== undefined) throw new StaleVersion('person', id, expectedVersion);
  for (const table of [
    'supervision_events',
    'supervision_periods',
    'person_convictions',
    'person_case_links',
  ]) {
    await db.query(`DELETE FROM ${table} WHERE person_id = $1`, [id]);
  }
  await writeChildren(db, id, record, refs);
  return id;
}
