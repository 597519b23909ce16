import { isLanguage, type Language } from './fields';
import { reportTextFields } from './report';

/**
 * Settings as people know them: by what they set, never by their storage key ("ui.language" is
 * "Interface language"). `label` is an i18n key; a review text also says which language's review.
 */
export interface SettingLabel {
  label: string;
  reviewLanguage?: Language;
}

const KNOWN: Record<string, string> = {
  'ui.language': 'settings.language',
  'cases.investigationDays': 'history.field.setting.investigationDays',
  'security.idleMinutes': 'history.field.setting.idleMinutes',
  'seed.reference.v1': 'history.field.setting.referenceSeeded',
  'report.issueDate': 'reportSettings.issueDate',
  'report.subjects': 'subjects.title',
  'backup.folder': 'backups.settings.folder',
  'backup.keepDaily': 'backups.settings.keepDaily',
  'backup.keepMonthly': 'backups.settings.keepMonthly',
};

/** The words of a setting, or null for a setting this version does not know of. */
export function settingLabel(key: string): SettingLabel | null {
  const known = KNOWN[key];
  if (known) return { label: known };
  const [scope, language, field, ...rest] = key.split('.');
  if (
    scope === 'report' &&
    rest.length === 0 &&
    isLanguage(language) &&
    (reportTextFields as readonly string[]).includes(field ?? '')
  )
    return { label: `reportSettings.field.${field}`, reviewLanguage: language };
  return null;
}
