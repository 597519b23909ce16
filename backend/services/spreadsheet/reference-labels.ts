import type { Readers } from '../../../db/ports';
import type { Language } from '../../../shared/domain/fields';
import { labelOf, type ReferenceKind } from '../../../shared/domain/reference';

/** A reference value's name → its label in one language, for a sheet's cells. */
export type SheetLabel = (kind: Exclude<ReferenceKind, 'article'>, name: string) => string;

/**
 * The labels of districts, platforms and tactics (retired ones too) in `language`, read once for a
 * whole sheet; a name the reference data does not hold reads as its readable fallback.
 */
export async function sheetLabels(r: Readers, language: Language): Promise<SheetLabel> {
  const kinds = ['district', 'platform', 'tactic'] as const;
  const lists = await Promise.all(kinds.map((kind) => r.reference.list(kind, true)));
  const byKind = new Map(
    kinds.map((kind, i) => [kind, new Map(lists[i]!.map((item) => [item.name, labelOf(item, language)]))]),
  );
  return (kind, name) =>
    byKind.get(kind)?.get(name) ?? labelOf({ name, labels: { ru: null, kk: null, en: null } }, language);
}
