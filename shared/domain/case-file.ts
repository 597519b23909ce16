import { todayIso } from '../dates';
import { caseFutureDates, personFutureDates } from './date-rules';
import { z } from 'zod';
import { checkInput, zodIssueKeys, type KeyedIssue } from '../validation';
import { caseRecordSchema, normaliseCase, type CaseRecord } from './case-record';
import { monitoredPersonSchema, normalisePerson, type MonitoredPerson } from './monitoring';
import { checkPerson } from './monitoring-rules';
import { salvageCase } from './case-salvage';
import { checkCase, overlaps, type RuleIssue } from './pipeline';

export const CASE_FILE_FORMAT = 'nadzor.cases/v1';

/** The file's outer shape; each case is checked on its own so one bad case hides no other problem. */
const envelopeSchema = z
  .object({
    format: z.literal(CASE_FILE_FORMAT, { error: 'errors.file.format' }),
    cases: z.array(z.unknown(), { error: 'errors.file.cases' }),
    /** Optional (issue 5): the monitoring register, docs/case-file.md. */
    monitoring: z.array(z.unknown(), { error: 'errors.file.monitoring' }).optional(),
  })
  .strict();

export interface CaseFile {
  format: typeof CASE_FILE_FORMAT;
  cases: CaseRecord[];
  /** Empty when the file has no `monitoring` array (export then writes none). */
  monitoring: MonitoredPerson[];
}

/** A person of the file's register with its place in the file's `monitoring` array. */
export interface FilePerson {
  index: number;
  person: MonitoredPerson;
}

/**
 * A refused file still carries what could be read of it (the persons whose own shape is right, the
 * registry numbers the file names), so the checks against the database can report their problems
 * along with the file's own: every problem at once.
 */
export type ParsedCaseFile =
  | { ok: true; file: CaseFile }
  | { ok: false; issues: KeyedIssue[]; persons: FilePerson[]; registryNumbers: string[] };

const registryNumbersIn = (cases: unknown[]): string[] =>
  cases.flatMap((c) => {
    const value = (c as { registryNumber?: unknown } | null)?.registryNumber;
    return typeof value === 'string' ? [value] : [];
  });

/**
 * Validates a whole case file: its shape, every case's fields and pipeline rules, and registry numbers
 * unique within the file, and no event dated after `today` (the office's date, shared/domain/date-rules.ts).
 * Every problem is returned with its JSON path; a file is usable only with none.
 */
export function parseCaseFile(data: unknown, today: string = todayIso()): ParsedCaseFile {
  // A file holding `null` is there, just not a case file: not "required" as a missing value is.
  if (data === null)
    return { ok: false, issues: [{ path: '', key: 'errors.object' }], persons: [], registryNumbers: [] };
  const envelope = checkInput(envelopeSchema, data);
  if (!envelope.success) {
    const issues = zodIssueKeys(envelope.error);
    // The cases may still be checkable when only the envelope is wrong (a missing format, a typo).
    const raw = data as { cases?: unknown; monitoring?: unknown } | null;
    const rawCases = Array.isArray(raw?.cases) ? raw.cases : [];
    issues.push(...checkCases(rawCases, today).issues);
    const register = checkPersons(Array.isArray(raw?.monitoring) ? raw.monitoring : [], today);
    issues.push(...register.issues);
    return { ok: false, issues, persons: register.persons, registryNumbers: registryNumbersIn(rawCases) };
  }
  const { cases, issues } = checkCases(envelope.data.cases, today);
  const register = checkPersons(envelope.data.monitoring ?? [], today);
  issues.push(...register.issues);
  return issues.length
    ? {
        ok: false,
        issues,
        persons: register.persons,
        registryNumbers: registryNumbersIn(envelope.data.cases),
      }
    : {
        ok: true,
        file: { format: CASE_FILE_FORMAT, cases, monitoring: register.persons.map((p) => p.person) },
      };
}

/** Marks every repeat of a key after its first appearance in the file. */
function uniqueIn<T>(
  items: T[],
  keyOf: (item: T) => string | null,
  issueAt: (i: number, first: number) => RuleIssue,
) {
  const firstIndex = new Map<string, number>();
  const issues: RuleIssue[] = [];
  items.forEach((item, i) => {
    const key = keyOf(item);
    if (key === null) return;
    const first = firstIndex.get(key);
    if (first !== undefined) issues.push(issueAt(i, first));
    else firstIndex.set(key, i);
  });
  return issues;
}

function checkPersons(raw: unknown[], today: string): { persons: FilePerson[]; issues: KeyedIssue[] } {
  const issues: KeyedIssue[] = [];
  const persons: FilePerson[] = [];
  raw.forEach((item, i) => {
    const parsed = checkInput(monitoredPersonSchema, item);
    if (!parsed.success) {
      issues.push(...zodIssueKeys(parsed.error, ['monitoring', i]));
      return;
    }
    const person = normalisePerson(parsed.data);
    persons.push({ index: i, person });
    for (const issue of [...checkPerson(person), ...personFutureDates(person, today)])
      issues.push({ ...issue, path: `monitoring[${i}].${issue.path}` });
  });
  for (const [field, key] of [
    ['personId', 'errors.monitoring.personIdDuplicateInFile'],
    ['iin', 'errors.monitoring.iinDuplicateInFile'],
  ] as const) {
    issues.push(
      ...uniqueIn(
        persons,
        ({ person }) => person[field],
        (i, first) => ({
          path: `monitoring[${persons[i]!.index}].${field}`,
          key,
          params: { index: persons[first]!.index },
        }),
      ),
    );
  }
  return { persons, issues };
}

function checkCases(raw: unknown[], today: string): { cases: CaseRecord[]; issues: KeyedIssue[] } {
  const issues: KeyedIssue[] = [];
  const cases: CaseRecord[] = [];
  const firstIndex = new Map<string, number>();
  raw.forEach((item, i) => {
    const parsed = checkInput(caseRecordSchema, item);
    if (!parsed.success) issues.push(...zodIssueKeys(parsed.error, ['cases', i]));
    // A case that failed its shape is judged on the rest (case-salvage.ts): every problem at once.
    const checked = parsed.success ? { record: normaliseCase(parsed.data), unknown: [] } : salvageCase(item);
    if (!checked) return;
    const { record: c, unknown } = checked;
    if (parsed.success) cases.push(c);
    // A number that failed its own check neither repeats another nor is repeated.
    const number = unknown.includes('registryNumber') ? null : c.registryNumber;
    const first = number === null ? undefined : firstIndex.get(number);
    if (first !== undefined) {
      issues.push({
        path: `cases[${i}].registryNumber`,
        key: 'errors.registryNumber.duplicateInFile',
        params: { index: first },
      });
    } else if (number !== null) firstIndex.set(number, i);
    const futureDates = caseFutureDates(c, today).filter((f) => !unknown.some((u) => overlaps(f.path, u)));
    for (const issue of [...checkCase(c, unknown), ...futureDates])
      issues.push({ ...issue, path: `cases[${i}].${issue.path}` });
  });
  return { cases, issues };
}
