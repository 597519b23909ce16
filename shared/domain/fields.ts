import { z } from 'zod';
import { isIsoDate } from '../dates';
import { checkIin } from './iin';

/**
 * Field schemas shared by the forms, the API and the importer. Custom messages are i18n keys
 * (under `errors.`), so every client words them in its user's language.
 */
export const isoDate = z
  .string({ error: 'errors.required' })
  .refine(isIsoDate, { error: 'errors.date.format' });

export const optionalIsoDate = isoDate.nullable().optional();

// The spec allows any non-empty string of at most 32 characters (real ERDR numbers are 15 digits);
// only control characters and surrounding spaces are refused, since they cannot be typed or seen.
export const registryNumber = z
  .string({ error: 'errors.required' })
  .min(1, { error: 'errors.required' })
  .max(32, { error: 'errors.registryNumber.tooLong' })
  .refine((v) => v.trim() === v, { error: 'errors.registryNumber.spaces' })
  // eslint-disable-next-line no-control-regex
  .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), { error: 'errors.registryNumber.control' });

/**
 * A part of a Criminal Code article is its number ("2"), or an inserted part's ("3-1"). The spec
 * carries it as a string; anything else ("abc", "ч. 2") would print as "194 ч. abc", so it is refused.
 */
export const articlePart = z
  .string({ error: 'errors.article.part' })
  .max(20, { error: 'errors.tooLong' })
  .regex(/^[1-9]\d*(-[1-9]\d*)?$/, { error: 'errors.article.part' });

/**
 * An amount of damage in tenge (the spec: a number ≥ 0), below a quadrillion: far past 2^53 a number
 * is no longer kept exactly (99 999 999 999 999 999 typed was saved, and shown, as
 * 100 000 000 000 000 020), and no case's damage comes near.
 */
const MAX_DAMAGE_KZT = 999_999_999_999_999;
export const damageAmount = z
  .number({ error: 'errors.number' })
  .min(0, { error: 'errors.nonNegative' })
  .max(MAX_DAMAGE_KZT, { error: 'errors.tooBigAmount' });

/**
 * An article of the Criminal Code as a person's earlier conviction names it: its number ("194"), or an
 * inserted article's ("120-1"). A case's article is one of the office's reference values instead.
 */
export const articleNumber = z
  .string({ error: 'errors.required' })
  .refine((v) => v.trim().length > 0, { error: 'errors.required' })
  .refine((v) => v.trim().length === 0 || /^[1-9]\d{0,3}(-[1-9]\d?)?$/.test(v), {
    error: 'errors.article.number',
  });

export const languages = ['ru', 'kk', 'en'] as const;
export type Language = (typeof languages)[number];

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value);
export const language = z.enum(languages);

/** An IIN is checked digit by digit; the message names the part that is wrong (errors.iin.*). */
export const iin = z.string({ error: 'errors.required' }).superRefine((value, ctx) => {
  const check = checkIin(value);
  if (!check.ok) ctx.addIssue({ code: 'custom', message: `errors.iin.${check.problem}` });
});

/**
 * The version of the record (a case, a register person) an edit was made on, as its detail gave it: an
 * edit of a record changed since is refused. The screens always send it; a caller that reads and writes
 * in one go may leave it out.
 */
export const recordVersion = z.number().int().positive().optional();
