import type { Store } from '../../db/ports';
import type { Language } from '../../shared/domain/fields';
import { formatsFor } from '../../shared/format';
import { DomainError } from '../errors';
import { actorNames, toListEntry } from './audit/list-entry';
import { trailWords } from './audit/trail-words';

/**
 * The refusal of an edit made on an older version of a case than the stored one: it names who wrote
 * the case last and when, from the case's last audit entry (the entry of the write in between).
 */
export async function changedMeanwhile(store: Store, language: Language, id: number): Promise<DomainError> {
  const last = await store.read(async (r) => {
    const entry = (await r.audit.forEntity('case', String(id))).at(-1);
    return entry ? toListEntry(entry, await actorNames(r)) : null;
  });
  if (!last) return new DomainError('stale_version', 'errors.case.changedMeanwhile');
  return new DomainError('stale_version', 'errors.case.changedBy', {
    name: trailWords(language).actor(last.actor, last.actorName),
    at: formatsFor(language).minute(last.at),
  });
}
