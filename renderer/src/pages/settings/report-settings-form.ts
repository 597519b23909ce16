import type { Dayjs } from 'dayjs';
import { isLanguage, languages, type Language } from '../../../../shared/domain/fields';
import {
  reportTextFields,
  type ReportSettings,
  type ReportTextField,
  type ReportTexts,
} from '../../../../shared/domain/report';
import { fromIsoDate, toIsoDate } from '../../components/case/form-rules';

/** The report settings as the form holds them: the date picker wants a dayjs value. */
export interface ReportSettingsValues {
  /** A date, none, or typed text that is not a date (refused at the field before saving). */
  issueDate: Dayjs | string | null;
  texts: Record<Language, ReportTexts>;
}

/** A form field's name path: `['issueDate']` or `['texts', 'kk', 'office']`. */
export type ReportFieldName = ['issueDate'] | ['texts', Language, ReportTextField];

export const toFormValues = (settings: ReportSettings): ReportSettingsValues => ({
  issueDate: fromIsoDate(settings.issueDate),
  texts: settings.texts,
});

/**
 * What the API takes. The form may hold partial values while it mounts, so every text falls back to
 * the saved one rather than sending an incomplete object the contract would refuse.
 */
export function toSettings(
  values: Partial<ReportSettingsValues> | undefined,
  saved: ReportSettings,
): ReportSettings {
  const texts = {} as Record<Language, ReportTexts>;
  for (const language of languages) {
    const entries = reportTextFields.map((field) => {
      const value = values?.texts?.[language]?.[field];
      return [field, typeof value === 'string' ? value : saved.texts[language][field]] as const;
    });
    texts[language] = Object.fromEntries(entries) as ReportTexts;
  }
  return { issueDate: toIsoDate(values?.issueDate), texts };
}

/** True when nothing would be saved: the same date and every text unchanged. */
export function sameSettings(a: ReportSettings, b: ReportSettings): boolean {
  return (
    a.issueDate === b.issueDate &&
    languages.every((language) =>
      reportTextFields.every((field) => a.texts[language][field] === b.texts[language][field]),
    )
  );
}

/** The field an API issue's path points at (`texts.kk.office`, `issueDate`), or null for anything else. */
export function fieldOfIssue(path: string): ReportFieldName | null {
  if (path === 'issueDate') return ['issueDate'];
  const match = /^texts\.(ru|kk|en)\.(\w+)$/.exec(path);
  const field = reportTextFields.find((f) => f === match?.[2]);
  return match && field ? ['texts', match[1] as Language, field] : null;
}

/** The language tab a field name belongs to, so errors can be pointed at the right tab. */
export const languageOfField = (name: readonly (string | number)[]): Language | null =>
  name[0] === 'texts' && isLanguage(name[1]) ? name[1] : null;
