import type { Readers, WriteTx } from '../../db/ports';
import { languages, type Language } from '../../shared/domain/fields';
import {
  reportTextFields,
  type ReportSettings,
  type ReportTextField,
  type ReportTexts,
} from '../../shared/domain/report';
import { translate } from '../../shared/i18n';

/*
 * The review's own texts live in settings, one key per language and field. A field never saved
 * reads as the default wording (drawn from the Astana review) of that language.
 */

export const ISSUE_DATE_KEY = 'report.issueDate';
export const reportTextKey = (language: Language, field: ReportTextField) => `report.${language}.${field}`;

export const defaultReportText = (language: Language, field: ReportTextField) =>
  translate(language, `reportSettings.defaults.${field}`);

export async function loadReportSettings(r: Readers): Promise<ReportSettings> {
  const texts = {} as Record<Language, ReportTexts>;
  for (const language of languages) {
    const entries = await Promise.all(
      reportTextFields.map(
        async (field) =>
          [
            field,
            (await r.settings.get(reportTextKey(language, field))) ?? defaultReportText(language, field),
          ] as const,
      ),
    );
    texts[language] = Object.fromEntries(entries) as ReportTexts;
  }
  return { issueDate: await r.settings.get(ISSUE_DATE_KEY), texts };
}

/**
 * Saves what differs from what is stored (each changed setting is one audit entry). A text equal to
 * its default, or a cleared date, is removed rather than stored, so it follows future default wording.
 */
export async function saveReportSettings(tx: WriteTx, next: ReportSettings): Promise<void> {
  const wanted: [string, string | null][] = [[ISSUE_DATE_KEY, next.issueDate]];
  for (const language of languages)
    for (const field of reportTextFields) {
      const text = next.texts[language][field];
      wanted.push([
        reportTextKey(language, field),
        text === defaultReportText(language, field) ? null : text,
      ]);
    }
  for (const [key, value] of wanted) {
    if ((await tx.settings.get(key)) === value) continue;
    await tx.apply({ entity: 'setting', id: key, action: 'settings.report' }, (w) =>
      value === null ? w.settings.remove(key) : w.settings.set(key, value),
    );
  }
}
