/** How many backups rotation keeps: the newest of each of the last `daily` days and `monthly` months. */
export interface KeepPolicy {
  daily: number;
  monthly: number;
}

export const DEFAULT_KEEP: KeepPolicy = { daily: 14, monthly: 12 };

export interface DatedBackup {
  name: string;
  at: Date;
}

const dayOf = (at: Date) => at.toISOString().slice(0, 10);
const monthOf = (at: Date) => at.toISOString().slice(0, 7);

/**
 * The backups rotation keeps (UTC days and months): every backup made on `now`'s day (so a copy kept
 * before a restore, or one made by hand, stays at least that day), the newest of each of the `daily`
 * latest days that have one, and the newest of each of the `monthly` latest months that have one.
 */
export function backupsToKeep(backups: DatedBackup[], keep: KeepPolicy, now: Date): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime());
  const kept = new Set<string>();
  const today = dayOf(now);
  for (const b of newestFirst) if (dayOf(b.at) === today) kept.add(b.name);
  const keepNewestPer = (period: (at: Date) => string, count: number) => {
    const seen = new Set<string>();
    for (const b of newestFirst) {
      const key = period(b.at);
      if (seen.has(key)) continue;
      if (seen.size >= count) break;
      seen.add(key);
      kept.add(b.name);
    }
  };
  keepNewestPer(dayOf, keep.daily);
  keepNewestPer(monthOf, keep.monthly);
  return kept;
}
