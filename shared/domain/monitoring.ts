import { z } from 'zod';
import type { Sex } from './case-record';
import { articleNumber, articlePart, iin, isoDate, registryNumber } from './fields';

/*
 * The register of previously convicted persons under supervision: a person, their prior convictions,
 * their supervision periods with restrictions, what happened in each period, and the supervisor's
 * decisions on which later cases are theirs. The same shape is one entry of the case file's optional
 * top-level `monitoring` array (docs/case-file.md) and the backend's whole person. Messages are i18n
 * keys under `errors.`.
 */

export const supervisionTypes = ['administrative', 'probation', 'parole', 'prosecutorWatch'] as const;
export type SupervisionType = (typeof supervisionTypes)[number];

export const monitoringEventTypes = [
  'attended',
  'missed',
  'violation',
  'warning',
  'extended',
  'ended',
] as const;
export type MonitoringEventType = (typeof monitoringEventTypes)[number];

export const linkDecisions = ['confirmed', 'rejected'] as const;
export type LinkDecision = (typeof linkDecisions)[number];

// Values are kept exactly as given (no trimming): a file must round-trip unchanged.
const text = (max: number) => z.string({ error: 'errors.required' }).max(max, { error: 'errors.tooLong' });
const optionalText = (max: number) => text(max).nullable().optional();
const nonBlank = (max: number) => text(max).refine((v) => v.trim().length > 0, { error: 'errors.required' });
const optionalDate = isoDate.nullable().optional();

export const personKey = nonBlank(64);

export const convictionSchema = z
  .object({
    article: articleNumber,
    part: articlePart.nullable().optional(),
    courtDate: isoDate,
    sentence: optionalText(300),
    releasedOn: optionalDate,
    /** The case of this conviction when it is in the database: never reported as a re-offence. */
    registryNumber: registryNumber.nullable().optional(),
  })
  .strict();

export const monitoringEventSchema = z
  .object({
    on: isoDate,
    type: z.enum(monitoringEventTypes, { error: 'errors.monitoring.eventType' }),
    description: optionalText(2000),
    /** For `extended` only: the new last day of the period. */
    until: optionalDate,
  })
  .strict();

/** Every clock time written in a text ("22:00–06:00") is one a day has: 00:00 to 23:59, or 24:00. */
export const clockTimesValid = (text: string): boolean =>
  [...text.matchAll(/(\d{1,2}):(\d{2})(?!\d)/g)].every(([, h, m]) => {
    const [hours, minutes] = [Number(h), Number(m)];
    return (hours < 24 && minutes < 60) || (hours === 24 && minutes === 0);
  });

export const checkInsPerMonth = z
  .number({ error: 'errors.integer' })
  .int({ error: 'errors.integer' })
  .min(0, { error: 'errors.nonNegative' })
  .max(31, { error: 'errors.monitoring.checkInsPerMonth' });

/** A period's terms, without what happened in it (what the period forms edit). */
export const periodTermsSchema = z
  .object({
    type: z.enum(supervisionTypes, { error: 'errors.monitoring.periodType' }),
    basis: optionalText(500),
    start: isoDate,
    end: optionalDate,
    checkInsPerMonth: checkInsPerMonth.optional(),
    // Free text (a court's order words it: "22:00–06:00 except work shifts"), but no impossible hour.
    curfew: text(100)
      .refine(clockTimesValid, { error: 'errors.monitoring.curfewTime' })
      .nullable()
      .optional(),
    bannedPlaces: optionalText(1000),
    travel: optionalText(1000),
    officer: optionalText(200),
  })
  .strict();

export const supervisionPeriodSchema = periodTermsSchema
  .extend({ events: z.array(monitoringEventSchema).optional() })
  .strict();

export const caseLinkSchema = z
  .object({
    registryNumber,
    status: z.enum(linkDecisions, { error: 'errors.monitoring.linkStatus' }),
  })
  .strict();

