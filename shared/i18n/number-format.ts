import type { i18n } from 'i18next';
import { isLanguage } from '../domain/fields';
import { formatsFor } from '../format';

/**
 * A count in a string (`{{count, number}}`) is written by shared/format, as every other figure is:
 * "1 586 дней", "1,586 days". i18next's own `number` asks Intl, which writes Kazakh as English in
 * Chromium.
 */
export function writeNumbersOurWay(instance: i18n): void {
  instance.services.formatter?.add('number', (value: unknown, language: string | undefined) =>
    // A caller that wrote the figure itself ("5,001") passes its text: it stays as written.
    typeof value === 'number'
      ? formatsFor(isLanguage(language) ? language : 'en').number(value)
      : String(value),
  );
}
