import { checkInStatus } from '../../../shared/domain/check-in-schedule';
import type { MonitoredPerson, SupervisionPeriod } from '../../../shared/domain/monitoring';
import {
  ENDING_SOON_DAYS,
  type CaseMatch,
  type PeriodStatus,
  type PersonSummary,
} from '../../../shared/domain/monitoring-api';
import { addDays } from '../../../shared/domain/pipeline';

/*
 * Where each period stands on a day. A check-in that lapsed is overdue until someone acts on it: a
 * `missed` event recorded in the same month acknowledges one lapsed check-in of that month (the
 * supervisor has seen it and, usually, issued a warning), so the dashboard lists only what still
 * needs attention. Compliance figures count every lapse regardless.
 */

export const inForce = (p: Pick<SupervisionPeriod, 'start' | 'end'>, day: string) =>
  p.start <= day && (p.end === null || p.end >= day);

const datesOf = (p: SupervisionPeriod, type: 'attended' | 'missed') =>
  p.events.filter((e) => e.type === type).map((e) => e.on);

/** Lapsed check-ins not yet acknowledged by a `missed` event of their month, oldest first. */
function unacknowledged(overdue: string[], missedOn: string[]): string[] {
  const acknowledged = new Map<string, number>();
  for (const day of missedOn) acknowledged.set(day.slice(0, 7), (acknowledged.get(day.slice(0, 7)) ?? 0) + 1);
  return overdue.filter((due) => {
    const left = acknowledged.get(due.slice(0, 7)) ?? 0;
    if (left === 0) return true;
    acknowledged.set(due.slice(0, 7), left - 1);
    return false;
  });
}

export function periodStatus(p: SupervisionPeriod, today: string): PeriodStatus {
  const status = checkInStatus(
    { start: p.start, end: p.end, perMonth: p.checkInsPerMonth },
    datesOf(p, 'attended'),
    today,
  );
  const active = inForce(p, today);
  return {
    active,
    nextDue: active ? status.nextDue : null,
    overdue: active ? unacknowledged(status.overdue, datesOf(p, 'missed')) : [],
    expected: status.expected,
    attended: status.attended,
    early: status.early,
    endingSoon: active && p.end !== null && p.end <= addDays(today, ENDING_SOON_DAYS),
  };
}

export function personSummary(
  id: number,
  record: MonitoredPerson,
  today: string,
  matches: readonly CaseMatch[],
): PersonSummary {
  const statuses = record.periods.map((p) => periodStatus(p, today));
  const current = record.periods
    .filter((_, i) => statuses[i]!.active)
    .sort((a, b) => b.start.localeCompare(a.start))[0];
  const nextDue = statuses
    .map((s) => s.nextDue)
    .filter((d): d is string => d !== null)
    .sort()[0];
  return {
    id,
    personId: record.personId,
    fullName: record.fullName,
    iin: record.iin,
    birthDate: record.birthDate,
    district: record.district,
    current: current
      ? {
          type: current.type,
          start: current.start,
          end: current.end,
          checkInsPerMonth: current.checkInsPerMonth,
        }
      : null,
    nextDue: nextDue ?? null,
    overdue: statuses.reduce((n, s) => n + s.overdue.length, 0),
    endingSoon: statuses.some((s) => s.endingSoon),
    pendingMatches: matches.filter((m) => m.status === 'pending').length,
    confirmedCases: matches.filter((m) => m.status === 'confirmed').length,
  };
}
