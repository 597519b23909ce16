import type { Readers, WriteTx } from '../../db/ports';
import type { CaseFile } from '../../shared/domain/case-file';
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

/** Database ids of the file's persons already registered (null for new ones); refuses broken links. */
export async function registerPlan(
  r: Pick<Readers, 'monitoring' | 'cases'>,
  file: CaseFile,
  existingCases: Map<string, number>,
): Promise<{ ids: (number | null)[] }> {
  const inFile = new Set(file.cases.map((c) => c.registryNumber));
  const issues: IssueSpec[] = [];
  const ids: (number | null)[] = [];
  for (const [i, person] of file.monitoring.entries()) {
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
      if (inFile.has(link.registryNumber) || existingCases.has(link.registryNumber)) continue;
      if ((await r.cases.idByRegistryNumber(link.registryNumber)) !== null) continue;
      issues.push({
        path: `monitoring[${i}].caseLinks[${j}].registryNumber`,
        key: 'errors.monitoring.linkUnknownCase',
        params: { registryNumber: link.registryNumber },
      });
    }
  }
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
