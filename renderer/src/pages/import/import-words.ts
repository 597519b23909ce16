import type { TFunction } from 'i18next';

/** How many cases and register persons something of a case file counts. */
export interface FileCounts {
  cases: number;
  persons: number;
}

/**
 * A case file's cases and register persons counted in words, each named as what it is: `3 дела и 30 лиц
 * из реестра`, `30 лиц из реестра` (a register file names no cases), or `0 дел` when there is nothing.
 * `object`: the form a verb's object takes ("Импортировать …"), which Kazakh marks.
 */
export function countedWhat(t: TFunction, { cases, persons }: FileCounts, object = false): string {
  const group = object ? 'importFile.countedObject' : 'importFile.counted';
  const casesText = t(`${group}.cases`, { count: cases });
  if (persons === 0) return casesText;
  const personsText = t(`${group}.persons`, { count: persons });
  return cases === 0 ? personsText : t('importFile.both', { cases: casesText, persons: personsText });
}

/** The preview's button: `Импортировать 3 дела и 30 лиц из реестра`. */
export const startText = (t: TFunction, counts: FileCounts): string =>
  t('importFile.start', { what: countedWhat(t, counts, true) });

/** The preview's heading over what the file holds that the database has already. */
export const conflictsTitle = (t: TFunction, counts: FileCounts): string =>
  t('importFile.conflicts.title', { what: countedWhat(t, counts), count: counts.cases + counts.persons });

/** The result's line: `file.json: обработано 30 лиц из реестра`. */
export const doneText = (t: TFunction, file: string, counts: FileCounts): string =>
  t('importFile.doneText', { file, what: countedWhat(t, counts) });
