import type { Database } from 'better-sqlite3';
import type {
  Conviction,
  MonitoredPerson,
  MonitoringEvent,
  SupervisionPeriod,
} from '../../shared/domain/monitoring';
import { comparableName } from '../../shared/domain/person-match';
import type { PersonRefs } from '../ports';
import { statement } from './statements';

/*
 * A monitored person read and written whole: the person row and, in position order, convictions,
 * periods with their events, and case decisions. The register is small (thousands, not millions),
 * so reading all of it at once is how lists and the overview are built.
 */

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

function byPerson<T extends { person_id: number }>(rows: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.person_id);
    if (list) list.push(row);
    else map.set(row.person_id, [row]);
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

export function replacePerson(db: Database, id: number, record: MonitoredPerson, refs: PersonRefs): number {
  statement(
    db,
    `UPDATE monitored_persons SET person_key = ?, iin = ?, full_name = ?, name_key = ?, birth_date = ?, sex = ?,
       district_id = ?, notes = ? WHERE id = ?`,
  ).run(...personColumns(record, refs), id);
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
