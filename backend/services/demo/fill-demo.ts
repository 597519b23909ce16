import type { Store } from '../../../db/ports';
import { DomainError } from '../../errors';
import { importCases, type ImportSummary } from '../import-cases';
import { generateDemoFile } from './demo-file';
import { DEMO_SEED } from './generate';
import { demoSubjects } from './subjects';
import { loadSubjects, saveSubjects } from '../review-subjects';

/** The error key when the database already holds cases (i18n: errors.demo.notEmpty). */
export const DEMO_NOT_EMPTY = 'errors.demo.notEmpty';

export async function hasCases(store: Store): Promise<boolean> {
  return (await store.read((r) => r.cases.recordsAfter(0, 1))).length > 0;
}

/**
 * Fills an empty database with the demo cases and monitoring register through the ordinary import, so
 * they are validated and audited like any file, and names extortion the default review subject. Demo data never mixes with real cases: a database
 * with cases is refused.
 */
export async function fillDemo(store: Store, actor: string, seed = DEMO_SEED): Promise<ImportSummary> {
  if (await hasCases(store)) throw new DomainError('conflict', DEMO_NOT_EMPTY);
  const summary = await importCases(store, actor, generateDemoFile(seed), 'refuse');
  // The demo's review is of extortion, as Astana's is; subjects someone already set are kept.
  if ((await store.read(loadSubjects)).subjects.length === 0)
    await store.write(actor, (tx) => saveSubjects(tx, demoSubjects()));
  return summary;
}
