import type { i18n as I18n } from 'i18next';
import { api } from '../api';
import type { ApiError } from '../../../shared/result';
import type { Language } from '../../../shared/domain/fields';

/** Saves the choice first, then switches, so the UI never shows a language the database does not hold. */
export async function saveLanguage(i18n: I18n, language: Language): Promise<ApiError | null> {
  const result = await api.settings.setLanguage({ language });
  if (!result.ok) return result.error;
  await i18n.changeLanguage(result.value.language);
  return null;
}
