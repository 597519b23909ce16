import type { Random } from './random';

/** Calendar dates as whole days since 1970-01-01 (UTC), so random dates and spans are plain integers. */
const MS_PER_DAY = 86_400_000;

export const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
export const isoOf = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** A random date in [from, to], both `YYYY-MM-DD` and included. */
export function dateBetween(random: Random, from: string, to: string): string {
  const [a, b] = [dayOf(from), dayOf(to)];
  if (b < a) throw new RangeError(`empty date range ${from}..${to}`);
  return isoOf(random.int(a, b));
}

/** A random date `min`..`max` days after `iso`. */
export const daysAfter = (random: Random, iso: string, min: number, max: number): string =>
  isoOf(dayOf(iso) + random.int(min, max));

export const earlier = (a: string, b: string): string => (a < b ? a : b);
export const later = (a: string, b: string): string => (a > b ? a : b);

/** A birth date that makes the person `age` years old (birthday passed) on `on`. */
export function birthDateForAge(random: Random, on: string, age: number): string {
  const year = Number(on.slice(0, 4)) - age - 1;
  // Born between the day after `on` in year-age-1 and `on` in year-age: exactly `age` on `on`.
  const from = isoOf(dayOf(`${year}${on.slice(4)}`.replace(/-02-29$/, '-02-28')) + 1);
  const to = `${year + 1}${on.slice(4)}`.replace(/-02-29$/, '-02-28');
  return dateBetween(random, from, to);
}

/** The same day `months` later (or earlier), on the month's last day when it is shorter. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Whole months from `from` to `to`, rounded to the nearest. */
export const monthsBetween = (from: string, to: string): number =>
  Math.round((dayOf(to) - dayOf(from)) / 30.44);
