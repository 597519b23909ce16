import { daysInMonth } from '../dates';

/*
 * When a supervised person must report. "N check-ins a month" is read literally: every calendar month
 * of the period holds N check-ins, the j-th due by day ⌈j × days-in-month / N⌉ (so N = 1 is due by
 * the month's last day, N = 2 by the middle and the end). Due dates come from each month's own
 * length, so February, leap years and 31-day months need no special cases. In the first and last
 * month only the check-ins due inside the period count.
 *
 * Attendances fill the check-ins of their own month in order; a late attendance still fills its
 * month. A check-in is overdue once its due date has passed unfilled.
 */

export interface CheckInPlan {
  /** First and last day of the supervision period (end may be open). */
  start: string;
  end: string | null;
  /** Check-ins required per calendar month; 0 means none (a watch without reporting). */
  perMonth: number;
}

export interface CheckInStatus {
  /** The earliest check-in not yet attended that is due today or later; null when none is left. */
  nextDue: string | null;
  /** Due dates that passed without an attendance, oldest first. */
  overdue: string[];
  /** Check-ins due up to and including `asOf`, and those attended ahead of their due date. */
  expected: number;
  /** Of those, how many were attended. */
  attended: number;
  /** Of `expected`, the check-ins not yet due that an attendance has already filled (reported early). */
  early: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthKey = (date: string) => date.slice(0, 7);

function nextMonth(key: string): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
}

/** Due dates of the check-ins of one calendar month ("YYYY-MM"), before the period is applied. */
export function monthDueDates(month: string, perMonth: number): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = daysInMonth(y, m);
  return Array.from(
    { length: perMonth },
    (_, i) => `${month}-${pad(Math.ceil(((i + 1) * days) / perMonth))}`,
  );
}

/** Every due date of the plan from its start up to `until` (inclusive), month by month. */
export function dueDatesUntil(plan: CheckInPlan, until: string): string[] {
  if (plan.perMonth <= 0) return [];
  const last = plan.end !== null && plan.end < until ? plan.end : until;
  const dates: string[] = [];
  for (let month = monthKey(plan.start); month <= monthKey(last); month = nextMonth(month))
    for (const due of monthDueDates(month, plan.perMonth))
      if (due >= plan.start && due <= last) dates.push(due);
  return dates;
}

/** What is due, overdue and attended as of a day, from the plan and the days the person reported. */
export function checkInStatus(plan: CheckInPlan, attendedOn: readonly string[], asOf: string): CheckInStatus {
  if (plan.perMonth <= 0) return { nextDue: null, overdue: [], expected: 0, attended: 0, early: 0 };
  const attendedByMonth = new Map<string, number>();
  for (const day of attendedOn)
    if (day >= plan.start && (plan.end === null || day <= plan.end) && day <= asOf)
      attendedByMonth.set(monthKey(day), (attendedByMonth.get(monthKey(day)) ?? 0) + 1);

  // Look far enough ahead to find the next due date even past a month with nothing left.
  const horizon = `${Number(asOf.slice(0, 4)) + 1}${asOf.slice(4, 7)}-31`;
  const filledSoFar = new Map<string, number>();
  const overdue: string[] = [];
  let nextDue: string | null = null;
  let expected = 0;
  let attended = 0;
  let early = 0;
  for (const due of dueDatesUntil(plan, horizon)) {
    const month = monthKey(due);
    const used = filledSoFar.get(month) ?? 0;
    const filled = used < (attendedByMonth.get(month) ?? 0);
    if (filled) filledSoFar.set(month, used + 1);
    // A check-in already attended counts as due even before its date: the person has reported, and
    // "1 of 1 so far" says so where "0 of 0" would hide it.
    if (due <= asOf || filled) {
      expected += 1;
      if (filled) {
        attended += 1;
        if (due > asOf) early += 1;
      } else if (due < asOf) overdue.push(due);
    }
    if (!filled && due >= asOf && nextDue === null) nextDue = due;
    if (nextDue !== null && due > asOf) break;
  }
  return { nextDue, overdue, expected, attended, early };
}
