import type { Readers, WriteTx } from '../../db/ports';
import type { CaseFile, FilePerson } from '../../shared/domain/case-file';
import type { MonitoredPerson } from '../../shared/domain/monitoring';
import type { IssueSpec } from '../errors';
import { DomainError } from '../errors';
import type { ConflictMode, ImportSummary } from './import-cases';
import { resolvePersonRefs } from './monitoring/register';

/*
 * The monitoring register of a case file, imported with its cases: a person is known by its register
 * number (`personId`), as a case by its registry number, and the same conflict mode applies. Everything
 * that would make a write fail is found before the first write, and reported together.
 */

/**
 * What the database says about the file's persons: the ids of those already registered (null for new
 * ones), and every IIN another person holds and link to a case neither in the file nor the database.
 */
export async function registerProblems(
  r: Pick<Readers, 'monitoring' | 'cases'>,
  persons: readonly FilePerson[],
  inFile: ReadonlySet<string>,
): Promise<{ ids: (number | null)[]; issues: IssueSpec[] }> {
  const issues: IssueSpec[] = [];
  const ids: (number | null)[] = [];
  for (const { index: i, person } of persons) {
    const id = await r.monitoring.idByKey(person.personId);
    ids.push(id);
    const owner = person.iin === null ? null : await r.monitoring.idByIin(person.iin);
    if (owner !== null && owner !== id) {
      const other = await r.monitoring.record(owner);
      issues.push({
        path: `monitoring[${i}].iin`,
        key: 'errors.monitoring.iinTaken',
        params: { personId: other?.personId ?? '' },
      });
    }
    for (const [j, link] of person.caseLinks.entries()) {
      if (inFile.has(link.registryNumber)) continue;
      if ((await r.cases.idByRegistryNumber(link.registryNumber)) !== null) continue;
      issues.push({
        path: `monitoring[${i}].caseLinks[${j}].registryNumber`,
        key: 'errors.monitoring.linkUnknownCase',
        params: { registryNumber: link.registryNumber },
      });
    }
  }
  return { ids, issues };
}

/** Database ids of a valid file's persons already registered (null for new ones); refuses broken links. */
export async function registerPlan(
  r: Pick<Readers, 'monitoring' | 'cases'>,
  file: CaseFile,
  existingCases: Map<string, number>,
): Promise<{ ids: (number | null)[] }> {
  const inFile = new Set([...file.cases.map((c) => c.registryNumber), ...existingCases.keys()]);
  const { ids, issues } = await registerProblems(
    r,
    file.monitoring.map((person, index) => ({ index, person })),
    inFile,
  );
  if (issues.length)
    throw new DomainError('invalid_input', 'errors.import.invalid', { count: issues.length }, issues);
  return { ids };
}

/** Writes the register after the cases (links name them), each person with its own audit entry. */
export async function importRegister(
  tx: WriteTx,
  persons: MonitoredPerson[],
  ids: (number | null)[],
  mode: ConflictMode,
  districts: Map<string, number>,
  counts: ImportSummary['persons'],
): Promise<void> {
  for (const [i, person] of persons.entries()) {
    const id = ids[i] ?? null;
    if (id !== null && mode !== 'update') {
      counts.skipped += 1;
      continue;
    }
    const refs = await resolvePersonRefs(tx, person, districts);
    if (id === null) {
      await tx.apply({ entity: 'person', action: 'person.import' }, (w) => w.monitoring.insert(person, refs));
      counts.created += 1;
    } else {
      await tx.apply({ entity: 'person', id, action: 'person.import.update' }, (w) =>
        w.monitoring.replace(id, person, refs),
      );
      counts.updated += 1;
    }
  }
}
