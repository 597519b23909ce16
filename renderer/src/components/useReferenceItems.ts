import { useCallback, useEffect, useState } from 'react';
import type { Language } from '../../../shared/domain/fields';
import { readableName, type ReferenceItem, type ReferenceKind } from '../../../shared/domain/reference';
import { api } from '../api';

export interface ReferenceItems {
  items: ReferenceItem[];
  loading: boolean;
  /** The API's message (already in the UI language) when the list could not be loaded. */
  error: string | null;
  reload: () => void;
}

/**
 * One kind of reference data, inactive values included: a filter must still find old cases that use
 * a value no longer offered for new ones, and the settings page edits them all.
 */
export function useReferenceItems(kind: ReferenceKind): ReferenceItems {
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<{ key: string; items: ReferenceItem[]; error: string | null } | null>(
    null,
  );
  const key = `${kind}|${generation}`;

  useEffect(() => {
    let live = true;
    void api.reference.list({ kind, includeInactive: true }).then((result) => {
      if (!live) return;
      setState({ key, items: result.ok ? result.value : [], error: result.ok ? null : result.error.message });
    });
    return () => {
      live = false;
    };
  }, [kind, key]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return {
    items: state?.key === key ? state.items : (state?.items ?? []),
    loading: state?.key !== key,
    error: state?.key === key ? state.error : null,
    reload,
  };
}

/** A value as people call it in the UI language, falling back to Russian and then to its stored name. */
export const referenceLabel = (item: Pick<ReferenceItem, 'name' | 'labels'>, language: Language): string =>
  item.labels[language] ?? item.labels.ru ?? readableName(item.name);

/** An article with its title when the reference has one: `194 — Вымогательство`. */
export function articleOptionLabel(item: Pick<ReferenceItem, 'name' | 'labels'>, language: Language): string {
  const title = item.labels[language] ?? item.labels.ru;
  return title ? `${item.name} — ${title}` : item.name;
}
