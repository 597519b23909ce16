import type { TFunction } from 'i18next';
import type { EmploymentKey, FunnelStep } from '../../../../shared/charts';
import type { SentenceType } from '../../../../shared/domain/case-record';
import type { Language } from '../../../../shared/domain/fields';
import type { AgeBand, OffenderFilter, PipelineCounts } from '../../../../shared/domain/stats';
import { capitalized } from '../../../../shared/report/words';

/** A figure the review names: a pipeline count, the clearance rate, the imprisonment terms. */
export type NamedFigure = keyof PipelineCounts | 'clearanceRate' | 'imprisonmentTerms';
/** A section the screen shares with the review (the offenders are a subsection of its "people"). */
export type NamedSection = 'keyFigures' | 'districts' | 'sentences' | 'trend';
/** A row of the offenders' profile: a share of the offenders, or the cases committed by a group. */
export type OffenderRow = Exclude<OffenderFilter, 'all'> | 'groupCrime';
/** A column the screen's tables share with the review's. */
export type NamedColumn =
  | 'indicator'
  | 'district'
  | 'change'
  | 'cases'
  | 'persons'
  | 'victims'
  | 'share'
  | 'rank'
  | 'platform'
  | 'tactic'
  | 'ageBand'
  | 'employment'
  | 'sentenceType';

export interface ReviewNames {
  figure: (figure: NamedFigure) => string;
  /** A step of the funnel, and a line of the trend chart (the review's short names). */
  funnel: (step: FunnelStep) => string;
  section: (section: NamedSection) => string;
  /** The persons of the year's cases: the review's "offenders", as it calls the group. */
  offenders: string;
  offender: (row: OffenderRow) => string;
  ageBand: (band: AgeBand) => string;
  employment: (key: EmploymentKey) => string;
  sentenceType: (type: SentenceType) => string;
  column: (column: NamedColumn) => string;
  /** The change of a figure that was zero the year before ("впервые", "жаңа", "new"). */
  newMarker: string;
}

/**
 * What the Reports screen calls each figure, row, category, section and marker: the printed review's
 * own name for it (the `report` namespace), read from the same key, so the screen and the paper say
 * the same. Categories start with a capital letter, as the review's table rows do.
 */
export function reviewNames(t: TFunction, language: Language): ReviewNames {
  const word = (key: string): string => t(`report.${key}`);
  const row = (key: string): string => capitalized(word(key), language);
  return {
    figure: (figure) => word(`figure.${figure}`),
    funnel: (step) => word(`funnel.${step}`),
    section: (section) => word(`section.${section}`),
    offenders: word('subsection.offenders'),
    offender: (key) => word(`offender.${key}`),
    ageBand: (band) => row(`ageBand.${band}`),
    employment: (key) => row(`employment.${key}`),
    sentenceType: (type) => row(`sentenceType.${type}`),
    column: (column) => word(`column.${column}`),
    newMarker: word('new'),
  };
}
