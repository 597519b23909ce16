import type { CaseRefs, ReferenceKind, Store, WriteTx } from '../../db/ports';
import type { CaseRecord } from '../../shared/domain/case-record';
import { parseCaseFile, type CaseFile } from '../../shared/domain/case-file';
import type { ImportPreview, ImportSummary, NewReferences } from '../../shared/domain/import';
import { DomainError, type IssueSpec } from '../errors';
import { importRegister, registerPlan, registerProblems } from './import-register';

export type ConflictMode = 'refuse' | 'skip' | 'update';

export type { ImportPreview, ImportSummary, NewReferences } from '../../shared/domain/import';

const MAX_NAMED_CONFLICTS = 20;
const noLabels = { ru: null, kk: null, en: null };

/**
 * Validates the whole file; every problem comes back at once, with its JSON path, those only the
 * database can tell (a register person's IIN taken, a link to an unknown case) with the file's own.
 */
async function validate(store: Store, data: unknown): Promise<CaseFile> {
  const parsed = parseCaseFile(data, store.today());
  if (parsed.ok) return parsed.file;
  const register = await store.read((r) =>
    registerProblems(r, parsed.persons, new Set(parsed.registryNumbers)),
  );
  const issues = [...parsed.issues, ...register.issues];
  throw new DomainError('invalid_input', 'errors.import.invalid', { count: issues.length }, issues);
}

function referencesOf({ cases, monitoring }: CaseFile): Record<ReferenceKind, Set<string>> {
  const refs = {
    district: new Set<string>(),
    article: new Set<string>(),
    platform: new Set<string>(),
    tactic: new Set<string>(),
  };
  for (const c of cases) {
    refs.district.add(c.district);
    refs.article.add(c.article);
    c.platforms.forEach((p) => refs.platform.add(p));
    c.tactics.forEach((t) => refs.tactic.add(t));
  }
  for (const p of monitoring) if (p.district !== null) refs.district.add(p.district);
  return refs;
}

const kinds: ReferenceKind[] = ['district', 'article', 'platform', 'tactic'];

async function unknownReferences(
  read: Pick<WriteTx, 'reference'>,
  file: CaseFile,
): Promise<{ known: Record<ReferenceKind, Map<string, number>>; missing: NewReferences }> {
  const wanted = referencesOf(file);
  const known = {} as Record<ReferenceKind, Map<string, number>>;
  const missing = { district: [], article: [], platform: [], tactic: [] } as NewReferences;
  for (const kind of kinds) {
    known[kind] = await read.reference.ids(kind);
    missing[kind] = [...wanted[kind]].filter((name) => !known[kind].has(name));
  }
  return { known, missing };
}

const count = (cases: CaseRecord[]) => ({
  cases: cases.length,
  victims: cases.reduce((n, c) => n + c.victims.length, 0),
  defendants: cases.reduce((n, c) => n + c.defendants.length, 0),
});

/** What an import would do, without doing it: counts, new reference values, conflicts (or every error). */
export async function previewImport(store: Store, data: unknown): Promise<ImportPreview> {
  const file = await validate(store, data);
  const { cases } = file;
  return store.read(async (r) => {
    const existing = await r.cases.existingRegistryNumbers(cases.map((c) => c.registryNumber));
    const { missing } = await unknownReferences(r, file);
    const register = await registerPlan(r, file, existing);
    return {
      ...count(cases),
      persons: file.monitoring.length,
      newReferences: missing,
      conflicts: [...existing.keys()],
      personConflicts: file.monitoring.filter((_, i) => register.ids[i] !== null).map((p) => p.personId),
    };
  });
}

/**
 * Imports a case file all or nothing: the whole file is validated first, then everything is written in
 * one transaction, each case (and each new reference value) with its own audit entry.
 */
export interface ImportOptions {
  /** The file's name as the user chose it, recorded with the import; null when there is none (demo). */
  fileName?: string | null;
  onProgress?: (done: number, total: number) => void | Promise<void>;
}

/** Every change the import writes names the import's own audited row, so the trail tells them apart. */
function asPartOf(tx: WriteTx, importId: number): WriteTx {
  return {
    ...tx,
    apply: (change, mutate) => tx.apply({ ...change, importId }, mutate),
    applyEach: (changes, mutate) =>
      tx.applyEach(
        changes.map((change) => ({ ...change, importId })),
        mutate,
      ),
  };
}

/** Cases written at once (and progress reported after each such batch). */
const CASES_PER_BATCH = 1000;

