import { z } from 'zod';
import { isoDate, language, type Language } from './fields';
import { inReviewYear, statsQueryFields } from './stats';

/*
 * What the annual review PDF needs besides the figures: the office's own words in each language
 * (cover, signatory, the legal and prevention text blocks), set in Settings.
 */

export const reportTextFields = [
  'office',
  'department',
  'city',
  'signatoryTitle',
  'signatoryName',
  'legalFramework',
  'prevention',
  'adviceToVictims',
] as const;
export type ReportTextField = (typeof reportTextFields)[number];
export type ReportTexts = Record<ReportTextField, string>;

// zod's own length check, not a custom key: shared/validation.ts then words it as errors.tooLong
// with its maximum ("at most 300 characters"); a custom key would lose the number.
const shortText = z.string().max(300);
const longText = z.string().max(10_000);

export const reportTexts = z
  .object({
    office: shortText,
    department: shortText,
    city: shortText,
    signatoryTitle: shortText,
    signatoryName: shortText,
    legalFramework: longText,
    prevention: longText,
    adviceToVictims: longText,
  })
  .strict();

export const reportSettingsInput = z
  .object({
    /** The date printed on the cover; null prints the date of the data the figures came from. */
    issueDate: isoDate.nullable(),
    texts: z.object({ ru: reportTexts, kk: reportTexts, en: reportTexts }).strict(),
  })
  .strict();

export interface ReportSettings {
  issueDate: string | null;
  texts: Record<Language, ReportTexts>;
}

export const reportRequest = inReviewYear(statsQueryFields.extend({ language }).strict());
export type ReportRequest = z.infer<typeof reportRequest>;

export interface ReportJob {
  jobId: string;
  state: 'running' | 'done' | 'failed';
  /** 0–100, for the progress bar. */
  percent: number;
  /** Present once done: a file name to offer and the PDF itself. */
  fileName?: string;
  pdfBase64?: string;
}
