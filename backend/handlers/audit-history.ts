import type { AuditEntry } from '../../db/audit/types';
import type { Readers } from '../../db/ports';
import type { HistoryEntry } from '../../shared/domain/audit-view';
import type { Language } from '../../shared/domain/fields';
import { DomainError } from '../errors';
import { changeLookup, describeChanges } from '../services/audit/changes';
import { actorNames, toListEntry } from '../services/audit/list-entry';
import type { Handlers } from './handler';

/** Entries as the History views show them: who by name, and what changed field by field. */
async function described(r: Readers, entries: AuditEntry[], language: Language): Promise<HistoryEntry[]> {
  const [names, lookup] = await Promise.all([actorNames(r), changeLookup(r, language, entries)]);
  return entries.map((entry) => ({ ...toListEntry(entry, names), changes: describeChanges(entry, lookup) }));
}

/**
 * One record's whole history, oldest first: it reads as the record's story, like the case timeline,
 * and its last entry is the latest change.
 */
async function history(
  r: Readers,
  type: 'case' | 'person',
  id: number,
  language: Language,
): Promise<HistoryEntry[]> {
  const entries = await r.audit.forEntity(type, String(id));
  if (entries.length === 0) {
    const exists = type === 'case' ? await r.cases.get(id) : await r.monitoring.record(id);
    if (!exists)
      throw new DomainError(
        'not_found',
        type === 'case' ? 'errors.case.notFound' : 'errors.monitoring.notFound',
        { id },
      );
  }
  return described(r, entries, language);
}

export const auditHistoryHandlers = {
  'audit.caseHistory': ({ id }, { store, language }) => store.read((r) => history(r, 'case', id, language)),
  'audit.personHistory': ({ id }, { store, language }) =>
    store.read((r) => history(r, 'person', id, language)),
  'audit.entry': ({ seq }, { store, language }) =>
    store.read(async (r) => {
      const entry = await r.audit.entry(seq);
      if (!entry) throw new DomainError('not_found', 'history.entryNotFound', { seq });
      const [detail] = await described(r, [entry], language);
      return { ...detail!, prevHash: entry.prevHash, hash: entry.hash };
    }),
} satisfies Partial<Handlers>;
