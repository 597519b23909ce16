/*
 * Statistics kept as text (db/postgres/stats-results.ts, db/sqlite/kept-stats.ts) must read back as
 * exactly the figures computed, or a review printed from kept figures would differ from one printed
 * from fresh ones. JSON has no −0, which a percentage rounded towards zero can be: it is kept as a
 * string no name can be.
 */
const NEGATIVE_ZERO = '\u0000-0';

export const encodeFigures = (figures: unknown): string =>
  JSON.stringify(figures, (_key, value: unknown) => (Object.is(value, -0) ? NEGATIVE_ZERO : value));

export const decodeFigures = <T>(text: string): T =>
  JSON.parse(text, (_key, value: unknown) => (value === NEGATIVE_ZERO ? -0 : value)) as T;
