import { daysInMonth } from '../dates';
import type { StatsPeriod } from './stats';

/** The calendar year as a period: every figure's default days. */
export const calendarYear = (year: number): StatsPeriod => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** `date` moved by whole years; 29 February becomes 28 February in a common year. */
export function shiftDate(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const month = Number(date.slice(5, 7));
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${date.slice(5, 8)}${String(day).padStart(2, '0')}`;
}

/**
 * The same days `years` years before (negative) or after; a period that ends on the last day of
 * February ends on the last day of February then too, so a leap year's first quarter compares with
 * the whole first quarter of the year before.
 */
export function shiftPeriod(period: StatsPeriod, years: number): StatsPeriod {
  const to = shiftDate(period.to, years);
  const endsFebruary = period.to.slice(5, 7) === '02' && period.to === lastOfMonth(period.to);
  return { from: shiftDate(period.from, years), to: endsFebruary ? lastOfMonth(to) : to };
}

const lastOfMonth = (date: string): string => {
  const days = daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
  return `${date.slice(0, 8)}${String(days).padStart(2, '0')}`;
};

/** Whether `period` is the whole calendar year `year`. */
export const isCalendarYear = (period: StatsPeriod, year: number): boolean =>
  period.from === `${year}-01-01` && period.to === `${year}-12-31`;
