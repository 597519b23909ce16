import { z } from 'zod';
import { article, articlePart, isoDate, referenceName, registryNumber } from './fields';
import type { CaseStage as Stage } from './pipeline';

export const newCaseInput = z
  .object({
    registryNumber,
    article,
    part: articlePart,
    district: referenceName,
    registeredOn: isoDate,
  })
  .strict();
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
}

export const caseSortKeys = ['registeredOn', 'registryNumber', 'district'] as const;

export const caseListQuery = z
  .object({
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(500).default(50),
    search: z.string().trim().max(100).optional(),
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
