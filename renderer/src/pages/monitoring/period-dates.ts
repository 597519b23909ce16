import type { PeriodTerms } from '../../../../shared/domain/monitoring';
import type { PeriodStatus } from '../../../../shared/domain/monitoring-api';

export type PeriodState = 'inForce' | 'upcoming' | 'ended';

export function periodState(
  terms: Pick<PeriodTerms, 'start'>,
  status: PeriodStatus,
  today: string,
): PeriodState {
  if (status.active) return 'inForce';
  return terms.start > today ? 'upcoming' : 'ended';
}

/** The day an event form starts with: today, or the nearest day of the period when today is outside it. */
export function defaultEventDay(terms: Pick<PeriodTerms, 'start' | 'end'>, today: string): string {
  if (today < terms.start) return terms.start;
  if (terms.end !== null && today > terms.end) return terms.end;
  return today;
}

/** Periods newest first (by start), each with its place in the record, which the API addresses it by. */
export function newestFirst<T extends Pick<PeriodTerms, 'start'>>(periods: readonly T[]) {
  return periods
    .map((period, index) => ({ period, index }))
    .sort((a, b) => b.period.start.localeCompare(a.period.start) || b.index - a.index);
}
