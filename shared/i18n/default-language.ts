import type { Language } from '../domain/fields';

/**
 * The language of a new database and of anything said before a session's language is known. Apart
 * from shared/i18n/index.ts so the window can read it without loading every language's strings.
 */
export const defaultLanguage: Language = 'ru';
