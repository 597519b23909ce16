import type { Sex } from './case-record';
import { iinCheckDigit } from './iin';

/*
 * The IIN an office would issue (layout in iin.ts): birth date, the century-and-sex digit, a 4-digit
 * serial and the check digit. Generated data (the demo register, tests) needs numbers that pass every
 * check of checkIin and agree with the person's birth date and sex.
 */

const CENTURY_DIGIT: Record<string, Record<Sex, number>> = {
  '18': { M: 1, F: 2 },
  '19': { M: 3, F: 4 },
  '20': { M: 5, F: 6 },
};

/** The IIN for a birth date (`YYYY-MM-DD`), sex and serial (0–9999); null when no IIN has that serial. */
export function composeIin(birthDate: string, sex: Sex, serial: number): string | null {
  const century = CENTURY_DIGIT[birthDate.slice(0, 2)];
  if (!century || !Number.isInteger(serial) || serial < 0 || serial > 9999)
    throw new RangeError(`no IIN for ${birthDate}, serial ${serial}`);
  const first11 = `${birthDate.slice(2, 4)}${birthDate.slice(5, 7)}${birthDate.slice(8, 10)}${century[sex]}${String(serial).padStart(4, '0')}`;
  const check = iinCheckDigit(first11);
  return check === null ? null : `${first11}${check}`;
}
