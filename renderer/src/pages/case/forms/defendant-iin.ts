import type { Sex } from '../../../../../shared/domain/case-record';
import { checkIin } from '../../../../../shared/domain/iin';

/** People paste IINs grouped by spaces ("880120 300123"); the register keeps the 12 digits. */
export const iinOrNull = (value: unknown): string | null => {
  const digits = typeof value === 'string' ? value.replace(/\s+/g, '') : '';
  return digits === '' ? null : digits;
};

/**
 * What a valid IIN fills in while the birth date is still empty: the date, and the sex unless one was
 * chosen already (a different choice is then reported by `iinDisagreement`, not overwritten).
 */
export function iinPrefill(
  value: unknown,
  current: { birthDate: string | null; sex: Sex | undefined },
): { birthDate: string; sex?: Sex } | null {
  const iin = iinOrNull(value);
  if (iin === null || current.birthDate !== null) return null;
  const check = checkIin(iin);
  if (!check.ok) return null;
  return current.sex ? { birthDate: check.facts.birthDate } : check.facts;
}

/** An IIN that encodes another birth date or sex than the form holds, as an `errors.iin.*` key. */
export function iinDisagreement(
  value: unknown,
  current: { birthDate: string | null; sex: Sex | undefined },
): { key: string; params?: { date: string } } | null {
  const iin = iinOrNull(value);
  const check = iin === null ? null : checkIin(iin);
  if (!check?.ok) return null;
  if (current.birthDate !== null && current.birthDate !== check.facts.birthDate)
    return { key: 'errors.iin.birthDateMismatch', params: { date: check.facts.birthDate } };
  if (current.sex !== undefined && current.sex !== check.facts.sex) return { key: 'errors.iin.sexMismatch' };
  return null;
}
