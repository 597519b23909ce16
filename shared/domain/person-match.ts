/*
 * Whether a defendant of a case is a person on the monitoring register. The same IIN is the same
 * person: the link is made at once. The same full name and birth date is only likely the same
 * person (namesakes exist), so it is offered as a suggestion a supervisor confirms or rejects.
 * Names are compared as people type them: letter case, extra spaces, ё/е and a hyphen or space
 * between parts of a name do not make two names differ.
 */

export interface PersonIdentity {
  iin?: string | null;
  fullName?: string | null;
  birthDate?: string | null;
}

export type MatchBasis = 'iin' | 'nameAndBirthDate';

export interface PersonMatch<P> {
  person: P;
  basis: MatchBasis;
}

/** A full name reduced to what tells two people apart. */
export function comparableName(fullName: string): string {
  return fullName
    .normalize('NFC')
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[\s\-‐‑–—]+/g, ' ')
    .trim();
}

/**
 * The register's persons a defendant matches: by IIN when both have one (a different IIN rules a
 * person out even with the same name), otherwise by full name and birth date.
 */
export function matchPersons<P extends PersonIdentity>(
  defendant: PersonIdentity,
  persons: readonly P[],
): PersonMatch<P>[] {
  const matches: PersonMatch<P>[] = [];
  const name = defendant.fullName ? comparableName(defendant.fullName) : null;
  for (const person of persons) {
    if (defendant.iin && person.iin) {
      if (defendant.iin === person.iin) matches.push({ person, basis: 'iin' });
      continue;
    }
    if (
      name &&
      person.fullName &&
      defendant.birthDate &&
      person.birthDate === defendant.birthDate &&
      comparableName(person.fullName) === name
    )
      matches.push({ person, basis: 'nameAndBirthDate' });
  }
  return matches;
}
