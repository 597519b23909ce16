import type { Content } from 'pdfmake/interfaces';
import type { Language } from '../../../shared/domain/fields';
import { translate } from '../../../shared/i18n';
import { readableName, type Labels } from '../../../shared/domain/reference';
import type { ReportTexts } from '../../../shared/domain/report';
import type { AnnualStats, TrendYear } from '../../../shared/domain/stats';
import {
  reviewNarrative,
  type LabelledKind,
  type Narrative,
  type RefLabel,
} from '../../../shared/report/narrative';
import { periodHeads, periodWords, type PeriodWords } from '../../../shared/report/period-words';
import { wordsFor, type Words } from '../../../shared/report/words';
import type { SubjectWords } from '../../../shared/report/subject-words';

/** Everything the review's document is made from: nothing is read while it is built. */
export interface ReportInputs {
  stats: AnnualStats;
  /** The pipeline over the years up to the one under review, oldest first (services/trend.ts). */
  trend: TrendYear[];
  language: Language;
  /** Labels of districts, platforms and tactics by their names (the statistics carry names). */
  labels: Record<LabelledKind, Record<string, Labels>>;
  /** The office's texts in the review's language (cover, legal and prevention blocks). */
  texts: ReportTexts;
  /** What the review counts, named in its language: its subject's title and articles' legal texts. */
  subject: SubjectWords;
  /** The date printed on the cover; null prints the date of the data. */
  issueDate: string | null;
  /** When the data last changed (the latest audit entry), ISO 8601; null for an empty trail. */
  dataAsOf: string | null;
  /** SHA-256 (hex) of the audit chain head and the figures. */
  fingerprint: string;
  /** The trail's anchor: its number of entries and its head's hash, as `audit verify` says them; null for an empty trail. */
  trailHead: { count: number; hash: string } | null;
  /** Who asked for the review, in words: "Сериков А. Б. (serikov)", "Command line (root)". */
  actor: string;
}

/** What every section builder gets: the inputs, words in the review's language, the narrative. */
export interface SectionContext {
  inputs: ReportInputs;
  stats: AnnualStats;
  w: Words;
  label: RefLabel;
  narrative: Narrative;
  year: number;
  previousYear: number;
  /** The review's days in words: its title, its column head, "in the third quarter of 2024"… */
  period: PeriodWords;
  /** The head of the review's days in a year of the table: "2023", or "III кв. 2023" for a quarter. */
  head: (year: number) => string;
}

export function sectionContext(inputs: ReportInputs): SectionContext {
  const label: RefLabel = (kind, name) => {
    const own = inputs.labels[kind][name]?.[inputs.language];
    return own?.trim() ? own : readableName(name);
  };
  return {
    inputs,
    stats: inputs.stats,
    w: wordsFor(inputs.language, inputs.stats),
    label,
    narrative: reviewNarrative(inputs.stats, inputs.language, label),
    year: inputs.stats.year,
    previousYear: inputs.stats.year - 1,
    period: periodWords(inputs.stats.period, inputs.language),
    head: periodHeads(inputs.stats.period, inputs.stats.year, inputs.language).of,
  };
}

/** A numbered section of the review; null when it has nothing to say (an emptied text block). */
export interface Section {
  title: string;
  lead: string[];
  body: Content[];
}
export type SectionBuilder = (ctx: SectionContext) => Section | null;

/** Words one key of the `period` namespace (a period review's title, cover and head) in `language`. */
export const periodT = (language: Language, key: string, params?: Record<string, unknown>): string =>
  translate(language, `period.${key}`, params);

/** The title of a review of days other than a calendar year ("Обзор", "Review", "Шолу"). */
export const reviewTitle = (language: Language): string => periodT(language, 'reviewTitle');
