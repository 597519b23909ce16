import type { Language } from '../../../../shared/domain/fields';
import { isCalendarYear, shiftPeriod } from '../../../../shared/domain/period';
import type { StatsPeriod } from '../../../../shared/domain/stats';
import { periodWords } from '../../../../shared/report/period-words';

/**
 * How the screen heads the review's days and the same days of another year: "2023", "2024" for a
 * whole year (as before), "III кв. 2023", "III кв. 2024" for a quarter.
 */
export interface PeriodHeads {
  /** Whether the review counts a whole calendar year. */
  isYear: boolean;
  /** The head of the same days in `year` (the review's own year, the year before, a trend year). */
  of: (year: number) => string;
}

export function periodHeads(period: StatsPeriod, reviewYear: number, language: Language): PeriodHeads {
  const isYear = isCalendarYear(period, reviewYear);
  return {
    isYear,
    of: (year) =>
      isYear ? String(year) : periodWords(shiftPeriod(period, year - reviewYear), language).short,
  };
}
