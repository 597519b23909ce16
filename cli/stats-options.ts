import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Language } from '../shared/domain/fields';
import { parseHalf, parseQuarter } from '../shared/domain/period';
import { ALL_CASES } from '../shared/domain/review-subject';
import {
  statsArticle,
  statsPeriod,
  statsYear,
  type StatsPeriod,
  type StatsQuery,
} from '../shared/domain/stats';
import { translate } from '../shared/i18n';
import { checkInput, zodIssueKeys } from '../shared/validation';
import { CliError } from './cli-error';

/** A calendar year as a whole number; anything else is a usage error (exit 2). */
export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('expected a four-digit year, e.g. 2024');
  // The bounds are the API's (statsYear), so the CLI and the screen accept the same years.
  const year = statsYear.safeParse(Number(value));
  if (!year.success) throw new InvalidArgumentError('expected a year between 1900 and 2100');
  return year.data;
}

const asPeriodOption = (parse: (text: string) => StatsPeriod | null, example: string) => (value: string) => {
  const period = parse(value);
  if (!period) throw new InvalidArgumentError(`expected a form such as ${example}`);
  return period;
};

/** The options `stats` and `report` share (spec §1): a year, or days ending in it, and a district. */
export const withPeriod = (command: Command): Command =>
  command
    .option('--year <year>', 'calendar year (with a period: the year it ends in)', parseYear)
    .option('--quarter <quarter>', 'a quarter, e.g. 2024Q3', asPeriodOption(parseQuarter, '2024Q3'))
    .option('--half <half>', 'a half-year, e.g. 2024H1', asPeriodOption(parseHalf, '2024H1'))
    .option('--from <date>', 'first day of a period, YYYY-MM-DD (with --to)')
    .option('--to <date>', 'last day of a period, YYYY-MM-DD (with --from)')
    .option('--district <name>', 'one district (its name, or its label in any language)');

export interface PeriodOptions {
  year?: number;
  quarter?: StatsPeriod;
  half?: StatsPeriod;
  from?: string;
  to?: string;
  district?: string;
}

const collectArticle = (value: string, previous: string[] | undefined): string[] => {
  const article = statsArticle.safeParse(value);
  if (!article.success) throw new InvalidArgumentError('expected an article of the Criminal Code, e.g. 194');
  return [...(previous ?? []), article.data];
};

/** What `stats` and `report` count (issue 15): articles outright, or a subject of Settings. */
export const withSubject = (command: Command): Command =>
  command
    .addOption(
      new Option('--article <code>', 'count the cases of this article only (repeatable)')
        .argParser(collectArticle)
        .conflicts('subject'),
    )
    .option(
      '--subject <name>',
      `a review subject of Settings (its name or title); "${ALL_CASES}" for every case (default: the subject Settings name)`,
    );

export interface SubjectOptions {
  article?: string[];
  subject?: string;
}

/** The query's part of the options: absent both, the default subject of Settings is counted. */
export const subjectQuery = ({
  article,
  subject,
}: SubjectOptions): Pick<StatsQuery, 'subject' | 'articles'> =>
  article
    ? { articles: article }
    : subject === undefined
      ? {}
      : { subject: subject === ALL_CASES ? null : subject };

/**
 * The review's year and its days from the options: a year alone is the calendar year; a quarter, a
 * half-year or --from/--to give days, and the year is the one they end in (--year, if given, must be
 * it). Options that contradict one another are a usage error (exit 2); days that are no period (a
 * date that does not exist, the end before the start, more than a year) a user error (exit 1) in
 * `language`.
 */
export function reviewDays(
  options: PeriodOptions,
  language: Language = 'en',
): { year: number; period: StatsPeriod | null } {
  const ranged = options.from !== undefined || options.to !== undefined;
  const given = [options.quarter && '--quarter', options.half && '--half', ranged && '--from/--to'].filter(
    Boolean,
  );
  if (given.length > 1) throw new CliError(`choose one of ${given.join(', ')}`, 2);
  if (ranged && (options.from === undefined || options.to === undefined))
    throw new CliError('--from and --to are given together', 2);
  const asked = options.quarter ?? options.half ?? (ranged ? { from: options.from!, to: options.to! } : null);
  if (!asked) {
    if (options.year === undefined) throw new CliError("required option '--year <year>' not specified", 2);
    return { year: options.year, period: null };
  }
  const checked = checkInput(statsPeriod, asked);
  if (!checked.success) {
    const [issue] = zodIssueKeys(checked.error);
    const option = issue!.path === 'from' ? '--from' : '--to';
    throw new CliError(`${option}: ${translate(language, issue!.key, issue!.params)}`);
  }
  const endsIn = Number(checked.data.to.slice(0, 4));
  if (options.year !== undefined && options.year !== endsIn)
    throw new CliError(`--year ${options.year} is not the year the period ends in (${endsIn})`, 2);
  return { year: endsIn, period: checked.data };
}
