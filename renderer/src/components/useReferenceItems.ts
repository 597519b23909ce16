import type { Language } from '../../../shared/domain/fields';
import { readableName, type ReferenceItem, type ReferenceKind } from '../../../shared/domain/reference';
import { FRESH_AFTER_READ_MS, prefetchApiQuery, useApiQuery } from '../query/use-api';

export interface ReferenceItems {
  items: ReferenceItem[];
  loading: boolean;
  /** The API's message (already in the UI language) when the list could not be loaded. */
  error: string | null;
  reload: () => void;
}

/** The same empty list on every render until the answer comes, so what depends on it is not redone. */
const NO_ITEMS: ReferenceItem[] = [];

/**
 * One kind of reference data, inactive values included: a filter must still find old cases that use
 * a value no longer offered for new ones, and the settings page edits them all.
 */
export function useReferenceItems(kind: ReferenceKind): ReferenceItems {
  const query = useApiQuery(
    'reference.list',
    { kind, includeInactive: true },
    { staleTime: FRESH_AFTER_READ_MS },
  );
  return {
    items: query.data ?? NO_ITEMS,
    loading: query.isFetching,
    error: query.apiError?.message ?? null,
    reload: () => void query.refetch(),
  };
}

/**
 * Starts reading these kinds as a screen that shows them opens from the menu, so the screen is drawn
 * with them at once instead of again as each arrives.
 */
export function prefetchReferenceItems(kinds: readonly ReferenceKind[]): void {
  for (const kind of kinds)
    prefetchApiQuery('reference.list', { kind, includeInactive: true }, FRESH_AFTER_READ_MS);
}

/** A value as people call it in the UI language, falling back to Russian and then to its stored name. */
export const referenceLabel = (item: Pick<ReferenceItem, 'name' | 'labels'>, language: Language): string =>
  item.labels[language] ?? item.labels.ru ?? readableName(item.name);

/** An article with its title when the reference has one: `194 — Вымогательство`. */
export function articleOptionLabel(item: Pick<ReferenceItem, 'name' | 'labels'>, language: Language): string {
  const title = item.labels[language] ?? item.labels.ru;
  return title ? `${item.name} — ${title}` : item.name;
}
