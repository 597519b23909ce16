import type { Readers, StatsDistrict } from '../../../db/ports';
import {
  PERIOD_REOFFENCE_DEFINITION,
  REOFFENCE_DEFINITION,
  type MonitoringStats,
} from '../../../shared/domain/monitoring-stats';
import { isCalendarYear } from '../../../shared/domain/period';
import type { StatsPeriod } from '../../../shared/domain/stats';
import { percent } from '../../../shared/stats/rounding';
import {
  monitoringYear,
  partOf,
  readRegister,
  registerOffenders,
  periodWindow,
  type PersonFigure,
} from './year-facts';

/**
 * The register's figures for the review's days (a year, or a quarter…), as of their last day (or
 * `today` while they run). With a district,
 * only persons whose address is in it (the offenders among them: by the case's district). Each figure
 * adds up every person's part of it (year-facts.ts), which is also what its list shows.
 */
export async function monitoringStats(
  r: Readers,
  period: StatsPeriod,
  district: StatsDistrict | null,
  today: string,
): Promise<MonitoringStats> {
  const window = periodWindow(period, today);
  const register = await readRegister(r);
  const offenders = await registerOffenders(r, register, period, district);
  const persons = monitoringYear(register, window, district).filter((p) => p.inDistrict);
  const total = (figure: PersonFigure) => persons.reduce((n, p) => n + partOf[figure](p), 0);
  const expected = persons.reduce((n, p) => n + p.expected, 0);
  const attended = persons.reduce((n, p) => n + p.attended, 0);
  const cohort = total('monitored');
  const failures = total('reoffenceFailures');
  return {
    asOf: window.asOf,
    personsMonitored: cohort,
    underMonitoringAtYearEnd: total('atYearEnd'),
    newPeriods: total('newPeriods'),
    checkIns: { expected, attended, compliancePct: percent(attended, expected) },
    violations: total('violations'),
    warnings: total('warnings'),
    reoffendedPersons: total('reoffended'),
    offendersOnRegister: offenders.size,
    reoffenceRate: {
      cohort,
      reoffended: failures,
      pct: percent(failures, cohort),
      definition: isCalendarYear(period, Number(period.to.slice(0, 4)))
        ? REOFFENCE_DEFINITION
        : PERIOD_REOFFENCE_DEFINITION,
    },
  };
}
