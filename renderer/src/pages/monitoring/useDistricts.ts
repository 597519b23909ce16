import { useMemo } from 'react';
import { referenceLabel, useReferenceItems } from '../../components/useReferenceItems';
import { currentLanguage } from '../../i18n/i18n';

/**
 * Districts as the register shows and offers them: a person keeps a district that is no longer in
 * use (and it still reads in the UI language), but only districts in use are offered for new entries.
 */
export function useDistricts() {
  const { items, loading } = useReferenceItems('district');
  const language = currentLanguage();
  return useMemo(() => {
    const label = (name: string | null): string => {
      if (name === null) return '—';
      const item = items.find((d) => d.name === name);
      return item ? referenceLabel(item, language) : name;
    };
    const options = items
      .filter((d) => d.active)
      .map((d) => ({ value: d.name, label: referenceLabel(d, language) }))
      .sort((a, b) => a.label.localeCompare(b.label, language));
    /** The districts in use, and the one a person already has even if it is no longer in use. */
    const offer = (current: string | null | undefined) =>
      current && !options.some((o) => o.value === current)
        ? [...options, { value: current, label: label(current) }]
        : options;
    return { label, offer, loading };
  }, [items, loading, language]);
}
