import { useEffect, useState } from 'react';
import { stages, type Stage } from '../../../../shared/domain/case';
import { api } from '../../api';

export type StageCounts = Record<Stage, number>;

type Loaded = { year: number; counts: StageCounts } | { year: number; error: string };

/**
 * Cases registered in `year`, by current stage. The current year's come with the dashboard summary;
 * another year's are counted by the backend (one filtered count per stage, nothing fetched but totals).
 */
export function useStageCounts(year: number, currentYear: number, current: StageCounts) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (year === currentYear) return;
    let live = true;
    void Promise.all(stages.map((stage) => api.cases.list({ year, stage, page: 1, pageSize: 1 }))).then(
      (results) => {
        if (!live) return;
        const failed = results.find((r) => !r.ok);
        if (failed && !failed.ok) {
          setLoaded({ year, error: failed.error.message });
          return;
        }
        const counts = Object.fromEntries(
          stages.map((stage, i) => {
            const result = results[i];
            return [stage, result?.ok ? result.value.total : 0];
          }),
        ) as StageCounts;
        setLoaded({ year, counts });
      },
    );
    return () => {
      live = false;
    };
  }, [year, currentYear]);

  if (year === currentYear) return { counts: current, loading: false, error: null };
  if (loaded?.year !== year) return { counts: null, loading: true, error: null };
  return 'error' in loaded
    ? { counts: null, loading: false, error: loaded.error }
    : { counts: loaded.counts, loading: false, error: null };
}
