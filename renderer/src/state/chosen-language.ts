import type { Language } from '../../../shared/domain/fields';
import { i18n } from '../i18n/i18n';

/**
 * The language picked on a screen before sign-in (the first start's choice of database, setup, sign-in).
 * Nobody is signed in to save it for, so it is kept for this window until someone signs in, and the
 * session gate then saves it as that person's own.
 */
let chosen: Language | null = null;

export const chosenLanguage = {
  get: (): Language | null => chosen,
  /** Shows this window in `language` from now on, until someone signs in. */
  choose: (language: Language): void => {
    chosen = language;
    void i18n.changeLanguage(language);
  },
  forget: (): void => {
    chosen = null;
  },
};
