import { z } from 'zod';
import { employments, sentenceTypes, type Employment, type SentenceType } from './case-record';
import { isIsoDate } from '../dates';
import { isoDate } from './fields';
import { shiftDate } from './period';
import type { MonitoredDrillRow, MonitoringStats } from './monitoring-stats';

/*
 * The annual statistics of spec §3/§4. Names of the §4 keys are fixed by the contract; what follows
 * them in the interfaces (sentences, acquittals) is added for the review and the Reports screen.
 */

export const ageBands = ['under18', '18to20', '21to39', '40to59', '60plus', 'unknown'] as const;
export type AgeBand = (typeof ageBands)[number];

export interface PipelineCounts {
  registered: number;
  forwardedToCourt: number;
  convictedPersons: number;
  sentencedPersons: number;
  imprisonedPersons: number;
}

/** The pipeline's counted figures in their order (the review's key-figure rows, its cards, its sheets). */
export const pipelineCountKeys = [
  'registered',
  'forwardedToCourt',
  'convictedPersons',
  'sentencedPersons',
  'imprisonedPersons',
] as const satisfies readonly (keyof PipelineCounts)[];

export interface DistrictRow {
  district: string;
  registered: number;
  previous: number;
  /** null when the district had no registered case the year before: it is "new", never infinite. */
  changePct: number | null;
}

export interface ShareRow {
  name: string;
  cases: number;
  pct: number | null;
}

export interface AnnualStats {
  year: number;
  district: string | null;
  /** The days counted (the calendar year unless a period was asked); they end in `year`. */
  period: StatsPeriod;
  pipeline: PipelineCounts & {
    /** Shortest and longest imprisonment term in years (months / 12, one decimal); null when none. */
    imprisonmentYears: { min: number; max: number } | null;
    clearanceRatePct: number | null;
  };
  previousYear: PipelineCounts;
  registeredChangePct: number | null;
  districts: DistrictRow[];
  victims: {
    total: number;
    womenPct: number | null;
    ageBands: Record<AgeBand, number>;
    employment: Record<Employment | 'unknown', number>;
  };
  offenders: {
    total: number;
    menPct: number | null;
    age17to60Pct: number | null;
    priorConvictionPct: number | null;
    unemployedPct: number | null;
  };
  groupCrimePct: number | null;
  platforms: ShareRow[];
  tactics: ShareRow[];
  /** Persons acquitted in the year (a verdict that is not a conviction). */
  acquittedPersons: number;
  /** Persons sentenced in the year, by type of sentence, and imprisonment terms (years → persons). */
  sentences: {
    byType: Record<SentenceType, number>;
    imprisonmentTerms: { years: number; persons: number }[];
  };
  /**
   * What was counted (issue 15): the articles, sorted, or null for every case; and the subject of
   * Settings they are, by name (null when none: every case, or articles no subject holds).
   */
  scope: StatsCounted;
  /** The monitoring register's figures for the year (issue 5); see MonitoringStats. */
  monitoring: MonitoringStats;
}

export interface StatsCounted {
  subject: string | null;
  articles: string[] | null;
}

/** The figures computed from the cases alone (what the statistics SQL answers). */
export type CaseStats = Omit<AnnualStats, 'monitoring' | 'period' | 'scope'>;

export const statsYear = z
  .number({ error: 'errors.stats.year' })
  .int({ error: 'errors.stats.year' })
  .min(1900, { error: 'errors.stats.year' })
  .max(2100, { error: 'errors.stats.year' });

/**
 * Days of a review other than its calendar year: a quarter, a half-year or any range, both ends
 * counted. It ends in the review's `year` and is at most a year long, so the same days a year
 * before never overlap it.
 */
export const statsPeriod = z
  .object({ from: isoDate, to: isoDate })
  .strict()
  .refine(({ from, to }) => from <= to, { error: 'errors.stats.periodOrder', path: ['to'] })
  // Shorter than a year from its first day (366 days at most, and only across a 29 February), so the
  // same days a year before end before it starts: 2023-01-01..2024-01-01 would count 1 January twice.
  .refine(({ from, to }) => !isIsoDate(from) || to < shiftDate(from, 1), {
    error: 'errors.stats.periodTooLong',
    path: ['to'],
  });
export type StatsPeriod = z.infer<typeof statsPeriod>;

/** An article of the Criminal Code as cases carry it ("194"). */
export const statsArticle = z
  .string({ error: 'errors.article.text' })
  .trim()
  .min(1, { error: 'errors.required' })
  .max(20, { error: 'errors.tooLong' });

export const statsQueryFields = z
  .object({
    year: statsYear,
    /** A district's name as files carry it; null or absent for the whole city. */
    district: z.string().min(1).max(100).nullable().optional(),
    /** Days other than the calendar year (they end in `year`); null or absent: the whole year. */
    period: statsPeriod.nullable().optional(),
    /**
     * A named subject of Settings (its name, or its title in any language); absent: the subject
     * Settings name as the default; null: every case, whatever its article.
     */
    subject: z.string().min(1).max(100).nullable().optional(),
    /** The articles counted, in place of any subject's (CLI `--article`, repeatable). */
    articles: z.array(statsArticle).min(1).max(50).optional(),
  })
  .strict();

