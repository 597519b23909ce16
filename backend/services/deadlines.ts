import type { Readers } from '../../db/ports';
import type { CaseSummary } from '../../shared/domain/case';
import type { CaseRow } from '../../db/ports';
import { todayIso } from '../../shared/dates';
import {
  addDays,
  deadlineStatus,
  DEFAULT_INVESTIGATION_DAYS,
  DUE_SOON_DAYS,
} from '../../shared/domain/pipeline';

export const INVESTIGATION_DAYS_KEY = 'cases.investigationDays';

export async function investigationDays(r: Readers): Promise<number> {
  const stored = Number(await r.settings.get(INVESTIGATION_DAYS_KEY));
  return Number.isInteger(stored) && stored > 0 ? stored : DEFAULT_INVESTIGATION_DAYS;
}

export const withDeadline = (row: CaseRow, today: string, termDays: number): CaseSummary => ({
  ...row,
  deadline: deadlineStatus(row, today, termDays),
});

/** The registration dates whose open cases are overdue / due soon today, as an inclusive range. */
export function registeredRangeFor(
  status: 'overdue' | 'dueSoon',
  today: string,
  termDays: number,
): [string, string] {
  const lastOnTime = addDays(today, -termDays);
  return status === 'overdue'
    ? ['0000-01-01', addDays(lastOnTime, -1)]
    : [lastOnTime, addDays(lastOnTime, DUE_SOON_DAYS)];
}

export const today = (now: () => Date) => todayIso(now());
