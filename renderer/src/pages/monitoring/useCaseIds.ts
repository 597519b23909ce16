import { useApiQueries } from '../../query/use-api';

/**
 * The database ids of cases known by registry number (a conviction names its case that way), so they
 * can be opened; a number with no case in the database (or not read yet) is simply not in the map.
 */
export function useCaseIds(registryNumbers: readonly string[]): ReadonlyMap<string, number> {
  const numbers = [...new Set(registryNumbers)].sort();
  const found = useApiQueries(
    'cases.list',
    numbers.map((search) => ({ search, pageSize: 20 })),
  );
  const ids = new Map<string, number>();
  numbers.forEach((registryNumber, i) => {
    const match = found[i]?.data?.items.find((c) => c.registryNumber === registryNumber);
    if (match) ids.set(registryNumber, match.id);
  });
  return ids;
}
