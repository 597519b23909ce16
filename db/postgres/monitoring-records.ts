import type {
  Conviction,
  MonitoredPerson,
  MonitoringEvent,
  SupervisionPeriod,
} from '../../shared/domain/monitoring';
import { comparableName } from '../../shared/domain/person-match';
import type { PersonRefs } from '../ports';
import { nextId } from './next-id';
import { insertMany, rows, type Queryable } from './sql';

/* A monitored person read and written whole, as db/sqlite/monitoring-records.ts does on SQLite. */

interface PersonRow {
  id: number;
  person_key: string;
  iin: string | null;
  full_name: string;
  birth_date: string;
  sex: 'M' | 'F';
  district: string | null;
  notes: string | null;
}

interface ConvictionRow {
  person_id: number;
  article: string;
  part: string | null;
  court_date: string;
  sentence: string | null;
  released_on: string | null;
  registry_number: string | null;
}

interface PeriodRow {
  person_id: number;
  position: number;
  type: SupervisionPeriod['type'];
  basis: string | null;
  start_on: string;
  end_on: string | null;
  check_ins_per_month: number;
  curfew: string | null;
  banned_places: string | null;
  travel: string | null;
  officer: string | null;
}

interface EventRow {
  person_id: number;
  period_position: number;
  on_date: string;
  type: MonitoringEvent['type'];
  description: string | null;
  until: string | null;
}

interface LinkRow {
  person_id: number;
  registry_number: string;
  status: 'confirmed' | 'rejected';
}

const PERSON_SELECT = `
  SELECT p.id, p.person_key, p.iin, p.full_name, p.birth_date, p.sex, d.name AS district, p.notes
  FROM monitored_persons p LEFT JOIN districts d ON d.id = p.district_id`;

function byPerson<T extends { person_id: number }>(list: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of list) {
    const entries = map.get(item.person_id);
    if (entries) entries.push(item);
    else map.set(item.person_id, [item]);
  }
  return map;
}

const toConviction = (r: ConvictionRow): Conviction => ({
  article: r.article,
  part: r.part,
  courtDate: r.court_date,
  sentence: r.sentence,
  releasedOn: r.released_on,
  registryNumber: r.registry_number,
});

const toEvent = (r: EventRow): MonitoringEvent => ({
  on: r.on_date,
  type: r.type,
  description: r.description,
  until: r.until,
});

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
  return persons.map((p) => {
    const eventsOf = events.get(p.id) ?? [];
    return {
      id: p.id,
      record: {
        personId: p.person_key,
        iin: p.iin,
        fullName: p.full_name,
        birthDate: p.birth_date,
        sex: p.sex,
        district: p.district,
        notes: p.notes,
        convictions: (convictions.get(p.id) ?? []).map(toConviction),
        periods: (periods.get(p.id) ?? []).map((r) => ({
          type: r.type,
          basis: r.basis,
          start: r.start_on,
          end: r.end_on,
          checkInsPerMonth: r.check_ins_per_month,
          curfew: r.curfew,
          bannedPlaces: r.banned_places,
          travel: r.travel,
          officer: r.officer,
          events: eventsOf.filter((e) => e.period_position === r.position).map(toEvent),
        })),
        caseLinks: (links.get(p.id) ?? []).map((l) => ({
          registryNumber: l.registry_number,
          status: l.status,
        })),
      },
    };
  });
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

export async function replacePgPerson(
  db: Queryable,
  id: number,
  record: MonitoredPerson,
  refs: PersonRefs,
): Promise<number> {
  await db.query(
    `UPDATE monitored_persons SET person_key = $1, iin = $2, full_name = $3, name_key = $4, birth_date = $5,
       sex = $6, district_id = $7, notes = $8 WHERE id = $9`,
    [...personColumns(record, refs), id],
  );
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
