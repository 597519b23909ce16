import { z } from 'zod';
import { zodIssueKeys, type KeyedIssue } from '../validation';
import { caseRecordSchema, normaliseCase, type CaseRecord } from './case-record';
import { checkCase } from './pipeline';

export const CASE_FILE_FORMAT = 'nadzor.cases/v1';

/** The file's outer shape; each case is checked on its own so one bad case hides no other problem. */
const envelopeSchema = z
  .object({
    format: z.literal(CASE_FILE_FORMAT, { error: 'errors.file.format' }),
    cases: z.array(z.unknown(), { error: 'errors.file.cases' }),
  })
  .strict();

export interface CaseFile {
  format: typeof CASE_FILE_FORMAT;
  cases: CaseRecord[];
}

export type ParsedCaseFile = { ok: true; file: CaseFile } | { ok: false; issues: KeyedIssue[] };

/**
 * Validates a whole case file: its shape, every case's fields and pipeline rules, and registry numbers
 * unique within the file. Every problem is returned with its JSON path; a file is usable only with none.
 */
export function parseCaseFile(data: unknown): ParsedCaseFile {
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) {
    const issues = zodIssueKeys(envelope.error);
    // The cases may still be checkable when only the envelope is wrong (a missing format, a typo).
    const raw = (data as { cases?: unknown } | null)?.cases;
    if (Array.isArray(raw)) issues.push(...checkCases(raw).issues);
    return { ok: false, issues };
  }
  const { cases, issues } = checkCases(envelope.data.cases);
  return issues.length ? { ok: false, issues } : { ok: true, file: { format: CASE_FILE_FORMAT, cases } };
}

function checkCases(raw: unknown[]): { cases: CaseRecord[]; issues: KeyedIssue[] } {
  const issues: KeyedIssue[] = [];
  const cases: CaseRecord[] = [];
  const firstIndex = new Map<string, number>();
  raw.forEach((item, i) => {
    const parsed = caseRecordSchema.safeParse(item);
    if (!parsed.success) {
      issues.push(...zodIssueKeys(parsed.error, ['cases', i]));
      return;
    }
    const c = normaliseCase(parsed.data);
    cases.push(c);
    const first = firstIndex.get(c.registryNumber);
    if (first !== undefined) {
      issues.push({
        path: `cases[${i}].registryNumber`,
        key: 'errors.registryNumber.duplicateInFile',
        params: { index: first },
      });
    } else firstIndex.set(c.registryNumber, i);
    for (const issue of checkCase(c)) issues.push({ ...issue, path: `cases[${i}].${issue.path}` });
  });
  return { cases, issues };
}
