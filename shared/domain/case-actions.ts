import { z } from 'zod';
import { caseFilters } from './case';
import { closedReasons, defendantSchema, sentenceSchema, victimSchema } from './case-record';
import { articlePart, damageAmount, isoDate, recordVersion } from './fields';

/*
 * Inputs of the supervisor's actions on one case. Each is checked here for shape; the pipeline rules
 * (shared/domain/pipeline.ts) then check the case as it would be after the action.
 */

const caseId = z.number().int().positive();
const index = z.number().int().min(0);
const version = recordVersion;
/** Why a recorded fact is corrected; required by the rules only when one is. */
const reason = z.string().max(1000, { error: 'errors.tooLong' }).optional();

export const caseDetailsInput = z
  .object({
    article: z.string().min(1, { error: 'errors.required' }).max(20),
    part: articlePart.nullable(),
    district: z.string().min(1, { error: 'errors.required' }).max(100),
    registeredOn: isoDate,
    groupCrime: z.boolean(),
    platforms: z.array(z.string().min(1).max(100)),
    tactics: z.array(z.string().min(1).max(100)),
    damageKzt: damageAmount.nullable(),
  })
  .partial()
  .strict();

export const caseActions = {
  get: z.object({ id: caseId }).strict(),
  edit: z.object({ id: caseId, version, changes: caseDetailsInput, reason }).strict(),
  forward: z.object({ id: caseId, version, on: isoDate, reason }).strict(),
  close: z
    .object({
      id: caseId,
      version,
      on: isoDate,
      closedReason: z.enum(closedReasons, { error: 'errors.closedReason' }),
      reason,
    })
    .strict(),
  reopen: z.object({ id: caseId, version, reason: z.string().max(1000) }).strict(),
  addVictim: z.object({ id: caseId, version, victim: victimSchema }).strict(),
  updateVictim: z.object({ id: caseId, version, index, victim: victimSchema, reason }).strict(),
  removeVictim: z.object({ id: caseId, version, index, reason }).strict(),
  addDefendant: z
    .object({
      id: caseId,
      version,
      defendant: defendantSchema.omit({ convictedOn: true, acquittedOn: true, sentence: true }),
    })
    .strict(),
  updateDefendant: z
    .object({
      id: caseId,
      version,
      index,
      defendant: defendantSchema.omit({ convictedOn: true, acquittedOn: true, sentence: true }),
      reason,
    })
    .strict(),
  removeDefendant: z.object({ id: caseId, version, index, reason }).strict(),
  recordVerdict: z
    .object({ id: caseId, version, index, verdict: z.enum(['convicted', 'acquitted']), on: isoDate, reason })
    .strict(),
  recordSentence: z.object({ id: caseId, version, index, sentence: sentenceSchema, reason }).strict(),
  importPreview: z.object({ content: z.string() }).strict(),
  importStart: z
    .object({
      content: z.string(),
      onConflict: z.enum(['refuse', 'skip', 'update']).default('refuse'),
      /** Recorded with the import in the audit trail. */
      fileName: z.string().max(260).optional(),
    })
    .strict(),
  importProgress: z.object({ jobId: z.string().max(64) }).strict(),
  export: z.object({ filters: caseFilters.optional() }).strict(),
};
