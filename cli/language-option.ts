import { InvalidArgumentError } from 'commander';
import { isLanguage, type Language } from '../shared/domain/fields';

/** `--lang`: the language of what a command writes for people to read (a review, a spreadsheet). */
export function parseLanguage(value: string): Language {
  if (!isLanguage(value)) throw new InvalidArgumentError('expected ru, kk or en');
  return value;
}
