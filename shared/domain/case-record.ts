import { z } from 'zod';
import { articlePart, damageAmount, iin, isoDate, registryNumber } from './fields';

/*
 * A whole case exactly as the interchange file (spec §2) carries it. The same shape is the
 * backend's full case, so the importer, the API and the forms check one thing with one set of rules.
 * Messages are i18n keys under `errors.`.
 */

export const closedReasons = ['discontinued', 'suspended', 'merged', 'transferred'] as const;
export const employments = ['employed', 'unemployed', 'informal', 'student', 'pensioner', 'other'] as const;
export const sentenceTypes = ['imprisonment', 'restriction', 'suspended', 'fine', 'other'] as const;
export const sexes = ['M', 'F'] as const;

export type ClosedReason = (typeof closedReasons)[number];
export type Employment = (typeof employments)[number];
export type SentenceType = (typeof sentenceTypes)[number];
export type Sex = (typeof sexes)[number];

const sex = z.enum(sexes, { error: 'errors.sex' });
const employment = z.enum(employments, { error: 'errors.employment' }).nullable().optional();
const nullableDate = isoDate.nullable().optional();
const count = z
  .number({ error: 'errors.integer' })
  .int({ error: 'errors.integer' })
  .min(0, { error: 'errors.nonNegative' });
/** What victims and defendants both have, checked alike (their forms share these fields too). */
export const personFields = { sex, birthDate: nullableDate, employment };

// Values are kept exactly as given (no trimming): a file must round-trip unchanged.
const nonBlank = (v: string) => v.trim().length > 0;
const referenceValue = z
  .string({ error: 'errors.required' })
  .max(100, { error: 'errors.tooLong' })
  .refine(nonBlank, { error: 'errors.required' });

export const sentenceSchema = z
  .object({
    type: z.enum(sentenceTypes, { error: 'errors.sentence.type' }),
    years: count.nullable().optional(),
    months: count.nullable().optional(),
    fineKzt: z
      .number({ error: 'errors.number' })
      .min(0, { error: 'errors.nonNegative' })
      .nullable()
      .optional(),
    on: isoDate,
  })
  .strict();

export const victimSchema = z
  .object({
    sex,
    birthDate: nullableDate,
    birthYear: z
      .number({ error: 'errors.integer' })
      .int({ error: 'errors.integer' })
      .min(1900, { error: 'errors.tooSmall' })
      .max(2100, { error: 'errors.tooBig' })
      .nullable()
      .optional(),
    employment,
  })
  .strict();

export const defendantSchema = z
  .object({
    personId: z
      .string()
      .max(64, { error: 'errors.tooLong' })
      .refine(nonBlank, { error: 'errors.required' })
      .nullable()
      .optional(),
    /** Optional (not in spec v1): how a defendant is matched to the monitoring register. */
    iin: iin.nullable().optional(),
    fullName: z.string().max(200, { error: 'errors.tooLong' }).nullable().optional(),
    sex,
    birthDate: nullableDate,
    employment,
    priorConvictions: count.nullable().optional(),
    convictedOn: nullableDate,
    acquittedOn: nullableDate,
    sentence: sentenceSchema.nullable().optional(),
  })
  .strict();

/** An optional field may also be given as null, as the spec's own example gives `closedOn`. */
export const caseRecordSchema = z
  .object({
    registryNumber,
    article: z
      .string({ error: 'errors.article.text' })
      .max(20, { error: 'errors.tooLong' })
      .refine(nonBlank, { error: 'errors.required' }),
    part: articlePart.nullable().optional(),
    district: referenceValue,
    registeredOn: isoDate,
    forwardedToCourtOn: nullableDate,
    closedOn: nullableDate,
    closedReason: z.enum(closedReasons, { error: 'errors.closedReason' }).nullable().optional(),
    groupCrime: z.boolean({ error: 'errors.boolean' }).nullable().optional(),
    platforms: z.array(referenceValue).nullable().optional(),
    tactics: z.array(referenceValue).nullable().optional(),
    damageKzt: damageAmount.nullable().optional(),
    victims: z.array(victimSchema).nullable().optional(),
    defendants: z.array(defendantSchema).nullable().optional(),
  })
  .strict();

export type SentenceInput = z.infer<typeof sentenceSchema>;
export type VictimInput = z.infer<typeof victimSchema>;
export type DefendantInput = z.infer<typeof defendantSchema>;
export type CaseRecordInput = z.infer<typeof caseRecordSchema>;

/** The canonical full case: every key present, absent values as null or empty lists (what export writes). */
export interface Sentence {
  type: SentenceType;
  years: number | null;
  months: number | null;
  fineKzt: number | null;
  on: string;
}
export interface Victim {
  sex: Sex;
  birthDate: string | null;
  birthYear: number | null;
  employment: Employment | null;
}
export interface Defendant {
  personId: string | null;
  /** Present only when known, so files without IINs round-trip byte for byte. */
  iin?: string;
  fullName: string | null;
  sex: Sex;
  birthDate: string | null;
  employment: Employment | null;
  priorConvictions: number | null;
  convictedOn: string | null;
  acquittedOn: string | null;
  sentence: Sentence | null;
}
export interface CaseRecord {
  registryNumber: string;
  article: string;
  part: string | null;
  district: string;
  registeredOn: string;
  forwardedToCourtOn: string | null;
  closedOn: string | null;
  closedReason: ClosedReason | null;
  groupCrime: boolean;
  platforms: string[];
  tactics: string[];
  damageKzt: number | null;
  victims: Victim[];
  defendants: Defendant[];
}

export function normaliseCase(input: CaseRecordInput): CaseRecord {
  return {
    registryNumber: input.registryNumber,
    article: input.article,
    part: input.part ?? null,
    district: input.district,
    registeredOn: input.registeredOn,
    forwardedToCourtOn: input.forwardedToCourtOn ?? null,
    closedOn: input.closedOn ?? null,
    closedReason: input.closedReason ?? null,
    groupCrime: input.groupCrime ?? false,
    platforms: input.platforms ?? [],
    tactics: input.tactics ?? [],
    damageKzt: input.damageKzt ?? null,
    victims: (input.victims ?? []).map((v) => ({
      sex: v.sex,
      birthDate: v.birthDate ?? null,
      birthYear: v.birthYear ?? null,
      employment: v.employment ?? null,
    })),
    defendants: (input.defendants ?? []).map((d) => ({
      personId: d.personId ?? null,
      ...(d.iin ? { iin: d.iin } : {}),
      fullName: d.fullName ?? null,
      sex: d.sex,
      birthDate: d.birthDate ?? null,
      employment: d.employment ?? null,
      priorConvictions: d.priorConvictions ?? null,
      convictedOn: d.convictedOn ?? null,
      acquittedOn: d.acquittedOn ?? null,
      sentence: d.sentence
        ? {
            type: d.sentence.type,
            years: d.sentence.years ?? null,
            months: d.sentence.months ?? null,
            fineKzt: d.sentence.fineKzt ?? null,
            on: d.sentence.on,
          }
        : null,
    })),
  };
}
