import { InvalidArgumentError } from 'commander';
import { languages, type Language } from '../shared/domain/fields';

/** `--lang`: the language of what a command writes for people to read (a review, a spreadsheet). */
export function parseLanguage(value: string): Language {
  if (!(languages as readonly string[]).includes(value))
    throw new InvalidArgumentError('expected ru, kk or en');
  return value as Language;
}
