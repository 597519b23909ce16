import { Command } from 'commander';
import { annualStats } from '../../backend/services/stats';
import { isCalendarYear } from '../../shared/domain/period';
import type { AnnualStats } from '../../shared/domain/stats';
import { withDb, withStore, type DbOption } from '../database';
import {
  reviewDays,
  subjectQuery,
  withPeriod,
  withSubject,
  type PeriodOptions,
  type SubjectOptions,
} from '../stats-options';

const shown = (value: number | null) => (value === null ? '—' : `${value} %`);

function monitoringLine(m: AnnualStats['monitoring']): string {
  const rate = m.reoffenceRate;
  return (
    `monitoring (as of ${m.asOf}): ${m.personsMonitored} persons, ${m.underMonitoringAtYearEnd} at the end, ` +
    `check-ins ${m.checkIns.attended}/${m.checkIns.expected} (${shown(m.checkIns.compliancePct)}), ` +
    `violations ${m.violations}, re-offended ${m.reoffendedPersons} (rate ${shown(rate.pct)}: ${rate.reoffended}/${rate.cohort})`
  );
}

/** A short plain-text digest for a person at a terminal; `--json` is the contract (spec §4). */
function describe(stats: AnnualStats): string {
  const p = stats.pipeline;
  const lines = [
    `${stats.year}${isCalendarYear(stats.period, stats.year) ? '' : ` (${stats.period.from} to ${stats.period.to})`}${stats.district ? `, ${stats.district}` : ''}, ${stats.scope.articles ? `art. ${stats.scope.articles.join(', ')}` : 'every article'}`,
    `registered ${p.registered} (${stats.previousYear.registered} the same days a year before, ${shown(stats.registeredChangePct)})`,
    `forwarded to court ${p.forwardedToCourt}, clearance ${shown(p.clearanceRatePct)}`,
    `convicted ${p.convictedPersons}, sentenced ${p.sentencedPersons}, imprisoned ${p.imprisonedPersons}` +
      (p.imprisonmentYears ? ` (${p.imprisonmentYears.min}–${p.imprisonmentYears.max} years)` : ''),
    `victims ${stats.victims.total} (women ${shown(stats.victims.womenPct)}), offenders ${stats.offenders.total} (men ${shown(stats.offenders.menPct)})`,
    `group crime ${shown(stats.groupCrimePct)}`,
    monitoringLine(stats.monitoring),
  ];
  for (const d of stats.districts)
    lines.push(
      `  ${d.district}: ${d.registered} (${d.previous}, ${d.changePct === null ? 'new' : `${d.changePct} %`})`,
    );
  return lines.join('\n');
}

export function statsCommand(): Command {
  return withSubject(withPeriod(withDb(new Command('stats'))))
    .description('print the statistics of a year or a period (spec §3); --json prints the object of spec §4')
    .option('--json', 'print the statistics object as JSON')
    .action(async (options: DbOption & PeriodOptions & SubjectOptions & { json?: boolean }) => {
      const days = reviewDays(options);
      const stats = await withStore(
        options,
        (store) =>
          annualStats(store, { ...days, district: options.district ?? null, ...subjectQuery(options) }),
        { existing: true },
      );
      console.log(options.json ? JSON.stringify(stats, null, 2) : describe(stats));
    });
}
