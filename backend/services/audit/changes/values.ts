import type { ReferenceKind } from '../../../../db/ports';
import type { ChangeValue } from '../../../../shared/domain/audit-view';

/** Names the snapshots point at by id, in the caller's language. */
export interface ChangeLookup {
  reference(kind: ReferenceKind, id: number): string | null;
  /** A case's registry number, for the register's case decisions. */
  caseNumber(id: number): string | null;
}

/** How a stored column reads to a person. */
export type ValueKind =
  | 'text'
  | 'number'
  | 'date'
  | 'yesNo'
  /** An enum worded by the screen: the i18n key is the prefix and the stored value. */
  | { term: string }
  /** A reference id (district, article…) shown by its name. */
  | { reference: ReferenceKind }
  /** A list of reference ids (platforms, tactics). */
  | { references: ReferenceKind };

const isEmpty = (raw: unknown) =>
  raw === null || raw === undefined || raw === '' || (Array.isArray(raw) && raw.length === 0);

/** The value a field holds, ready for the screen; empty when nothing is recorded. */
export function valuesOf(kind: ValueKind, raw: unknown, lookup: ChangeLookup): ChangeValue[] {
  if (isEmpty(raw)) return [];
  if (kind === 'text') return [{ kind: 'text', text: String(raw) }];
  if (kind === 'number') return [{ kind: 'number', value: Number(raw) }];
  if (kind === 'date') return [{ kind: 'date', date: String(raw) }];
  if (kind === 'yesNo') return [{ kind: 'yesNo', value: raw === true || raw === 1 || raw === '1' }];
  if ('term' in kind) return [{ kind: 'term', key: `${kind.term}${String(raw)}` }];
  const ids = 'reference' in kind ? [raw] : (raw as unknown[]);
  const referenceKind = 'reference' in kind ? kind.reference : kind.references;
  return ids.map((id) => ({
    kind: 'text',
    text: lookup.reference(referenceKind, Number(id)) ?? `#${Number(id)}`,
  }));
}

/** Whether a field says something on a record that is new or gone: a "no" or "none" goes unsaid. */
export function isFilled(kind: ValueKind, raw: unknown): boolean {
  if (isEmpty(raw)) return false;
  return kind !== 'yesNo' || raw === true || raw === 1 || raw === '1';
}

/** Stored values compared as stored (lists by their items in order). */
export const sameValue = (a: unknown, b: unknown): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
