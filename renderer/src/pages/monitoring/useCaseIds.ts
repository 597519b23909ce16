import { useEffect, useState } from 'react';
import { api } from '../../api';

/**
 * The database ids of cases known by registry number (a conviction names its case that way), so they
 * can be opened; a number with no case in the database is simply not in the map.
 */
export function useCaseIds(registryNumbers: readonly string[]): ReadonlyMap<string, number> {
  const key = [...new Set(registryNumbers)].sort().join('\n');
  const [found, setFound] = useState<{ key: string; ids: Map<string, number> } | null>(null);

  useEffect(() => {
    if (key === '') return;
    let live = true;
    const numbers = key.split('\n');
    void Promise.all(
      numbers.map(async (registryNumber) => {
        const result = await api.cases.list({ search: registryNumber, pageSize: 20 });
        const match = result.ok ? result.value.items.find((c) => c.registryNumber === registryNumber) : null;
        return match ? ([registryNumber, match.id] as const) : null;
      }),
    ).then((pairs) => {
      if (live) setFound({ key, ids: new Map(pairs.filter((pair) => pair !== null)) });
    });
    return () => {
      live = false;
    };
  }, [key]);

  return found?.key === key ? found.ids : new Map();
}
