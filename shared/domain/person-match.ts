/*
 * Whether a defendant of a case is a person on the monitoring register. The same IIN is the same
 * person: the link is made at once. The same full name and birth date is only likely the same
 * person (namesakes exist), so it is offered as a suggestion a supervisor confirms or rejects.
 * Names are compared as people type them: letter case, extra spaces, ё/е and a hyphen or space
 * between parts of a name do not make two names differ. The matching itself runs in SQL on an index
 * (db/sqlite/monitoring-matches.ts) over the name key made here.
 */

export type MatchBasis = 'iin' | 'nameAndBirthDate';

/** A full name reduced to what tells two people apart. */
export function comparableName(fullName: string): string {
  return fullName
    .normalize('NFC')
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[\s\-‐‑–—]+/g, ' ')
    .trim();
}
