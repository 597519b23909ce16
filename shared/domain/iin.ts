import { isIsoDate } from '../dates';
import type { Sex } from './case-record';

/*
 * The individual identification number (ИИН / ЖСН) of Kazakhstan: 12 digits.
 *   1–6  birth date YYMMDD
 *   7    century and sex: 1/2 born in the 1800s, 3/4 in the 1900s, 5/6 in the 2000s; odd male, even female
 *   8–11 serial number
 *   12   check digit: Σ digit × weight (weights 1…11) mod 11; when that is 10, a second pass with
 *        weights 3…11, 1, 2; when that is 10 as well, no IIN is issued with those first 11 digits.
 * Each failure names the part that is wrong, as an i18n key under `errors.iin.`.
 */

export type IinProblem = 'format' | 'birthDate' | 'century' | 'checkDigit' | 'unissuable';

export interface IinFacts {
  birthDate: string;
  sex: Sex;
}

export type IinCheck = { ok: true; facts: IinFacts } | { ok: false; problem: IinProblem };

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

const weighted = (digits: number[], weights: number[]) =>
  weights.reduce((sum, weight, i) => sum + weight * digits[i]!, 0) % 11;

/** The check digit for the first 11 digits, or null when both passes give 10. */
export function iinCheckDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const first = weighted(digits, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weighted(digits, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

const CENTURIES: Record<string, { century: number; sex: Sex }> = {
  '1': { century: 1800, sex: 'M' },
  '2': { century: 1800, sex: 'F' },
  '3': { century: 1900, sex: 'M' },
  '4': { century: 1900, sex: 'F' },
  '5': { century: 2000, sex: 'M' },
  '6': { century: 2000, sex: 'F' },
};

export function checkIin(iin: string): IinCheck {
  if (!/^\d{12}$/.test(iin)) return { ok: false, problem: 'format' };
  const centuryDigit = CENTURIES[iin[6]!];
  if (!centuryDigit) return { ok: false, problem: 'century' };
  const birthDate = `${centuryDigit.century + Number(iin.slice(0, 2))}-${iin.slice(2, 4)}-${iin.slice(4, 6)}`;
  if (!isIsoDate(birthDate)) return { ok: false, problem: 'birthDate' };
  const check = iinCheckDigit(iin.slice(0, 11));
  if (check === null) return { ok: false, problem: 'unissuable' };
  if (check !== Number(iin[11])) return { ok: false, problem: 'checkDigit' };
  return { ok: true, facts: { birthDate, sex: centuryDigit.sex } };
}
