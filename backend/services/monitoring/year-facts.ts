import type { Readers, StatsDistrict } from '../../../db/ports';
import { checkInStatus } from '../../../shared/domain/check-in-schedule';
import type { MonitoredPerson, SupervisionPeriod } from '../../../shared/domain/monitoring';
import type { CaseMatch } from '../../../shared/domain/monitoring-api';
import type { MonitoringDrillKey } from '../../../shared/domain/monitoring-stats';
import { addDays } from '../../../shared/domain/pipeline';
import type { StatsPeriod } from '../../../shared/domain/stats';
import { inForce } from './status';

/*
 * What the register says about each person in one year: the single definition behind every register
 * figure and the list of persons each figure opens, so a list is always as long as its figure.
 */

/**
 * The days counted: the review's period (the calendar year unless a quarter, a half-year or a range
 * was asked), from its first day to its last, or to today while it runs.
 */
export interface YearWindow {
  from: string;
  asOf: string;
}

export interface PersonYear {
  id: number;
  record: MonitoredPerson;
  /** The person's address is in the district asked for (always, for the whole city). */
  inDistrict: boolean;
  /** Periods in force on at least one day of the window. */
  periods: SupervisionPeriod[];
  atYearEnd: boolean;
  newPeriods: number;
  expected: number;
  attended: number;
  violations: number;
  warnings: number;
  /** Cases registered in the window that a supervisor confirmed as this person's. */
  reoffences: CaseMatch[];
  /** Of those, the ones registered on or after the start of a period in force in the window. */
  failures: CaseMatch[];
}

export type PersonFigure = Exclude<MonitoringDrillKey, 'amongOffenders'>;

/** Figures that count periods or events rather than persons: a person's list row carries their count. */
export const countedFigures: ReadonlySet<PersonFigure> = new Set([
  'newPeriods',
  'missedCheckIns',
  'violations',
  'warnings',
]);

const one = (yes: boolean) => (yes ? 1 : 0);

/** A person's part of each figure: 1 or 0 for a figure of persons, their own count otherwise. */
export const partOf: Record<PersonFigure, (p: PersonYear) => number> = {
  monitored: (p) => one(p.periods.length > 0),
  atYearEnd: (p) => one(p.atYearEnd),
  newPeriods: (p) => p.newPeriods,
  // The compliance share's other side: check-ins due in the days counted that no attendance filled.
  missedCheckIns: (p) => p.expected - p.attended,
  violations: (p) => p.violations,
  warnings: (p) => p.warnings,
  reoffended: (p) => one(p.reoffences.length > 0),
  reoffenceFailures: (p) => one(p.failures.length > 0),
};

export function periodWindow({ from, to }: StatsPeriod, today: string): YearWindow {
  return { from, asOf: today < to ? today : to };
}

/** Nothing of a year that has not begun is counted yet. */
const begun = ({ from, asOf }: YearWindow) => asOf >= from;

const overlaps = (p: SupervisionPeriod, { from, asOf }: YearWindow) =>
  p.start <= asOf && (p.end === null || p.end >= from);

/** Check-ins due in the window and how many were attended (attendances fill their own month only). */
function checkInsWithin(p: SupervisionPeriod, { from, asOf }: YearWindow) {
  const plan = { start: p.start, end: p.end, perMonth: p.checkInsPerMonth };
  const attended = p.events.filter((e) => e.type === 'attended').map((e) => e.on);
  const upTo = checkInStatus(plan, attended, asOf);
  const before = checkInStatus(plan, attended, addDays(from, -1));
  return { expected: upTo.expected - before.expected, attended: upTo.attended - before.attended };
}

export function personYear(
  id: number,
  record: MonitoredPerson,
  window: YearWindow,
  inDistrict: boolean,
  confirmed: readonly CaseMatch[],
): PersonYear {
  const open = begun(window);
  const periods = open ? record.periods.filter((p) => overlaps(p, window)) : [];
  const facts: PersonYear = {
    id,
    record,
    inDistrict,
    periods,
    atYearEnd: open && record.periods.some((p) => inForce(p, window.asOf)),
    newPeriods: record.periods.filter((p) => p.start >= window.from && p.start <= window.asOf).length,
    expected: 0,
    attended: 0,
    violations: 0,
    warnings: 0,
    reoffences: confirmed.filter((m) => m.registeredOn >= window.from && m.registeredOn <= window.asOf),
    failures: [],
  };
  for (const p of periods) {
    const checkIns = checkInsWithin(p, window);
    facts.expected += checkIns.expected;
    facts.attended += checkIns.attended;
  }
  for (const e of record.periods.flatMap((p) => p.events)) {
    if (e.on < window.from || e.on > window.asOf) continue;
    if (e.type === 'violation') facts.violations += 1;
    if (e.type === 'warning') facts.warnings += 1;
  }
  const earliestStart = periods.map((p) => p.start).sort()[0];
  if (earliestStart !== undefined)
    facts.failures = facts.reoffences.filter((m) => m.registeredOn >= earliestStart);
  return facts;
}

/** The whole register with every match of its persons, read once for a year's figures or lists. */
export interface Register {
  persons: { id: number; record: MonitoredPerson }[];
  matches: CaseMatch[];
}

export async function readRegister(r: Readers): Promise<Register> {
  const [persons, matches] = await Promise.all([r.monitoring.all(), r.monitoring.matches({})]);
  return { persons, matches };
}

/**
 * Every register person's year. Re-offences count confirmed decisions only: an IIN typed wrong must
 * not make a stranger a re-offender until a supervisor has looked.
 */
export function monitoringYear(
  { persons, matches }: Register,
  window: YearWindow,
  district: StatsDistrict | null,
): PersonYear[] {
  const confirmed = new Map<number, CaseMatch[]>();
  for (const m of matches)
    if (m.status === 'confirmed') confirmed.set(m.personDbId, [...(confirmed.get(m.personDbId) ?? []), m]);
  return persons.map(({ id, record }) =>
    personYear(
      id,
      record,
      window,
      district === null || record.district === district.name,
      confirmed.get(id) ?? [],
    ),
  );
}

/**
 * Register persons among the year's offenders, with the cases that make them so: a case registered in
 * the year (in the district, by the case's own district, as the offenders figure counts) whose
 * defendant has the person's IIN, or that a supervisor confirmed as theirs. A rejected decision rules
 * the case out; the case of the person's own conviction is never a match.
 */
export async function registerOffenders(
  r: Readers,
  { matches }: Register,
  { from, to }: StatsPeriod,
  district: StatsDistrict | null,
): Promise<Map<number, CaseMatch[]>> {
  const found = new Map<number, CaseMatch[]>();
  for (const m of matches) {
    if (m.registeredOn < from || m.registeredOn > to) continue;
    if (m.status !== 'confirmed' && !(m.basis === 'iin' && m.status === 'pending')) continue;
    if (district !== null && (await r.cases.get(m.caseId))?.district !== district.name) continue;
    found.set(m.personDbId, [...(found.get(m.personDbId) ?? []), m]);
  }
  return found;
}