/** A period ends in the review's year (the JSON's `year` and the trend's last year are its year). */
export const inReviewYear = <T extends z.ZodType<{ year: number; period?: StatsPeriod | null }>>(schema: T) =>
  schema.superRefine(({ year, period }, ctx) => {
    if (period && Number(period.to.slice(0, 4)) !== year)
      ctx.addIssue({
        code: 'custom',
        message: 'errors.stats.periodYear',
        path: ['period', 'to'],
        params: { year },
      });
  });

export const statsQuery = inReviewYear(statsQueryFields);
export type StatsQuery = z.infer<typeof statsQuery>;

/** What a figure of the review counts, so the screen can open the cases or persons behind it. */
export const drillFigures = [
  'registered',
  'forwardedToCourt',
  'groupCrime',
  'platform',
  'tactic',
  'convictedPersons',
  'acquittedPersons',
  'sentencedPersons',
  'imprisonedPersons',
  'sentenceType',
  'imprisonmentTerm',
  'offenders',
  'victims',
  'monitoredPersons',
] as const;
export type DrillFigure = (typeof drillFigures)[number];

export const offenderFilters = ['all', 'men', 'age17to60', 'priorConviction', 'unemployed'] as const;
export type OffenderFilter = (typeof offenderFilters)[number];

/**
 * `key` narrows a figure: the platform or tactic name, the sentence type, an imprisonment term in
 * years as the statistics give it ("3.5"), an offender filter, for
 * victims `all`, `women`, `age:<band>` or `employment:<value|unknown>`, and for the register's
 * persons one of `monitoringDrillKeys`.
 */
export const drillQuery = inReviewYear(
  statsQueryFields
    .extend({
      figure: z.enum(drillFigures),
      key: z.string().max(100).optional(),
      page: z.number().int().min(1).default(1),
      pageSize: z.number().int().min(1).max(500).default(50),
    })
    .strict(),
);
export type DrillQuery = z.input<typeof drillQuery>;
/** A drill-down as the store runs it: defaults applied, the district resolved separately. */
export type DrillRequest = Omit<z.output<typeof drillQuery>, 'district'>;

export type DrillKind = 'cases' | 'persons' | 'victims' | 'monitoredPersons';
/** The lists built from the cases (the statistics SQL); the register's persons are listed apart. */
export type CaseDrillKind = Exclude<DrillKind, 'monitoredPersons'>;

/** What each figure's list holds (the screen knows before the list loads; the store builds it so). */
export const drillKinds: Record<DrillFigure, DrillKind> = {
  registered: 'cases',
  forwardedToCourt: 'cases',
  groupCrime: 'cases',
  platform: 'cases',
  tactic: 'cases',
  convictedPersons: 'persons',
  acquittedPersons: 'persons',
  sentencedPersons: 'persons',
  imprisonedPersons: 'persons',
  sentenceType: 'persons',
  imprisonmentTerm: 'persons',
  offenders: 'persons',
  victims: 'victims',
  monitoredPersons: 'monitoredPersons',
};

export interface DrillRow {
  caseId: number;
  registryNumber: string;
  district: string;
  registeredOn: string;
  /** The date that put the row into the figure (forwarded, convicted, sentenced…). */
  eventOn: string;
  fullName?: string | null;
  personId?: string | null;
  sex?: 'M' | 'F';
  /** Age at the case's registration; null when unknown. */
  age?: number | null;
  employment?: Employment | null;
  priorConvictions?: number | null;
  sentenceType?: SentenceType | null;
  /** Sentence length in months (imprisonment, restriction, suspended). */
  sentenceMonths?: number | null;
}

export interface CaseDrillPage {
  kind: CaseDrillKind;
  total: number;
  rows: DrillRow[];
}

export interface MonitoredDrillPage {
  kind: 'monitoredPersons';
  total: number;
  rows: MonitoredDrillRow[];
}

export type DrillPage = CaseDrillPage | MonitoredDrillPage;
/** The page a figure's list comes as. */
export type DrillPageOf<F extends DrillFigure> = F extends 'monitoredPersons'
  ? MonitoredDrillPage
  : CaseDrillPage;

export { employments, sentenceTypes };

/** How many years the trend goes back, the year under review included (as far as data go). */
export const TREND_YEARS = 5;

/** One year of the trend: the pipeline's figures and the clearance rate, counted as in that year's review. */
export type TrendYear = PipelineCounts & { year: number; clearanceRatePct: number | null };

/** A review's own year of the trend, taken from its figures. */
export const trendYearOf = ({ year, pipeline }: Pick<CaseStats, 'year' | 'pipeline'>): TrendYear => ({
  year,
  registered: pipeline.registered,
  forwardedToCourt: pipeline.forwardedToCourt,
  convictedPersons: pipeline.convictedPersons,
  sentencedPersons: pipeline.sentencedPersons,
  imprisonedPersons: pipeline.imprisonedPersons,
  clearanceRatePct: pipeline.clearanceRatePct,
});

/** The pipeline over the last years up to the one under review, oldest first. */
export interface PipelineTrend {
  district: string | null;
  years: TrendYear[];
}
