import type { i18n as I18n } from 'i18next';
import { api } from '../api';
import type { ApiError } from '../../../shared/result';
import type { Language } from '../../../shared/domain/fields';
import { isLanguage } from '../i18n/i18n';

/** Loads the saved language (it lives in the database, so it survives restarts) and shows the UI in it. */
export async function applySavedLanguage(i18n: I18n): Promise<ApiError | null> {
  const result = await api.settings.get({});
  if (!result.ok) return result.error;
  if (isLanguage(result.value.language)) await i18n.changeLanguage(result.value.language);
  return null;
}

/** Saves the choice first, then switches, so the UI never shows a language the database does not hold. */
export async function saveLanguage(i18n: I18n, language: Language): Promise<ApiError | null> {
  const result = await api.settings.setLanguage({ language });
  if (!result.ok) return result.error;
  await i18n.changeLanguage(result.value.language);
  return null;
}
