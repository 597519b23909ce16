import { z } from 'zod';
import { isoDate, recordVersion } from './fields';
import {
  convictionSchema,
  linkDecisions,
  monitoringEventSchema,
  periodTermsSchema,
  personIdentitySchema,
  personKey,
  type LinkDecision,
  type MonitoredPerson,
  type SupervisionType,
} from './monitoring';
import type { MatchBasis } from './person-match';
import { addDays } from './pipeline';

/*
 * What the Monitoring screens ask of the backend and what they get back. Inputs are checked here for
 * shape; the backend then checks the whole person as it would be after the action (monitoring-rules).
 */

const personId = z.number().int().positive();
const index = z.number().int().min(0);
const reason = z.string().max(1000, { error: 'errors.tooLong' }).optional();
const version = recordVersion;

export const monitoringFilters = ['all', 'active', 'overdue', 'dueSoon', 'endingSoon', 'flagged'] as const;
export type MonitoringFilter = (typeof monitoringFilters)[number];

export const monitoringActions = {
  list: z
    .object({
      search: z.string().max(200).optional(),
      filter: z.enum(monitoringFilters).default('all'),
      page: z.number().int().min(1).default(1),
      pageSize: z.number().int().min(1).max(500).default(50),
    })
    .strict(),
  /** The register as listed for this search and filter, whole, as a spreadsheet. */
  exportSpreadsheet: z
    .object({ search: z.string().max(200).optional(), filter: z.enum(monitoringFilters).default('all') })
    .strict(),
  get: z.object({ id: personId }).strict(),
  /** A new person; without a register number the next free `M-nnnnnn` is given. */
  create: z
    .object({ person: personIdentitySchema.extend({ personId: personKey.optional() }).strict() })
    .strict(),
  update: z.object({ id: personId, version, person: personIdentitySchema, reason }).strict(),
  fromDefendant: z.object({ caseId: z.number().int().positive(), index }).strict(),
  addConviction: z.object({ id: personId, version, conviction: convictionSchema }).strict(),
  removeConviction: z.object({ id: personId, version, index, reason }).strict(),
  addPeriod: z.object({ id: personId, version, period: periodTermsSchema }).strict(),
  updatePeriod: z.object({ id: personId, version, index, period: periodTermsSchema, reason }).strict(),
  /** A period recorded by mistake, with every event in it. */
  removePeriod: z.object({ id: personId, version, index, reason }).strict(),
  recordEvent: z.object({ id: personId, version, period: index, event: monitoringEventSchema }).strict(),
  /**
   * An event recorded by mistake. An extension or an end moved the period's end when recorded: `end`
   * then says where the period ends without it (null: no end); left out, the end stays as it is.
   */
  removeEvent: z
    .object({
      id: personId,
      version,
      period: index,
      event: index,
      end: periodTermsSchema.shape.end,
      reason,
    })
    .strict(),
  decideLink: z
    .object({
      id: personId,
      version,
      caseId: z.number().int().positive(),
      /** null withdraws an earlier decision: the match is pending again. */
      decision: z.enum(linkDecisions).nullable(),
      reason,
    })
    .strict(),
  overview: z.object({ asOf: isoDate.optional() }).strict(),
};

export type MonitoringListQuery = z.input<typeof monitoringActions.list>;

/** A defendant of some case who may be, or was decided to be, this person. */
export interface CaseMatch {
  personDbId: number;
  personId: string;
  personName: string;
  caseId: number;
  registryNumber: string;
  registeredOn: string;
  /** The defendant matched; null when a decision outlived the match (the defendant was changed). */
  defendantIndex: number | null;
  defendantName: string | null;
  basis: MatchBasis | null;
  status: 'pending' | LinkDecision;
}

/**
 * A defendant of a case who is on the register already from this case: the person whose conviction came
 * from it and who is this defendant by the matching rules (the same IIN; or, either without one, the
 * same full name and birth date). Such a defendant is never a match, and is not put on the register again.
 */
export interface RegisteredDefendant {
  defendantIndex: number;
  personDbId: number;
  personId: string;
  personName: string;
}

/** Where a supervision period stands today. */
export interface PeriodStatus {
  active: boolean;
  nextDue: string | null;
  overdue: string[];
  expected: number;
  attended: number;
  /** Of `expected`, check-ins not yet due that the person has already attended (reported early). */
  early: number;
  /** The period ends within the warning window (30 days) from today. */
  endingSoon: boolean;
}

export interface PersonDetail {
  id: number;
  /** The version of the person read: every edit sends it back, and is refused if the person has moved on. */
  version: number;
  record: MonitoredPerson;
  periods: PeriodStatus[];
  /** Every case that matched or was decided: pending ones first, then by registration. */
  matches: CaseMatch[];
  today: string;
}

export interface PersonSummary {
  id: number;
  personId: string;
  fullName: string;
  iin: string | null;
  birthDate: string;
  district: string | null;
  /** The period in force today, if any (the latest started). */
  current: { type: SupervisionType; start: string; end: string | null; checkInsPerMonth: number } | null;
  nextDue: string | null;
  overdue: number;
  endingSoon: boolean;
  /** Matches awaiting a decision, and cases confirmed as this person's re-offences. */
  pendingMatches: number;
  confirmedCases: number;
}

export interface OverdueCheckIn {
  person: Pick<PersonSummary, 'id' | 'personId' | 'fullName'>;
  period: number;
  due: string;
}

export interface EndingPeriod {
  person: Pick<PersonSummary, 'id' | 'personId' | 'fullName'>;
  period: number;
  type: SupervisionType;
  end: string;
}

export interface MonitoringOverview {
  today: string;
  /** Persons with a period in force today. */
  underSupervision: number;
  overdue: { items: OverdueCheckIn[]; total: number };
  /** Check-ins due in the next seven days, not yet attended. */
  dueSoon: { items: OverdueCheckIn[]; total: number };
  endingSoon: { items: EndingPeriod[]; total: number };
  pendingMatches: { items: CaseMatch[]; total: number };
}

export const ENDING_SOON_DAYS = 30;
export const DUE_SOON_DAYS = 7;

/** A check-in due from today up to seven days ahead: the dashboard's, the list's and the table's rule. */
export const isDueSoon = (nextDue: string | null, today: string) =>
  nextDue !== null && nextDue <= addDays(today, DUE_SOON_DAYS);
