import { InvalidArgumentError, type Command } from 'commander';

/** A calendar year as a whole number; anything else is a usage error (exit 2). */
export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('expected a four-digit year, e.g. 2024');
  const year = Number(value);
  if (year < 1900 || year > 2100) throw new InvalidArgumentError('expected a year between 1900 and 2100');
  return year;
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
