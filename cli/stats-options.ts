import { InvalidArgumentError, type Command } from 'commander';
import { statsYear } from '../shared/domain/stats';

/** A calendar year as a whole number; anything else is a usage error (exit 2). */
export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('expected a four-digit year, e.g. 2024');
  // The bounds are the API's (statsYear), so the CLI and the screen accept the same years.
  const year = statsYear.safeParse(Number(value));
  if (!year.success) throw new InvalidArgumentError('expected a year between 1900 and 2100');
  return year.data;
}

/** The options `stats` and `report` share (spec §1). */
export const withPeriod = (command: Command): Command =>
  command
    .requiredOption('--year <year>', 'calendar year', parseYear)
    .option('--district <name>', 'one district (its name, or its label in any language)');

export interface PeriodOptions {
  year: number;
  district?: string;
}
