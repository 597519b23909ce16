import type { Readers, StatsDistrict } from '../../../db/ports';
import { checkInStatus } from '../../../shared/domain/check-in-schedule';
import type { MonitoredPerson, SupervisionPeriod } from '../../../shared/domain/monitoring';
import { REOFFENCE_DEFINITION, type MonitoringStats } from '../../../shared/domain/monitoring-stats';
import { addDays } from '../../../shared/domain/pipeline';
import { percent } from '../../../shared/stats/rounding';
import { inForce } from './status';

/** Check-ins due in [from, to] and how many of them were attended (months are whole inside a year). */
function checkInsWithin(p: SupervisionPeriod, from: string, to: string) {
  const plan = { start: p.start, end: p.end, perMonth: p.checkInsPerMonth };
  const attended = p.events.filter((e) => e.type === 'attended').map((e) => e.on);
  const upTo = checkInStatus(plan, attended, to);
  const before = checkInStatus(plan, attended, addDays(from, -1));
  return { expected: upTo.expected - before.expected, attended: upTo.attended - before.attended };
}

const overlaps = (p: SupervisionPeriod, from: string, to: string) =>
  p.start <= to && (p.end === null || p.end >= from);

/**
 * The register's figures for one year, as of its last day (or `today` while it runs). With a district,
 * only persons whose address is in it. Re-offences are counted from confirmed decisions only: an IIN
 * typed wrong must not make a stranger a re-offender until a supervisor has looked.
 */
export async function monitoringStats(
  r: Readers,
  year: number,
  district: StatsDistrict | null,
  today: string,
): Promise<MonitoringStats> {
  const from = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const asOf = today < yearEnd ? today : yearEnd;
  const [persons, matches] = await Promise.all([r.monitoring.all(), r.monitoring.matches({})]);
  const inScope = persons.filter(({ record }) => district === null || record.district === district.name);
  const confirmed = new Map<number, string[]>();
  for (const m of matches)
    if (m.status === 'confirmed' && m.registeredOn >= from && m.registeredOn <= asOf)
      confirmed.set(m.personDbId, [...(confirmed.get(m.personDbId) ?? []), m.registeredOn]);

  const figures = {
    monitored: 0,
    atEnd: 0,
    newPeriods: 0,
    expected: 0,
    attended: 0,
    violations: 0,
    warnings: 0,
  };
  let reoffended = 0;
  let cohortFailures = 0;
  for (const { id, record } of inScope) {
    const periods = record.periods.filter((p) => asOf >= from && overlaps(p, from, asOf));
    if (periods.length) figures.monitored += 1;
    if (record.periods.some((p) => inForce(p, asOf))) figures.atEnd += 1;
    countPeriods(record, from, asOf, figures);
    const cases = confirmed.get(id) ?? [];
    if (cases.length) reoffended += 1;
    const earliestStart = periods.map((p) => p.start).sort()[0];
    if (earliestStart !== undefined && cases.some((day) => day >= earliestStart)) cohortFailures += 1;
  }
  return {
    asOf,
    personsMonitored: figures.monitored,
    underMonitoringAtYearEnd: figures.atEnd,
    newPeriods: figures.newPeriods,
    checkIns: {
      expected: figures.expected,
      attended: figures.attended,
      compliancePct: percent(figures.attended, figures.expected),
    },
    violations: figures.violations,
    warnings: figures.warnings,
    reoffendedPersons: reoffended,
    reoffenceRate: {
      cohort: figures.monitored,
      reoffended: cohortFailures,
      pct: percent(cohortFailures, figures.monitored),
      definition: REOFFENCE_DEFINITION,
    },
  };
}

function countPeriods(
  record: MonitoredPerson,
  from: string,
  asOf: string,
  figures: { newPeriods: number; expected: number; attended: number; violations: number; warnings: number },
): void {
  for (const p of record.periods) {
    if (p.start >= from && p.start <= asOf) figures.newPeriods += 1;
    if (overlaps(p, from, asOf) && asOf >= from) {
      const checkIns = checkInsWithin(p, from, asOf);
      figures.expected += checkIns.expected;
      figures.attended += checkIns.attended;
    }
    for (const e of p.events) {
      if (e.on < from || e.on > asOf) continue;
      if (e.type === 'violation') figures.violations += 1;
      if (e.type === 'warning') figures.warnings += 1;
    }
  }
}
