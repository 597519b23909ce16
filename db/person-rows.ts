import type {
  Conviction,
  MonitoredPerson,
  MonitoringEvent,
  SupervisionPeriod,
} from '../shared/domain/monitoring';

/*
 * A monitored person as rows of the schema both engines share (db/sqlite, db/postgres): the rows read
 * and how they become a person's record. Only the reading and writing differ between the engines.
 */

export interface PersonRow {
  id: number;
  person_key: string;
  iin: string | null;
  full_name: string;
  birth_date: string;
  sex: 'M' | 'F';
  district: string | null;
  notes: string | null;
}

export interface ConvictionRow {
  person_id: number;
  article: string;
  part: string | null;
  court_date: string;
  sentence: string | null;
  released_on: string | null;
  registry_number: string | null;
}

export interface PeriodRow {
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

export interface EventRow {
  person_id: number;
  period_position: number;
  on_date: string;
  type: MonitoringEvent['type'];
  description: string | null;
  until: string | null;
}

export interface LinkRow {
  person_id: number;
  registry_number: string;
  status: 'confirmed' | 'rejected';
}

export const PERSON_SELECT = `
  SELECT p.id, p.person_key, p.iin, p.full_name, p.birth_date, p.sex, d.name AS district, p.notes
  FROM monitored_persons p LEFT JOIN districts d ON d.id = p.district_id`;

/** Rows of a child table by their person. */
export function byPerson<T extends { person_id: number }>(rows: T[]): Map<number, T[]> {
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

/** The children of some persons, each grouped by person (byPerson). */
export interface PersonChildren {
  convictions: Map<number, ConvictionRow[]>;
  periods: Map<number, PeriodRow[]>;
  events: Map<number, EventRow[]>;
  links: Map<number, LinkRow[]>;
}

/** Whole records of person rows and their children, in the rows' order. */
export function assemblePersons(
  persons: PersonRow[],
  { convictions, periods, events, links }: PersonChildren,
): { id: number; record: MonitoredPerson }[] {
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
