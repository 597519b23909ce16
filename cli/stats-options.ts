import { InvalidArgumentError, Option, type Command } from 'commander';
import { ALL_CASES } from '../shared/domain/review-subject';
import { statsArticle, statsYear, type StatsQuery } from '../shared/domain/stats';

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
