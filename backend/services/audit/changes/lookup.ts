import type { AuditEntry } from '../../../../db/audit/types';
import type { Readers, ReferenceKind } from '../../../../db/ports';
import type { Language } from '../../../../shared/domain/fields';
import { labelOf, referenceKinds } from '../../../../shared/domain/reference';
import type { ChangeLookup } from './values';

/** Case ids a person snapshot's case decisions point at. */
function linkedCaseIds(snapshot: unknown): number[] {
  const links = (snapshot as { caseLinks?: { case_id?: unknown }[] } | null)?.caseLinks ?? [];
  return links.map((l) => Number(l.case_id)).filter((id) => Number.isInteger(id));
}

/**
 * Everything the entries point at by id, read once: reference values in the caller's language
 * (inactive ones too: an old entry may name a retired value) and the cases the register links to.
 */
export async function changeLookup(
  r: Readers,
  language: Language,
  entries: AuditEntry[],
): Promise<ChangeLookup> {
  const names = new Map<ReferenceKind, Map<number, string>>();
  for (const kind of referenceKinds) {
    const items = await r.reference.list(kind, true);
    // An article is known by its code, which is what every screen shows.
    names.set(
      kind,
      new Map(items.map((item) => [item.id, kind === 'article' ? item.name : labelOf(item, language)])),
    );
  }
  const caseIds = new Set(
    entries
      .filter((e) => e.entityType === 'person')
      .flatMap((e) => [...linkedCaseIds(e.before), ...linkedCaseIds(e.after)]),
  );
  const numbers = new Map<number, string>();
  for (const id of caseIds) {
    const row = await r.cases.get(id);
    if (row) numbers.set(id, row.registryNumber);
  }
  return {
    reference: (kind, id) => names.get(kind)?.get(id) ?? null,
    caseNumber: (id) => numbers.get(id) ?? null,
  };
}
