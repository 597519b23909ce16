import type { OverdueCheckIn } from '../../../../shared/domain/monitoring-api';

/**
 * One line per person, at their oldest missed check-in: a person who missed months of check-ins is
 * one case of neglect to act on, not a screenful of dates. Keeps the order of `items` (oldest first).
 */
export function oldestPerPerson(items: readonly OverdueCheckIn[]): OverdueCheckIn[] {
  const seen = new Set<number>();
  return items.filter((item) => {
    if (seen.has(item.person.id)) return false;
    seen.add(item.person.id);
    return true;
  });
}