export async function importCases(
  store: Store,
  actor: string,
  data: unknown,
  mode: ConflictMode,
  { fileName = null, onProgress }: ImportOptions = {},
): Promise<ImportSummary> {
  const file = await validate(store, data);
  const { cases } = file;
  return store.write(actor, async (outer) => {
    const importId = await outer.apply({ entity: 'import', action: 'import.start' }, (w) =>
      w.imports.insert({ fileName, mode, startedAt: new Date().toISOString() }),
    );
    const tx = asPartOf(outer, importId);
    const existing = await tx.cases.existingRegistryNumbers(cases.map((c) => c.registryNumber));
    const register = await registerPlan(tx, file, existing);
    const personConflicts = file.monitoring.filter((_, i) => register.ids[i] !== null);
    if ((existing.size > 0 || personConflicts.length > 0) && mode === 'refuse')
      throw conflictError(file, existing, register.ids);
    // With `skip`, the cases and register persons already in the database stay as they are: neither
    // the names only they use are created, nor their victims and defendants counted as imported.
    const written: CaseFile =
      mode === 'skip'
        ? {
            ...file,
            cases: cases.filter((c) => !existing.has(c.registryNumber)),
            monitoring: file.monitoring.filter((_, i) => register.ids[i] === null),
          }
        : file;
    const { known, missing } = await unknownReferences(tx, written);
    for (const kind of kinds) {
      for (const name of missing[kind]) {
        known[kind].set(
          name,
          await tx.apply({ entity: kind, action: `${kind}.create` }, (w) =>
            w.reference.create(kind, name, noLabels, true),
          ),
        );
      }
    }
    const summary: ImportSummary = {
      ...count(written.cases),
      cases: cases.length,
      created: 0,
      updated: 0,
      skipped: 0,
      newReferences: missing,
      persons: { total: file.monitoring.length, created: 0, updated: 0, skipped: 0 },
    };
    // New cases are inserted a batch at a time (a few round trips for all of them on PostgreSQL); an
    // update first writes the new cases before it, so the trail keeps the file's order.
    let batch: { record: CaseRecord; refs: CaseRefs }[] = [];
    const insertBatch = async () => {
      if (batch.length === 0) return;
      const items = batch;
      batch = [];
      await tx.applyEach(
        items.map(() => ({ entity: 'case' as const, action: 'case.import' })),
        (w) => w.cases.insertRecords(items),
      );
      summary.created += items.length;
    };
    const refsOf = (record: CaseRecord): CaseRefs => ({
      districtId: known.district.get(record.district)!,
      articleId: known.article.get(record.article)!,
      platformIds: record.platforms.map((p) => known.platform.get(p)!),
      tacticIds: record.tactics.map((t) => known.tactic.get(t)!),
    });
    for (const [i, record] of cases.entries()) {
      const id = existing.get(record.registryNumber);
      if (id === undefined) batch.push({ record, refs: refsOf(record) });
      else if (mode === 'update') {
        await insertBatch();
        await tx.apply({ entity: 'case', id, action: 'case.import.update' }, (w) =>
          w.cases.replaceRecord(id, record, refsOf(record)),
        );
        summary.updated += 1;
      } else summary.skipped += 1;
      if ((i + 1) % CASES_PER_BATCH === 0) {
        await insertBatch();
        await onProgress?.(i + 1, cases.length);
      }
    }
    await insertBatch();
    await importRegister(tx, file.monitoring, register.ids, mode, known.district, summary.persons);
    await onProgress?.(cases.length, cases.length);
    return summary;
  });
}

function conflictError(
  { cases, monitoring }: CaseFile,
  existing: Map<string, number>,
  personIds: (number | null)[],
): DomainError {
  const numbers = [
    ...existing.keys(),
    ...monitoring.filter((_, i) => personIds[i] !== null).map((p) => p.personId),
  ];
  const personIssues = monitoring.flatMap((p, i) =>
    personIds[i] === null
      ? []
      : [
          {
            path: `monitoring[${i}].personId`,
            key: 'errors.import.personExists',
            params: { personId: p.personId },
          },
        ],
  );
  const issues: IssueSpec[] = cases.flatMap((c, i) =>
    existing.has(c.registryNumber)
      ? [
          {
            path: `cases[${i}].registryNumber`,
            key: 'errors.import.exists',
            params: { registryNumber: c.registryNumber },
          },
        ]
      : [],
  );
  issues.push(...personIssues);
  const named =
    numbers.slice(0, MAX_NAMED_CONFLICTS).join(', ') + (numbers.length > MAX_NAMED_CONFLICTS ? ', …' : '');
  return new DomainError(
    'conflict',
    personIssues.length ? 'errors.import.conflictsWithPersons' : 'errors.import.conflicts',
    { count: numbers.length, numbers: named },
    issues,
  );
}
