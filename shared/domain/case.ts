import { z } from 'zod';
import { caseRecordSchema } from './case-record';
import { caseStages, type CaseStage as Stage, type DeadlineStatus } from './pipeline';

/** A new case: the registration facts, optionally with what is already known of the offence. */
export const newCaseInput = caseRecordSchema.pick({
  registryNumber: true,
  article: true,
  part: true,
  district: true,
  registeredOn: true,
  groupCrime: true,
  platforms: true,
  tactics: true,
  damageKzt: true,
});
export type NewCaseInput = z.infer<typeof newCaseInput>;

export { caseStages as stages, type CaseStage as Stage } from './pipeline';

export interface CaseSummary {
  id: number;
  registryNumber: string;
  article: string;
  part: string | null;
  district: string;
  registeredOn: string;
  forwardedToCourtOn: string | null;
  closedOn: string | null;
  stage: Stage;
  /** Defendants' names, in case order, for the list and search results. */
  defendants: string[];
  /** Investigation deadline status as of today (filled in by the API). */
  deadline: DeadlineStatus;
}

export const caseSortKeys = ['registeredOn', 'registryNumber', 'district', 'stage'] as const;
export const deadlineFilters = ['overdue', 'dueSoon'] as const;

/** What a supervisor can narrow the list by; export of "the filtered list" takes the same. */
export const caseFilters = z
  .object({
    search: z.string().trim().max(100).optional(),
    year: z.number().int().min(1900).max(2100).optional(),
    district: z.string().max(100).optional(),
    stage: z.enum(caseStages).optional(),
    article: z.string().max(20).optional(),
    platform: z.string().max(100).optional(),
    deadline: z.enum(deadlineFilters).optional(),
  })
  .strict();
export type CaseFilters = z.infer<typeof caseFilters>;

export const caseListQuery = caseFilters
  .extend({
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(500).default(50),
    sort: z.enum(caseSortKeys).default('registeredOn'),
    order: z.enum(['asc', 'desc']).default('desc'),
  })
  .strict();
export type CaseListQuery = z.input<typeof caseListQuery>;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