/** Who the person is: what the register card edits. */
export const personIdentitySchema = z
  .object({
    /** The register number; the same id as `personId` of defendants in case files. */
    personId: personKey,
    iin: iin.nullable().optional(),
    fullName: nonBlank(200),
    birthDate: isoDate,
    sex: z.enum(['M', 'F'], { error: 'errors.sex' }),
    district: nonBlank(100).nullable().optional(),
    notes: optionalText(5000),
  })
  .strict();

export const monitoredPersonSchema = personIdentitySchema
  .extend({
    convictions: z.array(convictionSchema).optional(),
    periods: z.array(supervisionPeriodSchema).optional(),
    caseLinks: z.array(caseLinkSchema).optional(),
  })
  .strict();

export type PersonIdentityInput = z.input<typeof personIdentitySchema>;
export type ConvictionInput = z.input<typeof convictionSchema>;
export type PeriodTermsInput = z.input<typeof periodTermsSchema>;
export type MonitoringEventInput = z.input<typeof monitoringEventSchema>;
export type MonitoredPersonInput = z.input<typeof monitoredPersonSchema>;

/** The canonical forms: every key present, absent values as null or empty lists (what export writes). */
export interface Conviction {
  article: string;
  part: string | null;
  courtDate: string;
  sentence: string | null;
  releasedOn: string | null;
  registryNumber: string | null;
}
export interface MonitoringEvent {
  on: string;
  type: MonitoringEventType;
  description: string | null;
  until: string | null;
}
export interface PeriodTerms {
  type: SupervisionType;
  basis: string | null;
  start: string;
  end: string | null;
  checkInsPerMonth: number;
  curfew: string | null;
  bannedPlaces: string | null;
  travel: string | null;
  officer: string | null;
}
export interface SupervisionPeriod extends PeriodTerms {
  events: MonitoringEvent[];
}
export interface CaseLink {
  registryNumber: string;
  status: LinkDecision;
}
export interface PersonIdentity {
  personId: string;
  iin: string | null;
  fullName: string;
  birthDate: string;
  sex: Sex;
  district: string | null;
  notes: string | null;
}
export interface MonitoredPerson extends PersonIdentity {
  convictions: Conviction[];
  periods: SupervisionPeriod[];
  caseLinks: CaseLink[];
}

export const normaliseIdentity = (p: PersonIdentityInput): PersonIdentity => ({
  personId: p.personId,
  iin: p.iin ?? null,
  fullName: p.fullName,
  birthDate: p.birthDate,
  sex: p.sex,
  district: p.district ?? null,
  notes: p.notes ?? null,
});

export const normaliseConviction = (c: ConvictionInput): Conviction => ({
  article: c.article,
  part: c.part ?? null,
  courtDate: c.courtDate,
  sentence: c.sentence ?? null,
  releasedOn: c.releasedOn ?? null,
  registryNumber: c.registryNumber ?? null,
});

export const normaliseEvent = (e: MonitoringEventInput): MonitoringEvent => ({
  on: e.on,
  type: e.type,
  description: e.description ?? null,
  until: e.until ?? null,
});

export const normaliseTerms = (p: PeriodTermsInput): PeriodTerms => ({
  type: p.type,
  basis: p.basis ?? null,
  start: p.start,
  end: p.end ?? null,
  checkInsPerMonth: p.checkInsPerMonth ?? 0,
  curfew: p.curfew ?? null,
  bannedPlaces: p.bannedPlaces ?? null,
  travel: p.travel ?? null,
  officer: p.officer ?? null,
});

export function normalisePerson(input: MonitoredPersonInput): MonitoredPerson {
  return {
    ...normaliseIdentity(input),
    convictions: (input.convictions ?? []).map(normaliseConviction),
    periods: (input.periods ?? []).map((p) => ({
      ...normaliseTerms(p),
      events: (p.events ?? []).map(normaliseEvent),
    })),
    caseLinks: (input.caseLinks ?? []).map((l) => ({ registryNumber: l.registryNumber, status: l.status })),
  };
}
