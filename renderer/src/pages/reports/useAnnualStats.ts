import { useCallback, useEffect, useState } from 'react';
import type { AnnualStats } from '../../../../shared/domain/stats';
import { api } from '../../api';

interface Response {
  key: string;
  stats: AnnualStats | null;
  error: string | null;
}

export interface AnnualStatsState {
  /** The figures for the asked year and district, or the last ones shown while the next load. */
  stats: AnnualStats | null;
  loading: boolean;
  /** The API's message (in the UI language) when the figures could not be counted. */
  error: string | null;
  reload: () => void;
}

/** The year's figures, counted by the backend in SQL whenever the year or the district changes. */
export function useAnnualStats(year: number, district: string | null): AnnualStatsState {
  const [generation, setGeneration] = useState(0);
  const key = `${generation}|${year}|${district ?? ''}`;
  const [response, setResponse] = useState<Response | null>(null);

  useEffect(() => {
    let live = true;
    void api.reports.stats({ year, district }).then((result) => {
      if (!live) return;
      setResponse({
        key,
        stats: result.ok ? result.value : null,
        error: result.ok ? null : result.error.message,
      });
    });
    return () => {
      live = false;
    };
  }, [year, district, key]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const current = response?.key === key;
  return {
    // Figures of another year stay on screen, dimmed, until the new ones arrive: no flash of nothing.
    stats: response?.stats ?? null,
    loading: !current,
    error: current ? response.error : null,
    reload,
  };
}
