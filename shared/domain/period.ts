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

/** Quarter `quarter` (1–4) of `year`. */
export const quarterPeriod = (year: number, quarter: number): StatsPeriod =>
  monthsPeriod(year, (quarter - 1) * 3 + 1, 3);

/** Half-year `half` (1–2) of `year`. */
export const halfPeriod = (year: number, half: number): StatsPeriod =>
  monthsPeriod(year, (half - 1) * 6 + 1, 6);

const monthsPeriod = (year: number, firstMonth: number, months: number): StatsPeriod => {
  const y = String(year).padStart(4, '0');
  const m = (month: number) => String(month).padStart(2, '0');
  const lastMonth = firstMonth + months - 1;
  return {
    from: `${y}-${m(firstMonth)}-01`,
    to: lastOfMonth(`${y}-${m(lastMonth)}-01`),
  };
};

/** `2024Q3` → the third quarter of 2024; null for anything else. */
export function parseQuarter(text: string): StatsPeriod | null {
  const match = /^(\d{4})Q([1-4])$/i.exec(text.trim());
  return match ? quarterPeriod(Number(match[1]), Number(match[2])) : null;
}

/** `2024H1` → the first half of 2024; null for anything else. */
export function parseHalf(text: string): StatsPeriod | null {
  const match = /^(\d{4})H([12])$/i.exec(text.trim());
  return match ? halfPeriod(Number(match[1]), Number(match[2])) : null;
}

/** A period as people name it: a calendar year, a quarter, a half-year, or else its dates. */
export type NamedPeriod =
  | { kind: 'year'; year: number }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'half'; year: number; half: number }
  | { kind: 'range'; from: string; to: string };

/** Names `period`: a quarter's or half-year's exact days are that quarter or half, whatever way they were asked. */
export function namePeriod(period: StatsPeriod): NamedPeriod {
  const year = Number(period.to.slice(0, 4));
  if (isCalendarYear(period, year)) return { kind: 'year', year };
  for (const quarter of [1, 2, 3, 4])
    if (samePeriod(quarterPeriod(year, quarter), period)) return { kind: 'quarter', year, quarter };
  for (const half of [1, 2])
    if (samePeriod(halfPeriod(year, half), period)) return { kind: 'half', year, half };
  return { kind: 'range', from: period.from, to: period.to };
}

const samePeriod = (a: StatsPeriod, b: StatsPeriod) => a.from === b.from && a.to === b.to;
